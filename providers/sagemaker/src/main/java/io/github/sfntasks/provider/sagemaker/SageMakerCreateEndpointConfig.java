package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeBuilder;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.Value;

import java.util.Map;
import java.util.function.Consumer;

import static io.github.sfntasks.provider.sagemaker.SageMakerFields.TAGS;

/**
 * A Task state that creates an Amazon SageMaker AI endpoint configuration ({@code CreateEndpointConfig}): the AWS
 * CDK's {@code SageMakerCreateEndpointConfig}, type id {@code sagemaker:createEndpointConfig}.
 *
 * <pre>{@code
 * SageMakerCreateEndpointConfig.builder("SagemakerEndpointConfig")
 *     .endpointConfigName("MyEndpointConfig")
 *     .addProductionVariant(v -> v.initialInstanceCount(2).instanceType("ml.m5.xlarge")
 *         .modelName("MyModel").variantName("awesome-variant"))
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * {@code endpointConfigName} (required), {@code productionVariants} (1 to 10: {@code modelName},
 * {@code variantName}, {@code instanceType} required; {@code initialInstanceCount} default 1 as the CDK's;
 * {@code acceleratorType}, {@code initialVariantWeight}), {@code kmsKey} (rendered as given: id, ARN or alias),
 * {@code tags}.
 *
 * <h2>Patterns</h2>
 * REQUEST_RESPONSE only.
 *
 * <h2>IAM</h2>
 * {@code sagemaker:CreateEndpointConfig} on {@code arn:<partition>:sagemaker:<region>:<account>:endpoint-config/<name>}
 * (lower-cased as SageMaker writes it in ARNs; a path: every configuration, with a warning); {@code sagemaker:ListTags}
 * on {@code *}.
 *
 * <h2>Differences from the CDK</h2>
 * {@code kms-key-as-given}: {@code KmsKeyId} is written as given; the CDK writes its {@code IKey}'s key id.
 * {@code tags-as-map}: as {@link SageMakerCreateEndpoint}.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html">Create and manage
 *      Amazon SageMaker AI jobs with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class SageMakerCreateEndpointConfig extends ShapeTask {

    /** {@code sagemaker:createEndpointConfig}: request/response. */
    public static final TaskType TYPE = TaskType.of("sagemaker:createEndpointConfig",
            "Create an Amazon SageMaker AI endpoint configuration", IntegrationPattern.REQUEST_RESPONSE);

    static final Field INITIAL_INSTANCE_COUNT = Field.integer("initialInstanceCount", "InitialInstanceCount").atLeast(1)
            .doc("How many instances to start with (default 1)");
    static final Field INSTANCE_TYPE = SageMakerFields.instanceType(true);
    static final Field MODEL_NAME = SageMakerFields.name("modelName", "ModelName", SageMakerFields.MODEL, "The model to host");
    static final Field VARIANT_NAME = Field.string("variantName", "VariantName").required().range(1, 63)
            .pattern(SageMakerFields.NAME_PATTERN, SageMakerFields.NAME_RULE).doc("The variant's name");
    static final Field ACCELERATOR_TYPE = Field.string("acceleratorType", "AcceleratorType")
            .pattern("ml\\.eia[12]\\.(medium|large|xlarge)", "an Elastic Inference accelerator such as ml.eia2.medium")
            .doc("An Elastic Inference accelerator");
    static final Field INITIAL_VARIANT_WEIGHT = Field.number("initialVariantWeight", "InitialVariantWeight").atLeast(0)
            .doc("The variant's share of the traffic, relative to the others");
    static final Shape VARIANT = Shape.of("ProductionVariant", INITIAL_INSTANCE_COUNT, INSTANCE_TYPE, MODEL_NAME, VARIANT_NAME,
            ACCELERATOR_TYPE, INITIAL_VARIANT_WEIGHT);

    static final Field ENDPOINT_CONFIG_NAME = SageMakerFields.name("endpointConfigName", "EndpointConfigName",
            SageMakerFields.ENDPOINT_CONFIG, "The configuration's name, unique in the account and region");
    static final Field KMS_KEY = SageMakerFields.kmsKey("kmsKey", "KmsKeyId",
            "The KMS key of the ML storage volumes of the endpoint's instances");
    static final Field PRODUCTION_VARIANTS = Field.list("productionVariants", "ProductionVariants", VARIANT).required()
            .range(1, 10).renderedAs(SageMakerCreateEndpointConfig::defaultInstanceCount).doc("The models to host, 1 to 10");

    /** The properties of {@code sagemaker:createEndpointConfig}. */
    public static final Shape SHAPE = Shape.of("CreateEndpointConfig", ENDPOINT_CONFIG_NAME, TAGS, KMS_KEY, PRODUCTION_VARIANTS);

    private SageMakerCreateEndpointConfig(Builder builder) {
        super(builder, TYPE, SHAPE);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    private static Value defaultInstanceCount(Value variants) {
        if (!(variants instanceof ArrayValue a)) {
            return variants;
        }
        ArrayValue.Builder b = ArrayValue.builder();
        a.items().forEach(v -> b.add(SageMakerFields.withDefault("InitialInstanceCount", 1).apply(v)));
        return b.build();
    }

    @Override
    protected void grants(Grants g) {
        g.allow("sagemaker:CreateEndpointConfig", SageMakerFields.nameGrant(g, "endpointConfigName", value(ENDPOINT_CONFIG_NAME),
                SageMakerFields.ENDPOINT_CONFIG, true, false));
        SageMakerFields.listTags(g);
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** One model the endpoint hosts. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class ProductionVariant extends ShapeBuilder<ProductionVariant> {
        ProductionVariant() {
            super(VARIANT);
        }

        /** @param count instances to start with (default 1) @return this */
        public ProductionVariant initialInstanceCount(Object count) {
            return set(INITIAL_INSTANCE_COUNT, count);
        }

        /** @param type {@code ml.m5.xlarge} (or {@code m5.xlarge}), or a path @return this */
        public ProductionVariant instanceType(Object type) {
            return set(INSTANCE_TYPE, type);
        }

        /** @param name the model's name, or a path @return this */
        public ProductionVariant modelName(Object name) {
            return set(MODEL_NAME, name);
        }

        /** @param name the variant's name @return this */
        public ProductionVariant variantName(Object name) {
            return set(VARIANT_NAME, name);
        }

        /** @param type {@code ml.eia1.medium} ... {@code ml.eia2.xlarge} @return this */
        public ProductionVariant acceleratorType(String type) {
            return set(ACCELERATOR_TYPE, type);
        }

        /** @param weight the share of the traffic @return this */
        public ProductionVariant initialVariantWeight(Object weight) {
            return set(INITIAL_VARIANT_WEIGHT, weight);
        }
    }

    /** Builds a {@link SageMakerCreateEndpointConfig}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, SageMakerCreateEndpointConfig> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param name the configuration's name, or a path @return this */
        public Builder endpointConfigName(Object name) {
            return set(ENDPOINT_CONFIG_NAME, name);
        }

        /** @param variant fills one more production variant @return this */
        public Builder addProductionVariant(Consumer<ProductionVariant> variant) {
            return add(PRODUCTION_VARIANTS, ProductionVariant::new, variant);
        }

        /** @param key the KMS key (id, ARN or alias) @return this */
        public Builder kmsKey(String key) {
            return set(KMS_KEY, key);
        }

        /** @param tags the configuration's tags @return this */
        public Builder tags(Map<String, ?> tags) {
            return set(TAGS, tags);
        }

        @Override
        protected SageMakerCreateEndpointConfig newTask() {
            return new SageMakerCreateEndpointConfig(this);
        }
    }
}
