package io.github.sfntasks.provider.apigateway;

import io.github.sfntasks.api.ApiStatus;

/**
 * The HTTP methods Step Functions can call an API Gateway endpoint with (the {@code Method} parameter of
 * {@code apigateway:invoke}), as the AWS CDK's {@code HttpMethod}. The rendered value is the constant's name.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public enum HttpMethod {
    /** Retrieve data from the resource. */
    GET,
    /** Send data to create or update a resource. */
    POST,
    /** Send data to update or create a resource. */
    PUT,
    /** Delete the resource. */
    DELETE,
    /** Apply partial modifications to the resource. */
    PATCH,
    /** Retrieve the headers only, without a response body. */
    HEAD,
    /** Ask which methods and operations the resource supports. */
    OPTIONS
}
