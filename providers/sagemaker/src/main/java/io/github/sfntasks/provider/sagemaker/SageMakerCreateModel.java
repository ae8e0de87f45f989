package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeBuilder;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.Map;
import java.util.function.Consumer;

import static io.github.sfntasks.provider.sagemaker.SageMakerFields.TAGS;

/**
 * A Task state that creates an Amazon SageMaker AI model ({@code CreateModel}): the AWS CDK's
 * {@code SageMakerCreateModel}, type id {@code sagemaker:createModel}.
 *
 * <pre>{@code
 * SageMakerCreateModel.builder("Sagemaker")
 *     .modelName("MyModel")
 *     .role("arn:aws:iam::123456789012:role/SageMakerModel")
 *     .primaryContainer(c -> c.image(JsonPath.stringAt("$.Model.imageName")).mode("SingleModel")
 *         .modelS3Location(JsonPath.stringAt("$.TrainingJob.ModelArtifacts.S3ModelArtifacts")))
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * {@code modelName} (required), {@code role} (required, rendered {@code ExecutionRoleArn}: the CDK creates one when
 * none is given), {@code primaryContainer} (required: {@code image} (a path taken), {@code mode}
 * {@code SingleModel}/{@code MultiModel}, {@code modelS3Location}, {@code modelPackageName},
 * {@code containerHostName}, {@code environmentVariables}), {@code containers} (an inference pipeline, 1 to 15, the
 * same shape), {@code enableNetworkIsolation}, {@code vpcConfig} (security group and subnet ids), {@code tags}.
 *
 * <h2>Patterns</h2>
 * REQUEST_RESPONSE only.
 *
 * <h2>IAM</h2>
 * {@code sagemaker:CreateModel} on {@code arn:<partition>:sagemaker:<region>:<account>:model/<modelName>*} (lower-cased
 * as SageMaker writes it in ARNs, as the CDK does; a path: {@code model/*}, with a warning);
 * {@code sagemaker:ListTags} on {@code *}; {@code iam:PassRole} on the role with
 * {@code iam:PassedToService = sagemaker.amazonaws.com}.
 *
 * <h2>Differences from the CDK</h2>
 * <ul>
 *   <li>{@code containers-as-the-api}: each of {@code containers} renders as the API's {@code ContainerDefinition};
 *       the CDK (2.263.0) renders the object its {@code bind()} returns, {@code {"parameters": {...}}}, which
 *       SageMaker refuses.</li>
 *   <li>{@code role-required}, {@code vpc-by-ids}, {@code s3-uri-as-given}, {@code tags-as-map}: as
 *       {@link SageMakerCreateTrainingJob} and {@link SageMakerCreateEndpoint}.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html">Create and manage
 *      Amazon SageMaker AI jobs with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html">CreateModel</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class SageMakerCreateModel extends ShapeTask {

    /** {@code sagemaker:createModel}: request/response. */
    public static final TaskType TYPE = TaskType.of("sagemaker:createModel", "Create an Amazon SageMaker AI model",
            IntegrationPattern.REQUEST_RESPONSE);

    static final Field CONTAINER_HOST_NAME = Field.string("containerHostName", "ContainerHostname").range(1, 63)
            .pattern(SageMakerFields.NAME_PATTERN, SageMakerFields.NAME_RULE).doc("The container's host name in a pipeline");
    static final Field IMAGE = Field.string("image", "Image").range(1, 255).doc("The inference image's registry path");
    static final Field MODE = Field.enumOf("mode", "Mode", "SingleModel", "MultiModel").doc("One model or many");
    static final Field MODEL_S3_LOCATION = Field.string("modelS3Location", "ModelDataUrl").range(1, 1024)
            .pattern("(s3|https)://.+", "an S3 URI (s3://bucket/model.tar.gz)").doc("The S3 URI of the model artifacts");
    static final Field MODEL_PACKAGE_NAME = Field.string("modelPackageName", "ModelPackageName").range(1, 176)
            .doc("The name or ARN of a model package");
    static final Field ENVIRONMENT = Field.stringMap("environmentVariables", "Environment").range(0, 100)
            .doc("Environment variables of the container");
    static final Shape CONTAINER = Shape.of("ContainerDefinition", CONTAINER_HOST_NAME, IMAGE, MODE, MODEL_S3_LOCATION,
            MODEL_PACKAGE_NAME, ENVIRONMENT);

    static final Field NETWORK_ISOLATION = Field.bool("enableNetworkIsolation", "EnableNetworkIsolation")
            .doc("Isolates the containers from the network (required for AWS Marketplace models)");
    static final Field ROLE = SageMakerFields.role("ExecutionRoleArn");
    static final Field MODEL_NAME = SageMakerFields.name("modelName", "ModelName", SageMakerFields.MODEL,
            "The model's name, unique in the account and region");
    static final Field PRIMARY_CONTAINER = Field.object("primaryContainer", "PrimaryContainer", CONTAINER).required()
            .doc("The container that serves the model");
    static final Field CONTAINERS = Field.list("containers", "Containers", CONTAINER).range(1, 15)
            .doc("The containers of an inference pipeline");
    static final Field VPC_CONFIG = Field.object("vpcConfig", "VpcConfig", SageMakerFields.VPC_CONFIG)
            .doc("The VPC the containers run in");

    /** The properties of {@code sagemaker:createModel}. */
    public static final Shape SHAPE = Shape.of("CreateModel", NETWORK_ISOLATION, ROLE, MODEL_NAME, TAGS, PRIMARY_CONTAINER,
            CONTAINERS, VPC_CONFIG);

    private SageMakerCreateModel(Builder builder) {
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
    protected Value parameters(RenderContext context) {
        return SageMakerFields.roleAsArn((ObjectValue) super.parameters(context), "ExecutionRoleArn", value(ROLE), context);
    }

    @Override
    protected void grants(Grants g) {
        g.allow("sagemaker:CreateModel", SageMakerFields.nameGrant(g, "modelName", value(MODEL_NAME), SageMakerFields.MODEL,
                true, true));
        SageMakerFields.listTags(g);
        SageMakerFields.passRole(g, value(ROLE));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** A container of the model (the CDK's {@code ContainerDefinition}). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class ContainerDefinition extends ShapeBuilder<ContainerDefinition> {
        ContainerDefinition() {
            super(CONTAINER);
        }

        /** @param image the inference image's registry path, or a path to it @return this */
        public ContainerDefinition image(Object image) {
            return set(IMAGE, image);
        }

        /** @param mode {@code SingleModel} or {@code MultiModel} @return this */
        public ContainerDefinition mode(String mode) {
            return set(MODE, mode);
        }

        /** @param uri the model artifacts' S3 URI, or a path to it @return this */
        public ContainerDefinition modelS3Location(Object uri) {
            return set(MODEL_S3_LOCATION, uri);
        }

        /** @param name a model package's name or ARN @return this */
        public ContainerDefinition modelPackageName(Object name) {
            return set(MODEL_PACKAGE_NAME, name);
        }

        /** @param hostName the container's host name in a pipeline @return this */
        public ContainerDefinition containerHostName(String hostName) {
            return set(CONTAINER_HOST_NAME, hostName);
        }

        /** @param environment the container's environment variables @return this */
        public ContainerDefinition environmentVariables(Map<String, ?> environment) {
            return set(ENVIRONMENT, environment);
        }
    }

    /** Builds a {@link SageMakerCreateModel}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, SageMakerCreateModel> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param name the model's name, or a path @return this */
        public Builder modelName(Object name) {
            return set(MODEL_NAME, name);
        }

        /** @param roleArnOrName the role SageMaker assumes @return this */
        public Builder role(Object roleArnOrName) {
            return set(ROLE, roleArnOrName);
        }

        /** @param container fills the primary container @return this */
        public Builder primaryContainer(Consumer<ContainerDefinition> container) {
            return set(PRIMARY_CONTAINER, new ContainerDefinition(), container);
        }

        /** @param container fills one more container of an inference pipeline @return this */
        public Builder addContainer(Consumer<ContainerDefinition> container) {
            return add(CONTAINERS, ContainerDefinition::new, container);
        }

        /** @param enable whether to isolate the containers from the network @return this */
        public Builder enableNetworkIsolation(boolean enable) {
            return set(NETWORK_ISOLATION, enable);
        }

        /** @param vpc fills the VPC configuration @return this */
        public Builder vpcConfig(Consumer<SageMakerVpcConfig> vpc) {
            return set(VPC_CONFIG, new SageMakerVpcConfig(), vpc);
        }

        /** @param tags the model's tags @return this */
        public Builder tags(Map<String, ?> tags) {
            return set(TAGS, tags);
        }

        @Override
        protected SageMakerCreateModel newTask() {
            return new SageMakerCreateModel(this);
        }
    }
}
