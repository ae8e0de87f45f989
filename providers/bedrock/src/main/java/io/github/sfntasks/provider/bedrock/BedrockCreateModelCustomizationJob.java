package io.github.sfntasks.provider.bedrock;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeBuilder;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.ShapeValue;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Creates a job that fine-tunes (or continues pre-training, or distils) an Amazon Bedrock model
 * ({@code arn:<partition>:states:::bedrock:createModelCustomizationJob[.sync]}): the AWS CDK v2's
 * {@code BedrockCreateModelCustomizationJob}.
 *
 * <pre>{@code
 * BedrockCreateModelCustomizationJob task = BedrockCreateModelCustomizationJob.builder("Customize")
 *     .baseModel("amazon.titan-text-express-v1")
 *     .customModelName("MyCustomModel")
 *     .jobName("MyCustomizationJob")
 *     .role("arn:aws:iam::123456789012:role/BedrockCustomization")
 *     .trainingData(d -> d.bucket("training-bucket").path("data/train.jsonl"))
 *     .outputData(d -> d.bucket("output-bucket").path("out/"))
 *     .hyperParameters(Map.of("Evaluation percentage", "20"))
 *     .build();
 * }</pre>
 *
 * <p><b>Properties</b> (the CDK's names): {@code baseModel} (a foundation-model id or a model ARN; the CDK takes an
 * {@code IModel}), {@code customModelName}, {@code jobName}, {@code role} (the role Bedrock assumes, an ARN: the
 * CDK creates one when none is given, we do not create roles), {@code trainingData} and {@code outputData}
 * ({@code bucket} name and optional {@code path}, rendered {@code {S3Uri: "s3://bucket/path"}}), {@code validationData}
 * (1 to 10 of the same), {@code customizationType} (FINE_TUNING, CONTINUED_PRE_TRAINING, DISTILLATION),
 * {@code customModelKmsKey} (a key ARN), {@code clientRequestToken}, {@code customModelTags} and {@code jobTags}
 * (0 to 200 {@code {key, value}}), {@code hyperParameters}, {@code vpcConfig} ({@code securityGroups}, 1 to 5 ids;
 * {@code subnets}, 1 to 16 ids). Either {@code validationData} or the {@code "Evaluation percentage"}
 * hyperparameter, as the CDK requires.
 *
 * <p><b>Patterns:</b> REQUEST_RESPONSE (the default, as the CDK's) and RUN_JOB ({@code .sync}), per AWS's page.
 *
 * <p><b>IAM</b> (AWS page "Invoke and customize Amazon Bedrock models with Step Functions", IAM policy examples for
 * CreateModelCustomizationJob): {@code bedrock:CreateModelCustomizationJob} on the base model's ARN,
 * {@code custom-model/*} and {@code model-customization-job/*} of the account and region; {@code iam:PassRole} on the
 * role with {@code iam:PassedToService bedrock.<partition DNS suffix>} ({@code bedrock.amazonaws.com}); {@code bedrock:TagResource} on the same three when
 * tags are given; {@code .sync} adds {@code bedrock:GetModelCustomizationJob} and
 * {@code bedrock:StopModelCustomizationJob} on {@code model-customization-job/*} (the page's .sync examples: Step
 * Functions polls the job; the page names no EventBridge managed rule, so none is granted).
 *
 * <p><b>Differences from the CDK</b> (aws-cdk-lib {@code aws-stepfunctions-tasks/lib/bedrock/create-model-customization-job.ts}):
 * <ul>
 *   <li>{@code bedrock:TagResource} only when tags are given (the CDK always grants it with
 *       CreateModelCustomizationJob); {@code iam:PassRole} carries {@code iam:PassedToService} (the CDK has no
 *       condition).</li>
 *   <li>RUN_JOB renders {@code .sync} and grants the page's polling actions; the CDK accepts RUN_JOB but writes the
 *       Resource without {@code .sync} and grants nothing more.</li>
 *   <li>{@code role} is required: the CDK creates a role with S3 (and VPC) permissions when none is given; here the
 *       role and its permissions are yours.</li>
 *   <li>{@code customModelKmsKey}: the CDK adds the role to the key's policy (a key-policy change, not a grant of the
 *       state machine's role); we render {@code CustomModelKmsKeyId} only.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html">Invoke and customize
 *      Amazon Bedrock models with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class BedrockCreateModelCustomizationJob extends ShapeTask {

    /** {@code bedrock:createModelCustomizationJob}: REQUEST_RESPONSE (default) and RUN_JOB. */
    public static final TaskType TYPE = TaskType.of("bedrock:createModelCustomizationJob",
            "Create an Amazon Bedrock model customization job", IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB);

    static final ResourceArn CUSTOM_MODEL = ResourceArn.of("bedrock", "custom-model/");
    static final ResourceArn JOB = ResourceArn.of("bedrock", "model-customization-job/");
    /** A role whose whole placeholder is its ARN (the CDK writes {@code role.roleArn} to RoleArn). */
    static final ResourceArn ROLE_ARN = Grants.ROLE.wholePlaceholderIsArn();

    // ---- nested shapes -----------------------------------------------------------------------------------

    static final Field BUCKET = Field.string("bucket", "Bucket").required().staticOnly().resource(BedrockInvokeModel.BUCKET)
            .range(3, 63).pattern(BedrockInvokeModel.BUCKET_PATTERN, BedrockInvokeModel.BUCKET_RULE)
            .doc("The bucket's name");
    static final Field PATH = Field.string("path", "Path").staticOnly().range(1, 1024).doc("The key prefix or object key");
    /** A bucket and an optional path, rendered {@code {S3Uri: "s3://bucket/path"}} (the CDK's bucket configurations). */
    public static final Shape BUCKET_CONFIG = Shape.of("DataConfig", BUCKET, PATH);

    static final Field TAG_KEY = Field.string("key", "Key").required().range(1, 128).doc("The tag key");
    static final Field TAG_VALUE = Field.string("value", "Value").required().range(0, 256).doc("The tag value");
    /** A tag, the CDK's {@code CustomModelTag}. */
    public static final Shape TAG = Shape.of("Tag", TAG_KEY, TAG_VALUE);

    static final Field SECURITY_GROUPS = Field.stringList("securityGroups", "SecurityGroupIds").required().range(1, 5)
            .doc("Security group ids");
    static final Field SUBNETS = Field.stringList("subnets", "SubnetIds").required().range(1, 16).doc("Subnet ids");
    /** The VPC the job runs in. */
    public static final Shape VPC = Shape.of("VpcConfig", SECURITY_GROUPS, SUBNETS);

    // ---- the task ----------------------------------------------------------------------------------------

    static final Field BASE_MODEL = Field.string("baseModel", "BaseModelIdentifier").required()
            .resource(BedrockInvokeModel.FOUNDATION_MODEL).range(1, 2048)
            .pattern(BedrockInvokeModel.MODEL_PATTERN, "a foundation-model id or a Bedrock model ARN")
            .doc("The model to customize: a foundation-model id or a model ARN");
    static final Field CLIENT_TOKEN = Field.string("clientRequestToken", "ClientRequestToken").range(1, 256)
            .pattern("[a-zA-Z0-9](-*[a-zA-Z0-9])*", "letters and digits, hyphens between them").doc("Idempotency token");
    static final Field CUSTOMIZATION_TYPE = Field.enumOf("customizationType", "CustomizationType",
            "FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION").doc("The kind of customization; default FINE_TUNING");
    static final Field KMS_KEY = Field.string("customModelKmsKey", "CustomModelKmsKeyId")
            .resource(ResourceArn.of("kms", "key/").wholePlaceholderIsArn()).doc("The KMS key ARN that encrypts the custom model");
    static final Field MODEL_NAME = Field.string("customModelName", "CustomModelName").required().range(1, 63)
            .pattern("([0-9a-zA-Z][_-]?)+", "letters and digits, each optionally followed by _ or -").doc("The custom model's name");
    static final Field MODEL_TAGS = Field.list("customModelTags", "CustomModelTags", TAG).range(0, 200).doc("Tags of the custom model");
    static final Field HYPER_PARAMETERS = Field.stringMap("hyperParameters", "HyperParameters").doc("Hyperparameters");
    static final Field JOB_NAME = Field.string("jobName", "JobName").required().range(1, 63)
            .pattern("[a-zA-Z0-9](-*[a-zA-Z0-9+\\-.])*", "letters, digits, +, - and ., starting with a letter or digit")
            .doc("The job's name");
    static final Field JOB_TAGS = Field.list("jobTags", "JobTags", TAG).range(0, 200).doc("Tags of the job");
    static final Field OUTPUT = Field.object("outputData", "OutputDataConfig", BUCKET_CONFIG).required().staticOnly()
            .renderedAs(BedrockCreateModelCustomizationJob::s3UriObject).doc("Where the job writes its output");
    static final Field ROLE = Field.string("role", "RoleArn").required().resource(ROLE_ARN)
            .pattern("arn:[^:\\s]+:iam::[^:\\s]*:role/\\S+", "an IAM role ARN")
            .doc("The role Bedrock assumes to run the job (its ARN)");
    static final Field TRAINING = Field.object("trainingData", "TrainingDataConfig", BUCKET_CONFIG).required().staticOnly()
            .renderedAs(BedrockCreateModelCustomizationJob::s3UriObject).doc("The training data");
    static final Field VALIDATION = Field.list("validationData", "ValidationDataConfig", BUCKET_CONFIG).range(1, 10).staticOnly()
            .renderedAs(BedrockCreateModelCustomizationJob::validators).doc("The validation data, 1 to 10 locations");
    static final Field VPC_CONFIG = Field.object("vpcConfig", "VpcConfig", VPC).staticOnly().doc("The VPC the job runs in");

    static final String EVALUATION_PERCENTAGE = "Evaluation percentage";

    /** The properties of {@code bedrock:createModelCustomizationJob}. */
    public static final Shape SHAPE = Shape.of("CreateModelCustomizationJob", BASE_MODEL, CLIENT_TOKEN, CUSTOMIZATION_TYPE,
                    KMS_KEY, MODEL_NAME, MODEL_TAGS, HYPER_PARAMETERS, JOB_NAME, JOB_TAGS, OUTPUT, ROLE, TRAINING, VALIDATION,
                    VPC_CONFIG)
            .check(BedrockCreateModelCustomizationJob::checkValidation)
            .schemaRule(JsonSchema.absent("validationData"), JsonSchema.object()
                    .required("hyperParameters", JsonSchema.object().required(EVALUATION_PERCENTAGE, JsonSchema.string())));

    private BedrockCreateModelCustomizationJob(Builder b) {
        super(b, TYPE, SHAPE);
    }

    private static void checkValidation(ShapeValue v, Shape.Problems problems) {
        if (v.has(VALIDATION)) {
            return;
        }
        Value hp = v.value(HYPER_PARAMETERS);
        boolean has = hp instanceof ObjectValue o && o.members().containsKey(EVALUATION_PERCENTAGE)
                || hp instanceof Literal l && l.node().isObject() && l.node().has(EVALUATION_PERCENTAGE)
                || hp != null && hp.isDynamic() && !(hp instanceof ObjectValue);
        if (!has) {
            problems.add(ErrorCode.MISSING_PROPERTY, "validationData",
                    "is required unless hyperParameters has \"" + EVALUATION_PERCENTAGE + "\" (as the AWS CDK requires)");
        }
    }

    /** {@code {Bucket, Path}} as rendered becomes {@code {S3Uri: "s3://Bucket/Path"}} ({@code s3://Bucket} without a path). */
    private static Value s3UriObject(Value rendered) {
        ObjectValue o = (ObjectValue) rendered;
        String uri = "s3://" + ((Literal) o.get("Bucket")).text()
                + (o.get("Path") == null ? "" : "/" + ((Literal) o.get("Path")).text());
        return ObjectValue.builder().put("S3Uri", uri).build();
    }

    private static Value validators(Value rendered) {
        ArrayValue.Builder a = ArrayValue.builder();
        for (Value item : ((ArrayValue) rendered).items()) {
            a.add(s3UriObject(item));
        }
        return ObjectValue.builder().put("Validators", a.build()).build();
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
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    @Override
    protected void grants(Grants g) {
        RenderContext ctx = g.context();
        List<String> resources = new ArrayList<>();
        Value model = value(BASE_MODEL);
        if (model instanceof Literal l && l.isText()) {
            resources.add(BedrockInvokeModel.FOUNDATION_MODEL.arn(l.text(), ctx));
        } else {
            String all = BedrockInvokeModel.FOUNDATION_MODEL.wildcard(ctx);
            g.widened("baseModel", "chosen at run time, so the grant names every foundation model of the region (" + all
                    + ") and the account's custom models; give a literal base model for one");
            resources.add(all);
        }
        String customModels = CUSTOM_MODEL.wildcard(ctx);
        if (!resources.contains(customModels)) {
            resources.add(customModels);
        }
        resources.add(JOB.wildcard(ctx));
        g.allow(List.of("bedrock:CreateModelCustomizationJob"), resources);
        if (values().has(MODEL_TAGS) || values().has(JOB_TAGS)) {
            g.allow(List.of("bedrock:TagResource"), resources);
        }
        g.passRole("role", value(ROLE), ROLE_ARN, "bedrock." + ctx.urlSuffix());
        if (integrationPattern() == IntegrationPattern.RUN_JOB) {
            g.allow(List.of("bedrock:GetModelCustomizationJob", "bedrock:StopModelCustomizationJob"), List.of(JOB.wildcard(ctx)));
        }
    }

    /** The nested {@code trainingData}/{@code outputData}/{@code validationData} builder. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class DataConfig extends ShapeBuilder<DataConfig> {
        DataConfig() {
            super(BUCKET_CONFIG);
        }

        /** @param name the bucket's name @return this builder */
        public DataConfig bucket(String name) {
            return set(BUCKET, name);
        }

        /** @param path the key or key prefix @return this builder */
        public DataConfig path(String path) {
            return set(PATH, path);
        }
    }

    /** The nested tag builder. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Tag extends ShapeBuilder<Tag> {
        Tag() {
            super(TAG);
        }

        /** @param key the key @return this builder */
        public Tag key(String key) {
            return set(TAG_KEY, key);
        }

        /** @param value the value @return this builder */
        public Tag value(String value) {
            return set(TAG_VALUE, value);
        }
    }

    /** The nested {@code vpcConfig} builder. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class VpcConfig extends ShapeBuilder<VpcConfig> {
        VpcConfig() {
            super(VPC);
        }

        /** @param ids security group ids @return this builder */
        public VpcConfig securityGroups(String... ids) {
            return set(SECURITY_GROUPS, List.of(ids));
        }

        /** @param ids subnet ids @return this builder */
        public VpcConfig subnets(String... ids) {
            return set(SUBNETS, List.of(ids));
        }
    }

    /** Builds a {@link BedrockCreateModelCustomizationJob}; every setter is the CDK prop of the same name. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, BedrockCreateModelCustomizationJob> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param idOrArn a foundation-model id or model ARN (or a path) @return this builder */
        public Builder baseModel(Object idOrArn) {
            return set(BASE_MODEL, idOrArn);
        }

        /** @param token the idempotency token @return this builder */
        public Builder clientRequestToken(Object token) {
            return set(CLIENT_TOKEN, token);
        }

        /** @param type FINE_TUNING, CONTINUED_PRE_TRAINING or DISTILLATION @return this builder */
        public Builder customizationType(Object type) {
            return set(CUSTOMIZATION_TYPE, type);
        }

        /** @param keyArn the KMS key ARN @return this builder */
        public Builder customModelKmsKey(Object keyArn) {
            return set(KMS_KEY, keyArn);
        }

        /** @param name the custom model's name @return this builder */
        public Builder customModelName(Object name) {
            return set(MODEL_NAME, name);
        }

        /** @param key a tag key @param value its value @return this builder */
        public Builder addCustomModelTag(String key, String value) {
            return add(MODEL_TAGS, Tag::new, t -> t.key(key).value(value));
        }

        /** @param parameters the hyperparameters @return this builder */
        public Builder hyperParameters(Map<String, String> parameters) {
            return set(HYPER_PARAMETERS, parameters);
        }

        /** @param name the job's name @return this builder */
        public Builder jobName(Object name) {
            return set(JOB_NAME, name);
        }

        /** @param key a tag key @param value its value @return this builder */
        public Builder addJobTag(String key, String value) {
            return add(JOB_TAGS, Tag::new, t -> t.key(key).value(value));
        }

        /** @param output fills the output location @return this builder */
        public Builder outputData(Consumer<DataConfig> output) {
            return set(OUTPUT, new DataConfig(), output);
        }

        /** @param roleArn the role Bedrock assumes (or a path) @return this builder */
        public Builder role(Object roleArn) {
            return set(ROLE, roleArn);
        }

        /** @param training fills the training data location @return this builder */
        public Builder trainingData(Consumer<DataConfig> training) {
            return set(TRAINING, new DataConfig(), training);
        }

        /** @param validation fills one validation data location, appended @return this builder */
        public Builder addValidationData(Consumer<DataConfig> validation) {
            return add(VALIDATION, DataConfig::new, validation);
        }

        /** @param vpc fills the VPC configuration @return this builder */
        public Builder vpcConfig(Consumer<VpcConfig> vpc) {
            return set(VPC_CONFIG, new VpcConfig(), vpc);
        }

        @Override
        protected BedrockCreateModelCustomizationJob newTask() {
            return new BedrockCreateModelCustomizationJob(this);
        }
    }
}
