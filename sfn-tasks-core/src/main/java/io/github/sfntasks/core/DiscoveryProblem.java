package io.github.sfntasks.core;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;

/**
 * Something discovery could not do; reported, never thrown, so the other providers still work.
 *
 * @param code {@link ErrorCode#DUPLICATE_PROVIDER} or {@link ErrorCode#PROVIDER_LOAD_FAILED}
 * @param message one line naming the classes and modules involved
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public record DiscoveryProblem(ErrorCode code, String message) {

    @Override
    public String toString() {
        return code.code() + " " + message + " (see " + code.docsAnchor() + ")";
    }
}
