package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.provider.lambda.LambdaInvoke;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17 (classes 4, 5, 8) and issue 16 (errors) for machines built in Java. */
class HostileGraphTest {

    private static final RenderContext CTX = RenderContext.of("aws", "us-east-1", "123456789012");

    @Test
    void aGraphWhoseEveryStateGoesOnIsRefusedAsAwsRefusesIt() {
        // ValidateStateMachineDefinition: MISSING_END_STATE, "The workflow does not have a terminal state".
        WaitState a = WaitState.of("A", 1);
        WaitState b = WaitState.of("B", 1);
        a.next(b);
        b.next(a);
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> StateMachine.builder(a).build());
        assertEquals(ErrorCode.NO_TERMINAL_STATE, e.code());
        assertEquals("A", e.stateName());
    }

    @Test
    void aBadResultPathFromJavaNamesTheStateAndTheField() {
        TaskValidationException pass = assertThrows(TaskValidationException.class,
                () -> PassState.builder("Init").resultPath("$.a)("));
        assertEquals("Init", pass.stateName());
        assertEquals("ResultPath", pass.property());
        TaskValidationException task = assertThrows(TaskValidationException.class,
                () -> LambdaInvoke.builder("Invoke").lambdaFunction("f").resultPath("$.items[*]"));
        assertEquals("Invoke", task.stateName());
        assertEquals("ResultPath", task.property());
        TaskValidationException input = assertThrows(TaskValidationException.class,
                () -> PassState.builder("Init").inputPath("no-dollar"));
        assertEquals("Init", input.stateName());
        assertEquals("InputPath", input.property());
    }

    @Test
    void aRetrierWithThreeBadFieldsReportsThree() {
        // Ranges: "Handling errors in Step Functions workflows", retrier fields.
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> new Retrier(List.of("States.ALL"), 0, -1, 0.5, null, null));
        assertEquals(List.of("Retry.IntervalSeconds", "Retry.MaxAttempts", "Retry.BackoffRate"),
                e.problems().stream().map(TaskValidationException::property).toList());
        e.problems().forEach(p -> assertEquals(ErrorCode.OUT_OF_RANGE, p.code()));
    }

    @Test
    void unparseableJsonataOfAJavaBuiltMachineIsRefusedAtRender() {
        PassState shape = PassState.builder("Shape").queryLanguage(QueryLanguage.JSONATA)
                .output(Map.of("total", "{% $states.input.price * %}")).build();
        StateMachine m = StateMachine.builder(shape).build();
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> m.definition(CTX));
        assertEquals(ErrorCode.INVALID_JSONATA, e.code());
        assertEquals("Shape", e.stateName());
        assertEquals("Output.total", e.property());
        assertTrue(e.detail().contains("Unexpected end of expression"), e.detail());
    }
}
