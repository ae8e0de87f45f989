package io.github.sfntasks.provider.scheduler;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.testing.ExpectedJson;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.github.sfntasks.testing.ExpectedJson.render;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EventBridgeSchedulerCreateScheduleTaskTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/SchedulerRole";

    private final EventBridgeSchedulerCreateScheduleTaskProvider provider = new EventBridgeSchedulerCreateScheduleTaskProvider();

    private static EventBridgeSchedulerCreateScheduleTask.Builder minimal() {
        return EventBridgeSchedulerCreateScheduleTask.builder("createSchedule").scheduleName("nightly").schedule("rate(1 day)")
                .target(t -> t.arn("arn:aws:sqs:us-east-1:123456789012:q").role(ROLE));
    }

    @Test
    void registersItsProviderTwiceAlike() {
        ProviderRegistration.assertAgrees(EventBridgeSchedulerCreateScheduleTaskProvider.class,
                EventBridgeSchedulerCreateScheduleTaskProvider.class);
        assertEquals("scheduler:createSchedule", provider.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE), provider.integrationPatterns());
    }

    /** CDK v2 README "EventBridge Scheduler / Create Scheduler": every prop. */
    @Test
    void readmeExampleCreatesAScheduleThatSendsToSqsEveryFiveMinutes() {
        ExpectedJson expected = ExpectedJson.load(EventBridgeSchedulerCreateScheduleTaskTest.class, "/scheduler/readme-create-schedule.json");
        Task typed = EventBridgeSchedulerCreateScheduleTask.builder("createSchedule")
                .scheduleName("TestSchedule").actionAfterCompletion("NONE").clientToken("testToken").description("TestDescription")
                .startDate(Instant.parse("2026-01-01T00:00:00Z")).endDate(Instant.parse("2026-01-01T01:00:00Z"))
                .flexibleTimeWindow(Duration.ofMinutes(5)).groupName("TestGroup")
                .kmsKey("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
                .schedule("rate(5 minutes)").timezone("UTC").enabled(true)
                .target(t -> t.arn("arn:aws:sqs:us-east-1:123456789012:TargetQueue").role(ROLE)
                        .retryPolicy(r -> r.maximumRetryAttempts(2).maximumEventAge(Duration.ofMinutes(5)))
                        .deadLetterQueue("arn:aws:sqs:us-east-1:123456789012:DeadLetterQueue"))
                .build();
        assertEquals(expected.assertRenders(typed), expected.assertRenders(provider.create(TaskRequest.of("createSchedule", expected.properties()))));
    }

    @Test
    void defaultsAreWrittenAsTheCdkWritesThemAndTheGroupIsDefault() {
        ExpectedJson expected = ExpectedJson.load(EventBridgeSchedulerCreateScheduleTaskTest.class, "/scheduler/minimal-defaults.json");
        Task typed = EventBridgeSchedulerCreateScheduleTask.builder("S").scheduleName("nightly").schedule("cron(0 2 * * ? *)")
                .target(t -> t.arn("arn:aws:lambda:us-east-1:123456789012:function:Nightly").role(ROLE).input("{\"run\":true}")).build();
        assertEquals(expected.assertRenders(typed), expected.assertRenders(provider.create(TaskRequest.of("S", expected.properties()))));
        assertEquals("DISABLED", render(minimal().enabled(false).build()).at("/state/Parameters/State").textValue());
    }

    @Test
    void theResourceIsTheAwsSdkIntegration() {
        assertEquals("arn:aws-cn:states:::aws-sdk:scheduler:createSchedule",
                minimal().build().toState(RenderContext.of("aws-cn", "cn-north-1", "123456789012")).get("Resource").textValue());
        assertInvalid(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "createSchedule", "integrationPattern",
                () -> minimal().integrationPattern(IntegrationPattern.RUN_JOB).build());
    }

    @Test
    void limitsFollowTheCdkAndTheApi() {
        assertInvalid(ErrorCode.CONFLICTING_PROPERTIES, "createSchedule", "endDate",
                () -> minimal().startDate("2026-01-01T01:00:00Z").endDate("2026-01-01T00:00:00Z").build());
        assertInvalid("createSchedule", "startDate", () -> minimal().startDate("tomorrow").build());
        assertInvalid("createSchedule", "flexibleTimeWindow", () -> minimal().flexibleTimeWindow(Duration.ofSeconds(90)).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "S", "flexibleTimeWindow", () -> provider.create(TaskRequest.of("S",
                io.github.sfntasks.testing.ExpectedJson.object("{\"scheduleName\": \"n\", \"schedule\": \"rate(1 day)\", \"flexibleTimeWindow\": 0,"
                        + " \"target\": {\"arn\": \"arn:aws:sqs:us-east-1:123456789012:q\", \"role\": \"" + ROLE + "\"}}"))));
        assertInvalid(ErrorCode.OUT_OF_RANGE, "createSchedule", "flexibleTimeWindow", () -> minimal().flexibleTimeWindow(Duration.ofMinutes(1441)).build());
        assertInvalid("createSchedule", "clientToken", () -> minimal().clientToken("bad token").build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "createSchedule", "description", () -> minimal().description("d".repeat(513)).build());
        assertInvalid("createSchedule", "schedule", () -> minimal().schedule("every 5 minutes").build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "createSchedule", "target.retryPolicy.maximumRetryAttempts", () -> minimal()
                .target(t -> t.arn("arn:aws:sqs:us-east-1:123456789012:q").role(ROLE)
                        .retryPolicy(r -> r.maximumRetryAttempts(186).maximumEventAge(Duration.ofMinutes(5)))).build());
        assertInvalid("createSchedule", "target.retryPolicy.maximumEventAge", () -> minimal()
                .target(t -> t.arn("arn:aws:sqs:us-east-1:123456789012:q").role(ROLE)
                        .retryPolicy(r -> r.maximumRetryAttempts(1).maximumEventAge(Duration.ofSeconds(59)))).build());
        assertInvalid("createSchedule", "target.input", () -> minimal()
                .target(t -> t.arn("arn:aws:sqs:us-east-1:123456789012:q").role(ROLE).input("")).build());
    }

    @Test
    void placeholdersInEveryResourcePropertyRenderUntouchedAndSitInTheGrants() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String name : List.of("${Name}", "${Token[TOKEN.12]}", "nightly-${Stage}")) {
            EventBridgeSchedulerCreateScheduleTask t = minimal().scheduleName(name).groupName("${Group}").build();
            assertEquals(name, t.toState(cfn).at("/Parameters/Name").textValue());
            assertEquals(List.of("arn:${AWS::Partition}:scheduler:${AWS::Region}:${AWS::AccountId}:schedule/${Group}/" + name),
                    t.policyStatements(cfn).get(0).resources());
        }
        for (String role : List.of("${Role}", "${Role.Arn}", "${Token[TOKEN.7]}")) {
            EventBridgeSchedulerCreateScheduleTask t = minimal().target(x -> x.arn("arn:aws:sqs:us-east-1:123456789012:q").role(role)).build();
            assertEquals(role, t.toState(cfn).at("/Parameters/Target/RoleArn").textValue());
            assertEquals(List.of(role), t.policyStatements(cfn).get(1).resources());
        }
        for (String dlq : List.of("${Dlq}", "${Dlq.Arn}", "${Token[TOKEN.3]}")) {
            EventBridgeSchedulerCreateScheduleTask t = minimal()
                    .target(x -> x.arn("arn:aws:sqs:us-east-1:123456789012:q").role(ROLE).deadLetterQueue(dlq)).build();
            assertEquals(dlq, t.toState(cfn).at("/Parameters/Target/DeadLetterConfig/Arn").textValue());
        }
    }

    @Test
    void aWildcardInAnyResourceIsRefused() {
        assertInvalid("createSchedule", "scheduleName", () -> minimal().scheduleName("nightly*").build());
        assertInvalid("createSchedule", "groupName", () -> minimal().groupName("g?").build());
        assertInvalid("createSchedule", "target.role", () -> minimal()
                .target(t -> t.arn("arn:aws:sqs:us-east-1:123456789012:q").role("arn:aws:iam::123456789012:role/*")).build());
        assertInvalid("createSchedule", "kmsKey", () -> minimal().kmsKey("arn:aws:kms:us-east-1:*:key/x").build());
    }

    @Test
    void aNameOrGroupChosenAtRunTimeWidensThatPartOfTheScheduleArnWithAWarning() {
        EventBridgeSchedulerCreateScheduleTask t = minimal().scheduleName(JsonPath.stringAt("$.name")).build();
        assertEquals(List.of("arn:aws:scheduler:us-east-1:123456789012:schedule/default/*"), t.policyStatements(ExpectedJson.CONTEXT).get(0).resources());
        assertEquals("scheduleName", t.warnings(ExpectedJson.CONTEXT).get(0).property());
    }

    @Test
    void jsonataStateRendersArguments() {
        Task t = minimal().queryLanguage(QueryLanguage.JSONATA).description("{% $states.input.why %}").build();
        assertEquals("{% $states.input.why %}", t.toState(ExpectedJson.CONTEXT).at("/Arguments/Description").textValue());
    }

    @Test
    void toBuilderCopiesEverything() {
        EventBridgeSchedulerCreateScheduleTask t = minimal().flexibleTimeWindow(Duration.ofMinutes(15)).enabled(false).build();
        assertEquals(render(t), render(t.toBuilder().build()));
    }
}
