package io.github.sfntasks.provider.emrcontainers;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeBuilder;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.ShapeValue;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starts a Spark job run on an Amazon EMR on EKS virtual cluster ({@code emr-containers:startJobRun}), as the AWS CDK
 * v2's {@code EmrContainersStartJobRun}; by default ({@code .sync}, the CDK's default) the state waits for the run to
 * end.
 *
 * <pre>{@code
 * EmrContainersStartJobRun run = EmrContainersStartJobRun.builder("EMR Containers Start Job Run")
 *     .virtualCluster("de92jdei2910fwedz")
 *     .executionRole("arn:aws:iam::123456789012:role/JobExecutionRole")
 *     .releaseLabel("emr-6.2.0-latest")
 *     .jobDriver(d -> d.sparkSubmitJobDriver(s -> s
 *         .entryPoint("local:///usr/lib/spark/examples/src/main/python/pi.py")
 *         .sparkSubmitParameters("--conf spark.executor.instances=2")))
 *     .addApplicationConfig(c -> c.classification("spark-defaults").properties(Map.of("spark.executor.memory", "512M")))
 *     .monitoring(m -> m.logGroup("emr-jobs").logStreamNamePrefix("pi").logBucket("my-log-bucket"))
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * <ul>
 *   <li>{@code virtualCluster} (required; {@code VirtualClusterId}): the virtual cluster's id (in the state machine's
 *       account and region; an ARN is refused), a placeholder, or a path ({@code VirtualClusterInput.fromTaskInput}).</li>
 *   <li>{@code jobName} ({@code Name}): 1 to 64 of {@code [.-_/#A-Za-z0-9]}.</li>
 *   <li>{@code executionRole} (required, static; {@code ExecutionRoleArn}): the job execution role's ARN or name (a
 *       name is taken in the account of the render context and rendered as its ARN). Its trust policy must let the
 *       EMR-managed service accounts of the namespace assume it ({@code aws emr-containers update-role-trust-policy}).</li>
 *   <li>{@code releaseLabel} (required; {@code ReleaseLabel}): {@code emr-6.2.0-latest} and the like, 1 to 64 of
 *       {@code [.-_/A-Za-z0-9]}.</li>
 *   <li>{@code jobDriver} (required; {@code JobDriver}): {@code sparkSubmitJobDriver} with {@code entryPoint}
 *       (required, 1 to 256 characters), {@code entryPointArguments} (1 to 10280 strings, or a path) and
 *       {@code sparkSubmitParameters} (1 to 102400 characters).</li>
 *   <li>{@code applicationConfig} ({@code ConfigurationOverrides.ApplicationConfiguration}): up to 100
 *       configurations, each a {@code classification} (1 to 1024 characters) with {@code properties} (up to 100) and/or
 *       {@code nestedConfig} (up to 100), nested {@value #CONFIGURATION_DEPTH} levels deep at most.</li>
 *   <li>{@code monitoring} ({@code ConfigurationOverrides.MonitoringConfiguration}, static): {@code logGroup} (a log
 *       group name or ARN; {@code CloudWatchMonitoringConfiguration.LogGroupName}), {@code logStreamNamePrefix}
 *       (1 to 256 characters; needs {@code logGroup}), {@code logBucket} (a bucket name or ARN;
 *       {@code S3MonitoringConfiguration.LogUri} {@code s3://<bucket>}), {@code persistentAppUI} (default
 *       {@code true}: {@code PersistentAppUI} is {@code ENABLED}, rendered always, as the CDK does).</li>
 *   <li>{@code tags} ({@code Tags}): up to 50.</li>
 * </ul>
 *
 * <p><b>Nesting.</b> The EMR on EKS API reference documents, for {@code Configuration}: {@code classification} 1 to
 * 1024 characters, {@code properties} up to 100 entries, {@code configurations} up to 100 items; the service model
 * states no depth limit (a {@code Configuration} holds a {@code ConfigurationList} of itself). EMR's classifications
 * nest one level ({@code spark-env} &gt; {@code export}); we declare {@value #CONFIGURATION_DEPTH} levels, deeper
 * lists are refused with an error naming the property.
 *
 * <h2>Integration patterns</h2>
 * REQUEST_RESPONSE and RUN_JOB ({@code .sync}, the default, as the CDK's), as AWS's page lists them.
 *
 * <h2>IAM</h2>
 * As AWS's "IAM policies for Amazon EMR on EKS" page and the CDK: {@code emr-containers:StartJobRun} on
 * {@code arn:<partition>:emr-containers:<region>:<account>:/virtualclusters/<id>} with the condition
 * {@code StringEquals emr-containers:ExecutionRoleArn = <role ARN>}; for {@code .sync}
 * {@code emr-containers:DescribeJobRun} and {@code emr-containers:CancelJobRun} on
 * {@code .../virtualclusters/<id>/jobruns/*}. {@code .sync} polls the run: AWS documents no managed EventBridge rule.
 * No {@code iam:PassRole}: EMR on EKS authorizes the execution role by the {@code emr-containers:ExecutionRoleArn}
 * condition key on {@code StartJobRun}, and neither AWS's page nor the CDK grants {@code iam:PassRole} for it
 * (https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/iam-execution-role.html).
 * The job execution role (not the state machine's) needs to write to the log group and the bucket.
 *
 * <h2>Differences from the CDK</h2>
 * <ul>
 *   <li>{@code executionRole} is required. The CDK creates a role when none is given (and runs a custom resource that
 *       updates its trust policy); we take an existing role's ARN or name.</li>
 *   <li>{@code monitoring.logging}: the CDK creates a log group and a bucket; we take an existing log group's name or
 *       ARN ({@code logGroup}) and an existing bucket's name or ARN ({@code logBucket}), and grant the execution role
 *       nothing (the CDK adds the bucket's read/write, the log group's write and {@code logs:DescribeLogStreams}, and
 *       {@code logs:DescribeLogGroups} to the execution role's policy: give the role these yourself).</li>
 *   <li>For a virtual cluster chosen at run time, {@code .sync}'s DescribeJobRun/CancelJobRun are granted on
 *       {@code /virtualclusters/&#42;/jobruns/&#42;}, the job runs of any virtual cluster; the CDK and AWS's page grant
 *       {@code /virtualclusters/&#42;}, which also covers the clusters themselves (job run ARNs:
 *       https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonemroneksemrcontainers.html).</li>
 *   <li>The deepest {@code nestedConfig} level is {@value #CONFIGURATION_DEPTH}; the CDK has none.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html">Create and manage Amazon
 *      EMR on EKS clusters with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EmrContainersStartJobRun extends ShapeTask {

    /** How many levels of {@code applicationConfig} / {@code nestedConfig} we declare. */
    public static final int CONFIGURATION_DEPTH = 3;

    static final ResourceArn ROLE = Grants.ROLE.wholePlaceholderIsArn();
    static final ResourceArn LOG_GROUP = ResourceArn.of("logs", "log-group:");
    static final ResourceArn BUCKET = ResourceArn.of("s3", "").noAccount();

    // ---- job driver --------------------------------------------------------------------------------------
    static final Field ENTRY_POINT = Field.string("entryPoint", "EntryPoint").required().range(1, 256)
            .doc("The job's entry point (a script or jar URI), 1 to 256 characters");
    static final Field ENTRY_POINT_ARGUMENTS = Field.stringList("entryPointArguments", "EntryPointArguments").range(1, 10280)
            .doc("The arguments of the entry point: 1 to 10280 strings, or a path to an array");
    static final Field SPARK_SUBMIT_PARAMETERS = Field.string("sparkSubmitParameters", "SparkSubmitParameters").range(1, 102400)
            .doc("The spark-submit parameters, 1 to 102400 characters");
    static final Shape SPARK_SUBMIT = Shape.of("SparkSubmitJobDriver", ENTRY_POINT, ENTRY_POINT_ARGUMENTS, SPARK_SUBMIT_PARAMETERS);
    static final Field SPARK_SUBMIT_DRIVER = Field.object("sparkSubmitJobDriver", "SparkSubmitJobDriver", SPARK_SUBMIT).required()
            .doc("The spark-submit job driver");
    static final Shape JOB_DRIVER_SHAPE = Shape.of("JobDriver", SPARK_SUBMIT_DRIVER);

    // ---- application configuration, CONFIGURATION_DEPTH levels --------------------------------------------
    static final Field CLASSIFICATION = Field.string("classification", "Classification").required().range(1, 1024)
            .pattern("[\\s\\S]*\\S[\\s\\S]*", "not blank").doc("The classification (spark-defaults, spark-env...)");
    static final Field PROPERTIES = Field.stringMap("properties", "Properties").range(0, 100)
            .doc("The classification's properties, up to 100");
    /** {@code LEVELS[i]}: the shape of a configuration at depth {@code i} (0: the top-level list's items). */
    static final Shape[] LEVELS = new Shape[CONFIGURATION_DEPTH];
    /** {@code NESTED[i]}: the {@code nestedConfig} field of {@code LEVELS[i]}, {@code null} at the deepest level. */
    static final Field[] NESTED = new Field[CONFIGURATION_DEPTH];

    static {
        for (int i = CONFIGURATION_DEPTH - 1; i >= 0; i--) {
            if (i == CONFIGURATION_DEPTH - 1) {
                LEVELS[i] = Shape.of("Configuration", CLASSIFICATION, PROPERTIES).oneRequired(PROPERTIES);
            } else {
                NESTED[i] = Field.list("nestedConfig", "Configurations", LEVELS[i + 1]).range(0, 100)
                        .doc("Configurations within this one, up to 100 (" + (CONFIGURATION_DEPTH - 1 - i) + " more levels at most)");
                LEVELS[i] = Shape.of("Configuration", CLASSIFICATION, PROPERTIES, NESTED[i]).oneRequired(PROPERTIES, NESTED[i]);
            }
        }
    }

    // ---- monitoring --------------------------------------------------------------------------------------
    static final Field LOG_GROUP_NAME = Field.string("logGroup", "LogGroupName")
            .pattern("(arn:[^:]+:logs:[^:]*:[^:]*:log-group:)?[.\\-_/#A-Za-z0-9]{1,512}",
                    "a log group name (1 to 512 of . - _ / # letters and digits) or its ARN")
            .resource(LOG_GROUP).doc("The CloudWatch Logs log group's name or ARN");
    static final Field LOG_STREAM_NAME_PREFIX = Field.string("logStreamNamePrefix", "LogStreamNamePrefix").range(1, 256)
            .doc("The log stream name prefix, 1 to 256 characters; needs logGroup");
    static final Field LOG_BUCKET = Field.string("logBucket", "LogUri").staticOnly()
            .pattern("(arn:[^:]+:s3:::)?[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", "a bucket name or ARN")
            .resource(BUCKET).doc("The S3 bucket's name or ARN, for S3MonitoringConfiguration.LogUri s3://<bucket>");
    static final Field PERSISTENT_APP_UI = Field.bool("persistentAppUI", "PersistentAppUI").staticOnly()
            .doc("Whether the persistent application UI is enabled; default true");
    static final Shape MONITORING_SHAPE = Shape.of("Monitoring", LOG_GROUP_NAME, LOG_STREAM_NAME_PREFIX, LOG_BUCKET, PERSISTENT_APP_UI)
            .requires(LOG_STREAM_NAME_PREFIX, LOG_GROUP_NAME);

    // ---- the task ----------------------------------------------------------------------------------------
    static final Field VIRTUAL_CLUSTER = VirtualClusters.virtualCluster("virtualCluster", "VirtualClusterId");
    static final Field JOB_NAME = Field.string("jobName", "Name").range(1, 64)
            .pattern("[.\\-_/#A-Za-z0-9]+", "1 to 64 letters, digits and . - _ / #").doc("The job run's name");
    static final Field EXECUTION_ROLE = Field.string("executionRole", "ExecutionRoleArn").required().staticOnly()
            .pattern("(arn:[^:]+:iam::\\d{12}:role/)?[\\w+=,.@/-]{1,512}", "a role ARN or name")
            .resource(ROLE).doc("The job execution role's ARN or name");
    static final Field RELEASE_LABEL = Field.string("releaseLabel", "ReleaseLabel").required().range(1, 64)
            .pattern("[.\\-_/A-Za-z0-9]+", "an EMR release label such as emr-6.2.0-latest").doc("The Amazon EMR release");
    static final Field JOB_DRIVER = Field.object("jobDriver", "JobDriver", JOB_DRIVER_SHAPE).required().doc("The job driver");
    static final Field APPLICATION_CONFIG = Field.list("applicationConfig", "ApplicationConfiguration", LEVELS[0]).range(0, 100)
            .doc("Application configurations, up to 100");
    static final Field MONITORING = Field.object("monitoring", "MonitoringConfiguration", MONITORING_SHAPE).staticOnly()
            .doc("Where the job's logs go");
    static final Field TAGS = Field.stringMap("tags", "Tags").range(0, 50).doc("Tags of the job run, up to 50");

    static final Shape SHAPE = Shape.of("StartJobRun", VIRTUAL_CLUSTER, JOB_NAME, EXECUTION_ROLE, RELEASE_LABEL, JOB_DRIVER,
            APPLICATION_CONFIG, MONITORING, TAGS);

    /** {@code emr-containers:startJobRun}: request/response and {@code .sync}, the default as the CDK's. */
    public static final TaskType TYPE = TaskType.of("emr-containers:startJobRun", "Start an Amazon EMR on EKS job run",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB).withDefault(IntegrationPattern.RUN_JOB);

    private EmrContainersStartJobRun(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /** @param stateName the state's name @return a builder */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    private String roleArn(RenderContext context) {
        return ROLE.arn(values().text(EXECUTION_ROLE), context);
    }

    @Override
    protected Value parameters(RenderContext context) {
        ObjectValue r = shape().render(values());
        ObjectValue.Builder overrides = ObjectValue.builder()
                .putIfNotNull("ApplicationConfiguration", r.get(APPLICATION_CONFIG.aslName()))
                .put("MonitoringConfiguration", monitoring(values().nested(MONITORING)));
        return ObjectValue.builder()
                .put("VirtualClusterId", r.get(VIRTUAL_CLUSTER.aslName()))
                .putIfNotNull("Name", r.get(JOB_NAME.aslName()))
                .put("ExecutionRoleArn", roleArn(context))
                .put("ReleaseLabel", r.get(RELEASE_LABEL.aslName()))
                .put("JobDriver", r.get(JOB_DRIVER.aslName()))
                .put("ConfigurationOverrides", overrides.build())
                .putIfNotNull("Tags", r.get(TAGS.aslName()))
                .build();
    }

    /** As the CDK renders it: CloudWatch when a log group is given, PersistentAppUI always, S3 when a bucket is. */
    private static ObjectValue monitoring(ShapeValue m) {
        ObjectValue.Builder b = ObjectValue.builder();
        Value group = m == null ? null : m.value(LOG_GROUP_NAME);
        if (group != null) {
            b.put("CloudWatchMonitoringConfiguration", ObjectValue.builder()
                    .put("LogGroupName", logGroupName(group))
                    .putIfNotNull("LogStreamNamePrefix", m.value(LOG_STREAM_NAME_PREFIX))
                    .build());
        }
        boolean ui = m == null || !(m.value(PERSISTENT_APP_UI) instanceof Literal l) || l.node().asBoolean(true);
        b.put("PersistentAppUI", ui ? "ENABLED" : "DISABLED");
        String bucket = m == null ? null : m.text(LOG_BUCKET);
        if (bucket != null) {
            int arn = bucket.startsWith("arn:") ? bucket.indexOf(":s3:::") : -1;
            b.put("S3MonitoringConfiguration", Map.of("LogUri", "s3://" + (arn >= 0 ? bucket.substring(arn + ":s3:::".length()) : bucket)));
        }
        return b.build();
    }

    private static Value logGroupName(Value group) {
        return VirtualClusters.afterMarker(group, ":log-group:");
    }

    @Override
    protected void grants(Grants g) {
        String cluster = g.resource(VIRTUAL_CLUSTER.name(), value(VIRTUAL_CLUSTER), VirtualClusters.VIRTUAL_CLUSTER);
        g.add(PolicyStatement.allow("emr-containers:StartJobRun", cluster).withConditions(
                PolicyStatement.Condition.of("StringEquals", "emr-containers:ExecutionRoleArn", roleArn(g.context()))));
        if (integrationPattern() == IntegrationPattern.RUN_JOB) {
            g.allow(List.of("emr-containers:DescribeJobRun", "emr-containers:CancelJobRun"), List.of(cluster + "/jobruns/*"));
        }
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** The spark-submit job driver. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class SparkSubmitJobDriver extends ShapeBuilder<SparkSubmitJobDriver> {
        SparkSubmitJobDriver() {
            super(SPARK_SUBMIT);
        }

        /** @param entryPoint the script or jar URI, or a path @return this builder */
        public SparkSubmitJobDriver entryPoint(Object entryPoint) {
            return set(ENTRY_POINT, entryPoint);
        }

        /** @param arguments the arguments @return this builder */
        public SparkSubmitJobDriver entryPointArguments(List<String> arguments) {
            return set(ENTRY_POINT_ARGUMENTS, arguments);
        }

        /** @param arguments the arguments as a value (a path to an array, say) @return this builder */
        public SparkSubmitJobDriver entryPointArguments(Value arguments) {
            return set(ENTRY_POINT_ARGUMENTS, arguments);
        }

        /** @param parameters the spark-submit parameters, or a path @return this builder */
        public SparkSubmitJobDriver sparkSubmitParameters(Object parameters) {
            return set(SPARK_SUBMIT_PARAMETERS, parameters);
        }
    }

    /** The job driver. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class JobDriver extends ShapeBuilder<JobDriver> {
        JobDriver() {
            super(JOB_DRIVER_SHAPE);
        }

        /** @param fill fills the spark-submit driver @return this builder */
        public JobDriver sparkSubmitJobDriver(Consumer<SparkSubmitJobDriver> fill) {
            return set(SPARK_SUBMIT_DRIVER, new SparkSubmitJobDriver(), fill);
        }
    }

    /** One application configuration, at one nesting level. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class ApplicationConfiguration extends ShapeBuilder<ApplicationConfiguration> {
        private final int level;

        ApplicationConfiguration(int level) {
            super(LEVELS[level]);
            this.level = level;
        }

        /** @param classification the classification ({@code spark-defaults}...) @return this builder */
        public ApplicationConfiguration classification(String classification) {
            return set(CLASSIFICATION, classification);
        }

        /** @param properties the properties @return this builder */
        public ApplicationConfiguration properties(Map<String, String> properties) {
            return set(PROPERTIES, properties);
        }

        /**
         * @param fill fills a configuration nested in this one
         * @return this builder
         * @throws IllegalStateException at the deepest level ({@value EmrContainersStartJobRun#CONFIGURATION_DEPTH})
         */
        public ApplicationConfiguration addNestedConfig(Consumer<ApplicationConfiguration> fill) {
            if (NESTED[level] == null) {
                throw new IllegalStateException("application configurations nest " + CONFIGURATION_DEPTH + " levels deep at most");
            }
            return add(NESTED[level], () -> new ApplicationConfiguration(level + 1), fill);
        }
    }

    /** Where the job's logs go. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Monitoring extends ShapeBuilder<Monitoring> {
        Monitoring() {
            super(MONITORING_SHAPE);
        }

        /** @param nameOrArn the log group's name or ARN, a placeholder, or a path @return this builder */
        public Monitoring logGroup(Object nameOrArn) {
            return set(LOG_GROUP_NAME, nameOrArn);
        }

        /** @param prefix the log stream name prefix @return this builder */
        public Monitoring logStreamNamePrefix(Object prefix) {
            return set(LOG_STREAM_NAME_PREFIX, prefix);
        }

        /** @param nameOrArn the bucket's name or ARN, or a placeholder @return this builder */
        public Monitoring logBucket(String nameOrArn) {
            return set(LOG_BUCKET, nameOrArn);
        }

        /** @param enabled whether the persistent application UI is enabled (default true) @return this builder */
        public Monitoring persistentAppUI(boolean enabled) {
            return set(PERSISTENT_APP_UI, enabled);
        }
    }

    /** Builds an {@link EmrContainersStartJobRun}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EmrContainersStartJobRun> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param idOrArn the virtual cluster's id or ARN, a placeholder, or a path @return this builder */
        public Builder virtualCluster(Object idOrArn) {
            return set(VIRTUAL_CLUSTER, idOrArn);
        }

        /** @param name the job run's name, or a path @return this builder */
        public Builder jobName(Object name) {
            return set(JOB_NAME, name);
        }

        /** @param arnOrName the job execution role's ARN or name @return this builder */
        public Builder executionRole(String arnOrName) {
            return set(EXECUTION_ROLE, arnOrName);
        }

        /** @param label the EMR release label ({@code emr-6.2.0-latest}), or a path @return this builder */
        public Builder releaseLabel(Object label) {
            return set(RELEASE_LABEL, label);
        }

        /** @param fill fills the job driver @return this builder */
        public Builder jobDriver(Consumer<JobDriver> fill) {
            return set(JOB_DRIVER, new JobDriver(), fill);
        }

        /** @param fill fills one more top-level application configuration @return this builder */
        public Builder addApplicationConfig(Consumer<ApplicationConfiguration> fill) {
            return add(APPLICATION_CONFIG, () -> new ApplicationConfiguration(0), fill);
        }

        /** @param fill fills the monitoring configuration @return this builder */
        public Builder monitoring(Consumer<Monitoring> fill) {
            return set(MONITORING, new Monitoring(), fill);
        }

        /** @param tags the tags @return this builder */
        public Builder tags(Map<String, String> tags) {
            return set(TAGS, tags);
        }

        @Override
        protected EmrContainersStartJobRun newTask() {
            return new EmrContainersStartJobRun(this);
        }
    }
}
