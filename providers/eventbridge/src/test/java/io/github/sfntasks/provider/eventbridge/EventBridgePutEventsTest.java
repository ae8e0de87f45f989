package io.github.sfntasks.provider.eventbridge;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ExpectedJson.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventBridgePutEventsTest {

    private final EventBridgePutEventsProvider provider = new EventBridgePutEventsProvider();

    private static EventBridgePutEventsEntry.Builder entry() {
        return EventBridgePutEventsEntry.builder()
                .detail(TaskInput.fromObject(Map.of("Message", "hi")))
                .detailType("Greeting")
                .source("my.app");
    }

    private static EventBridgePutEvents.Builder task(EventBridgePutEventsEntry... entries) {
        return EventBridgePutEvents.builder("Send").entries(List.of(entries));
    }

    private Task fromWorkflow(String stateName, String properties) {
        return provider.create(TaskRequest.of(stateName, object(properties)));
    }

    // ---- the seed README's example ---------------------------------------------------------------

    /** README "EventBridge / Put Events": "Send an event to EventBridge" on MyEventBus1. */
    @Test
    void readmeExampleSendsOneEventToNamedBus() {
        Task typed = EventBridgePutEvents.builder("Send an event to EventBridge")
                .addEntry(EventBridgePutEventsEntry.builder()
                        .detail(TaskInput.fromObject(Map.of("Message", "Hello from Step Functions!")))
                        .eventBus("MyEventBus1")
                        .detailType("MessageFromStepFunctions")
                        .source("step.functions")
                        .build())
                .build();
        ExpectedJson.load(EventBridgePutEventsTest.class, "/eventbridge/readme-put-events.json").assertRenders(typed);

        Task workflow = fromWorkflow("Send an event to EventBridge", """
                {"entries": [{
                  "detail": {"Message": "Hello from Step Functions!"},
                  "eventBus": "MyEventBus1",
                  "detailType": "MessageFromStepFunctions",
                  "source": "step.functions"
                }]}
                """);
        ExpectedJson.load(EventBridgePutEventsTest.class, "/eventbridge/readme-put-events.json").assertRenders(workflow);
    }

    @Test
    void busGivenByArnRendersTheSameAsByName() {
        Task byArn = EventBridgePutEvents.builder("Send an event to EventBridge")
                .addEntry(EventBridgePutEventsEntry.builder()
                        .detail(TaskInput.fromObject(Map.of("Message", "Hello from Step Functions!")))
                        .eventBus("arn:aws:events:us-east-1:123456789012:event-bus/MyEventBus1")
                        .detailType("MessageFromStepFunctions")
                        .source("step.functions")
                        .build())
                .build();
        ExpectedJson.load(EventBridgePutEventsTest.class, "/eventbridge/readme-put-events.json").assertRenders(byArn);
    }

    // ---- patterns, paths, default bus -------------------------------------------------------------

    @Test
    void callbackWithDefaultBusPathsAndForeignBus() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("token", JsonPath.taskToken());
        detail.put("order", JsonPath.stringAt("$.order"));
        Task typed = EventBridgePutEvents.builder("Send")
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .addEntry(EventBridgePutEventsEntry.builder().detail(TaskInput.fromObject(detail))
                        .detailType("OrderCreated").source("com.example.orders").build())
                .addEntry(EventBridgePutEventsEntry.builder().detail(TaskInput.fromJsonPathAt("$.audit"))
                        .detailType(JsonPath.stringAt("$.type")).source("com.example.audit")
                        .eventBus("arn:aws:events:eu-west-1:111122223333:event-bus/central").build())
                .addEntry(EventBridgePutEventsEntry.builder().detail(TaskInput.fromText("{\"a\":1}"))
                        .detailType("T").source("com.example.audit").eventBus("MyEventBus1").build())
                .build();
        ExpectedJson.load(EventBridgePutEventsTest.class, "/eventbridge/callback-three-entries.json").assertRenders(typed);

        Task workflow = provider.create(TaskRequest.of("Send", "events:putEvents", object("""
                {"entries": [
                  {"detail": {"token.$": "$$.Task.Token", "order.$": "$.order"},
                   "detailType": "OrderCreated", "source": "com.example.orders"},
                  {"detail.$": "$.audit", "detailType.$": "$.type", "source": "com.example.audit",
                   "eventBus": "arn:aws:events:eu-west-1:111122223333:event-bus/central"},
                  {"detail": "{\\"a\\":1}", "detailType": "T", "source": "com.example.audit", "eventBus": "MyEventBus1"}
                ]}
                """), IntegrationPattern.WAIT_FOR_TASK_TOKEN, QueryLanguage.JSONPATH, null));
        ExpectedJson.load(EventBridgePutEventsTest.class, "/eventbridge/callback-three-entries.json").assertRenders(workflow);
    }

    @Test
    void busChosenAtRunTimeGrantsEveryBusOfTheAccount() {
        Task typed = task(entry().detail(TaskInput.fromObject(Map.of("id", JsonPath.stringAt("$.id"))))
                        .detailType("Tick").source("com.example").eventBus(JsonPath.stringAt("$.bus")).build(),
                entry().detail(TaskInput.fromObject(Map.of("id", JsonPath.stringAt("$.id"))))
                        .detailType("Tick").source("com.example").eventBus("audit").build())
                .build();
        ExpectedJson.load(EventBridgePutEventsTest.class, "/eventbridge/dynamic-bus.json").assertRenders(typed);

        Task workflow = fromWorkflow("Send", """
                {"entries": [
                  {"detail": {"id.$": "$.id"}, "detailType": "Tick", "source": "com.example", "eventBus.$": "$.bus"},
                  {"detail": {"id.$": "$.id"}, "detailType": "Tick", "source": "com.example", "eventBus": "audit"}
                ]}
                """);
        ExpectedJson.load(EventBridgePutEventsTest.class, "/eventbridge/dynamic-bus.json").assertRenders(workflow);
    }

    @Test
    void jsonataStateRendersArgumentsWithExpressions() {
        Task typed = EventBridgePutEvents.builder("Send")
                .queryLanguage(QueryLanguage.JSONATA)
                .addEntry(EventBridgePutEventsEntry.builder()
                        .detail(TaskInput.fromJsonata("$states.input.detail"))
                        .detailType(JsonataExpression.of("$states.input.type"))
                        .source("com.example")
                        .build())
                .build();
        ExpectedJson.load(EventBridgePutEventsTest.class, "/eventbridge/jsonata-default-bus.json").assertRenders(typed);

        Task workflow = provider.create(TaskRequest.of("Send", "events:putEvents", object("""
                {"entries": [{"detail": "{% $states.input.detail %}", "detailType": "{% $states.input.type %}",
                              "source": "com.example"}]}
                """), null, QueryLanguage.JSONATA, StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build()));
        ExpectedJson.load(EventBridgePutEventsTest.class, "/eventbridge/jsonata-default-bus.json").assertRenders(workflow);
    }

    @Test
    void jsonataCallbackAcceptsTheContextToken() {
        Task t = EventBridgePutEvents.builder("Send")
                .queryLanguage(QueryLanguage.JSONATA)
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .addEntry(entry().detail(TaskInput.fromObject(Map.of("token", JsonataExpression.of("$states.context.Task.Token"))))
                        .build())
                .build();
        assertEquals("arn:aws:states:::events:putEvents.waitForTaskToken", t.toState(ExpectedJson.CONTEXT).get("Resource").asText());
    }

    @Test
    void tenEntriesAreAllowed() {
        List<EventBridgePutEventsEntry> ten = Collections.nCopies(10, entry().build());
        EventBridgePutEvents t = EventBridgePutEvents.builder("Send").entries(ten).build();
        assertEquals(10, t.toState(ExpectedJson.CONTEXT).get("Parameters").get("Entries").size());
        // Ten entries to the same (default) bus grant it once.
        assertEquals("arn:aws:events:us-east-1:123456789012:event-bus/default",
                t.policyStatements(ExpectedJson.CONTEXT).get(0).toJson().get("Resource").asText());
    }

    @Test
    void toBuilderCopiesEverything() {
        EventBridgePutEvents t = task(entry().eventBus("MyEventBus1").build())
                .integrationPattern(IntegrationPattern.REQUEST_RESPONSE).comment("c").build();
        assertEquals(render(t), render(t.toBuilder().build()));
        assertEquals(render(t), render(t.withOptions(t.options())));
    }

    // ---- errors ---------------------------------------------------------------------------------

    @Test
    void rejectsMissingEntries() {
        TaskValidationException e = assertInvalid("Send", "entries", () -> EventBridgePutEvents.builder("Send").build());
        assertEquals(ErrorCode.MISSING_PROPERTY, e.code());
        assertInvalid("Send", "entries", () -> fromWorkflow("Send", "{}"));
    }

    @Test
    void rejectsEmptyEntries() {
        assertInvalid("Send", "entries", () -> EventBridgePutEvents.builder("Send").entries(List.of()).build());
        assertInvalid("Send", "entries", () -> fromWorkflow("Send", "{\"entries\": []}"));
    }

    @Test
    void rejectsMoreThanTenEntries() {
        List<EventBridgePutEventsEntry> eleven = new ArrayList<>(Collections.nCopies(11, entry().build()));
        TaskValidationException e = assertInvalid("Send", "entries",
                () -> EventBridgePutEvents.builder("Send").entries(eleven).build());
        assertEquals(ErrorCode.OUT_OF_RANGE, e.code());
    }

    @Test
    void rejectsNullEntry() {
        List<EventBridgePutEventsEntry> withNull = new ArrayList<>();
        withNull.add(entry().build());
        withNull.add(null);
        assertInvalid("Send", "entries[1]", () -> EventBridgePutEvents.builder("Send").entries(withNull).build());
    }

    @Test
    void rejectsSourceStartingWithAws() {
        assertInvalid("Send", "entries[0].source", () -> task(entry().source("aws.events").build()).build());
        assertInvalid("Send", "entries[1].source", () -> fromWorkflow("Send", """
                {"entries": [{"detail": {}, "detailType": "T", "source": "ok"},
                             {"detail": {}, "detailType": "T", "source": "aws.ec2"}]}
                """));
    }

    @Test
    void rejectsSourceLongerThan256Characters() {
        assertInvalid("Send", "entries[0].source", () -> task(entry().source("s".repeat(257)).build()).build());
        task(entry().source("s".repeat(256)).build()).build();
    }

    @Test
    void rejectsDetailTypeLongerThan128Characters() {
        assertInvalid("Send", "entries[0].detailType", () -> task(entry().detailType("d".repeat(129)).build()).build());
        task(entry().detailType("d".repeat(128)).build()).build();
    }

    @Test
    void rejectsEmptyDetailType() {
        assertInvalid("Send", "entries[0].detailType", () -> task(entry().detailType("").build()).build());
    }

    @Test
    void rejectsMissingDetailDetailTypeOrSource() {
        assertInvalid("Send", "entries[0].detail", () -> task(entry().detail(null).build()).build());
        assertInvalid("Send", "entries[0].detailType", () -> task(entry().detailType((String) null).build()).build());
        assertInvalid("Send", "entries[0].source", () -> task(entry().source((String) null).build()).build());
        TaskValidationException e = assertInvalid("Send", "entries[0].detail",
                () -> fromWorkflow("Send", "{\"entries\": [{\"detailType\": \"T\", \"source\": \"s\"}]}"));
        assertEquals(ErrorCode.MISSING_PROPERTY, e.code());
    }

    @Test
    void rejectsDetailThatIsNotAJsonObject() {
        assertInvalid("Send", "entries[0].detail", () -> task(entry().detail(TaskInput.fromText("hello")).build()).build());
        assertInvalid("Send", "entries[0].detail", () -> task(entry()
                .detail(TaskInput.fromValue(ArrayValue.of(List.of(1, 2)))).build()).build());
        for (String bad : new String[] {"5", "[1]", "true", "\"text\""}) {
            assertInvalid("Send", "entries[0].detail", () -> fromWorkflow("Send",
                    "{\"entries\": [{\"detail\": " + bad + ", \"detailType\": \"T\", \"source\": \"s\"}]}"));
        }
        // A string holding an object is what TaskInput.fromText is for.
        task(entry().detail(TaskInput.fromText(" {\"a\": [1]} ")).build()).build();
    }

    @Test
    void rejectsNonStringDetailType() {
        assertInvalid("Send", "entries[0].detailType",
                () -> fromWorkflow("Send", "{\"entries\": [{\"detail\": {}, \"detailType\": 5, \"source\": \"s\"}]}"));
    }

    @Test
    void rejectsInvalidEventBus() {
        assertInvalid("Send", "entries[0].eventBus", () -> task(entry().eventBus("my bus").build()).build());
        assertInvalid("Send", "entries[0].eventBus",
                () -> task(entry().eventBus("arn:aws:sqs:us-east-1:123456789012:queue").build()).build());
        assertInvalid("Send", "entries[0].eventBus", () -> task(entry().eventBus("").build()).build());
    }

    @Test
    void rejectsCallbackWithoutTaskTokenInAnyDetail() {
        TaskValidationException e = assertInvalid("Send", "entries", () -> task(entry().build(), entry().build())
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
        assertEquals(ErrorCode.TASK_TOKEN_REQUIRED, e.code());
    }

    @Test
    void rejectsRunJobPattern() {
        TaskValidationException e = assertInvalid("Send", "integrationPattern",
                () -> task(entry().build()).integrationPattern(IntegrationPattern.RUN_JOB).build());
        assertEquals(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, e.code());
    }

    @Test
    void rejectsJsonataExpressionInJsonPathState() {
        TaskValidationException e = assertInvalid("Send", "entries[0].detailType",
                () -> task(entry().detailType(JsonataExpression.of("$states.input.type")).build()).build());
        assertEquals(ErrorCode.QUERY_LANGUAGE_MISMATCH, e.code());
        assertInvalid("Send", "entries[0].detail.msg", () -> task(entry()
                .detail(TaskInput.fromObject(Map.of("msg", JsonataExpression.of("$states.input.m")))).build()).build());
    }

    @Test
    void rejectsJsonPathInJsonataState() {
        TaskValidationException e = assertInvalid("Send", "entries[0].source", () -> task(entry()
                .source(JsonPath.stringAt("$.source")).build()).queryLanguage(QueryLanguage.JSONATA).build());
        assertEquals(ErrorCode.QUERY_LANGUAGE_MISMATCH, e.code());
        assertInvalid("Send", "entries[0].source.$", () -> provider.create(TaskRequest.of("Send", null, object("""
                {"entries": [{"detail": {}, "detailType": "T", "source.$": "$.source"}]}
                """), null, QueryLanguage.JSONATA, null)));
    }

    @Test
    void rejectsUnknownPropertyInEntryWithSuggestion() {
        TaskValidationException e = assertInvalid("Send", "entries[0].detial", () -> fromWorkflow("Send", """
                {"entries": [{"detial": {}, "detailType": "T", "source": "s"}]}
                """));
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, e.code());
        assertTrue(e.getMessage().contains("\"detail\""), e.getMessage());
    }

    @Test
    void rejectsUnknownTopLevelProperty() {
        TaskValidationException e = assertInvalid("Send", "entry", () -> fromWorkflow("Send", """
                {"entries": [{"detail": {}, "detailType": "T", "source": "s"}], "entry": {}}
                """));
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, e.code());
    }

    @Test
    void rejectsEntriesGivenAsPath() {
        assertInvalid("Send", "entries.$", () -> fromWorkflow("Send", "{\"entries.$\": \"$.entries\"}"));
    }

    @Test
    void rejectsEntriesThatAreNotObjects() {
        assertInvalid("Send", "entries[0]", () -> fromWorkflow("Send", "{\"entries\": [\"x\"]}"));
        assertInvalid("Send", "entries", () -> fromWorkflow("Send", "{\"entries\": {}}"));
    }
}
