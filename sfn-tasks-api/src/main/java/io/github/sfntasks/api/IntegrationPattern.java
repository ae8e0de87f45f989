package io.github.sfntasks.api;

/**
 * How Step Functions waits for a service integration, as in the ASL Resource suffix.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html">Service integration patterns</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public enum IntegrationPattern {
    /** Call the service and go on when it answers (no suffix). */
    REQUEST_RESPONSE(""),
    /** Call the service and wait until the job completes ({@code .sync}). */
    RUN_JOB(".sync"),
    /** Call the service with a task token and wait until it is returned ({@code .waitForTaskToken}). */
    WAIT_FOR_TASK_TOKEN(".waitForTaskToken");

    private final String suffix;

    IntegrationPattern(String suffix) {
        this.suffix = suffix;
    }

    /** @return the suffix this pattern adds to an integration's Resource ARN */
    public String resourceSuffix() {
        return suffix;
    }
}
