package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.TaskType;

import java.util.List;

/**
 * A Task state that moves an Amazon SageMaker AI endpoint to another endpoint configuration ({@code UpdateEndpoint}):
 * the AWS CDK's {@code SageMakerUpdateEndpoint}, type id {@code sagemaker:updateEndpoint}.
 *
 * <pre>{@code
 * SageMakerUpdateEndpoint.builder("SagemakerEndpoint")
 *     .endpointName(JsonPath.stringAt("$.Endpoint.Name"))
 *     .endpointConfigName(JsonPath.stringAt("$.Endpoint.EndpointConfig"))
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * {@code endpointName} and {@code endpointConfigName} (required; paths taken).
 *
 * <h2>Patterns</h2>
 * REQUEST_RESPONSE only.
 *
 * <h2>IAM</h2>
 * {@code sagemaker:UpdateEndpoint} on {@code arn:<partition>:sagemaker:<region>:<account>:endpoint/<name>} and
 * {@code .../endpoint-config/<name>}, names lower-cased as SageMaker writes them in ARNs (a name given as a path:
 * every endpoint or configuration of the account and region, with a warning).
 *
 * <h2>Differences from the CDK</h2>
 * None (the CDK spells the action {@code sagemaker:updateEndpoint}; IAM action names are not case-sensitive).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html">Create and manage
 *      Amazon SageMaker AI jobs with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class SageMakerUpdateEndpoint extends ShapeTask {

    /** {@code sagemaker:updateEndpoint}: request/response. */
    public static final TaskType TYPE = TaskType.of("sagemaker:updateEndpoint", "Update an Amazon SageMaker AI endpoint",
            IntegrationPattern.REQUEST_RESPONSE);

    static final Field ENDPOINT_CONFIG_NAME = SageMakerFields.name("endpointConfigName", "EndpointConfigName",
            SageMakerFields.ENDPOINT_CONFIG, "The endpoint configuration to deploy");
    static final Field ENDPOINT_NAME = SageMakerFields.name("endpointName", "EndpointName", SageMakerFields.ENDPOINT,
            "The endpoint to update");

    /** The properties of {@code sagemaker:updateEndpoint}. */
    public static final Shape SHAPE = Shape.of("UpdateEndpoint", ENDPOINT_CONFIG_NAME, ENDPOINT_NAME);

    private SageMakerUpdateEndpoint(Builder builder) {
        super(builder, TYPE, SHAPE);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected void grants(Grants g) {
        g.allow(List.of("sagemaker:UpdateEndpoint"), List.of(
                SageMakerFields.nameGrant(g, "endpointName", value(ENDPOINT_NAME), SageMakerFields.ENDPOINT, true, false),
                SageMakerFields.nameGrant(g, "endpointConfigName", value(ENDPOINT_CONFIG_NAME), SageMakerFields.ENDPOINT_CONFIG,
                        true, false)));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds a {@link SageMakerUpdateEndpoint}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, SageMakerUpdateEndpoint> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param name the endpoint's name, or a path @return this */
        public Builder endpointName(Object name) {
            return set(ENDPOINT_NAME, name);
        }

        /** @param name the endpoint configuration's name, or a path @return this */
        public Builder endpointConfigName(Object name) {
            return set(ENDPOINT_CONFIG_NAME, name);
        }

        @Override
        protected SageMakerUpdateEndpoint newTask() {
            return new SageMakerUpdateEndpoint(this);
        }
    }
}
