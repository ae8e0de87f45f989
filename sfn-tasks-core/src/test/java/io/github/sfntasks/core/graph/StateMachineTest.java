package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.Errors;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.provider.lambda.LambdaInvoke;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateMachineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RenderContext CTX = RenderContext.of("aws", "us-east-1", "123456789012");

    private static LambdaInvoke invoke(String name, String fn) {
        return LambdaInvoke.builder(name).lambdaFunction(fn).retryOnServiceExceptions(false).build();
    }

    @Test
    void chainRendersNextAndEndAsTheCdkExampleShows() throws Exception {
        // The CDK README's job-poller shape: submit, wait, poll, choice (fail / succeed / loop back).
        TaskState submit = TaskState.of(invoke("Submit Job", "submit"));
        WaitState wait = WaitState.of("Wait X Seconds", 30);
        TaskState status = TaskState.of(invoke("Get Job Status", "status"));
        FailState failed = FailState.builder("Job Failed").error("JobFailed").cause("AWS Batch Job Failed").build();
        SucceedState done = SucceedState.of("Done");
        Chain definition = Chain.start(submit).next(wait).next(status).next(ChoiceState.of("Job Complete?")
                .when(Condition.stringEquals("$.status", "FAILED"), failed)
                .when(Condition.stringEquals("$.status", "SUCCEEDED"), done)
                .otherwise(wait));
        JsonNode def = StateMachine.builder(definition).timeoutSeconds(300).build().definition(CTX);
        assertEquals("Submit Job", def.get("StartAt").textValue());
        JsonNode states = def.get("States");
        assertEquals("Wait X Seconds", states.get("Submit Job").get("Next").textValue());
        assertEquals(JSON.readTree("{\"Type\": \"Wait\", \"Seconds\": 30, \"Next\": \"Get Job Status\"}"), states.get("Wait X Seconds"));
        assertEquals(JSON.readTree("{\"Type\": \"Choice\", \"Choices\": ["
                + "{\"Variable\": \"$.status\", \"StringEquals\": \"FAILED\", \"Next\": \"Job Failed\"},"
                + "{\"Variable\": \"$.status\", \"StringEquals\": \"SUCCEEDED\", \"Next\": \"Done\"}],"
                + " \"Default\": \"Wait X Seconds\"}"), states.get("Job Complete?"));
        assertEquals(JSON.readTree("{\"Type\": \"Fail\", \"Error\": \"JobFailed\", \"Cause\": \"AWS Batch Job Failed\"}"),
                states.get("Job Failed"));
        assertEquals(JSON.readTree("{\"Type\": \"Succeed\"}"), states.get("Done"));
        assertEquals(300, def.get("TimeoutSeconds").intValue());
        assertEquals(List.of("Submit Job", "Wait X Seconds", "Get Job Status", "Job Complete?", "Job Failed", "Done"),
                names(states));
    }

    @Test
    void catchTargetsJoinTheGraphAndRetriesAppend() {
        FailState failed = FailState.builder("Failed").build();
        TaskState t = TaskState.of(invoke("Invoke", "f"))
                .addRetry(Retrier.builder().errors(Errors.TIMEOUT).maxAttempts(1).build())
                .addCatch(failed, Errors.ALL);
        JsonNode def = StateMachine.builder(t).build().definition(CTX);
        JsonNode invokeState = def.get("States").get("Invoke");
        assertEquals("Failed", invokeState.get("Catch").get(0).get("Next").textValue());
        assertEquals("States.Timeout", invokeState.get("Retry").get(0).get("ErrorEquals").get(0).textValue());
        assertTrue(def.get("States").has("Failed"));
        assertTrue(invokeState.get("End").booleanValue());
    }

    @Test
    void parallelAndMapRenderNestedScopes() throws Exception {
        ParallelState p = ParallelState.builder("Both").branch(invoke("A", "a")).branch(invoke("B", "b"))
                .resultPath("$.both").build();
        MapState m = MapState.builder("Each").itemsPath("$.items").maxConcurrency(2).itemProcessor(invoke("C", "c")).build();
        StateMachine machine = StateMachine.builder(Chain.start(p).next(m)).build();
        JsonNode def = machine.definition(CTX);
        JsonNode both = def.get("States").get("Both");
        assertEquals(2, both.get("Branches").size());
        assertEquals("A", both.get("Branches").get(0).get("StartAt").textValue());
        assertTrue(both.get("Branches").get(0).get("States").get("A").get("End").booleanValue());
        JsonNode each = def.get("States").get("Each");
        assertEquals("$.items", each.get("ItemsPath").textValue());
        assertEquals(2, each.get("MaxConcurrency").intValue());
        assertEquals("C", each.get("ItemProcessor").get("StartAt").textValue());
        // the machine's policy covers tasks in nested scopes
        List<String> resources = new ArrayList<>();
        machine.policyStatements(CTX)
                .forEach(s -> resources.addAll(s.resources()));
        assertTrue(resources.contains("arn:aws:lambda:us-east-1:123456789012:function:c"), resources.toString());
    }

    @Test
    void duplicateNamesAcrossScopesAreRefused() {
        ParallelState p = ParallelState.builder("P").branch(invoke("Same", "a")).build();
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> StateMachine.builder(Chain.start(invoke("Same", "b")).next(p)).build());
        assertEquals(ErrorCode.DUPLICATE_STATE_NAME, e.code());
        assertEquals("Same", e.stateName());
    }

    @Test
    void stateNameOver80CharactersIsRefused() {
        String longName = "x".repeat(81);
        assertThrows(TaskValidationException.class, () -> PassState.of(longName));
        PassState.of("x".repeat(80));
    }

    @Test
    void choiceWithoutRulesIsRefused() {
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> StateMachine.builder(ChoiceState.of("Empty")).build());
        assertEquals("Empty", e.stateName());
    }

    @Test
    void taskOfTheOtherLanguageWritesItsQueryLanguage() {
        JsonNode def = StateMachine.builder(invoke("Legacy", "f")).queryLanguage(QueryLanguage.JSONATA).build().definition(CTX);
        assertEquals("JSONata", def.get("QueryLanguage").textValue());
        assertEquals("JSONPath", def.get("States").get("Legacy").get("QueryLanguage").textValue());
    }

    @Test
    void jsonataFieldsInAJsonPathMachineAreRefused() {
        PassState p = PassState.builder("P").queryLanguage(QueryLanguage.JSONATA)
                .output(JsonataExpression.of("$states.input")).build();
        JsonNode def = StateMachine.builder(p).build().definition(CTX);
        assertEquals("JSONata", def.get("States").get("P").get("QueryLanguage").textValue());
        PassState q = PassState.builder("Q").output(Map.of("a", 1)).build();
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> StateMachine.builder(q).build());
        assertEquals("Output", e.property());
        assertEquals(ErrorCode.QUERY_LANGUAGE_MISMATCH, e.code());
    }

    @Test
    void definitionJustOverOneMebibyteIsTooLarge() {
        // Six 200 kB literals: about 1.2 MB, above the 1,048,576-byte hard quota.
        String big = "y".repeat(200_000);
        Chain c = Chain.start(PassState.builder("P0").result(big).build());
        for (int i = 1; i < 6; i++) {
            c = c.next(PassState.builder("P" + i).result(big).build());
        }
        StateMachine m = StateMachine.builder(c).build();
        SfnTasksException e = assertThrows(SfnTasksException.class, () -> m.definition(CTX));
        assertEquals(ErrorCode.DEFINITION_TOO_LARGE, e.code());
    }

    @Test
    void renderingIsDeterministic() {
        StateMachine m = StateMachine.builder(Chain.start(invoke("A", "a")).next(invoke("B", "b"))).build();
        assertEquals(m.render(CTX).definitionJson(), m.render(CTX).definitionJson());
        assertEquals(m.render(CTX).policyJson(), m.render(CTX).policyJson());
    }

    private static List<String> names(JsonNode states) {
        List<String> out = new ArrayList<>();
        states.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /*
     * IAM refuses a policy without statements (IAM JSON policy element reference, "Statement"): a
     * machine that calls no AWS service says its policy is empty, so a caller can write none.
     */
    @Test
    void aMachineWithoutTasksHasAnEmptyPolicy() {
        StateMachine m = StateMachine.builder(Chain.start(PassState.of("P")).next(WaitState.of("W", 1))
                .next(SucceedState.of("Done"))).build();
        assertTrue(m.policy(CTX).isEmpty());
        assertTrue(m.render(CTX).isPolicyEmpty());
        StateMachine withTask = StateMachine.builder(invoke("A", "a")).build();
        assertFalse(withTask.policy(CTX).isEmpty());
        assertFalse(withTask.render(CTX).isPolicyEmpty());
    }
}
