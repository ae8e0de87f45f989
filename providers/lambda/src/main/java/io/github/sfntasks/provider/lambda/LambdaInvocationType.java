package io.github.sfntasks.provider.lambda;

import io.github.sfntasks.api.ApiStatus;

/** How Lambda runs the function ({@code InvocationType} of the Invoke API). */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public enum LambdaInvocationType {
    /** Synchronous: wait for the function's response (the default). */
    REQUEST_RESPONSE("RequestResponse"),
    /** Asynchronous: queue the event and return at once. */
    EVENT("Event"),
    /** Validate the parameters and permissions without running the function. */
    DRY_RUN("DryRun");

    private final String apiValue;

    LambdaInvocationType(String apiValue) {
        this.apiValue = apiValue;
    }

    /** @return the value the Lambda API takes: {@code RequestResponse}, {@code Event} or {@code DryRun} */
    public String apiValue() {
        return apiValue;
    }
}
