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
 * A Task state that starts an Amazon SageMaker AI training job ({@code CreateTrainingJob}): the AWS CDK's
 * {@code SageMakerCreateTrainingJob}, type id {@code sagemaker:createTrainingJob}.
 *
 * <pre>{@code
 * SageMakerCreateTrainingJob train = SageMakerCreateTrainingJob.builder("TrainSagemaker")
 *     .trainingJobName(JsonPath.stringAt("$.JobName"))
 *     .role("arn:aws:iam::123456789012:role/SageMakerTraining")
 *     .algorithmSpecification(a -> a.algorithmName("BlazingText").trainingInputMode("File"))
 *     .addInputDataConfig(c -> c.channelName("train")
 *         .s3DataSource(s -> s.s3DataType("S3Prefix").s3Location(JsonPath.stringAt("$.S3Bucket"))))
 *     .outputDataConfig(o -> o.s3OutputLocation("s3://mybucket/myoutputpath"))
 *     .resourceConfig(r -> r.instanceCount(1).instanceType(JsonPath.stringAt("$.InstanceType")).volumeSize(50))
 *     .stoppingCondition(s -> s.maxRuntime(Duration.ofHours(2)))
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * The CDK's names: {@code trainingJobName} (required; a path is taken), {@code role} (required: the CDK creates a
 * role when none is given, we take yours), {@code algorithmSpecification} ({@code trainingImage} or
 * {@code algorithmName}, one of them; {@code trainingInputMode}, default {@code File}; {@code metricDefinitions}),
 * {@code inputDataConfig} (channels: {@code channelName}, {@code dataSource} with an {@code s3DataSource}
 * ({@code s3Location} an S3 URI, {@code s3DataType} default {@code S3Prefix}) or a {@code fileSystemDataSource}),
 * {@code outputDataConfig} ({@code s3OutputLocation}, {@code encryptionKey}), {@code resourceConfig} (default one
 * {@code ml.m4.xlarge} with 10 GB, as the CDK's; {@code instanceType} may be a path),
 * {@code stoppingCondition} (default {@code maxRuntime} one hour), {@code hyperparameters}, {@code tags},
 * {@code vpcConfig}, {@code environment}, {@code enableNetworkIsolation} (required for AWS Marketplace algorithms).
 *
 * <h2>Patterns</h2>
 * REQUEST_RESPONSE (the CDK's default) and RUN_JOB ({@code .sync}: the state ends when the job does).
 *
 * <h2>IAM</h2>
 * {@code sagemaker:CreateTrainingJob} and {@code sagemaker:AddTags} on
 * {@code arn:<partition>:sagemaker:<region>:<account>:training-job/<trainingJobName>*} (a name given as a path:
 * {@code training-job/*}, with a warning); with {@code .sync} also {@code sagemaker:DescribeTrainingJob} and
 * {@code sagemaker:StopTrainingJob} there and the managed rule {@code StepFunctionsGetEventsForSageMakerTrainingJobsRule};
 * {@code sagemaker:ListTags} on {@code *}; {@code iam:PassRole} on the role with
 * {@code iam:PassedToService = sagemaker.amazonaws.com}.
 *
 * <h2>Differences from the CDK</h2>
 * <ul>
 *   <li>{@code request-response-creates-only}: without {@code .sync} we do not grant {@code DescribeTrainingJob} and
 *       {@code StopTrainingJob}, which only the {@code .sync} pattern calls; the CDK grants them for both patterns.
 *       Source: <a href="https://docs.aws.amazon.com/step-functions/latest/dg/sagemaker-iam.html">IAM policies for
 *       Amazon SageMaker AI</a> ("Request Response": {@code sagemaker:CreateTrainingJob} only).</li>
 *   <li>{@code jsonata-name-add-tags}: a name given as a JSONata expression gets {@code sagemaker:AddTags} on
 *       {@code training-job/*} like the other actions; the CDK (2.263.0) checks for a JSONPath only there and grants
 *       {@code training-job/{% ... %}*}.</li>
 *   <li>{@code s3-uri-as-given}: S3 locations are written as given ({@code s3://bucket/prefix}); the CDK's
 *       {@code S3Location.fromBucket} writes the bucket's https URL. SageMaker takes both. Source:
 *       <a href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_S3DataSource.html">S3DataSource</a>.</li>
 *   <li>{@code role-required}: the CDK creates a role (with its own policy) when none is given; a library that only
 *       renders ASL cannot, so {@code role} is required. It is static: it decides the {@code iam:PassRole} grant, and
 *       a role chosen at run time would need PassRole on every role of the account.</li>
 *   <li>{@code vpc-by-ids}: {@code vpcConfig} takes security group and subnet ids (the API's {@code VpcConfig}); the
 *       CDK takes an {@code IVpc} and creates a security group.</li>
 *   <li>{@code shuffle-config-rendered}: a channel's {@code shuffleConfig} renders as {@code ShuffleConfig}
 *       ({@code Seed}); the CDK declares the prop but does not render it.</li>
 *   <li>{@code file-system-data-source}: a channel may read from EFS or FSx for Lustre
 *       ({@code FileSystemDataSource} of the API); the CDK has S3 only.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html">Create and manage
 *      Amazon SageMaker AI jobs with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html">CreateTrainingJob</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class SageMakerCreateTrainingJob extends ShapeTask {

    /** {@code sagemaker:createTrainingJob}: request/response (default, as the CDK's) and {@code .sync}. */
    public static final TaskType TYPE = TaskType.of("sagemaker:createTrainingJob", "Start an Amazon SageMaker AI training job",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB).withDefault(IntegrationPattern.REQUEST_RESPONSE);

    private static final String[] INPUT_MODES = {"Pipe", "File", "FastFile"};
    private static final String[] S3_DATA_TYPES = {"ManifestFile", "S3Prefix", "AugmentedManifestFile", "Converse"};

    // ---- algorithm specification -------------------------------------------------------------------------
    static final Field METRIC_NAME = Field.string("name", "Name").required().range(1, 255).pattern(".+", "not empty")
            .doc("The metric's name");
    static final Field METRIC_REGEX = Field.string("regex", "Regex").required().range(1, 500).pattern(".+", "not empty")
            .doc("The regular expression that finds the metric in the logs");
    static final Shape METRIC_DEFINITION = Shape.of("MetricDefinition", METRIC_NAME, METRIC_REGEX);

    static final Field TRAINING_INPUT_MODE = Field.enumOf("trainingInputMode", "TrainingInputMode", INPUT_MODES)
            .doc("How the algorithm reads its input (default File)");
    static final Field TRAINING_IMAGE = Field.string("trainingImage", "TrainingImage").range(1, 255)
            .doc("The registry path of the training image (an ECR image URI)");
    static final Field ALGORITHM_NAME = Field.string("algorithmName", "AlgorithmName").range(1, 170)
            .pattern("(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z\\-]*/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})",
                    "an algorithm name or ARN (1 to 63 letters, digits and hyphens after the ARN prefix)")
            .doc("The name or ARN of an algorithm resource or AWS Marketplace algorithm");
    static final Field METRIC_DEFINITIONS = Field.list("metricDefinitions", "MetricDefinitions", METRIC_DEFINITION).range(0, 40)
            .doc("Metrics the algorithm writes to its logs");
    static final Shape ALGORITHM = Shape.of("AlgorithmSpecification", TRAINING_INPUT_MODE, TRAINING_IMAGE, ALGORITHM_NAME,
                    METRIC_DEFINITIONS)
            .oneRequired(TRAINING_IMAGE, ALGORITHM_NAME).exclusive(TRAINING_IMAGE, ALGORITHM_NAME);

    // ---- input channels ----------------------------------------------------------------------------------
    static final Field S3_LOCATION = Field.string("s3Location", "S3Uri").required().range(1, 1024)
            .pattern("(s3|https)://.+", "an S3 URI (s3://bucket/prefix)").doc("The S3 URI of the data (a key prefix or a manifest)");
    static final Field S3_DATA_TYPE = Field.enumOf("s3DataType", "S3DataType", S3_DATA_TYPES)
            .doc("What s3Location names (default S3Prefix)");
    static final Field S3_DISTRIBUTION = Field.enumOf("s3DataDistributionType", "S3DataDistributionType",
            "FullyReplicated", "ShardedByS3Key").doc("Whether every instance gets all data or a shard");
    static final Field ATTRIBUTE_NAMES = Field.stringList("attributeNames", "AttributeNames").range(0, 16)
            .doc("Attributes of an augmented manifest to use");
    static final Shape S3_DATA_SOURCE = Shape.of("S3DataSource", S3_LOCATION, S3_DATA_TYPE, S3_DISTRIBUTION, ATTRIBUTE_NAMES);

    static final Field DIRECTORY_PATH = Field.string("directoryPath", "DirectoryPath").required().range(1, 4096)
            .doc("The directory of the data in the file system");
    static final Field FILE_SYSTEM_ACCESS_MODE = Field.enumOf("fileSystemAccessMode", "FileSystemAccessMode", "rw", "ro")
            .required().doc("The access mode of the mount");
    static final Field FILE_SYSTEM_ID = Field.string("fileSystemId", "FileSystemId").required().range(11, 21)
            .pattern("[a-z0-9-]+", "a file system id such as fs-0123456789abcdef0").doc("The file system id");
    static final Field FILE_SYSTEM_TYPE = Field.enumOf("fileSystemType", "FileSystemType", "EFS", "FSxLustre").required()
            .doc("The file system type");
    static final Shape FILE_SYSTEM_DATA_SOURCE = Shape.of("FileSystemDataSource", DIRECTORY_PATH, FILE_SYSTEM_ACCESS_MODE,
            FILE_SYSTEM_ID, FILE_SYSTEM_TYPE);

    static final Field S3_SOURCE = Field.object("s3DataSource", "S3DataSource", S3_DATA_SOURCE)
            .renderedAs(SageMakerFields.withDefault("S3DataType", "S3Prefix")).doc("Data in S3");
    static final Field FILE_SYSTEM_SOURCE = Field.object("fileSystemDataSource", "FileSystemDataSource", FILE_SYSTEM_DATA_SOURCE)
            .doc("Data in Amazon EFS or Amazon FSx for Lustre (not in the CDK)");
    static final Shape DATA_SOURCE = Shape.of("DataSource", S3_SOURCE, FILE_SYSTEM_SOURCE)
            .oneRequired(S3_SOURCE, FILE_SYSTEM_SOURCE).exclusive(S3_SOURCE, FILE_SYSTEM_SOURCE);

    static final Field SHUFFLE_SEED = Field.integer("seed", "Seed").required().doc("The shuffle seed");
    static final Shape SHUFFLE_CONFIG = Shape.of("ShuffleConfig", SHUFFLE_SEED);

    static final Field CHANNEL_NAME = Field.string("channelName", "ChannelName").required().range(1, 64)
            .pattern("[A-Za-z0-9.\\-_]+", "1 to 64 letters, digits, dots, hyphens and underscores").doc("The channel's name");
    static final Field DATA_SOURCE_FIELD = Field.object("dataSource", "DataSource", DATA_SOURCE).required()
            .doc("Where the channel's data is");
    static final Field COMPRESSION_TYPE = Field.enumOf("compressionType", "CompressionType", "None", "Gzip")
            .doc("The data's compression");
    static final Field CONTENT_TYPE = Field.string("contentType", "ContentType").range(0, 256).doc("The data's MIME type");
    static final Field CHANNEL_INPUT_MODE = Field.enumOf("inputMode", "InputMode", INPUT_MODES)
            .doc("The channel's input mode (default: the algorithm's)");
    static final Field RECORD_WRAPPER = Field.enumOf("recordWrapperType", "RecordWrapperType", "None", "RecordIO")
            .doc("Whether the records are RecordIO-wrapped");
    static final Field SHUFFLE = Field.object("shuffleConfig", "ShuffleConfig", SHUFFLE_CONFIG).doc("Shuffles the data");
    static final Shape CHANNEL = Shape.of("Channel", CHANNEL_NAME, DATA_SOURCE_FIELD, COMPRESSION_TYPE, CONTENT_TYPE,
            CHANNEL_INPUT_MODE, RECORD_WRAPPER, SHUFFLE);

    // ---- output, resources, stopping -----------------------------------------------------------------------
    static final Field S3_OUTPUT = Field.string("s3OutputLocation", "S3OutputPath").required().range(1, 1024)
            .pattern("(s3|https)://.+", "an S3 URI (s3://bucket/prefix)").doc("Where the model artifacts go");
    static final Field OUTPUT_KEY = SageMakerFields.kmsKey("encryptionKey", "KmsKeyId",
            "The KMS key that encrypts the model artifacts (id, ARN or alias)");
    static final Shape OUTPUT = Shape.of("OutputDataConfig", S3_OUTPUT, OUTPUT_KEY);

    static final Field INSTANCE_COUNT = Field.integer("instanceCount", "InstanceCount").required().atLeast(1)
            .doc("How many ML instances");
    static final Field INSTANCE_TYPE = SageMakerFields.instanceType(true);
    static final Field VOLUME_SIZE = Field.integer("volumeSize", "VolumeSizeInGB").required().atLeast(1)
            .doc("The ML storage volume size in GB");
    static final Field VOLUME_KEY = SageMakerFields.kmsKey("volumeEncryptionKey", "VolumeKmsKeyId",
            "The KMS key that encrypts the ML storage volumes");
    static final Shape RESOURCES = Shape.of("ResourceConfig", INSTANCE_COUNT, INSTANCE_TYPE, VOLUME_SIZE, VOLUME_KEY);

    static final Field MAX_RUNTIME = Field.integer("maxRuntime", "MaxRuntimeInSeconds").range(1, 2_419_200)
            .doc("The most seconds the job may run (at most 28 days)");
    static final Shape STOPPING = Shape.of("StoppingCondition", MAX_RUNTIME);

    // ---- the task ------------------------------------------------------------------------------------------
    static final Field TRAINING_JOB_NAME = SageMakerFields.name("trainingJobName", "TrainingJobName",
            SageMakerFields.TRAINING_JOB, "The training job's name, unique in the account and region");
    static final Field NETWORK_ISOLATION = Field.bool("enableNetworkIsolation", "EnableNetworkIsolation")
            .doc("Isolates the containers from the network (required for AWS Marketplace algorithms)");
    static final Field ROLE = SageMakerFields.role("RoleArn");
    static final Field ALGORITHM_SPECIFICATION = Field.object("algorithmSpecification", "AlgorithmSpecification", ALGORITHM)
            .required().renderedAs(SageMakerFields.withDefault("TrainingInputMode", "File"))
            .doc("The training image or algorithm, and the input mode");
    static final Field INPUT_DATA_CONFIG = Field.list("inputDataConfig", "InputDataConfig", CHANNEL).range(1, 20)
            .doc("The input channels");
    static final Field OUTPUT_DATA_CONFIG = Field.object("outputDataConfig", "OutputDataConfig", OUTPUT).required()
            .doc("Where the model artifacts go");
    static final Field RESOURCE_CONFIG = Field.object("resourceConfig", "ResourceConfig", RESOURCES)
            .doc("The ML compute (default one ml.m4.xlarge with a 10 GB volume)");
    static final Field STOPPING_CONDITION = Field.object("stoppingCondition", "StoppingCondition", STOPPING)
            .doc("When to stop the job (default after one hour)");
    static final Field HYPERPARAMETERS = Field.stringMap("hyperparameters", "HyperParameters").range(0, 100)
            .doc("The algorithm's hyperparameters");
    static final Field VPC_CONFIG = Field.object("vpcConfig", "VpcConfig", SageMakerFields.VPC_CONFIG)
            .doc("The VPC the training containers run in");
    static final Field ENVIRONMENT = Field.stringMap("environment", "Environment").range(0, 100)
            .doc("Environment variables of the training container");

    /** The properties of {@code sagemaker:createTrainingJob}. */
    public static final Shape SHAPE = Shape.of("CreateTrainingJob", TRAINING_JOB_NAME, NETWORK_ISOLATION, ROLE,
            ALGORITHM_SPECIFICATION, INPUT_DATA_CONFIG, OUTPUT_DATA_CONFIG, RESOURCE_CONFIG, STOPPING_CONDITION,
            HYPERPARAMETERS, TAGS, VPC_CONFIG, ENVIRONMENT);

    /** The CDK's defaults for an absent resource configuration and stopping condition. */
    private static final Map<Field, Value> DEFAULTS = Map.of(
            RESOURCE_CONFIG, ObjectValue.builder().put("InstanceCount", 1).put("InstanceType", "ml.m4.xlarge")
                    .put("VolumeSizeInGB", 10).build(),
            STOPPING_CONDITION, ObjectValue.builder().put("MaxRuntimeInSeconds", 3600).build());

    private SageMakerCreateTrainingJob(Builder builder) {
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
        ObjectValue rendered = SageMakerFields.withDefaults(SHAPE, shape().render(values()), DEFAULTS);
        return SageMakerFields.roleAsArn(rendered, "RoleArn", value(ROLE), context);
    }

    @Override
    protected void grants(Grants g) {
        String job = SageMakerFields.nameGrant(g, "trainingJobName", value(TRAINING_JOB_NAME), SageMakerFields.TRAINING_JOB,
                false, true);
        boolean sync = integrationPattern() == IntegrationPattern.RUN_JOB;
        g.allow(sync ? List.of("sagemaker:CreateTrainingJob", "sagemaker:DescribeTrainingJob", "sagemaker:StopTrainingJob")
                : List.of("sagemaker:CreateTrainingJob"), List.of(job));
        SageMakerFields.listTags(g);
        g.allow("sagemaker:AddTags", job);
        SageMakerFields.passRole(g, value(ROLE));
        if (sync) {
            g.managedRule("SageMakerTrainingJobsRule");
        }
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** The algorithm: a training image or an algorithm name, the input mode, the metrics. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class AlgorithmSpecification extends ShapeBuilder<AlgorithmSpecification> {
        AlgorithmSpecification() {
            super(ALGORITHM);
        }

        /** @param image the training image's registry path, or a path to it @return this */
        public AlgorithmSpecification trainingImage(Object image) {
            return set(TRAINING_IMAGE, image);
        }

        /** @param name a built-in or Marketplace algorithm's name or ARN @return this */
        public AlgorithmSpecification algorithmName(String name) {
            return set(ALGORITHM_NAME, name);
        }

        /** @param mode {@code File} (default), {@code Pipe} or {@code FastFile} @return this */
        public AlgorithmSpecification trainingInputMode(String mode) {
            return set(TRAINING_INPUT_MODE, mode);
        }

        /** @param name the metric's name @param regex the pattern that finds it in the logs @return this */
        public AlgorithmSpecification addMetricDefinition(String name, String regex) {
            return add(METRIC_DEFINITIONS, MetricDefinition::new, m -> m.name(name).regex(regex));
        }
    }

    /** A metric the algorithm writes to its logs. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class MetricDefinition extends ShapeBuilder<MetricDefinition> {
        MetricDefinition() {
            super(METRIC_DEFINITION);
        }

        /** @param name the metric's name @return this */
        public MetricDefinition name(String name) {
            return set(METRIC_NAME, name);
        }

        /** @param regex the pattern that finds the metric @return this */
        public MetricDefinition regex(String regex) {
            return set(METRIC_REGEX, regex);
        }
    }

    /** An input channel: its name, its data source and how it is read. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Channel extends ShapeBuilder<Channel> {
        Channel() {
            super(CHANNEL);
        }

        /** @param name the channel's name ({@code train}, {@code validation}) @return this */
        public Channel channelName(String name) {
            return set(CHANNEL_NAME, name);
        }

        /** @param source fills the channel's S3 data source (the CDK's {@code dataSource.s3DataSource}) @return this */
        public Channel s3DataSource(Consumer<S3DataSource> source) {
            return set(DATA_SOURCE_FIELD, new DataSource(), d -> d.s3(source));
        }

        /** @param source fills the channel's EFS or FSx for Lustre data source @return this */
        public Channel fileSystemDataSource(Consumer<FileSystemDataSource> source) {
            return set(DATA_SOURCE_FIELD, new DataSource(), d -> d.fileSystem(source));
        }

        /** @param type {@code None} or {@code Gzip} @return this */
        public Channel compressionType(String type) {
            return set(COMPRESSION_TYPE, type);
        }

        /** @param type the data's MIME type @return this */
        public Channel contentType(String type) {
            return set(CONTENT_TYPE, type);
        }

        /** @param mode {@code File}, {@code Pipe} or {@code FastFile} @return this */
        public Channel inputMode(String mode) {
            return set(CHANNEL_INPUT_MODE, mode);
        }

        /** @param type {@code None} or {@code RecordIO} @return this */
        public Channel recordWrapperType(String type) {
            return set(RECORD_WRAPPER, type);
        }

        /** @param seed shuffles the data with this seed @return this */
        public Channel shuffleSeed(long seed) {
            return set(SHUFFLE, new Shuffle(), s -> s.seed(seed));
        }
    }

    /** The data source of a channel (one of S3 or a file system). */
    static final class DataSource extends ShapeBuilder<DataSource> {
        DataSource() {
            super(DATA_SOURCE);
        }

        DataSource s3(Consumer<S3DataSource> source) {
            return set(S3_SOURCE, new S3DataSource(), source);
        }

        DataSource fileSystem(Consumer<FileSystemDataSource> source) {
            return set(FILE_SYSTEM_SOURCE, new FileSystemDataSource(), source);
        }
    }

    /** The shuffle configuration of a channel. */
    static final class Shuffle extends ShapeBuilder<Shuffle> {
        Shuffle() {
            super(SHUFFLE_CONFIG);
        }

        Shuffle seed(long seed) {
            return set(SHUFFLE_SEED, seed);
        }
    }

    /** A channel's data in S3. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class S3DataSource extends ShapeBuilder<S3DataSource> {
        S3DataSource() {
            super(S3_DATA_SOURCE);
        }

        /** @param uri the data's S3 URI ({@code s3://bucket/prefix}), or a path to it @return this */
        public S3DataSource s3Location(Object uri) {
            return set(S3_LOCATION, uri);
        }

        /** @param type {@code S3Prefix} (default), {@code ManifestFile} or {@code AugmentedManifestFile} @return this */
        public S3DataSource s3DataType(String type) {
            return set(S3_DATA_TYPE, type);
        }

        /** @param type {@code FullyReplicated} or {@code ShardedByS3Key} @return this */
        public S3DataSource s3DataDistributionType(String type) {
            return set(S3_DISTRIBUTION, type);
        }

        /** @param names attributes of an augmented manifest @return this */
        public S3DataSource attributeNames(String... names) {
            return set(ATTRIBUTE_NAMES, List.of(names));
        }
    }

    /** A channel's data in Amazon EFS or Amazon FSx for Lustre. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class FileSystemDataSource extends ShapeBuilder<FileSystemDataSource> {
        FileSystemDataSource() {
            super(FILE_SYSTEM_DATA_SOURCE);
        }

        /** @param id the file system id @return this */
        public FileSystemDataSource fileSystemId(String id) {
            return set(FILE_SYSTEM_ID, id);
        }

        /** @param type {@code EFS} or {@code FSxLustre} @return this */
        public FileSystemDataSource fileSystemType(String type) {
            return set(FILE_SYSTEM_TYPE, type);
        }

        /** @param mode {@code rw} or {@code ro} @return this */
        public FileSystemDataSource fileSystemAccessMode(String mode) {
            return set(FILE_SYSTEM_ACCESS_MODE, mode);
        }

        /** @param path the data's directory @return this */
        public FileSystemDataSource directoryPath(String path) {
            return set(DIRECTORY_PATH, path);
        }
    }

    /** Where the model artifacts go. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class OutputDataConfig extends ShapeBuilder<OutputDataConfig> {
        OutputDataConfig() {
            super(OUTPUT);
        }

        /** @param uri an S3 URI ({@code s3://bucket/prefix}), or a path to it @return this */
        public OutputDataConfig s3OutputLocation(Object uri) {
            return set(S3_OUTPUT, uri);
        }

        /** @param key the KMS key (id, ARN or alias) @return this */
        public OutputDataConfig encryptionKey(String key) {
            return set(OUTPUT_KEY, key);
        }
    }

    /** The ML compute of the job. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class ResourceConfig extends ShapeBuilder<ResourceConfig> {
        ResourceConfig() {
            super(RESOURCES);
        }

        /** @param count how many instances, or a path @return this */
        public ResourceConfig instanceCount(Object count) {
            return set(INSTANCE_COUNT, count);
        }

        /** @param type {@code ml.m5.xlarge} (or {@code m5.xlarge}), or a path @return this */
        public ResourceConfig instanceType(Object type) {
            return set(INSTANCE_TYPE, type);
        }

        /** @param gigabytes the volume size in GB, or a path @return this */
        public ResourceConfig volumeSize(Object gigabytes) {
            return set(VOLUME_SIZE, gigabytes);
        }

        /** @param key the KMS key of the volumes @return this */
        public ResourceConfig volumeEncryptionKey(String key) {
            return set(VOLUME_KEY, key);
        }
    }

    /** When to stop the job. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class StoppingCondition extends ShapeBuilder<StoppingCondition> {
        StoppingCondition() {
            super(STOPPING);
        }

        /** @param runtime the longest run, in whole seconds @return this */
        public StoppingCondition maxRuntime(Duration runtime) {
            return set(MAX_RUNTIME, runtime);
        }
    }

    /** Builds a {@link SageMakerCreateTrainingJob}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, SageMakerCreateTrainingJob> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param name the job's name, or a path (a {@code Value}) @return this */
        public Builder trainingJobName(Object name) {
            return set(TRAINING_JOB_NAME, name);
        }

        /** @param roleArnOrName the role SageMaker assumes @return this */
        public Builder role(Object roleArnOrName) {
            return set(ROLE, roleArnOrName);
        }

        /** @param spec fills the algorithm specification @return this */
        public Builder algorithmSpecification(Consumer<AlgorithmSpecification> spec) {
            return set(ALGORITHM_SPECIFICATION, new AlgorithmSpecification(), spec);
        }

        /** @param channel fills one more input channel @return this */
        public Builder addInputDataConfig(Consumer<Channel> channel) {
            return add(INPUT_DATA_CONFIG, Channel::new, channel);
        }

        /** @param output fills the output configuration @return this */
        public Builder outputDataConfig(Consumer<OutputDataConfig> output) {
            return set(OUTPUT_DATA_CONFIG, new OutputDataConfig(), output);
        }

        /** @param resources fills the resource configuration @return this */
        public Builder resourceConfig(Consumer<ResourceConfig> resources) {
            return set(RESOURCE_CONFIG, new ResourceConfig(), resources);
        }

        /** @param stopping fills the stopping condition @return this */
        public Builder stoppingCondition(Consumer<StoppingCondition> stopping) {
            return set(STOPPING_CONDITION, new StoppingCondition(), stopping);
        }

        /** @param enable whether to isolate the containers from the network @return this */
        public Builder enableNetworkIsolation(boolean enable) {
            return set(NETWORK_ISOLATION, enable);
        }

        /** @param hyperparameters the algorithm's hyperparameters (values text or paths) @return this */
        public Builder hyperparameters(Map<String, ?> hyperparameters) {
            return set(HYPERPARAMETERS, hyperparameters);
        }

        /** @param tags the job's tags @return this */
        public Builder tags(Map<String, ?> tags) {
            return set(TAGS, tags);
        }

        /** @param vpc fills the VPC configuration @return this */
        public Builder vpcConfig(Consumer<SageMakerVpcConfig> vpc) {
            return set(VPC_CONFIG, new SageMakerVpcConfig(), vpc);
        }

        /** @param environment the training container's environment variables @return this */
        public Builder environment(Map<String, ?> environment) {
            return set(ENVIRONMENT, environment);
        }

        @Override
        protected SageMakerCreateTrainingJob newTask() {
            return new SageMakerCreateTrainingJob(this);
        }
    }
}
