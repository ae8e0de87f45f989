package io.github.sfntasks.provider.glue;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeBuilder;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starts an AWS Glue job run ({@code glue:startJobRun}), as the AWS CDK's {@code GlueStartJobRun}; with
 * {@link IntegrationPattern#RUN_JOB} the state waits until the run ends ({@code .sync}).
 *
 * <pre>{@code
 * GlueStartJobRun task = GlueStartJobRun.builder("Task")
 *     .glueJobName("my-glue-job")
 *     .arguments(TaskInput.fromObject(Map.of("key", "value")))
 *     .timeout(Duration.ofMinutes(30))          // the job run's Timeout, in minutes, as the CDK's timeout
 *     .notifyDelayAfter(Duration.ofMinutes(5))
 *     .build();
 * }</pre>
 *
 * <p>Properties (workflow-file names; each but {@code workerConfiguration} may be a path, {@code name.$}):
 * <ul>
 *   <li>{@code glueJobName} (required): the job's name, 1 to 255 characters on one line; rendered as {@code JobName}
 *       and granted as {@code arn:<partition>:glue:<region>:<account>:job/<name>}. A placeholder
 *       ({@code ${JobName}}, {@code etl-${Stage}}, a CDK token) is a name.</li>
 *   <li>{@code arguments}: the job arguments of this run, an object of strings (members may be paths), replacing the
 *       job's default arguments; {@code Arguments}.</li>
 *   <li>{@code timeout}: the job run's timeout in whole minutes (at least 1); {@code Timeout}. In the builder,
 *       {@link Builder#timeout(Duration)} sets it, as the CDK's {@code timeout} does: the state's own
 *       {@code TimeoutSeconds} is then set with {@link Builder#timeoutPath(String)}, {@link Builder#options} or, in a
 *       workflow file, {@code TimeoutSeconds}.</li>
 *   <li>{@code securityConfiguration}: the name of the security configuration of this run, 1 to 255 characters;
 *       {@code SecurityConfiguration}.</li>
 *   <li>{@code notifyDelayAfter}: minutes after the start before a delay notification (at least 1);
 *       {@code NotificationProperty.NotifyDelayAfter}.</li>
 *   <li>{@code workerConfiguration}: {@code {workerType, numberOfWorkers}}, both required; rendered flat as
 *       {@code WorkerType} ({@code Standard}, {@code G.025X}, {@code G.1X}, {@code G.2X}, {@code G.4X}, {@code G.8X},
 *       {@code Z.2X}, or a newer type written alike) and {@code NumberOfWorkers} (at least 1).</li>
 *   <li>{@code executionClass}: {@code FLEX} or {@code STANDARD}; {@code ExecutionClass}.</li>
 * </ul>
 *
 * <p>Patterns: REQUEST_RESPONSE (the default, as the CDK's) and RUN_JOB ({@code .sync}), the two AWS lists for
 * StartJobRun.
 *
 * <p>IAM, as the CDK's {@code GlueStartJobRun} grants: {@code glue:StartJobRun} on the job; with {@code .sync} also
 * {@code glue:GetJobRun}, {@code glue:GetJobRuns} and {@code glue:BatchStopJobRun} (Step Functions polls the run and
 * stops it when the state is cancelled). No managed EventBridge rule: Glue's {@code .sync} polls. A job chosen at run
 * time gets {@code job/*} of the account and region, with a warning.
 *
 * <p>Differences from the CDK:
 * <ul>
 *   <li>AWS's page writes {@code "Resource": "*"} ("AWS Glue does not have resource-based controls"); we grant the job
 *       ARN, as the CDK does, since the Glue job-run actions accept the {@code job} resource type (Service
 *       Authorization Reference, AWS Glue).</li>
 *   <li>The CDK takes the state's {@code taskTimeout} as the job's {@code Timeout} and never writes
 *       {@code TimeoutSeconds}; we keep the state's timeout as the state's ({@code TimeoutSeconds}) and take the job's
 *       timeout from {@code timeout} only.</li>
 *   <li>A job name chosen at run time is granted {@code job/*} with a warning; the CDK writes the path text into the
 *       ARN.</li>
 *   <li>In a JSONata state without {@code notifyDelayAfter} the CDK writes {@code "NotificationProperty": null} (its
 *       JSONata Arguments keep the null it means as "absent"); we leave the member out, as its JSONPath form does.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-glue.html">Start an AWS Glue job with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-StartJobRun">StartJobRun</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class GlueStartJobRun extends ShapeTask {

    /** The task type: {@code glue:startJobRun}, REQUEST_RESPONSE (default) and RUN_JOB. */
    public static final TaskType TYPE = TaskType.of("glue:startJobRun", "Start an AWS Glue job run",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB);

    /** A Glue job: {@code arn:<partition>:glue:<region>:<account>:job/<name>}. */
    public static final ResourceArn JOB = ResourceArn.of("glue", "job/");

    /** AWS Glue's single-line string (aws-glue-api-common.html#aws-glue-api-regex-oneLine), as Java and ECMA write it. */
    static final String ONE_LINE = "[^\\r\\n]+";

    static final Field JOB_NAME = Field.string("glueJobName", "JobName").required().range(1, 255)
            .pattern("(?!arn:)" + ONE_LINE, "a job name on one line (not an ARN: StartJobRun takes the name)")
            .resource(JOB).doc("The Glue job's name");
    static final Field ARGUMENTS = Field.stringMap("arguments", "Arguments")
            .doc("The job arguments of this run (strings), replacing the job's default arguments");
    static final Field TIMEOUT = Field.integer("timeout", "Timeout").atLeast(1)
            .doc("The job run's timeout in minutes; default: the job's");
    static final Field SECURITY_CONFIGURATION = Field.string("securityConfiguration", "SecurityConfiguration")
            .range(1, 255).pattern(ONE_LINE, "a name on one line").doc("The security configuration of this run");
    static final Field NOTIFY_DELAY_AFTER = Field.integer("notifyDelayAfter", "NotificationProperty").atLeast(1)
            .renderedAs(v -> ObjectValue.builder().put("NotifyDelayAfter", v).build())
            .doc("Minutes after the run starts before a delay notification is sent");
    static final Field WORKER_TYPE = Field.string("workerType", "WorkerType").required()
            .pattern("Standard|[A-Z]\\.[0-9]+X|G\\.025X", "Standard or a worker type such as G.1X, G.025X, Z.2X")
            .doc("The type of worker");
    static final Field NUMBER_OF_WORKERS = Field.integer("numberOfWorkers", "NumberOfWorkers").required().atLeast(1)
            .doc("The number of workers");
    static final Shape WORKER = Shape.of("WorkerConfiguration", WORKER_TYPE, NUMBER_OF_WORKERS);
    /** Rendered flat (WorkerType, NumberOfWorkers), so it cannot be one path as a whole. */
    static final Field WORKER_CONFIGURATION = Field.object("workerConfiguration", "WorkerConfiguration", WORKER).staticOnly()
            .doc("The worker type and number of workers of this run; default: the job's");
    static final Field EXECUTION_CLASS = Field.enumOf("executionClass", "ExecutionClass", "FLEX", "STANDARD")
            .doc("FLEX (time-insensitive, Glue 3.0+ Spark jobs) or STANDARD; default: the job's");

    /** The properties, in the order the CDK renders them. */
    public static final Shape SHAPE = Shape.of("StartJobRun", JOB_NAME, ARGUMENTS, TIMEOUT, SECURITY_CONFIGURATION,
            NOTIFY_DELAY_AFTER, WORKER_CONFIGURATION, EXECUTION_CLASS);

    private GlueStartJobRun(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the CDK's order, with the worker configuration written flat as StartJobRun takes it */
    @Override
    protected Value parameters(RenderContext context) {
        ObjectValue.Builder out = ObjectValue.builder();
        for (Map.Entry<String, Value> e : ((ObjectValue) super.parameters(context)).members().entrySet()) {
            if (e.getKey().equals(WORKER_CONFIGURATION.aslName())) {
                ((ObjectValue) e.getValue()).members().forEach(out::put);
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out.build();
    }

    @Override
    protected void grants(Grants g) {
        List<String> actions = integrationPattern() == IntegrationPattern.RUN_JOB
                ? List.of("glue:StartJobRun", "glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun")
                : List.of("glue:StartJobRun");
        g.allow(actions, List.of(g.resource(JOB_NAME.name(), value(JOB_NAME), JOB)));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** The type of predefined worker of a job run, as the CDK's {@code WorkerType}. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public enum WorkerType {
        /** 4 vCPU, 16 GB of memory, 50 GB disk, 2 executors. */
        STANDARD("Standard"),
        /** 0.25 DPU, for low-volume streaming jobs. */
        G_025X("G.025X"),
        /** 1 DPU. */
        G_1X("G.1X"),
        /** 2 DPU. */
        G_2X("G.2X"),
        /** 4 DPU (Glue 3.0+). */
        G_4X("G.4X"),
        /** 8 DPU (Glue 3.0+). */
        G_8X("G.8X"),
        /** 2 high-memory DPU, for Ray jobs. */
        Z_2X("Z.2X");

        private final String value;

        WorkerType(String value) {
            this.value = value;
        }

        /** @return the value StartJobRun takes ({@code G.1X}) */
        public String value() {
            return value;
        }
    }

    /** The execution class of a job run, as the CDK's {@code ExecutionClass}. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public enum ExecutionClass {
        /** For time-insensitive jobs whose start and end may vary (Glue 3.0+ Spark jobs). */
        FLEX,
        /** For time-sensitive jobs with dedicated resources. */
        STANDARD
    }

    /** The worker configuration of a run: {@code WorkerType} and {@code NumberOfWorkers}, both required. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class WorkerConfiguration extends ShapeBuilder<WorkerConfiguration> {
        WorkerConfiguration() {
            super(WORKER);
        }

        /** @param type the worker type @return this builder */
        public WorkerConfiguration workerType(WorkerType type) {
            return set(WORKER_TYPE, type == null ? null : type.value());
        }

        /** @param type a worker type as StartJobRun takes it ({@code G.1X}), or a path @return this builder */
        public WorkerConfiguration workerType(Object type) {
            return set(WORKER_TYPE, type instanceof WorkerType w ? w.value() : type);
        }

        /** @param count the number of workers (at least 1), or a path @return this builder */
        public WorkerConfiguration numberOfWorkers(Object count) {
            return set(NUMBER_OF_WORKERS, count);
        }
    }

    /** Builds a {@link GlueStartJobRun}; {@link #build()} checks every property and reports every problem at once. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, GlueStartJobRun> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param name the job's name (a placeholder allowed), or a path @return this builder */
        public Builder glueJobName(Object name) { return set(JOB_NAME, name); }

        /** @param arguments the job arguments of this run (an object of strings, or a path) @return this builder */
        public Builder arguments(TaskInput arguments) { return set(ARGUMENTS, arguments == null ? null : arguments.value()); }

        /** @param arguments the job arguments of this run @return this builder */
        public Builder arguments(Map<String, ?> arguments) { return set(ARGUMENTS, arguments); }

        /**
         * The job run's {@code Timeout}, in whole minutes, as the CDK's {@code GlueStartJobRun} takes {@code timeout}
         * (not the state's {@code TimeoutSeconds}: set that with {@link #timeoutPath(String)} or {@link #options}).
         *
         * @param timeout whole minutes, at least one
         * @return this builder
         */
        @Override
        public Builder timeout(Duration timeout) { return set(TIMEOUT, minutes(timeout)); }

        /** @param minutes the job run's timeout in minutes, or a path @return this builder */
        public Builder timeoutMinutes(Object minutes) { return set(TIMEOUT, minutes); }

        /** @param name the security configuration's name, or a path @return this builder */
        public Builder securityConfiguration(Object name) { return set(SECURITY_CONFIGURATION, name); }

        /** @param delay whole minutes, at least one @return this builder */
        public Builder notifyDelayAfter(Duration delay) { return set(NOTIFY_DELAY_AFTER, minutes(delay)); }

        /** @param fill sets the worker type and number @return this builder */
        public Builder workerConfiguration(Consumer<WorkerConfiguration> fill) {
            return set(WORKER_CONFIGURATION, new WorkerConfiguration(), fill);
        }

        /** @param type the worker type @param numberOfWorkers how many @return this builder */
        public Builder workerConfiguration(WorkerType type, int numberOfWorkers) {
            return workerConfiguration(w -> w.workerType(type).numberOfWorkers(numberOfWorkers));
        }

        /** @param executionClass FLEX or STANDARD @return this builder */
        public Builder executionClass(ExecutionClass executionClass) { return set(EXECUTION_CLASS, executionClass); }

        @Override
        protected GlueStartJobRun newTask() {
            return new GlueStartJobRun(this);
        }

        /** Whole minutes as a whole number; anything else as a decimal the field's check refuses, as the CDK's toMinutes. */
        private static Object minutes(Duration d) {
            if (d == null) {
                return null;
            }
            if (d.getNano() == 0 && d.getSeconds() % 60 == 0) {
                return d.toMinutes();
            }
            return Literal.of(new BigDecimal(d.toNanos()).divide(BigDecimal.valueOf(60_000_000_000L), MathContext.DECIMAL64));
        }
    }
}
