package io.github.sfntasks.core.workflow;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.StateMachine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, classes 4 (definitions AWS refuses), 5 (every problem at once) and 8 (numbers), on the files of
 * {@code src/test/resources/workflows/hostile} (its README names the AWS pages behind each expectation).
 */
class HostileWorkflowsTest {

    private final WorkflowReader reader = new WorkflowReader(TaskRegistry.load());

    private static String text(String name) throws IOException {
        try (InputStream in = HostileWorkflowsTest.class.getResourceAsStream("/workflows/hostile/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<Problem> problems(String name) throws IOException {
        String text = text(name);
        WorkflowException e = assertThrows(WorkflowException.class, () -> reader.read(name, text));
        for (Problem p : e.problems()) {
            assertTrue(p.line() > 0, "every problem is located: " + p);
        }
        return e.problems();
    }

    private static Problem at(List<Problem> problems, String state, String property) {
        return problems.stream().filter(p -> state.equals(p.stateName()) && property.equals(p.property())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + state + " " + property + " in " + problems));
    }

    // ---- class 4: what ValidateStateMachineDefinition refuses -----------------------------------------------

    @Test
    void aLoopWithoutATerminalStateIsMissingEndState() throws IOException {
        // AWS: MISSING_END_STATE, "The workflow does not have a terminal state".
        for (String file : List.of("no-terminal-loop.json", "no-terminal-self.json")) {
            List<Problem> problems = problems(file);
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(ErrorCode.NO_TERMINAL_STATE, problems.get(0).code());
            assertTrue(problems.get(0).detail().contains("MISSING_END_STATE"), problems.get(0).detail());
        }
    }

    @Test
    void eachScopeNeedsATerminalStateOfItsOwn() throws IOException {
        // A Parallel branch is a state machine of its own (ASL spec, Parallel state): its own StartAt, its own end.
        List<Problem> problems = problems("no-terminal-branch.json");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ErrorCode.NO_TERMINAL_STATE, problems.get(0).code());
        assertEquals(8, problems.get(0).line(), "the second branch's States");
    }

    @Test
    void anUnknownTypeIsReportedAsSuchWithTheValidTypes() throws IOException {
        List<Problem> problems = problems("unknown-type.json");
        Problem frob = at(problems, "A", "Type");
        assertEquals(ErrorCode.INVALID_STATE, frob.code());
        assertTrue(frob.detail().startsWith("\"Frob\" is not a state type"), frob.detail());
        for (String type : List.of("Choice", "Fail", "Map", "Parallel", "Pass", "Succeed", "Task", "Wait")) {
            assertTrue(frob.detail().contains(type), frob.detail());
        }
        assertTrue(problems.stream().noneMatch(p -> "A".equals(p.stateName()) && "Next".equals(p.property())),
                "not reported as a missing Next/End: " + problems);
        assertTrue(at(problems, "B", "Type").detail().contains("did you mean \"Task\"?"));
    }

    @Test
    void malformedJsonataIsRefusedByARealParserWithItsLocation() throws IOException {
        List<Problem> problems = problems("jsonata-malformed.json");
        Map<String, Problem> byProperty = problems.stream().collect(Collectors.toMap(Problem::property, Function.identity()));
        assertEquals(List.of("Output.dangling", "Output.dollars", "Output.separator", "Output.nested",
                "Choices[0].Condition"), problems.stream().map(Problem::property).toList());
        problems.forEach(p -> assertEquals(ErrorCode.INVALID_JSONATA, p.code(), p.toString()));
        assertEquals(8, byProperty.get("Output.dangling").line());
        assertEquals(11, byProperty.get("Output.nested").line());
        assertTrue(byProperty.get("Output.dangling").detail().contains("Unexpected end of expression"));
        assertTrue(byProperty.get("Output.dollars").detail().contains("\"$$$\" is not a variable"));
        assertTrue(byProperty.get("Output.nested").detail().contains("cannot hold another {% %}"));
        assertEquals(18, byProperty.get("Choices[0].Condition").line());
        assertFalse(problems.stream().anyMatch(p -> p.property().equals("Output.fine")));
    }

    @Test
    void wellFormedJsonataOfAwsDocsFormsPasses() throws IOException {
        String text = text("jsonata-valid.json");
        StateMachine m = assertDoesNotThrow(() -> reader.read("jsonata-valid.json", text));
        assertEquals(3, m.states().size());
    }

    @Test
    void malformedPathsAreRefusedInEveryField() throws IOException {
        // Jayway JSONPath (which ASL paths follow) reads "(" in a dot step as a function call: "$.a)(" is no path.
        List<Problem> problems = problems("malformed-paths.json");
        assertEquals(List.of("InputPath", "Parameters.x.$", "ResultPath"), problems.stream().map(Problem::property).toList());
        problems.forEach(p -> assertEquals(ErrorCode.INVALID_PATH, p.code(), p.toString()));
    }

    @Test
    void aValidFunctionCallAtTheEndOfAPathStillPasses() {
        String def = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Parameters\": {\"n.$\": \"$.items.length()\"},"
                + " \"End\": true}}}";
        assertDoesNotThrow(() -> reader.read("fn.json", def));
    }

    // ---- class 5: every problem at once ------------------------------------------------------------------------

