package io.github.sfntasks.provider.mediaconvert;

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
import io.github.sfntasks.api.value.Value;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Creates an AWS Elemental MediaConvert transcoding job ({@code arn:<partition>:states:::mediaconvert:createJob[.sync]}):
 * the AWS CDK v2's {@code MediaConvertCreateJob}.
 *
 * <pre>{@code
 * MediaConvertCreateJob task = MediaConvertCreateJob.builder("CreateJob")
 *     .integrationPattern(IntegrationPattern.RUN_JOB)
 *     .createJobRequest(r -> r.role("arn:aws:iam::123456789012:role/MediaConvertRole").settings(settings))
 *     .build();
 * }</pre>
 *
 * <p><b>Properties:</b> {@code createJobRequest}, the CreateJob request as the MediaConvert API spells it, rendered as
 * the Parameters: {@code Role} (required, the role MediaConvert assumes, an ARN) and {@code Settings} (required, any
 * JSON), and the optional {@code AccelerationSettings}, {@code BillingTagsSource}, {@code ClientRequestToken},
 * {@code HopDestinations}, {@code JobEngineVersion}, {@code JobTemplate}, {@code Priority} (-50 to 50), {@code Queue},
 * {@code SimulateReprocessing}, {@code StatusUpdateInterval}, {@code Tags}, {@code UserMetadata}. The CDK takes the
 * same object untyped; we declare its members so that a typo is an error and the schema guides editors.
 *
 * <p><b>Patterns:</b> REQUEST_RESPONSE (the default, as the CDK's) and RUN_JOB ({@code .sync}).
 *
 * <p><b>IAM</b> (AWS page "Create MediaConvert jobs with Step Functions", section "IAM policies for calling AWS Elemental
 * MediaConvert"): {@code mediaconvert:CreateJob} on {@code queues/*}, {@code jobTemplates/*} and {@code presets/*} of
 * the account and region; {@code iam:PassRole} on {@code Role} with {@code iam:PassedToService
 * mediaconvert.<partition DNS suffix>}; {@code .sync} adds {@code mediaconvert:GetJob} and {@code mediaconvert:CancelJob}
 * on {@code jobs/*} with {@code aws:ResourceTag/ManagedByService = AWSStepFunctions} and the managed rule
 * {@code StepFunctionsGetEventsForMediaConvertJobRule}.
 *
 * <p><b>Differences from the CDK</b> (aws-cdk-lib {@code aws-stepfunctions-tasks/lib/mediaconvert/create-job.ts}):
 * the CDK grants {@code mediaconvert:CreateJob} and (for {@code .sync}) {@code GetJob}/{@code CancelJob} on {@code *};
 * we grant the AWS page's resources and tag condition (narrower). The CDK's PassRole condition is
 * {@code StringLike}; ours is {@code StringEquals} as on the AWS page (same value, no wildcard). A {@code Role} chosen
 * at run time ({@code "Role.$"}) gets every role of the account, with a warning (the CDK grants PassRole on the path
 * text itself, which matches no role).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-mediaconvert.html">Create MediaConvert
 *      jobs with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class MediaConvertCreateJob extends ShapeTask {

    /** {@code mediaconvert:createJob}: REQUEST_RESPONSE (default) and RUN_JOB. */
    public static final TaskType TYPE = TaskType.of("mediaconvert:createJob", "Create an AWS Elemental MediaConvert job",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB);

    /** A role whose whole placeholder is its ARN (the CDK writes the role's ARN). */
    static final ResourceArn ROLE_ARN = Grants.ROLE.wholePlaceholderIsArn();

    static final Field ROLE = Field.string("Role", "Role").required().resource(ROLE_ARN)
            .pattern("arn:[^:\\s]+:iam::[^:\\s]*:role/\\S+", "an IAM role ARN")
            .doc("The role MediaConvert assumes to read the input and write the output (its ARN)");
    static final Field SETTINGS = Field.json("Settings", "Settings").required().doc("The job settings (inputs, output groups)");
    static final Field ACCELERATION = Field.json("AccelerationSettings", "AccelerationSettings").doc("Accelerated transcoding");
    static final Field BILLING = Field.enumOf("BillingTagsSource", "BillingTagsSource", "QUEUE", "PRESET", "JOB_TEMPLATE", "JOB")
            .doc("Where cost allocation tags come from");
    static final Field CLIENT_TOKEN = Field.string("ClientRequestToken", "ClientRequestToken").doc("Idempotency token");
    static final Field HOPS = Field.json("HopDestinations", "HopDestinations").doc("Queue hopping");
    static final Field ENGINE = Field.string("JobEngineVersion", "JobEngineVersion").doc("The transcoding engine version");
    static final Field TEMPLATE = Field.string("JobTemplate", "JobTemplate").doc("A job template name or ARN");
    static final Field PRIORITY = Field.integer("Priority", "Priority").range(-50, 50).doc("The job's priority, -50 to 50");
    static final Field QUEUE = Field.string("Queue", "Queue").doc("A queue name or ARN; default: the Default queue");
    static final Field SIMULATE = Field.enumOf("SimulateReprocessing", "SimulateReprocessing", "DISABLED", "ENABLED")
            .doc("Simulate reprocessing");
    static final Field STATUS_INTERVAL = Field.enumOf("StatusUpdateInterval", "StatusUpdateInterval", "SECONDS_10", "SECONDS_12",
            "SECONDS_15", "SECONDS_20", "SECONDS_30", "SECONDS_60", "SECONDS_120", "SECONDS_180", "SECONDS_240", "SECONDS_300",
            "SECONDS_360", "SECONDS_420", "SECONDS_480", "SECONDS_540", "SECONDS_600").doc("How often status events are sent");
    static final Field TAGS = Field.stringMap("Tags", "Tags").doc("Tags of the job");
    static final Field USER_METADATA = Field.stringMap("UserMetadata", "UserMetadata").doc("Metadata returned with the job");

    /** The CreateJob request, as the MediaConvert API spells it. */
    public static final Shape REQUEST = Shape.of("CreateJobRequest", ACCELERATION, BILLING, CLIENT_TOKEN, HOPS, ENGINE,
            TEMPLATE, PRIORITY, QUEUE, ROLE, SETTINGS, SIMULATE, STATUS_INTERVAL, TAGS, USER_METADATA);

    static final Field CREATE_JOB_REQUEST = Field.object("createJobRequest", null, REQUEST).required().staticOnly()
            .doc("The CreateJob request (Role and Settings required), rendered as the Parameters");

    /** The properties of {@code mediaconvert:createJob}. */
    public static final Shape SHAPE = Shape.of("MediaConvertCreateJob", CREATE_JOB_REQUEST);

    private MediaConvertCreateJob(Builder b) {
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
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    @Override
    protected Value parameters(RenderContext context) {
        return REQUEST.render(values().nested(CREATE_JOB_REQUEST));
    }

    @Override
    protected void grants(Grants g) {
        RenderContext ctx = g.context();
        g.allow(List.of("mediaconvert:CreateJob"), List.of(ctx.arn("mediaconvert", "queues/*"),
                ctx.arn("mediaconvert", "jobTemplates/*"), ctx.arn("mediaconvert", "presets/*")));
        ShapeValue request = values().nested(CREATE_JOB_REQUEST);
        g.passRole("createJobRequest.Role", request.value(ROLE), ROLE_ARN, "mediaconvert." + ctx.urlSuffix());
        if (integrationPattern() == IntegrationPattern.RUN_JOB) {
            g.add(PolicyStatement.allow(List.of("mediaconvert:GetJob", "mediaconvert:CancelJob"), List.of(ctx.arn("mediaconvert", "jobs/*")))
                    .withConditions(PolicyStatement.Condition.of("StringEquals", "aws:ResourceTag/ManagedByService", "AWSStepFunctions")));
            g.managedRule("MediaConvertJobRule");
        }
    }

    /** The nested {@code createJobRequest} builder: one setter per CreateJob member. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Request extends ShapeBuilder<Request> {
        Request() {
            super(REQUEST);
        }

        /** @param roleArn the role MediaConvert assumes (or a path) @return this builder */
        public Request role(Object roleArn) {
            return set(ROLE, roleArn);
        }

        /** @param settings the job settings @return this builder */
        public Request settings(Object settings) {
            return set(SETTINGS, settings);
        }

        /** @param settings acceleration settings @return this builder */
        public Request accelerationSettings(Object settings) {
            return set(ACCELERATION, settings);
        }

        /** @param source QUEUE, PRESET, JOB_TEMPLATE or JOB @return this builder */
        public Request billingTagsSource(Object source) {
            return set(BILLING, source);
        }

        /** @param token the idempotency token @return this builder */
        public Request clientRequestToken(Object token) {
            return set(CLIENT_TOKEN, token);
        }

        /** @param hops the hop destinations @return this builder */
        public Request hopDestinations(Object hops) {
            return set(HOPS, hops);
        }

        /** @param version the engine version @return this builder */
        public Request jobEngineVersion(Object version) {
            return set(ENGINE, version);
        }

        /** @param template a job template name or ARN @return this builder */
        public Request jobTemplate(Object template) {
            return set(TEMPLATE, template);
        }

        /** @param priority -50 to 50 @return this builder */
        public Request priority(Object priority) {
            return set(PRIORITY, priority);
        }

        /** @param queue a queue name or ARN @return this builder */
        public Request queue(Object queue) {
            return set(QUEUE, queue);
        }

        /** @param mode DISABLED or ENABLED @return this builder */
        public Request simulateReprocessing(Object mode) {
            return set(SIMULATE, mode);
        }

        /** @param interval SECONDS_10 ... SECONDS_600 @return this builder */
        public Request statusUpdateInterval(Object interval) {
            return set(STATUS_INTERVAL, interval);
        }

        /** @param tags the job's tags @return this builder */
        public Request tags(Map<String, String> tags) {
            return set(TAGS, tags);
        }

        /** @param metadata user metadata @return this builder */
        public Request userMetadata(Map<String, String> metadata) {
            return set(USER_METADATA, metadata);
        }
    }

    /** Builds a {@link MediaConvertCreateJob}. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, MediaConvertCreateJob> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param request fills the CreateJob request @return this builder */
        public Builder createJobRequest(Consumer<Request> request) {
            return set(CREATE_JOB_REQUEST, new Request(), request);
        }

        @Override
        protected MediaConvertCreateJob newTask() {
            return new MediaConvertCreateJob(this);
        }
    }
}
