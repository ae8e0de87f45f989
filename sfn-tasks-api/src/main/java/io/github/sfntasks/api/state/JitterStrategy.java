package io.github.sfntasks.api.state;

import io.github.sfntasks.api.ApiStatus;

/** A retrier's jitter ({@code JitterStrategy} in ASL). */
@ApiStatus(ApiStatus.Status.STABLE)
public enum JitterStrategy {
    /** Randomise each delay between 0 and the computed interval. */
    FULL,
    /** No jitter (the service default). */
    NONE
}
