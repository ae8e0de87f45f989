package io.github.sfntasks.provider.apigateway;

import io.github.sfntasks.api.ApiStatus;

/**
 * How Step Functions authenticates its call to the endpoint (the {@code AuthType} parameter of
 * {@code apigateway:invoke}), as the AWS CDK's {@code AuthType}.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public enum AuthType {
    /** Call the API without authentication (the default). The state machine's role needs no grant. */
    NO_AUTH,
    /**
     * Sign the request (SigV4) with the state machine's role; the role needs {@code execute-api:Invoke}
     * on the method, which the task grants.
     */
    IAM_ROLE,
    /**
     * Step Functions ({@code states.amazonaws.com}) calls the API, which must allow it in its resource policy
     * (REST APIs only). The state machine's role needs no grant.
     */
    RESOURCE_POLICY
}
