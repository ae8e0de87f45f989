package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.tasks.ActionAfterCompletion;
import software.amazon.awscdk.services.stepfunctions.tasks.EventBridgeSchedulerCreateScheduleTask;
import software.amazon.awscdk.services.stepfunctions.tasks.EventBridgeSchedulerTarget;
import software.amazon.awscdk.services.stepfunctions.tasks.EventBridgeSchedulerTargetProps;
import software.amazon.awscdk.services.stepfunctions.tasks.RetryPolicy;
import software.amazon.awscdk.services.stepfunctions.tasks.Schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scheduler:createSchedule} as the CDK's {@code EventBridgeSchedulerCreateScheduleTask}: {@code rate(...)}
 * through {@code Schedule.rate}, the role by {@code Role.fromRoleArn}, the queue by {@code Queue.fromQueueArn}, the key
 * by {@code Key.fromKeyArn}. Not expressible: other expressions (the CDK has no raw-expression factory), values chosen
 * at run time where the CDK takes constructs, dates or durations. Self-contained.
 */
public final class EventBridgeSchedulerCreateScheduleCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "scheduler:createSchedule";
    private static final Pattern RATE = Pattern.compile("^rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)$");

    /** For ServiceLoader. */
    public EventBridgeSchedulerCreateScheduleCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        HttpInvokeCdkFactory.refuseForeignTokens(p);
        JsonNode t = p.get("target");
        for (String name : List.of("schedule", "startDate", "endDate", "kmsKey", "actionAfterCompletion")) {
            if (p.has(name + ".$") || isJsonata(p.get(name))) {
                throw new NotExpressible(name + " chosen at run time (the CDK takes a Schedule, a Date, a key or an enum)");
            }
        }
        if (t.has("role.$") || isJsonata(t.get("role")) || t.has("deadLetterQueue.$") || isJsonata(t.get("deadLetterQueue"))) {
            throw new NotExpressible("a target role or queue chosen at run time (the CDK takes constructs)");
        }
        Matcher m = RATE.matcher(p.get("schedule").textValue());
        if (!m.matches()) {
            throw new NotExpressible("a schedule expression other than rate(...) (the CDK builds it from Schedule.rate/cron/oneTime)");
        }
        long n = Long.parseLong(m.group(1));
        Duration rate = m.group(2).startsWith("minute") ? Duration.minutes(n) : m.group(2).startsWith("hour") ? Duration.hours(n) : Duration.days(n);
        EventBridgeSchedulerTargetProps.Builder tp = EventBridgeSchedulerTargetProps.builder()
                .arn(text(t, "arn"))
                .role(Role.fromRoleArn(stack, "TargetRole", t.get("role").textValue()));
        if (t.has("input") || t.has("input.$")) {
            tp.input(text(t, "input"));
        }
        JsonNode retry = t.get("retryPolicy");
        if (retry != null) {
            if (retry.has("maximumEventAge.$") || retry.has("maximumRetryAttempts.$") || !retry.path("maximumEventAge").isNumber()
                    || !retry.path("maximumRetryAttempts").isNumber()) {
                throw new NotExpressible("a retry policy chosen at run time (the CDK takes a Duration and a number)");
            }
            tp.retryPolicy(RetryPolicy.builder().maximumEventAge(Duration.seconds(retry.get("maximumEventAge").asLong()))
                    .maximumRetryAttempts(retry.get("maximumRetryAttempts").asInt()).build());
        }
        if (t.has("deadLetterQueue")) {
            tp.deadLetterQueue(Queue.fromQueueArn(stack, "DeadLetterQueue", t.get("deadLetterQueue").textValue()));
        }
        EventBridgeSchedulerCreateScheduleTask.Builder b = EventBridgeSchedulerCreateScheduleTask.Builder.create(stack, stateName)
                .scheduleName(text(p, "scheduleName"))
                .schedule(Schedule.rate(rate))
                .target(new EventBridgeSchedulerTarget(tp.build()));
        if (p.has("actionAfterCompletion")) {
            b.actionAfterCompletion(ActionAfterCompletion.valueOf(p.get("actionAfterCompletion").textValue()));
        }
        if (p.has("clientToken") || p.has("clientToken.$")) {
            b.clientToken(text(p, "clientToken"));
        }
        if (p.has("description") || p.has("description.$")) {
            b.description(text(p, "description"));
        }
        if (p.has("startDate")) {
            b.startDate(Instant.parse(p.get("startDate").textValue()));
        }
        if (p.has("endDate")) {
            b.endDate(Instant.parse(p.get("endDate").textValue()));
        }
        if (p.has("flexibleTimeWindow")) {
            b.flexibleTimeWindow(Duration.minutes(p.get("flexibleTimeWindow").asLong()));
        }
        if (p.has("groupName") || p.has("groupName.$")) {
            b.groupName(text(p, "groupName"));
        }
        if (p.has("kmsKey")) {
            b.kmsKey(Key.fromKeyArn(stack, "Key", p.get("kmsKey").textValue()));
        }
        if (p.has("timezone") || p.has("timezone.$")) {
            b.timezone(text(p, "timezone"));
        }
        if (p.has("enabled")) {
            b.enabled(p.get("enabled").booleanValue());
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    /** @return a string member, {@code "name.$"} as {@code JsonPath.stringAt} */
    private static String text(JsonNode o, String name) {
        JsonNode path = o.get(name + ".$");
        return path != null ? JsonPath.stringAt(path.textValue()) : o.path(name).textValue();
    }

    private static boolean isJsonata(JsonNode n) {
        return n != null && n.isTextual() && JsonataExpression.isExpression(n.textValue());
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(AllowedDifference.cdkRefuses(TYPE_ID, "jsonata-checked-props",
                "groupName, clientToken, description and timezone may be JSONata expressions (checked at run time by the API);"
                        + " the CDK checks a {% %} string against the literal pattern or length and refuses it",
                "https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html",
                c -> List.of("groupName", "clientToken", "description", "timezone").stream().anyMatch(n -> isJsonata(c.properties().get(n)))),
                new AllowedDifference(TYPE_ID, "dates-as-given",
                "StartDate/EndDate are written as given (ISO-8601, the API's format); the CDK writes Date.toISOString(),"
                        + " which adds .000 milliseconds: the same instant",
                "https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html",
                c -> c.properties().has("startDate") || c.properties().has("endDate"),
                (c, ours, cdk) -> {
                    JsonNode op = io.github.sfntasks.conformance.iam.ResourceLocators.parameters((ObjectNode) ours.get("state"));
                    JsonNode cp = io.github.sfntasks.conformance.iam.ResourceLocators.parameters((ObjectNode) cdk.get("state"));
                    for (String k : List.of("StartDate", "EndDate")) {
                        if (op.has(k) && cp.has(k) && Instant.parse(op.get(k).asText()).equals(Instant.parse(cp.get(k).asText()))) {
                            ((ObjectNode) cp).set(k, op.get(k).deepCopy());
                        }
                    }
                }),
                new AllowedDifference(TYPE_ID, "rate-of-one-singular",
                        "a rate of one is written as given (rate(1 minute), the unit singular as Scheduler requires);"
                                + " the CDK's Schedule.rate(Duration.minutes(1)) writes rate(1 minutes)",
                        "https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#rate-based",
                        c -> c.properties().path("schedule").asText("").startsWith("rate(1 "),
                        (c, ours, cdk) -> {
                            JsonNode op = io.github.sfntasks.conformance.iam.ResourceLocators.parameters((ObjectNode) ours.get("state"));
                            JsonNode cp = io.github.sfntasks.conformance.iam.ResourceLocators.parameters((ObjectNode) cdk.get("state"));
                            String mine = op.path("ScheduleExpression").asText();
                            if (cp.path("ScheduleExpression").asText().equals(mine.replace(")", "s)"))) {
                                ((ObjectNode) cp).put("ScheduleExpression", mine);
                            }
                        }),
                new AllowedDifference(TYPE_ID, "run-time-name-pattern",
                        "a schedule name or group chosen at run time is granted as * in that position of the schedule ARN (with a"
                                + " warning); the CDK writes the path text itself into the ARN (schedule/default/$.name), which names no schedule",
                        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridgescheduler.html",
                        c -> c.properties().has("scheduleName.$") || c.properties().has("groupName.$")
                                || isJsonata(c.properties().get("scheduleName")) || isJsonata(c.properties().get("groupName")),
                        (c, ours, cdk) -> {
                            String mine = null;
                            for (JsonNode s : ours.get("statements")) {
                                if (Json.texts(s.get("Action")).contains("scheduler:CreateSchedule")) {
                                    mine = s.get("Resource").asText();
                                }
                            }
                            for (JsonNode s : cdk.get("statements")) {
                                if (mine != null && Json.texts(s.get("Action")).contains("scheduler:CreateSchedule")
                                        && s.get("Resource").asText().startsWith(mine.substring(0, mine.indexOf(":schedule/") + 10))) {
                                    ((ObjectNode) s).put("Resource", mine);
                                }
                            }
                        }),
                new AllowedDifference(TYPE_ID, "pass-role-to-scheduler-only",
                "iam:PassRole carries iam:PassedToService scheduler.<partition DNS suffix>; the CDK's has no condition",
                "https://docs.aws.amazon.com/scheduler/latest/UserGuide/setting-up.html#setting-up-execution-role",
                c -> true,
                (c, ours, cdk) -> {
                    for (JsonNode s : ours.get("statements")) {
                        if (Json.texts(s.get("Action")).contains("iam:PassRole")) {
                            ((ObjectNode) s).remove("Condition");
                        }
                    }
                }));
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        var schedules = Arbitraries.of("rate(5 minutes)", "rate(1 minute)", "rate(2 hours)", "rate(1 day)", "cron(0 2 * * ? *)");
        var roles = Arbitraries.of("arn:aws:iam::123456789012:role/SchedulerRole", "arn:aws:iam::210987654321:role/service-role/Sched");
        var queues = Arbitraries.of("arn:aws:sqs:us-east-1:123456789012:dlq", "arn:aws:sqs:eu-west-1:210987654321:other-dlq");
        var dates = Arbitraries.of("2026-01-01T00:00:00Z", "2026-06-30T12:30:00Z");
        var keys = Arbitraries.of("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        var target = net.jqwik.api.Combinators.combine(roles, Arbitraries.of("", "{\"a\":1}", "hello"), Arbitraries.of(true, false),
                queues.injectNull(0.5)).as((r, in, retry, dlq) -> {
                    ObjectNode o = Json.NODES.objectNode().put("arn", "arn:aws:sqs:us-east-1:123456789012:target").put("role", r);
                    if (!in.isEmpty()) {
                        o.put("input", in);
                    }
                    if (retry) {
                        o.set("retryPolicy", Json.NODES.objectNode().put("maximumEventAge", 300).put("maximumRetryAttempts", 2));
                    }
                    if (dlq != null) {
                        o.put("deadLetterQueue", dlq);
                    }
                    return (JsonNode) o;
                });
        return List.of(ProviderArbitraries.properties(TYPE_ID, (name, context) -> switch (name) {
            case "schedule" -> Optional.of(schedules.map(TextNode::valueOf));
            case "target" -> Optional.of(target);
            case "startDate" -> Optional.of(dates.map(TextNode::valueOf));
            case "endDate" -> Optional.of(Arbitraries.of("2027-01-01T00:00:00Z").map(TextNode::valueOf));
            case "kmsKey" -> Optional.of(keys.map(TextNode::valueOf));
            default -> Optional.empty();
        }));
    }
}
