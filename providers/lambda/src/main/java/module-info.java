/**
 * AWS Lambda tasks for sfn-tasks: {@link io.github.sfntasks.provider.lambda.LambdaInvoke}
 * ({@code lambda:invoke}).
 */
module io.github.sfntasks.provider.lambda {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.lambda;

    provides io.github.sfntasks.api.TaskProvider with io.github.sfntasks.provider.lambda.LambdaInvokeProvider;
}