    @Test
    void everyProblemOfEveryStateIsReportedInOnePass() throws IOException {
        List<Problem> problems = problems("many-problems.json");
        // the Task state: a required property's typo, two bad fields, a bad path, three bad retrier fields, Next+End
        Problem typo = at(problems, "Invoke", "lambdaFuntion");
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, typo.code());
        assertTrue(typo.detail().contains("did you mean \"lambdaFunction\"?"), typo.detail());
        assertTrue(at(problems, "Invoke", "TimeoutSeconds").detail().contains("from 1 to 99999999"));
        assertEquals(ErrorCode.OUT_OF_RANGE, at(problems, "Invoke", "HeartbeatSeconds").code());
        assertEquals(ErrorCode.INVALID_PATH, at(problems, "Invoke", "ResultPath").code());
        assertTrue(at(problems, "Invoke", "Retry[0].IntervalSeconds").detail().contains("from 1 to 99999999"));
        assertTrue(at(problems, "Invoke", "Retry[0].MaxAttempts").detail().contains("from 0 to 99999999"));
        assertTrue(at(problems, "Invoke", "Retry[0].BackoffRate").detail().contains("at least 1.0"));
        assertTrue(at(problems, "Invoke", "End").detail().contains("either Next or End"));
        // the other states: transition typos get the nearest state name
        assertTrue(at(problems, "Wait", "Next").detail().contains("did you mean \"Check\"?"));
        assertTrue(at(problems, "Check", "Choices[0].Next").detail().contains("did you mean \"Done\"?"));
        assertEquals(problems.stream().sorted((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column())).toList(), problems, "in document order");
    }

    @Test
    void threeBadPropertiesOfATaskReportThree() throws IOException {
        // lambda:invoke reads its properties one after the other (a hand-written provider, not a shape): each bad one
        // is reported, located at its own line. Lambda's Invoke API: InvocationType is Event, RequestResponse or
        // DryRun; Qualifier matches (|[a-zA-Z0-9$_-]+); payloadResponseOnly is the CDK's boolean.
        List<Problem> problems = problems("three-bad-properties.json");
        assertEquals(List.of("invocationType", "qualifier", "payloadResponseOnly"),
                problems.stream().map(Problem::property).toList(), problems.toString());
        assertEquals(List.of(9, 10, 11), problems.stream().map(Problem::line).toList());
        problems.forEach(p -> assertEquals("Invoke", p.stateName()));
    }

    @Test
    void aStartAtTypoSuggestsTheNearestState() throws IOException {
        Problem p = problems("start-typo.json").get(0);
        assertEquals(ErrorCode.MISSING_TARGET, p.code());
        assertTrue(p.detail().contains("did you mean \"First\"?"), p.detail());
    }

    // ---- class 8: numbers -------------------------------------------------------------------------------------

    @Test
    void everyNumericFieldSaysItsRangeWhateverTheNumber() throws IOException {
        List<Problem> problems = problems("huge-numbers.json");
        Map<String, String> expected = Map.ofEntries(
                Map.entry("TimeoutSeconds", "from 1 to 99999999"),
                Map.entry("Call/TimeoutSeconds", "from 1 to 99999999, was 18446744073709551616"),
                Map.entry("Call/HeartbeatSeconds", "from 1 to 99999999, was 100000000"),
                Map.entry("Call/Retry[0].IntervalSeconds", "from 1 to 99999999"),
                Map.entry("Call/Retry[0].MaxAttempts", "from 0 to 99999999, was 18446744073709551616"),
                Map.entry("Call/Retry[0].MaxDelaySeconds", "from 1 to 31622400, was 31622401"),
                Map.entry("Call/Retry[0].BackoffRate", "at least 1.0, was -1"),
                Map.entry("Wait/Seconds", "from 0 to 99999999, was 100000000"),
                Map.entry("Each/MaxConcurrency", "from 0 to 99999999, was 18446744073709551616"),
                Map.entry("Each/ToleratedFailurePercentage", "from 0 to 100, was 100.5"),
                Map.entry("Each/ToleratedFailureCount", "from 0 to 99999999, was -1"),
                Map.entry("Each/ItemBatcher.MaxItemsPerBatch", "was 0"),
                Map.entry("Each/ItemBatcher.MaxInputBytesPerBatch", "from 1 to 262144, was 262145"));
        assertEquals(expected.size(), problems.size(), problems.toString());
        for (Problem p : problems) {
            String key = (p.stateName() == null ? "" : p.stateName() + "/") + p.property();
            assertTrue(expected.containsKey(key), "unexpected " + p);
            assertTrue(p.detail().contains(expected.get(key)), p.toString());
            assertEquals(ErrorCode.OUT_OF_RANGE, p.code(), p.toString());
        }
    }

    @Test
    void aRenderedMachineOfAFixedFileStillRenders() throws IOException {
        // The same machine with the loop closed renders: the checks refuse only what AWS refuses.
        String fixed = text("no-terminal-loop.json").replace("\"Next\": \"A\"", "\"End\": true");
        StateMachine m = reader.read("fixed.json", fixed);
        assertEquals("A", m.definition(RenderContext.of("aws", "us-east-1", "123456789012")).get("StartAt").textValue());
    }
}
