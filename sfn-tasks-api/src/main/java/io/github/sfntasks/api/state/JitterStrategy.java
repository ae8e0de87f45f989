package io.github.sfntasks.api.state;

import io.github.sfntasks.api.ApiStatus;

/** A retrier's jitter ({@code JitterStrategy} in ASL). */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public enum JitterStrategy {
    /** Randomise each delay between 0 and the computed interval. */
    FULL,
    /** No jitter (the service default). */
    NONE
}
