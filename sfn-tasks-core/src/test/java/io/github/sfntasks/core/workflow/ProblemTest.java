package io.github.sfntasks.core.workflow;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.api.TaskValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemTest {

    @Test
    void aWorkflowExceptionKeepsItsLocatedProblems() {
        Problem located = new Problem("order.yaml", 5, 5, "Save", "Provider", ErrorCode.UNKNOWN_PROVIDER, "no provider");
        Problem other = new Problem("order.yaml", 9, 7, "Send", "delay", ErrorCode.OUT_OF_RANGE, "too long");
        assertEquals(List.of(located, other), Problem.of("ignored", new WorkflowException(List.of(located, other))));
    }

    @Test
    void aTaskValidationExceptionNamesItsStateAndPropertyInTheFile() {
        Problem p = Problem.of("order.yaml", new TaskValidationException(ErrorCode.OUT_OF_RANGE, "Send", "delay",
                "must be between 0 and 900, was 901")).get(0);
        assertEquals("order.yaml: state \"Send\": delay: must be between 0 and 900, was 901 (SFN-E010)", p.toString());
    }

    @Test
    void anyOtherExceptionKeepsItsCodeAndReason() {
        Problem p = Problem.of("order.yaml", new SfnTasksException(ErrorCode.DEFINITION_TOO_LARGE, "too large")).get(0);
        assertEquals("order.yaml: too large (SFN-E024)", p.toString());
    }
}
