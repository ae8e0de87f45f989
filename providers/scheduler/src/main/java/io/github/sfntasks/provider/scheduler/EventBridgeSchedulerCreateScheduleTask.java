package io.github.sfntasks.provider.scheduler;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Grants;
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

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * Creates an Amazon EventBridge Scheduler schedule through the AWS SDK integration
 * ({@code arn:<partition>:states:::aws-sdk:scheduler:createSchedule}): the AWS CDK v2's
 * {@code EventBridgeSchedulerCreateScheduleTask}. Type id {@code scheduler:createSchedule}.
 *
 * <pre>{@code
 * EventBridgeSchedulerCreateScheduleTask task = EventBridgeSchedulerCreateScheduleTask.builder("createSchedule")
 *     .scheduleName("TestSchedule")
 *     .schedule("rate(5 minutes)")
 *     .target(t -> t.arn("arn:aws:sqs:us-east-1:123456789012:target").role("arn:aws:iam::123456789012:role/SchedulerRole"))
 *     .build();
 * }</pre>
 *
 * <p><b>Properties</b> (the CDK's names): {@code scheduleName} (required), {@code schedule} (required: the expression,
 * {@code at(...)}, {@code rate(...)} or {@code cron(...)}: the CDK's {@code Schedule.expressionString}),
 * {@code timezone}, {@code target} (required: {@code arn}, {@code role} (ARN), {@code input}, {@code retryPolicy}
 * ({@code maximumEventAge}, 60 to 86400 seconds; {@code maximumRetryAttempts}, 0 to 185), {@code deadLetterQueue}
 * (an SQS queue ARN)), {@code flexibleTimeWindow} (minutes, 1 to 1440, as {@code MaximumWindowInMinutes}; the
 * builder takes a {@code Duration} of whole minutes; absent: {@code Mode: OFF}),
 * {@code groupName}, {@code startDate} and {@code endDate} (ISO-8601), {@code actionAfterCompletion} (NONE, the
 * default written as the CDK writes it, or DELETE), {@code kmsKey} (a key ARN), {@code description} (up to 512),
 * {@code enabled} (default true: {@code State: ENABLED}), {@code clientToken}.
 *
 * <p><b>Pattern:</b> REQUEST_RESPONSE (an AWS SDK integration; the CDK takes no other in practice).
 *
 * <p><b>IAM</b> (the CDK's grants; AWS's "Amazon EventBridge Scheduler identity-based policy examples"):
 * {@code scheduler:CreateSchedule} on {@code arn:<partition>:scheduler:<region>:<account>:schedule/<group or
 * default>/<name>}; {@code iam:PassRole} on the target's role with {@code iam:PassedToService scheduler.<partition DNS
 * suffix>} (Scheduler assumes it to invoke the target). A name or group chosen at run time widens the schedule ARN to
 * {@code *} in that position, with a warning.
 *
 * <p><b>Differences from the CDK</b> (aws-cdk-lib {@code aws-stepfunctions-tasks/lib/eventbridge-scheduler/create-schedule.ts}):
 * PassRole carries {@code iam:PassedToService} (the CDK's has no condition: narrower); {@code kmsKey}: the CDK grants
 * the target role {@code kms:Decrypt} on the key (a grant to the schedule's role, not to the state machine's), we
 * render {@code KmsKeyArn} only; dates are ISO-8601 text (the CDK takes a {@code Date} and writes
 * {@code toISOString()}).
 *
 * @see <a href="https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html">CreateSchedule</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html">AWS SDK service
 *      integrations</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EventBridgeSchedulerCreateScheduleTask extends ShapeTask {

    /** {@code scheduler:createSchedule} (Resource {@code aws-sdk:scheduler:createSchedule}): REQUEST_RESPONSE. */
    public static final TaskType TYPE = TaskType.of("scheduler:createSchedule", "Create an EventBridge Scheduler schedule",
            IntegrationPattern.REQUEST_RESPONSE);

    static final String SDK_ACTION = "aws-sdk:scheduler:createSchedule";
    static final ResourceArn SCHEDULE = ResourceArn.of("scheduler", "schedule/");
    static final ResourceArn ROLE_ARN = Grants.ROLE.wholePlaceholderIsArn();
    static final ResourceArn QUEUE_ARN = ResourceArn.of("sqs", "").wholePlaceholderIsArn();
    static final String NAME_PATTERN = "[0-9a-zA-Z._-]+";

    // ---- target ------------------------------------------------------------------------------------------

    static final Field MAX_AGE = Field.integer("maximumEventAge", "MaximumEventAgeInSeconds").required().range(60, 86_400)
            .doc("How long an event is retried, 60 to 86400 seconds");
    static final Field MAX_ATTEMPTS = Field.integer("maximumRetryAttempts", "MaximumRetryAttempts").required().range(0, 185)
            .doc("How many retries, 0 to 185");
    /** The target's retry policy. */
    public static final Shape RETRY = Shape.of("RetryPolicy", MAX_AGE, MAX_ATTEMPTS);

    static final Field TARGET_ARN = Field.string("arn", "Arn").required().range(1, 1600)
            .pattern("arn:\\S+", "an ARN (a target or a universal target arn:aws:scheduler:::aws-sdk:...)").doc("The target's ARN");
    static final Field TARGET_ROLE = Field.string("role", "RoleArn").required().resource(ROLE_ARN)
            .pattern("arn:[^:\\s]+:iam::[^:\\s]*:role/\\S+", "an IAM role ARN").doc("The role Scheduler assumes to invoke the target");
    static final Field INPUT = Field.string("input", "Input").range(1, 8192).doc("The text passed to the target");
    static final Field RETRY_POLICY = Field.object("retryPolicy", "RetryPolicy", RETRY).staticOnly().doc("Retries");
    static final Field DLQ = Field.string("deadLetterQueue", "DeadLetterConfig").resource(QUEUE_ARN)
            .pattern("arn:[^:\\s]+:sqs:[^:\\s]*:[^:\\s]*:\\S+", "an SQS queue ARN")
            .renderedAs(v -> ObjectValue.builder().put("Arn", v).build()).doc("The dead-letter queue's ARN");
    /** The schedule's target, the CDK's {@code EventBridgeSchedulerTarget}. */
    public static final Shape TARGET = Shape.of("Target", TARGET_ARN, TARGET_ROLE, INPUT, RETRY_POLICY, DLQ);

    // ---- the task ----------------------------------------------------------------------------------------

    static final Field ACTION_AFTER = Field.enumOf("actionAfterCompletion", "ActionAfterCompletion", "NONE", "DELETE")
            .doc("What to do when the schedule ends; default NONE");
    static final Field CLIENT_TOKEN = Field.string("clientToken", "ClientToken").range(1, 64)
            .pattern("[a-zA-Z0-9_-]+", "letters, digits, - and _").doc("Idempotency token");
    static final Field DESCRIPTION = Field.string("description", "Description").range(0, 512).doc("The description");
    static final String INSTANT = "20[2-9][0-9]-(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z";
    static final Field END_DATE = Field.string("endDate", "EndDate").pattern(INSTANT, "an ISO-8601 instant in UTC (2026-01-01T00:00:00Z)")
            .doc("When the schedule ends (ISO-8601)");
    static final Field FLEXIBLE = Field.integer("flexibleTimeWindow", null).staticOnly().range(1, 1440)
            .doc("The flexible time window in minutes, 1 to 1440 (MaximumWindowInMinutes); absent: Mode OFF");
    static final Field GROUP = Field.string("groupName", "GroupName").resource(SCHEDULE).range(1, 64)
            .pattern(NAME_PATTERN, "letters, digits, ., - and _").doc("The schedule group; default: default");
    static final Field KMS_KEY = Field.string("kmsKey", "KmsKeyArn").resource(ResourceArn.of("kms", "key/").wholePlaceholderIsArn())
            .pattern("arn:[^:\\s]+:kms:\\S+", "a KMS key ARN").doc("The key that encrypts the target's input");
    static final Field NAME = Field.string("scheduleName", "Name").required().resource(SCHEDULE).range(1, 64)
            .pattern(NAME_PATTERN, "letters, digits, ., - and _").doc("The schedule's name");
    static final Field EXPRESSION = Field.string("schedule", "ScheduleExpression").required().range(1, 256)
            .pattern("(?:at|rate|cron)\\(.+\\)", "at(...), rate(...) or cron(...)").doc("The schedule expression");
    static final Field TIMEZONE = Field.string("timezone", "ScheduleExpressionTimezone").range(1, 50).doc("The time zone");
    static final Field START_DATE = Field.string("startDate", "StartDate").pattern(INSTANT, "an ISO-8601 instant in UTC (2026-01-01T00:00:00Z)")
            .doc("When the schedule starts (ISO-8601)");
    static final Field ENABLED = Field.bool("enabled", null).staticOnly().doc("Whether the schedule is enabled; default true");
    static final Field TARGET_FIELD = Field.object("target", "Target", TARGET).required().staticOnly().doc("What the schedule invokes");

    /** The properties of {@code scheduler:createSchedule}. */
    public static final Shape SHAPE = Shape.of("CreateSchedule", ACTION_AFTER, CLIENT_TOKEN, DESCRIPTION, END_DATE, FLEXIBLE,
                    GROUP, KMS_KEY, NAME, EXPRESSION, TIMEZONE, START_DATE, ENABLED, TARGET_FIELD)
            .check(EventBridgeSchedulerCreateScheduleTask::checkDatesAndWindow);

    private EventBridgeSchedulerCreateScheduleTask(Builder b) {
        super(b, TYPE, SHAPE);
    }

    private static void checkDatesAndWindow(ShapeValue v, Shape.Problems problems) {
        Instant start = instant(v.text(START_DATE), "startDate", problems);
        Instant end = instant(v.text(END_DATE), "endDate", problems);
        if (start != null && end != null && !start.isBefore(end)) {
            problems.add(ErrorCode.CONFLICTING_PROPERTIES, "endDate", "must be after startDate (" + v.text(START_DATE) + ")");
        }
    }

    private static Instant instant(String text, String property, Shape.Problems problems) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(ErrorCode.INVALID_PROPERTY, property, "must be an ISO-8601 instant (2025-01-01T00:00:00Z), was \"" + text + "\"");
            return null;
        }
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

    /** @return {@code arn:<partition>:states:::aws-sdk:scheduler:createSchedule}: an AWS SDK integration, as the CDK's */
    @Override
    protected String resource(RenderContext context) {
        return context.integrationArn(SDK_ACTION, integrationPattern());
    }

    /** The shape's values, with the CDK's defaults written out: ActionAfterCompletion, FlexibleTimeWindow and State. */
    @Override
    protected Value parameters(RenderContext context) {
        ObjectValue.Builder p = shape().render(values()).toBuilder();
        if (value(ACTION_AFTER) == null) {
            p.put("ActionAfterCompletion", "NONE");
        }
        Value window = value(FLEXIBLE);
        p.put("FlexibleTimeWindow", window == null ? ObjectValue.builder().put("Mode", "OFF").build()
                : ObjectValue.builder().put("Mode", "FLEXIBLE").put("MaximumWindowInMinutes", ((Literal) window).node().asLong()).build());
        Value enabled = value(ENABLED);
        p.put("State", enabled == null || ((Literal) enabled).node().booleanValue() ? "ENABLED" : "DISABLED");
        return p.build();
    }

    @Override
    protected void grants(Grants g) {
        RenderContext ctx = g.context();
        String group = part(g, "groupName", value(GROUP), "default");
        String name = part(g, "scheduleName", value(NAME), null);
        g.allow("scheduler:CreateSchedule", ctx.arn("scheduler", "schedule/" + group + "/" + name));
        g.passRole("target.role", values().nested(TARGET_FIELD).value(TARGET_ROLE), ROLE_ARN, "scheduler." + ctx.urlSuffix());
    }

    private static String part(Grants g, String property, Value v, String absent) {
        if (v == null) {
            return absent;
        }
        if (v instanceof Literal l && l.isText()) {
            return l.text();
        }
        g.widened(property, "chosen at run time, so scheduler:CreateSchedule is granted for any " + property
                + " in that position of the schedule ARN; give a literal for one schedule");
        return "*";
    }

    /** The nested {@code retryPolicy} builder. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class RetryPolicy extends ShapeBuilder<RetryPolicy> {
        RetryPolicy() {
            super(RETRY);
        }

        /** @param age 60 seconds to 24 hours @return this builder */
        public RetryPolicy maximumEventAge(Duration age) {
            return set(MAX_AGE, age);
        }

        /** @param attempts 0 to 185 @return this builder */
        public RetryPolicy maximumRetryAttempts(int attempts) {
            return set(MAX_ATTEMPTS, attempts);
        }
    }

    /** The nested {@code target} builder (the CDK's {@code EventBridgeSchedulerTarget}). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Target extends ShapeBuilder<Target> {
        Target() {
            super(TARGET);
        }

        /** @param arn the target's ARN (or a path) @return this builder */
        public Target arn(Object arn) {
            return set(TARGET_ARN, arn);
        }

        /** @param roleArn the role Scheduler assumes (or a path) @return this builder */
        public Target role(Object roleArn) {
            return set(TARGET_ROLE, roleArn);
        }

        /** @param input the text passed to the target (or a path) @return this builder */
        public Target input(Object input) {
            return set(INPUT, input);
        }

        /** @param policy fills the retry policy @return this builder */
        public Target retryPolicy(Consumer<RetryPolicy> policy) {
            return set(RETRY_POLICY, new RetryPolicy(), policy);
        }

        /** @param queueArn the dead-letter queue's ARN @return this builder */
        public Target deadLetterQueue(Object queueArn) {
            return set(DLQ, queueArn);
        }
    }

    /** Builds an {@link EventBridgeSchedulerCreateScheduleTask}; every setter is the CDK prop of the same name. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EventBridgeSchedulerCreateScheduleTask> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param action NONE or DELETE @return this builder */
        public Builder actionAfterCompletion(Object action) {
            return set(ACTION_AFTER, action);
        }

        /** @param token the idempotency token @return this builder */
        public Builder clientToken(Object token) {
            return set(CLIENT_TOKEN, token);
        }

        /** @param description the description @return this builder */
        public Builder description(Object description) {
            return set(DESCRIPTION, description);
        }

        /** @param date ISO-8601, or a path @return this builder */
        public Builder endDate(Object date) {
            return set(END_DATE, date instanceof Instant i ? i.toString() : date);
        }

        /**
         * @param window 1 to 1440 whole minutes (a window with seconds left over is refused when the task is built)
         * @return this builder
         */
        public Builder flexibleTimeWindow(Duration window) {
            return set(FLEXIBLE, window == null ? null : window.toSeconds() % 60 == 0 ? (Object) window.toMinutes()
                    : (Object) (window.toSeconds() / 60.0));
        }

        /** @param group the schedule group's name @return this builder */
        public Builder groupName(Object group) {
            return set(GROUP, group);
        }

        /** @param keyArn the KMS key ARN @return this builder */
        public Builder kmsKey(Object keyArn) {
            return set(KMS_KEY, keyArn);
        }

        /** @param name the schedule's name @return this builder */
        public Builder scheduleName(Object name) {
            return set(NAME, name);
        }

        /** @param expression {@code at(...)}, {@code rate(...)} or {@code cron(...)} @return this builder */
        public Builder schedule(Object expression) {
            return set(EXPRESSION, expression);
        }

        /** @param timezone the expression's time zone @return this builder */
        public Builder timezone(Object timezone) {
            return set(TIMEZONE, timezone);
        }

        /** @param date ISO-8601, or a path @return this builder */
        public Builder startDate(Object date) {
            return set(START_DATE, date instanceof Instant i ? i.toString() : date);
        }

        /** @param enabled whether the schedule is enabled @return this builder */
        public Builder enabled(boolean enabled) {
            return set(ENABLED, enabled);
        }

        /** @param target fills the target @return this builder */
        public Builder target(Consumer<Target> target) {
            return set(TARGET_FIELD, new Target(), target);
        }

        @Override
        protected EventBridgeSchedulerCreateScheduleTask newTask() {
            return new EventBridgeSchedulerCreateScheduleTask(this);
        }
    }
}
