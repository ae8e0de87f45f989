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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.github.sfntasks.provider.sagemaker.SageMakerFields.TAGS;

/**
 * A Task state that starts an Amazon SageMaker AI batch transform job ({@code CreateTransformJob}): the AWS CDK's
 * {@code SageMakerCreateTransformJob}, type id {@code sagemaker:createTransformJob}.
 *
 * <pre>{@code
 * SageMakerCreateTransformJob.builder("Batch Inference")
 *     .transformJobName("MyTransformJob")
 *     .modelName("MyModelName")
 *     .modelClientOptions(o -> o.invocationsMaxRetries(3).invocationsTimeout(Duration.ofMinutes(5)))
 *     .transformInput(i -> i.s3DataSource("s3://inputbucket/train", "S3Prefix"))
 *     .transformOutput(o -> o.s3OutputPath("s3://outputbucket/TransformJobOutputPath"))
 *     .transformResources(r -> r.instanceCount(1).instanceType("ml.m4.xlarge"))
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * The CDK's names: {@code transformJobName} and {@code modelName} (required; paths taken), {@code transformInput}
 * ({@code transformDataSource.s3DataSource} with {@code s3Uri} and {@code s3DataType}, default {@code S3Prefix};
 * {@code compressionType}, {@code contentType}, {@code splitType}), {@code transformOutput} ({@code s3OutputPath},
 * {@code encryptionKey}, {@code accept}, {@code assembleWith}), {@code transformResources} (default one
 * {@code ml.m4.xlarge}, as the CDK's), {@code batchStrategy}, {@code environment}, {@code maxConcurrentTransforms},
 * {@code maxPayload} (MB), {@code modelClientOptions} (rendered with the CDK's defaults, 0 retries and 60 s, for the
 * one not given), {@code tags}, and {@code role} (grant-only: CreateTransformJob takes no role, the CDK grants
 * {@code iam:PassRole} on one).
 *
 * <h2>Patterns</h2>
 * REQUEST_RESPONSE (the CDK's default) and RUN_JOB ({@code .sync}).
 *
 * <h2>IAM</h2>
 * {@code sagemaker:CreateTransformJob} on {@code arn:<partition>:sagemaker:<region>:<account>:transform-job/<transformJobName>*}
 * (a name given as a path: {@code transform-job/*}, with a warning); with {@code .sync} also
 * {@code sagemaker:DescribeTransformJob}, {@code sagemaker:StopTransformJob} and {@code sagemaker:AddTags} there and
 * the managed rule {@code StepFunctionsGetEventsForSageMakerTransformJobsRule}; {@code sagemaker:ListTags} on
 * {@code *}; {@code iam:PassRole} (to SageMaker only) on {@code role} when given.
 *
 * <h2>Differences from the CDK</h2>
 * <ul>
 *   <li>{@code transform-job-by-name}: the job actions are granted on {@code transform-job/<name>*}, as AWS's page
 *       grants training jobs by name, where the CDK grants {@code transform-job/*} whatever the name. Source:
 *       <a href="https://docs.aws.amazon.com/step-functions/latest/dg/sagemaker-iam.html">IAM policies for Amazon
 *       SageMaker AI</a>.</li>
 *   <li>{@code request-response-creates-only}: without {@code .sync} only {@code sagemaker:CreateTransformJob} (same
 *       page); the CDK grants Describe and Stop too.</li>
 *   <li>{@code no-role-no-pass-role}: without {@code role} nothing is passed and no {@code iam:PassRole} is granted;
 *       the CDK creates a role that no request names and grants {@code iam:PassRole} on it.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html">Create and manage
 *      Amazon SageMaker AI jobs with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html">CreateTransformJob</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class SageMakerCreateTransformJob extends ShapeTask {

    /** {@code sagemaker:createTransformJob}: request/response (default, as the CDK's) and {@code .sync}. */
    public static final TaskType TYPE = TaskType.of("sagemaker:createTransformJob", "Start an Amazon SageMaker AI batch transform job",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB).withDefault(IntegrationPattern.REQUEST_RESPONSE);

    static final Field MAX_RETRIES = Field.integer("invocationsMaxRetries", "InvocationsMaxRetries").range(0, 3)
            .doc("Retries of a failed invocation (default 0)");
    static final Field INVOCATION_TIMEOUT = Field.integer("invocationsTimeout", "InvocationsTimeoutInSeconds").range(1, 3600)
            .doc("The timeout of one invocation in seconds (default 60)");
    static final Shape CLIENT_OPTIONS = Shape.of("ModelClientConfig", MAX_RETRIES, INVOCATION_TIMEOUT);

    static final Field S3_URI = Field.string("s3Uri", "S3Uri").required().range(1, 1024)
            .pattern("(s3|https)://.+", "an S3 URI (s3://bucket/prefix)").doc("The S3 URI of the data");
    static final Field S3_DATA_TYPE = Field.enumOf("s3DataType", "S3DataType", "ManifestFile", "S3Prefix", "AugmentedManifestFile")
            .doc("What s3Uri names (default S3Prefix)");
    static final Shape S3_DATA_SOURCE = Shape.of("TransformS3DataSource", S3_URI, S3_DATA_TYPE);
    static final Field S3_SOURCE = Field.object("s3DataSource", "S3DataSource", S3_DATA_SOURCE).required()
            .renderedAs(SageMakerFields.withDefault("S3DataType", "S3Prefix")).doc("The data in S3");
    static final Shape DATA_SOURCE = Shape.of("TransformDataSource", S3_SOURCE);

    static final Field COMPRESSION_TYPE = Field.enumOf("compressionType", "CompressionType", "None", "Gzip")
            .doc("The data's compression");
    static final Field CONTENT_TYPE = Field.string("contentType", "ContentType").range(0, 256).doc("The data's MIME type");
    static final Field DATA_SOURCE_FIELD = Field.object("transformDataSource", "DataSource", DATA_SOURCE).required()
            .doc("Where the data is");
    static final Field SPLIT_TYPE = Field.enumOf("splitType", "SplitType", "None", "Line", "RecordIO", "TFRecord")
            .doc("How the data is split into records");
    static final Shape INPUT = Shape.of("TransformInput", COMPRESSION_TYPE, CONTENT_TYPE, DATA_SOURCE_FIELD, SPLIT_TYPE);

    static final Field S3_OUTPUT = Field.string("s3OutputPath", "S3OutputPath").required().range(1, 1024)
            .pattern("(s3|https)://.+", "an S3 URI (s3://bucket/prefix)").doc("Where the results go");
    static final Field OUTPUT_KEY = SageMakerFields.kmsKey("encryptionKey", "KmsKeyId", "The KMS key of the results");
    static final Field ACCEPT = Field.string("accept", "Accept").range(0, 256).doc("The MIME type of the results");
    static final Field ASSEMBLE_WITH = Field.enumOf("assembleWith", "AssembleWith", "None", "Line")
            .doc("How the results of a file are put together");
    static final Shape OUTPUT = Shape.of("TransformOutput", S3_OUTPUT, OUTPUT_KEY, ACCEPT, ASSEMBLE_WITH);

    static final Field INSTANCE_COUNT = Field.integer("instanceCount", "InstanceCount").required().atLeast(1)
            .doc("How many ML instances");
    static final Field INSTANCE_TYPE = SageMakerFields.instanceType(true);
    static final Field VOLUME_KEY = SageMakerFields.kmsKey("volumeEncryptionKey", "VolumeKmsKeyId",
            "The KMS key of the ML storage volumes");
    static final Shape RESOURCES = Shape.of("TransformResources", INSTANCE_COUNT, INSTANCE_TYPE, VOLUME_KEY);

    static final Field BATCH_STRATEGY = Field.enumOf("batchStrategy", "BatchStrategy", "MultiRecord", "SingleRecord")
            .doc("How many records go into one request");
    static final Field ENVIRONMENT = Field.stringMap("environment", "Environment").range(0, 16)
            .doc("Environment variables of the transform container");
    static final Field MAX_CONCURRENT = Field.integer("maxConcurrentTransforms", "MaxConcurrentTransforms").atLeast(1)
            .doc("Parallel requests per instance (leave it out to let SageMaker choose)");
    static final Field MAX_PAYLOAD = Field.integer("maxPayload", "MaxPayloadInMB").range(1, 100)
            .doc("The largest request payload in MB");
    static final Field MODEL_CLIENT_OPTIONS = Field.object("modelClientOptions", "ModelClientConfig", CLIENT_OPTIONS)
            .renderedAs(v -> SageMakerFields.withDefault("InvocationsMaxRetries", 0)
                    .apply(SageMakerFields.withDefault("InvocationsTimeoutInSeconds", 60).apply(v)))
            .doc("Retries and timeout of each invocation of the model");
    static final Field MODEL_NAME = SageMakerFields.name("modelName", "ModelName", SageMakerFields.MODEL,
            "The model the job runs, in the account and region");
    static final Field TRANSFORM_INPUT = Field.object("transformInput", "TransformInput", INPUT).required()
            .doc("The data to transform");
    static final Field TRANSFORM_JOB_NAME = SageMakerFields.name("transformJobName", "TransformJobName",
            SageMakerFields.TRANSFORM_JOB, "The transform job's name, unique in the account and region");
    static final Field TRANSFORM_OUTPUT = Field.object("transformOutput", "TransformOutput", OUTPUT).required()
            .doc("Where the results go");
    static final Field TRANSFORM_RESOURCES = Field.object("transformResources", "TransformResources", RESOURCES)
            .doc("The ML compute (default one ml.m4.xlarge)");
    static final Field ROLE = Field.string("role", null).grantOnly().range(1, 2048).resource(SageMakerFields.ROLE)
            .doc("A role to grant iam:PassRole on, to SageMaker only (CreateTransformJob itself takes none)");

    /** The properties of {@code sagemaker:createTransformJob}. */
    public static final Shape SHAPE = Shape.of("CreateTransformJob", BATCH_STRATEGY, ENVIRONMENT, MAX_CONCURRENT, MAX_PAYLOAD,
            MODEL_CLIENT_OPTIONS, MODEL_NAME, TAGS, TRANSFORM_INPUT, TRANSFORM_JOB_NAME, TRANSFORM_OUTPUT, TRANSFORM_RESOURCES,
            ROLE);

    private static final Map<Field, Value> DEFAULTS = Map.of(TRANSFORM_RESOURCES,
            ObjectValue.builder().put("InstanceCount", 1).put("InstanceType", "ml.m4.xlarge").build());

    private SageMakerCreateTransformJob(Builder builder) {
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
        return SageMakerFields.withDefaults(SHAPE, shape().render(values()), DEFAULTS);
    }

    @Override
    protected void grants(Grants g) {
        String job = SageMakerFields.nameGrant(g, "transformJobName", value(TRANSFORM_JOB_NAME), SageMakerFields.TRANSFORM_JOB,
                false, true);
        boolean sync = integrationPattern() == IntegrationPattern.RUN_JOB;
        g.allow(sync ? List.of("sagemaker:CreateTransformJob", "sagemaker:DescribeTransformJob", "sagemaker:StopTransformJob")
                : List.of("sagemaker:CreateTransformJob"), List.of(job));
        SageMakerFields.listTags(g);
        SageMakerFields.passRole(g, value(ROLE));
        if (sync) {
            g.managedRule("SageMakerTransformJobsRule");
            g.allow("sagemaker:AddTags", job);
        }
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Retries and timeout of each invocation of the model. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class ModelClientOptions extends ShapeBuilder<ModelClientOptions> {
        ModelClientOptions() {
            super(CLIENT_OPTIONS);
        }

        /** @param retries 0 to 3 (default 0) @return this */
        public ModelClientOptions invocationsMaxRetries(int retries) {
            return set(MAX_RETRIES, retries);
        }

        /** @param timeout 1 s to 1 h, whole seconds (default 60 s) @return this */
        public ModelClientOptions invocationsTimeout(Duration timeout) {
            return set(INVOCATION_TIMEOUT, timeout);
        }
    }

    /** The data to transform. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class TransformInput extends ShapeBuilder<TransformInput> {
        TransformInput() {
            super(INPUT);
        }

        /**
         * The CDK's {@code transformDataSource.s3DataSource}.
         *
         * @param s3Uri the data's S3 URI, or a path to it
         * @param s3DataType {@code S3Prefix}, {@code ManifestFile} or {@code AugmentedManifestFile}; {@code null}: S3Prefix
         * @return this
         */
        public TransformInput s3DataSource(Object s3Uri, String s3DataType) {
            return set(DATA_SOURCE_FIELD, new DataSource(), d -> d.s3(s3Uri, s3DataType));
        }

        /** @param type {@code None} or {@code Gzip} @return this */
        public TransformInput compressionType(String type) {
            return set(COMPRESSION_TYPE, type);
        }

        /** @param type the data's MIME type @return this */
        public TransformInput contentType(String type) {
            return set(CONTENT_TYPE, type);
        }

        /** @param type {@code None}, {@code Line}, {@code RecordIO} or {@code TFRecord} @return this */
        public TransformInput splitType(String type) {
            return set(SPLIT_TYPE, type);
        }
    }

    static final class DataSource extends ShapeBuilder<DataSource> {
        DataSource() {
            super(DATA_SOURCE);
        }

        DataSource s3(Object uri, String type) {
            return set(S3_SOURCE, new S3Source(), s -> s.uri(uri).type(type));
        }
    }

    static final class S3Source extends ShapeBuilder<S3Source> {
        S3Source() {
            super(S3_DATA_SOURCE);
        }

        S3Source uri(Object uri) {
            return set(S3_URI, uri);
        }

        S3Source type(String type) {
            return set(S3_DATA_TYPE, type);
        }
    }

    /** Where the results go. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class TransformOutput extends ShapeBuilder<TransformOutput> {
        TransformOutput() {
            super(OUTPUT);
        }

        /** @param uri an S3 URI, or a path to it @return this */
        public TransformOutput s3OutputPath(Object uri) {
            return set(S3_OUTPUT, uri);
        }

        /** @param key the KMS key (id, ARN or alias) @return this */
        public TransformOutput encryptionKey(String key) {
            return set(OUTPUT_KEY, key);
        }

        /** @param mimeType the results' MIME type @return this */
        public TransformOutput accept(String mimeType) {
            return set(ACCEPT, mimeType);
        }

        /** @param how {@code None} or {@code Line} @return this */
        public TransformOutput assembleWith(String how) {
            return set(ASSEMBLE_WITH, how);
        }
    }

    /** The ML compute of the job. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class TransformResources extends ShapeBuilder<TransformResources> {
        TransformResources() {
            super(RESOURCES);
        }

        /** @param count how many instances, or a path @return this */
        public TransformResources instanceCount(Object count) {
            return set(INSTANCE_COUNT, count);
        }

        /** @param type {@code ml.m4.xlarge} (or {@code m4.xlarge}), or a path @return this */
        public TransformResources instanceType(Object type) {
            return set(INSTANCE_TYPE, type);
        }

        /** @param key the KMS key of the volumes @return this */
        public TransformResources volumeEncryptionKey(String key) {
            return set(VOLUME_KEY, key);
        }
    }

    /** Builds a {@link SageMakerCreateTransformJob}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, SageMakerCreateTransformJob> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param name the job's name, or a path @return this */
        public Builder transformJobName(Object name) {
            return set(TRANSFORM_JOB_NAME, name);
        }

        /** @param name the model's name, or a path @return this */
        public Builder modelName(Object name) {
            return set(MODEL_NAME, name);
        }

        /** @param input fills the input @return this */
        public Builder transformInput(Consumer<TransformInput> input) {
            return set(TRANSFORM_INPUT, new TransformInput(), input);
        }

        /** @param output fills the output @return this */
        public Builder transformOutput(Consumer<TransformOutput> output) {
            return set(TRANSFORM_OUTPUT, new TransformOutput(), output);
        }

        /** @param resources fills the resources @return this */
        public Builder transformResources(Consumer<TransformResources> resources) {
            return set(TRANSFORM_RESOURCES, new TransformResources(), resources);
        }

        /** @param options fills the model client options @return this */
        public Builder modelClientOptions(Consumer<ModelClientOptions> options) {
            return set(MODEL_CLIENT_OPTIONS, new ModelClientOptions(), options);
        }

        /** @param strategy {@code MultiRecord} or {@code SingleRecord} @return this */
        public Builder batchStrategy(String strategy) {
            return set(BATCH_STRATEGY, strategy);
        }

        /** @param environment the container's environment variables @return this */
        public Builder environment(Map<String, ?> environment) {
            return set(ENVIRONMENT, environment);
        }

        /** @param count parallel requests per instance @return this */
        public Builder maxConcurrentTransforms(Object count) {
            return set(MAX_CONCURRENT, count);
        }

        /** @param megabytes the largest payload in MB (1 to 100) @return this */
        public Builder maxPayload(Object megabytes) {
            return set(MAX_PAYLOAD, megabytes);
        }

        /** @param tags the job's tags @return this */
        public Builder tags(Map<String, ?> tags) {
            return set(TAGS, tags);
        }

        /** @param roleArnOrName a role to grant {@code iam:PassRole} on (to SageMaker only) @return this */
        public Builder role(String roleArnOrName) {
            return set(ROLE, roleArnOrName);
        }

        @Override
        protected SageMakerCreateTransformJob newTask() {
            return new SageMakerCreateTransformJob(this);
        }
    }
}
