package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.state.Errors;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.provider.lambda.LambdaInvoke;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The factory convention (package Javadoc): {@code X.of(...)} is {@code X.builder(name)} with only what
 * the type cannot do without, and a task goes wherever a state goes. Expected fields are those of the
 * Amazon States Language specification (states-language.net): Wait's {@code Seconds},
 * {@code Timestamp}, {@code SecondsPath}, {@code TimestampPath} (exactly one); Fail's {@code Error} and
 * {@code Cause}; Succeed's {@code InputPath}/{@code OutputPath}; a Catcher's {@code Next} names the
 * state to go to.
 */
class StateFactoriesTest {

    private static final RenderContext CTX = RenderContext.of("aws", "us-east-1", "123456789012");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Task invoke(String name) {
        return LambdaInvoke.builder(name).lambdaFunction("f").retryOnServiceExceptions(false).build();
    }

    private static JsonNode states(Chainable start) {
        return StateMachine.builder(start).build().definition(CTX).get("States");
    }

    @Test
    void eachShortFormIsItsBuilderWithTheRequiredPartOnly() {
        assertEquals(states(PassState.builder("P").build()), states(PassState.of("P")));
        assertEquals(states(SucceedState.builder("S").build()), states(SucceedState.of("S")));
        assertEquals(states(FailState.builder("F").build()), states(FailState.of("F")));
        assertEquals(states(FailState.builder("F").error("E").cause("C").build()), states(FailState.of("F", "E", "C")));
        assertEquals(states(WaitState.builder("W").seconds(30).build().next(SucceedState.of("S"))),
                states(WaitState.of("W", 30).next(SucceedState.of("S"))));
        assertEquals(states(MapState.builder("M").itemProcessor(invoke("A")).build()), states(MapState.of("M", invoke("A"))));
        assertEquals(states(ParallelState.builder("P").branch(invoke("A")).branch(invoke("B")).build()),
                states(ParallelState.of("P", invoke("A"), invoke("B"))));
        assertEquals(states(ParallelState.builder("P").branch(PassState.of("A")).build()),
                states(ParallelState.of("P", PassState.of("A"))));
    }

    @Test
    void shortFormsRenderTheFieldsTheSpecificationNames() {
        JsonNode fail = states(FailState.of("F", "JobFailed", "the job failed")).get("F");
        assertEquals("{\"Type\":\"Fail\",\"Error\":\"JobFailed\",\"Cause\":\"the job failed\"}", fail.toString());
        JsonNode wait = states(WaitState.of("W", 30)).get("W");
        assertEquals("{\"Type\":\"Wait\",\"Seconds\":30,\"End\":true}", wait.toString());
        JsonNode succeed = states(SucceedState.builder("S").comment("c").outputPath("$.order").build()).get("S");
        assertEquals("{\"Type\":\"Succeed\",\"Comment\":\"c\",\"OutputPath\":\"$.order\"}", succeed.toString());
    }

    @Test
    void aWaitBuilderTakesExactlyOneTimeAndTheLastOneSetWins() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> WaitState.builder("W").build());
        assertEquals(ErrorCode.INVALID_STATE, e.code());
        assertEquals("W", e.stateName());
        JsonNode w = states(WaitState.builder("W").seconds(5).timestampPath("$.due").build()).get("W");
        assertEquals("$.due", w.get("TimestampPath").textValue());
        assertFalse(w.has("Seconds"), "one time only: " + w);
        JsonNode t = states(WaitState.builder("W").timestamp(Instant.parse("2026-01-01T00:00:00Z")).build()).get("W");
        assertEquals("2026-01-01T00:00:00Z", t.get("Timestamp").textValue());
        JsonNode j = states(WaitState.builder("W").seconds(JsonataExpression.of("$states.input.delay")).build()).get("W");
        assertEquals("JSONata", j.get("QueryLanguage").textValue());
        assertEquals("{% $states.input.delay %}", j.get("Seconds").textValue());
    }

    @Test
    void aChoiceBuilderSetsTheStateFieldsAndRulesGoOnTheState() {
        ChoiceState c = ChoiceState.builder("Big?").queryLanguage(QueryLanguage.JSONATA).comment("by total").build()
                .when(Condition.jsonata("$states.input.total > 100"), SucceedState.of("Big"))
                .otherwise(invoke("Small"));
        JsonNode s = states(c).get("Big?");
        assertEquals("JSONata", s.get("QueryLanguage").textValue());
        assertEquals("by total", s.get("Comment").textValue());
        assertEquals("Big", s.get("Choices").get(0).get("Next").textValue());
        assertEquals("Small", s.get("Default").textValue());
    }

    @Test
    void aTaskGoesWhereAStateGoesAsItsTaskState() {
        Task a = invoke("A");
        Task b = invoke("B");
        JsonNode viaTasks = states(Chain.start(a).next(b));
        JsonNode viaStates = states(Chain.start(TaskState.of(invoke("A"))).next(TaskState.of(invoke("B"))));
        assertEquals(viaStates, viaTasks);
        assertEquals("B", viaTasks.get("A").get("Next").textValue());

        TaskState t = TaskState.of(invoke("T")).addCatch(invoke("Recover"), Errors.TIMEOUT);
        JsonNode caught = states(t);
        assertEquals("Recover", caught.get("T").get("Catch").get(0).get("Next").textValue());
        assertEquals(Errors.TIMEOUT, caught.get("T").get("Catch").get(0).get("ErrorEquals").get(0).textValue());
        assertEquals("Task", caught.get("Recover").get("Type").textValue());

        ParallelState p = ParallelState.of("P", PassState.of("X")).addCatch(invoke("Handle"));
        JsonNode pc = states(p).get("P").get("Catch").get(0);
        assertEquals(Errors.ALL, pc.get("ErrorEquals").get(0).textValue(), "no errors given: States.ALL");
        assertEquals("Handle", pc.get("Next").textValue());
    }

    @Test
    void nullWhereAStateGoesIsAClearError() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> Chain.start((Chainable) null));
        assertEquals(ErrorCode.INVALID_STATE, e.code());
        TaskValidationException t = assertThrows(TaskValidationException.class, () -> Chain.start((Task) null));
        assertEquals(ErrorCode.INVALID_STATE, t.code());
        assertThrows(TaskValidationException.class, () -> ChoiceState.of("C").otherwise((Chainable) null));
    }
}
