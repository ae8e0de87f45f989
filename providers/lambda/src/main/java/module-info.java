/**
 * AWS Lambda tasks for sfn-tasks: {@link io.github.sfntasks.provider.lambda.LambdaInvoke}
 * ({@code lambda:invoke}), {@link io.github.sfntasks.provider.lambda.EvaluateExpression}
 * ({@code lambda:evaluateExpression}, the AWS CDK's EvaluateExpression on a Lambda function you deploy)
 * and {@link io.github.sfntasks.provider.lambda.EvaluateExpressionInline}
 * ({@code jsonata:evaluateExpression}, the same expressions compiled to a JSONata Pass state).
 */
module io.github.sfntasks.provider.lambda {
    requires transitive io.github.sfntasks.api;
    requires transitive io.github.sfntasks.provider.support;

    exports io.github.sfntasks.provider.lambda;

    provides io.github.sfntasks.api.spi.TaskProvider with
            io.github.sfntasks.provider.lambda.LambdaInvokeProvider,
            io.github.sfntasks.provider.lambda.EvaluateExpressionProvider,
            io.github.sfntasks.provider.lambda.EvaluateExpressionInlineProvider;
}
