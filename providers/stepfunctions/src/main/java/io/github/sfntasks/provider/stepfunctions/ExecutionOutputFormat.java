package io.github.sfntasks.provider.stepfunctions;

import io.github.sfntasks.api.ApiStatus;

/**
 * How a {@link StepFunctionsStartExecution} in the RUN_JOB pattern returns the child execution's output: Step
 * Functions offers two versions of the {@code .sync} integration, told apart by the Resource suffix.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public enum ExecutionOutputFormat {
    /**
     * {@code startExecution.sync:2} (the default, and what the AWS CDK v2 always renders): the {@code Output}
     * field of the result is the child's output as JSON, ready for paths such as {@code $.Output.total}.
     */
    JSON(":2"),
    /**
     * {@code startExecution.sync}: the {@code Output} field is the child's output as a JSON-encoded string, as
     * DescribeExecution returns it; parse it with {@code States.StringToJson} or {@code $parse}.
     */
    JSON_STRING("");

    private final String suffix;

    ExecutionOutputFormat(String suffix) {
        this.suffix = suffix;
    }

    /** @return what this format adds after {@code .sync} in the Resource: {@code :2} or nothing */
    public String resourceSuffix() {
        return suffix;
    }
}
