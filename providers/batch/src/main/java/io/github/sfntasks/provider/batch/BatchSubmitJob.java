package io.github.sfntasks.provider.batch;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.iam.Arn;
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
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.provider.support.ContainerOverrides;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Submits an AWS Batch job ({@code batch:submitJob}), as the AWS CDK's {@code BatchSubmitJob}: a job definition and
 * a job queue, the job's name, an array size, retries, dependencies, container overrides, parameters, an attempt
 * timeout and tags; by default it waits for the job to finish ({@code .sync}), as the CDK does.
 *
 * <pre>{@code
 * BatchSubmitJob submit = BatchSubmitJob.builder("Submit Job")
 *     .jobDefinitionArn("arn:aws:batch:us-east-1:123456789012:job-definition/MyJobDefinition:1")
 *     .jobName("MyJob")
 *     .jobQueueArn("arn:aws:batch:us-east-1:123456789012:job-queue/MyJobQueue")
 *     .containerOverrides(o -> o.command("python", "run.py").environment("STAGE", "prod").vcpus(4))
 *     .build();
 * }</pre>
 *
 * <p>Workflow file ({@code "Provider": "batch:submitJob"}):
 *
 * <pre>{@code
 * "Properties": {
 *   "jobDefinitionArn": "arn:aws:batch:us-east-1:123456789012:job-definition/MyJobDefinition:1",
 *   "jobName": "MyJob",
 *   "jobQueueArn": "arn:aws:batch:us-east-1:123456789012:job-queue/MyJobQueue",
 *   "containerOverrides": {"command": ["python", "run.py"], "environment": {"STAGE": "prod"}, "vcpus": 4}
 * }
 * }</pre>
 *
 * <h2>Properties</h2>
 * The CDK's names:
 * <ul>
 *   <li>{@code jobDefinitionArn} (required): the job definition's ARN, {@code name:revision} or name (its latest
 *       ACTIVE revision) ({@code JobDefinition}).</li>
 *   <li>{@code jobName} (required): 1 to 128 letters, digits, hyphens and underscores, starting with a letter or
 *       digit ({@code JobName}).</li>
 *   <li>{@code jobQueueArn} (required): the job queue's ARN or name ({@code JobQueue}).</li>
 *   <li>{@code arraySize}: 2 to 10,000 ({@code ArrayProperties.Size}); {@code attempts}: 1 to 10
 *       ({@code RetryStrategy.Attempts}); {@code timeout}: seconds, at least 60 ({@code Timeout.AttemptDurationSeconds}).</li>
 *   <li>{@code dependsOn}: up to 20 {@code {jobId, type}} ({@code N_TO_N}, {@code SEQUENTIAL}) ({@code DependsOn}).</li>
 *   <li>{@code containerOverrides} ({@code ContainerOverrides}): {@code command}, {@code environment} (a map; names
 *       starting {@code AWS_BATCH} are reserved), {@code instanceType}, {@code memory} (MiB), {@code vcpus},
 *       {@code gpuCount}; the last three render as {@code ResourceRequirements}, as the CDK does.</li>
 *   <li>{@code payload}: the job's parameters ({@code Parameters}), any JSON object.</li>
 *   <li>{@code tags}: up to 50; keys 1 to 128 characters, values up to 256 ({@code Tags}).</li>
 * </ul>
 *
 * <h2>Integration patterns</h2>
 * RUN_JOB ({@code .sync}, the default, as the CDK's) and REQUEST_RESPONSE; Step Functions does not support
 * WAIT_FOR_TASK_TOKEN for AWS Batch.
 *
 * <h2>IAM</h2>
 * {@code batch:SubmitJob} on the job definition and the job queue. A job definition named without a revision gets
 * {@code job-definition/<name>:*}: AWS Batch authorizes SubmitJob on the definition's ARN with its revision, so a
 * name alone would match nothing. A definition or queue chosen at run time gets every one of the account and region
 * ({@code job-definition/*}, {@code job-queue/*}), with a warning. RUN_JOB adds the managed rule
 * {@code StepFunctionsGetEventsForBatchJobsRule}. AWS's template for {@code .sync} also lists
 * {@code batch:DescribeJobs} and {@code batch:TerminateJob} on {@code *}; the CDK grants neither, and neither do we
 * (never wider than the CDK): add them to the role if you want a stopped execution to terminate its job.
 *
 * <h2>Differences from the CDK</h2>
 * <ul>
 *   <li>{@code batch:SubmitJob} names the one job definition given; the CDK grants every job definition of the
 *       account ({@code job-definition/*}, aws/aws-cdk#37214). Revisions as AWS Batch documents them:
 *       https://docs.aws.amazon.com/batch/latest/userguide/iam-example-restrict-job-submission.html</li>
 *   <li>A queue chosen at run time gets {@code job-queue/*} (and the definition keeps its own grant); the CDK grants
 *       {@code *} then.</li>
 *   <li>The managed rule is granted for RUN_JOB only, as AWS's "IAM policies for AWS Batch" page lists it; the CDK
 *       grants it for REQUEST_RESPONSE too. https://docs.aws.amazon.com/step-functions/latest/dg/batch-iam.html</li>
 *   <li>{@code timeout} is the Batch attempt timeout and nothing else; the CDK's {@code timeout}/{@code taskTimeout}
 *       (state options there) render the same {@code Timeout.AttemptDurationSeconds} and drop the state's
 *       {@code TimeoutSeconds}. Here the state's own timeout stays a separate option ({@code options(...)} or
 *       {@code TimeoutSeconds} in a workflow file).</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html">Run AWS Batch workloads with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html">Batch SubmitJob</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class BatchSubmitJob extends ShapeTask {

    /** A Batch job definition, as IAM names it: {@code arn:<partition>:batch:<region>:<account>:job-definition/<name>:<revision>}. */
    public static final ResourceArn JOB_DEFINITION_ARN = ResourceArn.of("batch", "job-definition/").wholePlaceholderIsArn();
    /** A Batch job queue: {@code arn:<partition>:batch:<region>:<account>:job-queue/<name>}. */
    public static final ResourceArn JOB_QUEUE_ARN = ResourceArn.of("batch", "job-queue/").wholePlaceholderIsArn();

    /** {@code batch:submitJob}: RUN_JOB (default, as the CDK's) and REQUEST_RESPONSE. */
    public static final TaskType TYPE = TaskType.of("batch:submitJob", "Submit an AWS Batch job",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB).withDefault(IntegrationPattern.RUN_JOB);

    /** How a job depends on another. */
    public enum DependencyType {
        /** Each child of an array job depends on the matching child of the other. */
        N_TO_N,
        /** Each child of an array job depends on the previous child. */
        SEQUENTIAL
    }

    // ---- nested shapes ---------------------------------------------------------------------------------

    static final Field INSTANCE_TYPE = Field.string("instanceType", "InstanceType").range(1, 64)
            .doc("The instance type to run a multi-node parallel job on");
    static final Field MEMORY = Field.integer("memory", "MEMORY").range(4, 10_000_000)
            .doc("The container's memory, MiB (ResourceRequirements MEMORY)");
    static final Field GPU_COUNT = Field.integer("gpuCount", "GPU").range(1, 1_000)
            .doc("The GPUs reserved for the container (ResourceRequirements GPU)");
    static final Field VCPUS = Field.integer("vcpus", "VCPU").range(1, 10_000)
            .doc("The vCPUs reserved for the container (ResourceRequirements VCPU)");
    static final Shape BATCH_CONTAINER_OVERRIDES = Shape.of("ContainerOverrides", ContainerOverrides.COMMAND,
                    ContainerOverrides.ENVIRONMENT_MAP, INSTANCE_TYPE, GPU_COUNT, MEMORY, VCPUS)
            .check(BatchSubmitJob::checkEnvironment)
            .schemaRule(JsonSchema.present("environment"), JsonSchema.raw(reservedNamesSchema()));

    static final Field JOB_ID = Field.string("jobId", "JobId").range(1, 128).doc("The id of the job this job depends on");
    static final Field DEPENDENCY_TYPE = Field.enumOf("type", "Type", "N_TO_N", "SEQUENTIAL")
            .doc("N_TO_N or SEQUENTIAL (array jobs)");
    static final Shape JOB_DEPENDENCY = Shape.of("JobDependency", JOB_ID, DEPENDENCY_TYPE);

    // ---- the task's shape --------------------------------------------------------------------------------

    static final Field JOB_DEFINITION = Field.string("jobDefinitionArn", "JobDefinition").required().range(1, 2048)
            .resource(JOB_DEFINITION_ARN)
            .pattern("[A-Za-z0-9][A-Za-z0-9_-]{0,127}(:[0-9]+)?|arn:[^:]+:batch:[^:]*:[^:]*:job-definition/[A-Za-z0-9][A-Za-z0-9_-]{0,127}(:[0-9]+)?",
                    "a job definition ARN, name:revision or name")
            .doc("The job definition: its ARN, name:revision, or name (the latest ACTIVE revision)");
    static final Field JOB_NAME = Field.string("jobName", "JobName").required().range(1, 128)
            .pattern("[A-Za-z0-9][A-Za-z0-9_-]*", "1 to 128 letters, digits, hyphens and underscores, starting with a letter or digit")
            .doc("The job's name");
    static final Field JOB_QUEUE = Field.string("jobQueueArn", "JobQueue").required().range(1, 2048)
            .resource(JOB_QUEUE_ARN)
            .pattern("[A-Za-z0-9][A-Za-z0-9_-]{0,127}|arn:[^:]+:batch:[^:]*:[^:]*:job-queue/[A-Za-z0-9][A-Za-z0-9_-]{0,127}",
                    "a job queue ARN or name")
            .doc("The job queue: its ARN or name");
    static final Field PAYLOAD = Field.json("payload", "Parameters")
            .doc("The job's parameters, substituted into the job definition's Ref:: placeholders");
    static final Field ARRAY_SIZE = Field.integer("arraySize", "ArrayProperties").range(2, 10_000)
            .renderedAs(v -> ObjectValue.builder().put("Size", v).build())
            .doc("Run an array job of this many children, 2 to 10,000");
    static final Field CONTAINER_OVERRIDES = Field.object("containerOverrides", "ContainerOverrides", BATCH_CONTAINER_OVERRIDES)
            .renderedAs(BatchSubmitJob::resourceRequirements)
            .doc("Overrides of the job definition's container");
    static final Field DEPENDS_ON = Field.list("dependsOn", "DependsOn", JOB_DEPENDENCY).range(0, 20)
            .doc("Jobs this job depends on, up to 20");
    static final Field ATTEMPTS = Field.integer("attempts", "RetryStrategy").range(1, 10)
            .renderedAs(v -> ObjectValue.builder().put("Attempts", v).build())
            .doc("How many times the job is tried, 1 to 10");
    static final Field TAGS = Field.stringMap("tags", "Tags").range(0, 50).staticOnly()
            .doc("Tags of the job, up to 50");
    static final Field TIMEOUT = Field.integer("timeout", "Timeout").atLeast(60)
            .renderedAs(v -> ObjectValue.builder().put("AttemptDurationSeconds", v).build())
            .doc("The attempt timeout in seconds, at least 60, after which Batch ends the attempt");

    /** The properties of {@code batch:submitJob}, in the order the CDK renders them. */
    public static final Shape SHAPE = Shape.of("SubmitJob", JOB_DEFINITION, JOB_NAME, JOB_QUEUE, PAYLOAD, ARRAY_SIZE,
                    CONTAINER_OVERRIDES, DEPENDS_ON, ATTEMPTS, TAGS, TIMEOUT)
            .check(BatchSubmitJob::checkTags);

    private BatchSubmitJob(Builder b) {
        super(b, TYPE, SHAPE);
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
        g.allow("batch:SubmitJob", jobDefinitionGrant(g), g.resource("jobQueueArn", value(JOB_QUEUE), JOB_QUEUE_ARN));
        if (integrationPattern() == IntegrationPattern.RUN_JOB) {
            g.managedRule("BatchJobsRule");
        }
    }

    private String jobDefinitionGrant(Grants g) {
        String given = values().text(JOB_DEFINITION);
        String arn = g.resource("jobDefinitionArn", value(JOB_DEFINITION), JOB_DEFINITION_ARN);
        return given == null || JOB_DEFINITION_ARN.isArn(given) && Placeholders.isWhole(given) || hasRevision(given) ? arn : arn + ":*";
    }

    /** Whether a job definition name or ARN names a revision: a colon in the literal text of its name part. */
    static boolean hasRevision(String nameOrArn) {
        String name = nameOrArn;
        if (Arn.isArn(nameOrArn)) {
            int slash = nameOrArn.indexOf("job-definition/");
            name = slash < 0 ? nameOrArn : nameOrArn.substring(slash + "job-definition/".length());
        }
        for (String literal : Placeholders.literalParts(name)) {
            if (literal.indexOf(':') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Moves GPU, MEMORY and VCPU into {@code ResourceRequirements} (values as strings), as the CDK renders them. */
    private static Value resourceRequirements(Value rendered) {
        if (!(rendered instanceof ObjectValue o)) {
            return rendered;
        }
        ObjectValue.Builder out = ObjectValue.builder();
        ArrayValue.Builder requirements = ArrayValue.builder();
        boolean any = false;
        for (Map.Entry<String, Value> e : o.members().entrySet()) {
            switch (e.getKey()) {
                case "GPU", "MEMORY", "VCPU" -> {
                    Value v = e.getValue();
                    requirements.add(ObjectValue.builder().put("Type", Literal.of(e.getKey()))
                            .put("Value", v instanceof Literal l && l.node().isNumber() ? Literal.of(l.node().asText()) : v).build());
                    any = true;
                }
                default -> out.put(e.getKey(), e.getValue());
            }
        }
        if (any) {
            out.put("ResourceRequirements", requirements.build());
        }
        return out.build();
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode reservedNamesSchema() {
        com.fasterxml.jackson.databind.node.ObjectNode s = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        s.putObject("properties").putObject("environment").putObject("propertyNames").putObject("not").put("pattern", "^AWS_BATCH");
        return s;
    }

    private static void checkEnvironment(ShapeValue v, Shape.Problems problems) {
        if (v.value(ContainerOverrides.ENVIRONMENT_MAP) instanceof ObjectValue env) {
            for (String name : env.members().keySet()) {
                if (name.startsWith("AWS_BATCH")) {
                    problems.add(ErrorCode.INVALID_PROPERTY, "environment." + name,
                            "names starting with AWS_BATCH are reserved for the variables AWS Batch sets");
                }
            }
        } else if (v.value(ContainerOverrides.ENVIRONMENT_MAP) instanceof Literal l && l.node().isObject()) {
            l.node().fieldNames().forEachRemaining(name -> {
                if (name.startsWith("AWS_BATCH")) {
                    problems.add(ErrorCode.INVALID_PROPERTY, "environment." + name,
                            "names starting with AWS_BATCH are reserved for the variables AWS Batch sets");
                }
            });
        }
    }

    private static void checkTags(ShapeValue v, Shape.Problems problems) {
        Map<String, Value> tags = v.value(TAGS) instanceof ObjectValue o ? o.members() : Map.of();
        if (v.value(TAGS) instanceof Literal l && l.node().isObject()) {
            Map<String, Value> m = new LinkedHashMap<>();
            l.node().properties().forEach(e -> m.put(e.getKey(), Literal.of(e.getValue())));
            tags = m;
        }
        for (Map.Entry<String, Value> e : tags.entrySet()) {
            int keyLength = e.getKey().codePointCount(0, e.getKey().length());
            if (keyLength < 1 || keyLength > 128) {
                problems.add(ErrorCode.OUT_OF_RANGE, "tags", "a tag key has 1 to 128 characters, \"" + e.getKey() + "\" has " + keyLength);
            }
            if (e.getValue() instanceof Literal t && t.isText() && t.text().codePointCount(0, t.text().length()) > 256) {
                problems.add(ErrorCode.OUT_OF_RANGE, "tags." + e.getKey(), "a tag value has at most 256 characters");
            }
        }
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    // ---- builders ----------------------------------------------------------------------------------------

    /** Builds a {@link BatchSubmitJob}; {@link #build()} checks every property and reports every problem at once. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, BatchSubmitJob> {

        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param arnOrName the job definition's ARN, name:revision or name (placeholders allowed) @return this builder */
        public Builder jobDefinitionArn(String arnOrName) {
            return set(JOB_DEFINITION, arnOrName);
        }

        /** @param jobDefinition the job definition chosen at run time (a path or expression) @return this builder */
        public Builder jobDefinitionArn(Value jobDefinition) {
            return set(JOB_DEFINITION, jobDefinition);
        }

        /** @param name the job's name @return this builder */
        public Builder jobName(String name) {
            return set(JOB_NAME, name);
        }

        /** @param name the job's name from a path or expression @return this builder */
        public Builder jobName(Value name) {
            return set(JOB_NAME, name);
        }

        /** @param arnOrName the job queue's ARN or name (placeholders allowed) @return this builder */
        public Builder jobQueueArn(String arnOrName) {
            return set(JOB_QUEUE, arnOrName);
        }

        /** @param jobQueue the job queue chosen at run time (a path or expression) @return this builder */
        public Builder jobQueueArn(Value jobQueue) {
            return set(JOB_QUEUE, jobQueue);
        }

        /** @param payload the job's parameters ({@code Parameters}) @return this builder */
        public Builder payload(TaskInput payload) {
            return set(PAYLOAD, payload);
        }

        /** @param size 2 to 10,000 children @return this builder */
        public Builder arraySize(int size) {
            return set(ARRAY_SIZE, size);
        }

        /** @param fill the container overrides @return this builder */
        public Builder containerOverrides(Consumer<BatchContainerOverrides> fill) {
            return set(CONTAINER_OVERRIDES, new BatchContainerOverrides(), fill);
        }

        /**
         * @param jobId the id of a job this job depends on
         * @param type how (for array jobs), or {@code null}
         * @return this builder
         */
        public Builder addDependency(Object jobId, DependencyType type) {
            return add(DEPENDS_ON, JobDependency::new, d -> d.jobId(jobId).type(type));
        }

        /** @param attempts 1 to 10 @return this builder */
        public Builder attempts(int attempts) {
            return set(ATTEMPTS, attempts);
        }

        /** @param tags up to 50 tags @return this builder */
        public Builder tags(Map<String, String> tags) {
            return set(TAGS, tags);
        }

        /**
         * The Batch attempt timeout ({@code Timeout.AttemptDurationSeconds}), whole seconds, at least 60. The CDK names
         * it {@code timeout} too, but there it is also the state's; the state's own timeout is set with
         * {@link #options} here.
         *
         * @param timeout the attempt timeout
         * @return this builder
         */
        public Builder attemptTimeout(Duration timeout) {
            return set(TIMEOUT, timeout);
        }

        @Override
        protected BatchSubmitJob newTask() {
            return new BatchSubmitJob(this);
        }
    }

    /** The container overrides of a job ({@code ContainerOverrides}), as the CDK's {@code BatchContainerOverrides}. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class BatchContainerOverrides extends ShapeBuilder<BatchContainerOverrides> {
        private final Map<String, Object> environment = new LinkedHashMap<>();

        BatchContainerOverrides() {
            super(BATCH_CONTAINER_OVERRIDES);
        }

        /** @param command the command, replacing the job definition's @return this builder */
        public BatchContainerOverrides command(String... command) {
            return set(ContainerOverrides.COMMAND, List.of(command));
        }

        /** @param command the command as a path or expression @return this builder */
        public BatchContainerOverrides command(Value command) {
            return set(ContainerOverrides.COMMAND, command);
        }

        /**
         * @param name a variable's name (not starting with AWS_BATCH)
         * @param value its value: a string, a {@code JsonPath} or a JSONata expression
         * @return this builder
         */
        public BatchContainerOverrides environment(String name, Object value) {
            environment.put(name, value);
            return set(ContainerOverrides.ENVIRONMENT_MAP, ObjectValue.of(environment));
        }

        /** @param instanceType the instance type (multi-node parallel jobs) @return this builder */
        public BatchContainerOverrides instanceType(String instanceType) {
            return set(INSTANCE_TYPE, instanceType);
        }

        /** @param mebibytes the container's memory, MiB @return this builder */
        public BatchContainerOverrides memory(int mebibytes) {
            return set(MEMORY, mebibytes);
        }

        /** @param count the GPUs reserved @return this builder */
        public BatchContainerOverrides gpuCount(int count) {
            return set(GPU_COUNT, count);
        }

        /** @param vcpus the vCPUs reserved @return this builder */
        public BatchContainerOverrides vcpus(int vcpus) {
            return set(VCPUS, vcpus);
        }
    }

    /** One job dependency ({@code DependsOn[]}). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class JobDependency extends ShapeBuilder<JobDependency> {
        JobDependency() {
            super(JOB_DEPENDENCY);
        }

        /** @param jobId the job's id: a string, a {@code JsonPath} or a JSONata expression @return this builder */
        public JobDependency jobId(Object jobId) {
            return set(JOB_ID, jobId);
        }

        /** @param type N_TO_N or SEQUENTIAL, or {@code null} @return this builder */
        public JobDependency type(DependencyType type) {
            return set(DEPENDENCY_TYPE, type);
        }
    }
}
