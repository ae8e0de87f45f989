/**
 * Amazon API Gateway tasks: {@link io.github.sfntasks.provider.apigateway.CallApiGatewayRestApiEndpoint}
 * ({@code apigateway:invokeRestApi}) and {@link io.github.sfntasks.provider.apigateway.CallApiGatewayHttpApiEndpoint}
 * ({@code apigateway:invokeHttpApi}), their providers, and the {@link io.github.sfntasks.provider.apigateway.HttpMethod}
 * and {@link io.github.sfntasks.provider.apigateway.AuthType} they take.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.provider.apigateway;

import io.github.sfntasks.api.ApiStatus;
