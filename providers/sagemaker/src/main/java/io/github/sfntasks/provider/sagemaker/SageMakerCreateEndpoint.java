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
import java.util.Map;

import static io.github.sfntasks.provider.sagemaker.SageMakerFields.TAGS;

/**
 * A Task state that creates an Amazon SageMaker AI endpoint from an endpoint configuration ({@code CreateEndpoint}):
 * the AWS CDK's {@code SageMakerCreateEndpoint}, type id {@code sagemaker:createEndpoint}.
 *
 * <pre>{@code
 * SageMakerCreateEndpoint.builder("SagemakerEndpoint")
 *     .endpointName(JsonPath.stringAt("$.EndpointName"))
 *     .endpointConfigName(JsonPath.stringAt("$.EndpointConfigName"))
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * {@code endpointName} and {@code endpointConfigName} (required; paths taken), {@code tags} (an object of strings,
 * rendered as the list of {@code {Key, Value}}; the CDK takes the list as a {@code TaskInput}).
 *
 * <h2>Patterns</h2>
 * REQUEST_RESPONSE only (the endpoint is created asynchronously; poll {@code DescribeEndpoint} to wait for it).
 *
 * <h2>IAM</h2>
 * {@code sagemaker:CreateEndpoint} on the endpoint and the endpoint configuration,
 * {@code arn:<partition>:sagemaker:<region>:<account>:endpoint/<name>} and {@code .../endpoint-config/<name>},
 * names lower-cased as SageMaker writes them in ARNs (placeholders kept as they are; a name given as a path: every
 * endpoint or configuration of the account and region, with a warning); {@code sagemaker:ListTags} on {@code *}.
 *
 * <h2>Differences from the CDK</h2>
 * {@code tags-as-map}: tags are given as an object and rendered as the API's list (a list given as a path passes
 * as it is). A placeholder in a name is kept as it is in the grant (the CDK lower-cases its token text too).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html">Create and manage
 *      Amazon SageMaker AI jobs with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class SageMakerCreateEndpoint extends ShapeTask {

    /** {@code sagemaker:createEndpoint}: request/response. */
    public static final TaskType TYPE = TaskType.of("sagemaker:createEndpoint", "Create an Amazon SageMaker AI endpoint",
            IntegrationPattern.REQUEST_RESPONSE);

    static final Field ENDPOINT_CONFIG_NAME = SageMakerFields.name("endpointConfigName", "EndpointConfigName",
            SageMakerFields.ENDPOINT_CONFIG, "The endpoint configuration to create the endpoint from");
    static final Field ENDPOINT_NAME = SageMakerFields.name("endpointName", "EndpointName", SageMakerFields.ENDPOINT,
            "The endpoint's name, unique in the account and region");

    /** The properties of {@code sagemaker:createEndpoint}. */
    public static final Shape SHAPE = Shape.of("CreateEndpoint", ENDPOINT_CONFIG_NAME, ENDPOINT_NAME, TAGS);

    private SageMakerCreateEndpoint(Builder builder) {
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
        g.allow(List.of("sagemaker:CreateEndpoint"), List.of(
                SageMakerFields.nameGrant(g, "endpointName", value(ENDPOINT_NAME), SageMakerFields.ENDPOINT, true, false),
                SageMakerFields.nameGrant(g, "endpointConfigName", value(ENDPOINT_CONFIG_NAME), SageMakerFields.ENDPOINT_CONFIG,
                        true, false)));
        SageMakerFields.listTags(g);
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds a {@link SageMakerCreateEndpoint}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, SageMakerCreateEndpoint> {
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

        /** @param tags the endpoint's tags @return this */
        public Builder tags(Map<String, ?> tags) {
            return set(TAGS, tags);
        }

        @Override
        protected SageMakerCreateEndpoint newTask() {
            return new SageMakerCreateEndpoint(this);
        }
    }
}
