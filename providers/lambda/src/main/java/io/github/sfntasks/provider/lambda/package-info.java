/**
 * AWS Lambda tasks: {@link io.github.sfntasks.provider.lambda.LambdaInvoke} ({@code lambda:invoke}),
 * {@link io.github.sfntasks.provider.lambda.EvaluateExpression} ({@code lambda:evaluateExpression}) and
 * {@link io.github.sfntasks.provider.lambda.EvaluateExpressionInline} ({@code jsonata:evaluateExpression},
 * no Lambda function), with their providers.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.provider.lambda;

import io.github.sfntasks.api.ApiStatus;
