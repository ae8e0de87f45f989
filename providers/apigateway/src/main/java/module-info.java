/**
 * Amazon API Gateway tasks for sfn-tasks: call a REST API
 * ({@link io.github.sfntasks.provider.apigateway.CallApiGatewayRestApiEndpoint}, {@code apigateway:invokeRestApi})
 * or an HTTP API ({@link io.github.sfntasks.provider.apigateway.CallApiGatewayHttpApiEndpoint},
 * {@code apigateway:invokeHttpApi}) through the optimized integration
 * {@code arn:<partition>:states:::apigateway:invoke}.
 */
module io.github.sfntasks.provider.apigateway {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.apigateway;

    provides io.github.sfntasks.api.spi.TaskProvider with
            io.github.sfntasks.provider.apigateway.CallApiGatewayRestApiEndpointProvider,
            io.github.sfntasks.provider.apigateway.CallApiGatewayHttpApiEndpointProvider;
}
