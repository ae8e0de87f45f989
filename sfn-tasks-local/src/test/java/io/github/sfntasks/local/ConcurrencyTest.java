package io.github.sfntasks.local;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static io.github.sfntasks.local.Asl.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parallel branches and Map iterations run side by side in virtual time: each on its own clock, the state
 * lasting as long as the longest; events merged in time order (ties: the lower branch or iteration, then the
 * order within it); a failure stops the rest at the time it happened.
 */
class ConcurrencyTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private static List<String> events(Execution ex) {
        return ex.history().stream()
                .map(e -> e.type() + (e.stateName() == null ? "" : " " + e.stateName())
                        + " +" + Duration.between(T0, e.timestamp()).toSeconds())
                .collect(Collectors.toList());
    }

    private static void assertMonotonic(Execution ex) {
        for (int i = 1; i < ex.history().size(); i++) {
            assertTrue(!ex.history().get(i).timestamp().isBefore(ex.history().get(i - 1).timestamp()),
                    "event " + (i + 1) + " is earlier than the one before: " + events(ex));
            assertEquals(i + 1, ex.history().get(i).id());
        }
    }

    @Test
    void parallelBranchEventsInterleaveInVirtualTimeOrder() {
        Execution ex = LocalRunner.of("""
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 10, "Next": "A2"},
                                          "A2": {"Type": "Pass", "Result": "a", "End": true}}},
              {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": "b", "Next": "B2"},
                                          "B2": {"Type": "Wait", "Seconds": 5, "End": true}}}]}}}
            """).start("{}");
        ex.assertOutput("[\"a\", \"b\"]");
        assertEquals(List.of(
                "ExecutionStarted +0", "ParallelStateEntered P +0", "ParallelStateStarted +0",
                "WaitStateEntered A +0",
                "PassStateEntered B +0", "PassStateExited B +0", "WaitStateEntered B2 +0",
                "WaitStateExited B2 +5",
                "WaitStateExited A +10", "PassStateEntered A2 +10", "PassStateExited A2 +10",
                "ParallelStateSucceeded +10", "ParallelStateExited P +10", "ExecutionSucceeded +10"), events(ex));
        assertMonotonic(ex);
    }

    @Test
    @DisplayName("A failed branch fails the Parallel and stops the others (https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html)")
    void aFailingBranchStopsTheOthersAtTheTimeItFailed() {
        // "If any branch fails, because of an unhandled error or by transitioning to a Fail state, the entire
        // Parallel state is considered to have failed and all its branches are stopped."
        Execution ex = LocalRunner.of("""
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "Slow", "States": {"Slow": {"Type": "Wait", "Seconds": 30, "Next": "Late"},
                                             "Late": {"Type": "Pass", "End": true}}},
              {"StartAt": "Soon", "States": {"Soon": {"Type": "Wait", "Seconds": 10, "Next": "Boom"},
                                             "Boom": {"Type": "Fail", "Error": "Custom.Boom", "Cause": "b"}}}]}}}
            """).start("{}");
        ex.assertFailedWith("Custom.Boom");
        assertEquals(Duration.ofSeconds(10), ex.duration());
        assertTrue(ex.visitsOf("Late").isEmpty(), "the stopped branch never reaches Late");
        assertTrue(ex.visitsOf("Slow").isEmpty(), "the stopped branch never leaves Slow");
        assertEquals(List.of(
                "ExecutionStarted +0", "ParallelStateEntered P +0", "ParallelStateStarted +0",
                "WaitStateEntered Slow +0", "WaitStateEntered Soon +0", "WaitStateExited Soon +10",
                "FailStateEntered Boom +10", "ParallelStateFailed +10", "ExecutionFailed +10"), events(ex));
        assertMonotonic(ex);
    }

    @Test
    void aCatchOnTheParallelSeesTheFirstBranchToFailInVirtualTime() {
        Execution ex = LocalRunner.of("""
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Next": "Ok",
              "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "Branches": [
              {"StartAt": "F1", "States": {"F1": {"Type": "Wait", "Seconds": 20, "Next": "E1"},
                                           "E1": {"Type": "Fail", "Error": "Later"}}},
              {"StartAt": "F2", "States": {"F2": {"Type": "Wait", "Seconds": 5, "Next": "E2"},
                                           "E2": {"Type": "Fail", "Error": "Sooner"}}}]},
              "Ok": {"Type": "Succeed"}, "Caught": {"Type": "Pass", "End": true}}}
            """).start("{}");
        ex.assertSucceeded().assertPath("P", "Caught");
        assertEquals("Sooner", ex.output().get("Error").asText());
        assertEquals(Duration.ofSeconds(5), ex.duration());
    }

    @Test
    @DisplayName("MaxConcurrency bounds the iterations running at once (https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html)")
    void maxConcurrencySchedulesIterationsInSlots() {
        Execution ex = LocalRunner.of("""
            {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 2, "End": true,
              "ItemProcessor": {"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$", "End": true}}}}}}
            """).start("[10, 10, 10, 10, 10]");
        ex.assertOutput("[10, 10, 10, 10, 10]");
        assertEquals(Duration.ofSeconds(30), ex.duration(), "five 10 s iterations, two at a time: 10 + 10 + 10");
        List<String> starts = events(ex).stream().filter(e -> e.startsWith("MapIterationStarted"))
                .collect(Collectors.toList());
        assertEquals(List.of("MapIterationStarted M +0", "MapIterationStarted M +0", "MapIterationStarted M +10",
                "MapIterationStarted M +10", "MapIterationStarted M +20"), starts);
        assertMonotonic(ex);
        // Unbounded: all at once.
        Execution all = LocalRunner.of("""
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
              "ItemProcessor": {"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$", "End": true}}}}}}
            """).start("[30, 10, 20]");
        all.assertOutput("[30, 10, 20]");
        assertEquals(Duration.ofSeconds(30), all.duration());
        assertMonotonic(all);
    }

    @Test
    void aFailingIterationAbortsTheIterationsStillRunning() {
        Execution ex = LocalRunner.of("""
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
              "ItemProcessor": {"StartAt": "W", "States": {
                "W": {"Type": "Wait", "SecondsPath": "$.wait", "Next": "C"},
                "C": {"Type": "Choice", "Choices": [{"Variable": "$.fail", "BooleanEquals": true, "Next": "F"}],
                      "Default": "Ok"},
                "F": {"Type": "Fail", "Error": "Item.Failed"}, "Ok": {"Type": "Succeed"}}}}}}
            """).start("[{\"wait\": 20, \"fail\": false}, {\"wait\": 5, \"fail\": true}, {\"wait\": 1, \"fail\": false}]");
        ex.assertFailedWith("Item.Failed");
        assertEquals(Duration.ofSeconds(5), ex.duration());
        List<String> ev = events(ex);
        assertTrue(ev.contains("MapIterationAborted M +5"), ev.toString());
        assertEquals(1, ev.stream().filter(e -> e.startsWith("MapIterationAborted")).count(),
                "iteration 0 was still running at 5 s; iteration 2 had succeeded at 1 s: " + ev);
        assertTrue(ev.contains("MapIterationSucceeded M +1"), ev.toString());
        assertEquals("MapStateFailed +5", ev.get(ev.size() - 2));
        assertMonotonic(ex);
    }

    @Test
    void toleratedFailuresCountInTheOrderTheyHappen() {
        String def = """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ToleratedFailureCount": 1, "End": true,
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                "StartAt": "W", "States": {
                "W": {"Type": "Wait", "SecondsPath": "$.wait", "Next": "C"},
                "C": {"Type": "Choice", "Choices": [{"Variable": "$.fail", "BooleanEquals": true, "Next": "F"}],
                      "Default": "Ok"},
                "F": {"Type": "Fail", "Error": "Item.Failed"}, "Ok": {"Type": "Succeed"}}}}}}
            """;
        // Item 0 fails at 30 s, item 2 at 10 s: the second failure in time (item 0's, at 30 s) crosses the count.
        Execution ex = LocalRunner.of(def).start(
                "[{\"wait\": 30, \"fail\": true}, {\"wait\": 40, \"fail\": false}, {\"wait\": 10, \"fail\": true}]");
        ex.assertFailedWith("States.ExceedToleratedFailureThreshold");
        assertEquals(Duration.ofSeconds(30), ex.duration());
        List<String> types = ex.history().stream().map(HistoryEvent::type).collect(Collectors.toList());
        assertTrue(types.contains("MapRunStarted") && types.contains("MapRunFailed"), types.toString());
        assertTrue(!types.contains("WaitStateEntered"), "a child workflow's events are in its own history: " + types);
        Execution tolerated = LocalRunner.of(def).start(
                "[{\"wait\": 30, \"fail\": false}, {\"wait\": 40, \"fail\": false}, {\"wait\": 10, \"fail\": true}]");
        tolerated.assertSucceeded();
        assertEquals(Duration.ofSeconds(40), tolerated.duration());
    }

    @Test
    void anIterationsOutputKeepsItsIndexWhateverItsTiming() {
        Execution ex = LocalRunner.of("""
            {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 2, "End": true,
              "ItemProcessor": {"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$.w",
                "OutputPath": "$.id", "End": true}}}}}}
            """).start("[{\"w\": 9, \"id\": \"a\"}, {\"w\": 1, \"id\": \"b\"}, {\"w\": 1, \"id\": \"c\"}, {\"w\": 1, \"id\": \"d\"}]");
        ex.assertOutput("[\"a\", \"b\", \"c\", \"d\"]");
        assertEquals(Duration.ofSeconds(9), ex.duration(), "b, c, d run one after another in the second slot");
        assertEquals(List.of(json("\"b\""), json("\"c\""), json("\"d\""), json("\"a\"")),
                ex.visitsOf("W").stream().map(StateVisit::output).collect(Collectors.toList()),
                "visits are in the order the states were left (virtual time)");
    }

    @Test
    void aBranchStoppedByAnEarlierFailureCallsNoMockAfterTheStop() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Mocks mocks = Mocks.builder().answers("Late", c -> {
            calls.incrementAndGet();
            return MockResponse.returning(json("{}"));
        }).answers("Early", c -> {
            calls.incrementAndGet();
            return MockResponse.returning(json("{}"));
        }).build();
        Execution ex = LocalRunner.of("""
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "Soon", "States": {"Soon": {"Type": "Wait", "Seconds": 10, "Next": "Boom"},
                                             "Boom": {"Type": "Fail", "Error": "Custom.Boom"}}},
              {"StartAt": "Early", "States": {"Early": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Next": "Slow"},
                "Slow": {"Type": "Wait", "Seconds": 30, "Next": "Late"},
                "Late": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}]}}}
            """).mocks(mocks).start("{}");
        ex.assertFailedWith("Custom.Boom");
        assertEquals(1, calls.get(), "Early ran at 0 s, before the stop at 10 s; Late would have run at 30 s");
        assertEquals(1, ex.visitsOf("Early").size());
        assertTrue(ex.visitsOf("Late").isEmpty());
    }

    @Test
    void iterationsDueAfterTheMapFailedNeverStart() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Execution ex = LocalRunner.of("""
            {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 1, "End": true,
              "ItemProcessor": {"StartAt": "C", "States": {
                "C": {"Type": "Choice", "Choices": [{"Variable": "$", "BooleanEquals": false, "Next": "F"}],
                      "Default": "T"},
                "F": {"Type": "Fail", "Error": "Item.Failed"},
                "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}}}}
            """).mocks(Mocks.builder().answers("T", c -> {
                calls.incrementAndGet();
                return MockResponse.returning(json("{}"));
            }).build()).start("[true, false, true, true]");
        ex.assertFailedWith("Item.Failed");
        assertEquals(1, calls.get(), "one at a time: item 0 ran, item 1 failed, items 2 and 3 never started");
        assertEquals(1, ex.history().stream().filter(e -> e.type().equals("MapIterationFailed")).count());
        assertEquals(2, ex.history().stream().filter(e -> e.type().equals("MapIterationStarted")).count());
    }
}
