/**
 * AWS Step Functions tasks for sfn-tasks:
 * {@link io.github.sfntasks.provider.stepfunctions.StepFunctionsStartExecution} ({@code states:startExecution}) and
 * {@link io.github.sfntasks.provider.stepfunctions.StepFunctionsInvokeActivity} ({@code states:invokeActivity}).
 */
module io.github.sfntasks.provider.stepfunctions {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.stepfunctions;

    provides io.github.sfntasks.api.spi.TaskProvider with
            io.github.sfntasks.provider.stepfunctions.StepFunctionsStartExecutionProvider,
            io.github.sfntasks.provider.stepfunctions.StepFunctionsInvokeActivityProvider;
}
