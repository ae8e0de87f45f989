/**
 * AWS Lambda tasks: {@link io.github.sfntasks.provider.lambda.LambdaInvoke} and its provider
 * ({@code lambda:invoke}).
 */
@ApiStatus(ApiStatus.Status.STABLE)
package io.github.sfntasks.provider.lambda;

import io.github.sfntasks.api.ApiStatus;
