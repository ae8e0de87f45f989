package io.github.sfntasks.provider.apigateway;

import io.github.sfntasks.api.ApiStatus;

/**
 * Calls an API Gateway HTTP API ({@code arn:<partition>:states:::apigateway:invoke}, or
 * {@code ...invoke.waitForTaskToken}), as the AWS CDK's {@code CallApiGatewayHttpApiEndpoint}.
 *
 * <pre>{@code
 * CallApiGatewayHttpApiEndpoint.builder("Call HTTP API")
 *     .apiId("z9y8x7w6v5")
 *     .method(HttpMethod.GET)
 *     .build();
 * }</pre>
 *
 * <p>Properties are those of {@link CallApiGatewayRestApiEndpoint}, except:
 * <ul>
 *   <li>{@code apiId} &mdash; required: the HTTP API's id (the CDK's name). The CDK's {@code apiStack} gave the
 *       region, account and DNS suffix; here they come from the render context, and {@code region} (not in the
 *       CDK for HTTP APIs) overrides the region.</li>
 *   <li>{@code stageName} &mdash; optional: left out, {@code Stage} is not rendered and the call reaches the
 *       {@code $default} stage; {@code $default} may also be given.</li>
 *   <li>{@code authType} &mdash; {@code NO_AUTH} or {@code IAM_ROLE}: "Resource policies are only supported for
 *       the REST API" (Call API Gateway with Step Functions), so {@code RESOURCE_POLICY} is refused.</li>
 * </ul>
 *
 * <p>IAM: with {@code IAM_ROLE}, {@code execute-api:Invoke} on
 * {@code arn:<partition>:execute-api:<region>:<account>:<apiId>/<stage>/<METHOD>/<path>}, the stage being
 * {@code $default} when none is given; otherwise nothing.
 *
 * <p>Differences from the CDK (2.263), besides those listed on {@link CallApiGatewayRestApiEndpoint}:
 * <ul>
 *   <li>Without {@code stageName} or {@code apiPath} the CDK's grant reads
 *       {@code .../<apiId>/undefined/GETundefined} (it pastes the missing values into the ARN), which matches
 *       nothing; we grant {@code .../<apiId>/$default/GET/}.</li>
 *   <li>The CDK does not reject an {@code apiPath} without a leading {@code /}, but glues it to the method in
 *       its grant ({@code .../GETbills}); we grant {@code .../GET/bills}.</li>
 *   <li>The CDK accepts RESOURCE_POLICY for HTTP APIs; Step Functions does not support it, so we refuse it.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html">Call API Gateway with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class CallApiGatewayHttpApiEndpoint extends CallApiGatewayEndpointBase {

    /** The provider type id. */
    public static final String TYPE_ID = "apigateway:invokeHttpApi";

    private CallApiGatewayHttpApiEndpoint(Builder b) {
        super(b, TYPE_ID, Kind.HTTP);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyFrom(this);
    }

    /** Builds a {@link CallApiGatewayHttpApiEndpoint}. */
    public static final class Builder extends BaseBuilder<Builder, CallApiGatewayHttpApiEndpoint> {

        private Builder(String stateName) {
            super(stateName);
        }

        /** @param apiId the HTTP API's id, for example {@code z9y8x7w6v5} @return this builder */
        public Builder apiId(String apiId) {
            this.apiId = apiId;
            return this;
        }

        @Override
        protected CallApiGatewayHttpApiEndpoint newTask() {
            return new CallApiGatewayHttpApiEndpoint(this);
        }
    }
}
