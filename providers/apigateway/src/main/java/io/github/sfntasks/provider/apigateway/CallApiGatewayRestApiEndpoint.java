package io.github.sfntasks.provider.apigateway;

import io.github.sfntasks.api.ApiStatus;

/**
 * Calls an API Gateway REST API ({@code arn:<partition>:states:::apigateway:invoke}, or
 * {@code ...invoke.waitForTaskToken}), as the AWS CDK's {@code CallApiGatewayRestApiEndpoint}.
 *
 * <pre>{@code
 * CallApiGatewayRestApiEndpoint.builder("Endpoint")
 *     .api("a1b2c3d4e5")
 *     .stageName("Stage")
 *     .method(HttpMethod.PUT)
 *     .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
 *     .headers(TaskInput.fromObject(Map.of("TaskToken", IntrinsicFunction.array(JsonPath.taskToken()))))
 *     .build();
 * }</pre>
 *
 * <p>Properties (the CDK's names; workflow files use the same):
 * <ul>
 *   <li>{@code api} &mdash; required: the REST API's id (where the CDK takes an {@code IRestApi}); 1 to 63 of
 *       {@code 0-9a-z}. Rendered as {@code ApiEndpoint: <api>.execute-api.<region>.<DNS suffix>}.</li>
 *   <li>{@code stageName} &mdash; required: letters, digits, {@code -} and {@code _}, at most 128; a path chooses
 *       it at run time.</li>
 *   <li>{@code method} &mdash; required: {@link HttpMethod}; a path chooses it at run time.</li>
 *   <li>{@code apiPath} &mdash; the path after the stage ({@code /bills/add}); default the stage's root.</li>
 *   <li>{@code queryParameters}, {@code headers} &mdash; objects whose values are arrays of strings (or a path to
 *       one). Step Functions refuses the headers Authorization, Connection, Content-MD5, Expect, Host,
 *       Max-Forwards, Proxy-Authenticate, Server, TE, Transfer-Encoding, Trailer, Upgrade, Via, WWW-Authenticate
 *       and any starting with X-Forwarded, X-Amz or X-Amzn; these are refused at build time.</li>
 *   <li>{@code requestBody} &mdash; JSON or a string.</li>
 *   <li>{@code authType} &mdash; {@link AuthType}, rendered always (default {@code NO_AUTH}, as the CDK).</li>
 *   <li>{@code region} &mdash; the API's region when it is not the render context's (CDK v2 {@code region}).</li>
 * </ul>
 *
 * <p>WAIT_FOR_TASK_TOKEN needs the task token in {@code headers} (as an array:
 * {@code "TaskToken.$": "States.Array($$.Task.Token)"}) or in {@code requestBody}.
 *
 * <p>The DNS suffix comes from the render context's partition ({@code amazonaws.com}, {@code amazonaws.com.cn}
 * for {@code aws-cn}, ...); a placeholder partition gives {@code ${AWS::URLSuffix}}, for CloudFormation's
 * {@code Fn::Sub}.
 *
 * <p>IAM: with {@code IAM_ROLE}, {@code execute-api:Invoke} on
 * {@code arn:<partition>:execute-api:<region>:<account>:<api>/<stage>/<METHOD>/<path>}, each part {@code *} when
 * it is chosen at run time. With {@code NO_AUTH} (the default) and {@code RESOURCE_POLICY} nothing: the call is
 * not signed with the role, so the role's policy is never evaluated (with RESOURCE_POLICY the API's resource
 * policy must allow {@code states.amazonaws.com} for this state machine).
 *
 * <p>Differences from the CDK (2.263):
 * <ul>
 *   <li>The CDK grants {@code execute-api:Invoke} unless {@code authType} is explicitly {@code NO_AUTH}: also
 *       when it is left out (rendered as NO_AUTH) and for RESOURCE_POLICY. We grant only for IAM_ROLE.</li>
 *   <li>Without {@code apiPath} the CDK grants {@code .../<METHOD>/*}; we grant the root only,
 *       {@code .../<METHOD>/}, which is the resource called.</li>
 *   <li>With {@code region}, the CDK's grant keeps the stack's region; ours names the API's region.</li>
 *   <li>The CDK rejects an {@code apiPath} without a leading {@code /} (a JSONata expression among them); Step
 *       Functions accepts it (its own example calls {@code "Path": "bills"}), so we do and grant
 *       {@code .../<METHOD>/bills}.</li>
 *   <li>A stage or path chosen at run time (a path, intrinsic or JSONata expression) is {@code *} in our grant;
 *       the CDK pastes the expression's text into the ARN ({@code .../$.stage/GET/...}), which matches no
 *       method.</li>
 *   <li>The CDK accepts the task token in {@code headers} only; we also accept it in {@code requestBody}.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html">Call API Gateway with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class CallApiGatewayRestApiEndpoint extends CallApiGatewayEndpointBase {

    /** The provider type id. */
    public static final String TYPE_ID = "apigateway:invokeRestApi";

    private CallApiGatewayRestApiEndpoint(Builder b) {
        super(b, TYPE_ID, Kind.REST);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the REST API's id (the CDK's {@code api}) */
    public String api() {
        return apiId();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyFrom(this);
    }

    /** Builds a {@link CallApiGatewayRestApiEndpoint}. */
    public static final class Builder extends BaseBuilder<Builder, CallApiGatewayRestApiEndpoint> {

        private Builder(String stateName) {
            super(stateName);
        }

        /** @param restApiId the REST API's id, for example {@code a1b2c3d4e5} @return this builder */
        public Builder api(String restApiId) {
            this.apiId = restApiId;
            return this;
        }

        @Override
        protected CallApiGatewayRestApiEndpoint newTask() {
            return new CallApiGatewayRestApiEndpoint(this);
        }
    }
}
