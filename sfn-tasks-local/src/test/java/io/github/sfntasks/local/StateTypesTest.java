package io.github.sfntasks.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.github.sfntasks.local.Asl.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Choice, Wait, Fail, Parallel, Map, Retry and Catch, task tokens, the history. */
class StateTypesTest {

    private static final String CHOICE = """
        {"StartAt": "Choose", "States": {
          "Choose": {"Type": "Choice", "Choices": [
            {"Not": {"Variable": "$.type", "StringEquals": "Private"}, "Next": "Public"},
            {"Variable": "$.value", "NumericEquals": 0, "Next": "ValueIsZero"},
            {"And": [{"Variable": "$.value", "NumericGreaterThanEquals": 20},
                     {"Variable": "$.value", "NumericLessThan": 30}], "Next": "ValueInTwenties"}],
            "Default": "DefaultState"},
          "Public": {"Type": "Pass", "End": true},
          "ValueIsZero": {"Type": "Pass", "End": true},
          "ValueInTwenties": {"Type": "Pass", "End": true},
          "DefaultState": {"Type": "Fail", "Error": "DefaultStateError", "Cause": "No Matches!"}}}
        """;

    @Test
    @DisplayName("Choice rules of https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html")
    void choiceFollowsTheFirstMatchingRule() {
        LocalRunner r = LocalRunner.of(CHOICE);
        r.start("{\"type\": \"Public\", \"value\": 5}").assertPath("Choose", "Public");
        r.start("{\"type\": \"Private\", \"value\": 0}").assertPath("Choose", "ValueIsZero");
        r.start("{\"type\": \"Private\", \"value\": 25}").assertPath("Choose", "ValueInTwenties");
        Execution ex = r.start("{\"type\": \"Private\", \"value\": 35}");
        ex.assertPath("Choose", "DefaultState").assertFailedWith("DefaultStateError");
        assertEquals("No Matches!", ex.cause());
    }

    @Test
    void choiceOperatorsCompareByTypeAndPathVariantsReadTheInput() {
        String def = """
            {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [
              {"Variable": "$.s", "StringMatches": "log-*.txt", "Next": "Match"},
              {"Variable": "$.t", "TimestampLessThanPath": "$.limit", "Next": "Early"},
              {"Variable": "$.missing", "IsPresent": false, "Next": "Absent"}], "Default": "D"},
              "Match": {"Type": "Succeed"}, "Early": {"Type": "Succeed"}, "Absent": {"Type": "Succeed"},
              "D": {"Type": "Succeed"}}}
            """;
        LocalRunner r = LocalRunner.of(def);
        r.start("{\"s\": \"log-2024.txt\", \"t\": \"x\", \"limit\": \"y\"}").assertPath("C", "Match");
        r.start("{\"s\": 5, \"t\": \"2016-03-14T01:59:00Z\", \"limit\": \"2016-03-14T02:00:00Z\"}").assertPath("C", "Early");
        r.start("{\"s\": \"no\", \"t\": \"2017-03-14T01:59:00Z\", \"limit\": \"2016-03-14T02:00:00Z\"}").assertPath("C", "Absent");
    }

    @Test
    void stringMatchesHonoursEscapedStarsAndBackslashes() {
        assertTrue(io.github.sfntasks.local.internal.Condition.matches("a*b", "a\\*b"));
        assertTrue(!io.github.sfntasks.local.internal.Condition.matches("axb", "a\\*b"));
        assertTrue(io.github.sfntasks.local.internal.Condition.matches("a\\b", "a\\\\b"));
        assertTrue(io.github.sfntasks.local.internal.Condition.matches("anything", "*"));
    }

    @Test
    void aChoiceOnAMissingVariableFailsWithStatesRuntime() {
        LocalRunner.of("""
            {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [
              {"Variable": "$.nope", "NumericEquals": 1, "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}
            """).start("{}").assertFailedWith("States.Runtime");
    }

    @Test
    void waitAdvancesTheVirtualClockWithoutSleeping() {
        String def = """
            {"StartAt": "W1", "States": {
              "W1": {"Type": "Wait", "Seconds": 3600, "Next": "W2"},
              "W2": {"Type": "Wait", "SecondsPath": "$.s", "Next": "W3"},
              "W3": {"Type": "Wait", "TimestampPath": "$.until", "End": true}}}
            """;
        long t0 = System.nanoTime();
        Execution ex = LocalRunner.of(def).start("{\"s\": 60, \"until\": \"2025-01-02T00:00:00Z\"}");
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        ex.assertSucceeded();
        assertEquals(Duration.ofDays(1), ex.duration());
        assertEquals(Instant.parse("2025-01-01T01:00:00Z"), ex.visitsOf("W2").get(0).entered());
    }

    @Test
    void failReadsErrorAndCauseFromPaths() {
        LocalRunner.of("""
            {"StartAt": "F", "States": {"F": {"Type": "Fail", "ErrorPath": "$.e",
              "CausePath": "States.Format('bad {}', $.n)"}}}
            """).start("{\"e\": \"Custom.Error\", \"n\": 7}").assertFailedWith("Custom.Error");
    }

    @Test
    void parallelOutputsAnArrayOfBranchOutputs() {
        Execution ex = LocalRunner.of("""
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 10, "Next": "A2"},
                                          "A2": {"Type": "Pass", "Result": "a", "End": true}}},
              {"StartAt": "B", "States": {"B": {"Type": "Wait", "Seconds": 30, "End": true}}}]}}}
            """).start("{\"x\": 1}");
        ex.assertOutput("[\"a\", {\"x\": 1}]");
        assertEquals(Duration.ofSeconds(30), ex.duration(), "branches run side by side in virtual time");
    }

    @Test
    @DisplayName("Map with ItemsPath and ItemSelector (https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html)")
    void inlineMapRunsEachItem() {
        Execution ex = LocalRunner.of("""
            {"StartAt": "M", "States": {"M": {"Type": "Map", "InputPath": "$.detail", "ItemsPath": "$.shipped",
              "MaxConcurrency": 0, "ItemSelector": {"parcel.$": "$$.Map.Item.Value", "courier.$": "$.delivery-partner",
              "index.$": "$$.Map.Item.Index"},
              "ItemProcessor": {"StartAt": "Validate", "States": {"Validate": {"Type": "Pass",
                "Parameters": {"prod.$": "$.parcel.prod", "courier.$": "$.courier", "i.$": "$.index"}, "End": true}}},
              "ResultPath": "$.detail.shipped", "End": true}}}
            """).start("""
            {"ship-date": "2016-03-14T01:59:00Z", "detail": {"delivery-partner": "UQS", "shipped": [
              {"prod": "R31", "dest-code": 9511, "quantity": 1344}, {"prod": "S39", "dest-code": 9511, "quantity": 40}]}}
            """);
        ex.assertSucceeded();
        assertEquals(json("[{\"prod\": \"R31\", \"courier\": \"UQS\", \"i\": 0}, {\"prod\": \"S39\", \"courier\": \"UQS\", \"i\": 1}]"),
                ex.output().get("detail").get("shipped"));
        assertTrue(ex.history().stream().anyMatch(e -> e.type().equals("MapIterationStarted")));
    }

    @Test
    void mapToleratesFailuresUpToTheThreshold() {
        String def = """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ToleratedFailureCount": %d,
              "ItemProcessor": {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [
                 {"Variable": "$", "NumericGreaterThan": 2, "Next": "Bad"}], "Default": "Ok"},
                 "Bad": {"Type": "Fail", "Error": "TooBig"}, "Ok": {"Type": "Succeed"}}}, "End": true}}}
            """;
        LocalRunner.of(String.format(def, 2)).start("[1, 2, 3, 4]").assertSucceeded();
        LocalRunner.of(String.format(def, 1)).start("[1, 2, 3, 4]").assertFailedWith("States.ExceedToleratedFailureThreshold");
    }

    @Test
    void retryBacksOffInVirtualTimeThenCatchRoutesTheError() {
        String def = """
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
                "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 1, "MaxAttempts": 3,
                           "BackoffRate": 2, "MaxDelaySeconds": 3},
                          {"ErrorEquals": ["States.ALL"], "MaxAttempts": 0}],
                "Catch": [{"ErrorEquals": ["States.TaskFailed"], "ResultPath": "$.error", "Next": "Recover"}],
                "End": true},
              "Recover": {"Type": "Pass", "End": true}}}
            """;
        Execution ex = LocalRunner.of(def)
                .mocks(Mocks.builder().fails("T", "Lambda.TooManyRequestsException", "slow down").build())
                .start("{\"id\": 1}");
        ex.assertPath("T", "Recover").assertOutput(
                "{\"id\": 1, \"error\": {\"Error\": \"Lambda.TooManyRequestsException\", \"Cause\": \"slow down\"}}");
        assertEquals(Duration.ofSeconds(1 + 2 + 3), ex.duration(), "1 s, 2 s, then 4 s capped at MaxDelaySeconds 3");
        assertEquals(4, ex.history().stream().filter(e -> e.type().equals("TaskScheduled")).count());
    }

    @Test
    void fullJitterIsSeededAndNeverLongerThanTheBackoff() {
        String def = """
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 10, "MaxAttempts": 2, "JitterStrategy": "FULL"}],
              "End": true}}}
            """;
        Mocks m = Mocks.builder().fails("T", "E", null).build();
        Duration a = LocalRunner.of(def).mocks(m).seed(3).start("{}").duration();
        Duration b = LocalRunner.of(def).mocks(m).seed(3).start("{}").duration();
        assertEquals(a, b);
        assertTrue(a.compareTo(Duration.ofSeconds(30)) <= 0, a.toString());
    }

    @Test
    void statesRuntimeIsNeverCaughtByStatesAll() {
        LocalRunner.of("""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "OutputPath": "$.nothing", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "C"}], "End": true},
              "C": {"Type": "Succeed"}}}
            """).mocks(Mocks.builder().returns("T", "{}").build()).start("{}").assertFailedWith("States.Runtime");
    }

    @Test
    void timeoutSecondsAgainstAMockedDurationFailsWithStatesTimeout() {
        String def = """
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::ecs:runTask.sync",
              "TimeoutSeconds": 60, "HeartbeatSeconds": 10, "End": true}}}
            """;
        Mocks slow = Mocks.builder().answers("T", c -> MockResponse.returning(json("{}")).after(Duration.ofMinutes(5))).build();
        Execution ex = LocalRunner.of(def).mocks(slow).start("{}");
        ex.assertFailedWith("States.Timeout");
        assertEquals(Duration.ofSeconds(60), ex.duration());
        Mocks quick = Mocks.builder().answers("T", c -> MockResponse.returning(json("{\"done\": true}"))
                .after(Duration.ofSeconds(30))).build();
        LocalRunner.of(def).mocks(quick).start("{}").assertOutput("{\"done\": true}");
    }

    @Test
    void heartbeatTimeoutForATaskTokenThatNeverAnswersInTime() {
        String def = """
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {"MessageBody": {"token.$": "$$.Task.Token"}}, "HeartbeatSeconds": 10, "End": true}}}
            """;
        Mocks slow = Mocks.builder().answers("T", c -> MockResponse.returning(json("{}")).after(Duration.ofMinutes(1))).build();
        LocalRunner.of(def).mocks(slow).start("{}").assertFailedWith("States.HeartbeatTimeout");
    }

    @Test
    void waitForTaskTokenSendsTheTokenAndTakesSendTaskSuccessOutput() {
        String def = """
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}}, "End": true}}}
            """;
        Execution ex = LocalRunner.of(def).mocks(Mocks.builder().answers("T", call -> {
            String token = call.input().get("MessageBody").get("token").asText();
            assertEquals(call.taskToken(), token);
            return MockResponse.returning(json("{\"approved\": true}"));
        }).build()).start("{}");
        ex.assertOutput("{\"approved\": true}");
        assertTrue(ex.history().stream().anyMatch(e -> e.type().equals("TaskSubmitted")));
        LocalRunner.of(def).mocks(Mocks.builder().fails("T", "Rejected", "no").build()).start("{}").assertFailedWith("Rejected");
    }

    @Test
    void historyUsesAwsEventTypesInOrder() {
        Execution ex = LocalRunner.of("""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "P"},
              "P": {"Type": "Pass", "End": true}}}
            """).mocks(Mocks.builder().returns("T", "{\"Payload\": 1}").build()).start("{\"a\": 1}");
        List<String> types = ex.history().stream().map(HistoryEvent::type).toList();
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded",
                "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"), types);
        JsonNode entered = ex.historyJson().get(1).get("stateEnteredEventDetails");
        assertEquals("T", entered.get("name").asText());
        assertEquals("{\"a\":1}", entered.get("input").asText());
    }

    @Test
    void anInfiniteLoopEndsAtTheHistoryLimit() {
        Execution ex = LocalRunner.of("""
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"}}}
            """).start("{}");
        ex.assertFailedWith("States.Runtime");
        assertTrue(ex.cause().contains("25000"), ex.cause());
        assertEquals(25_001, ex.history().size());
    }

    @Test
    void aTaskWithoutAMockIsAnErrorNamingTheState() {
        LocalExecutionException e = assertThrows(LocalExecutionException.class, () -> LocalRunner.of("""
            {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
            """).start("{}"));
        assertTrue(e.getMessage().contains("\"Charge\"") && e.getMessage().contains("SFN-E041"), e.getMessage());
    }

    @Test
    void assertPathNamesTheFirstDivergingState() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> LocalRunner.of(CHOICE).start("{\"type\": \"Private\", \"value\": 0}").assertPath("Choose", "Public"));
        assertTrue(e.getMessage().contains("at step 2 expected \"Public\" but was \"ValueIsZero\""), e.getMessage());
        assertTrue(e.getMessage().contains("path taken: Choose -> ValueIsZero"), e.getMessage());
    }

    @Test
    void mockFileAndDefinitionFromAwsDocsTakeTheRetryPath() {
        Path dir = Path.of("src/test/resources/aws");
        LocalRunner r = LocalRunner.of(Asl.json(read(dir.resolve("LambdaSQSIntegration.asl.json"))));
        Execution happy = r.mocks(Mocks.fromConfigFile(dir.resolve("MockConfigFile.json"), "LambdaSQSIntegration", "HappyPath"))
                .start("{}");
        happy.assertPath("LambdaState", "SQSState").assertOutput(
                "{\"MD5OfMessageBody\": \"3bcb6e8e-7h85-4375-b0bc-1a59812c6e51\","
                        + " \"MessageId\": \"3bcb6e8e-8b51-4375-b0bc-1a59812c6e51\"}");
        Execution retry = r.mocks(Mocks.fromConfigFile(dir.resolve("MockConfigFile.json"), "LambdaSQSIntegration", "RetryPath"))
                .start("{}");
        retry.assertSucceeded();
        assertEquals(4, retry.history().stream().filter(e -> e.type().equals("TaskScheduled")
                && e.details().get("resource").asText().equals("invoke")).count());
        assertEquals(Duration.ofSeconds(2 + 4 + 8), retry.duration());
    }

    @Test
    void aMockFileNamingAnUnknownTestCaseOrStateIsAnError() {
        Path file = Path.of("src/test/resources/aws/MockConfigFile.json");
        LocalExecutionException noCase = assertThrows(LocalExecutionException.class,
                () -> Mocks.fromConfigFile(file, "LambdaSQSIntegration", "SadPath"));
        assertTrue(noCase.getMessage().contains("\"SadPath\"") && noCase.getMessage().contains("\"HappyPath\""));
        LocalExecutionException noMachine = assertThrows(LocalExecutionException.class,
                () -> Mocks.fromConfigFile(file, "Other", "HappyPath"));
        assertTrue(noMachine.getMessage().contains("\"Other\""));
        LocalExecutionException notATask = assertThrows(LocalExecutionException.class, () -> LocalRunner.of(CHOICE)
                .mocks(Mocks.builder().returns("Public", "{}").build()));
        assertTrue(notATask.getMessage().contains("Pass state"), notATask.getMessage());
        assertThrows(LocalExecutionException.class, () -> LocalRunner.of(CHOICE)
                .mocks(Mocks.builder().returns("Nowhere", "{}").build()));
    }

    @Test
    void anInvalidDefinitionListsEveryProblemAndNeverRuns() {
        LocalDefinitionException e = assertThrows(LocalDefinitionException.class, () -> LocalRunner.of("""
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Next": "Missing"},
              "B": {"Type": "Task", "End": true, "Retry": [{"ErrorEquals": ["States.ALL", "X"]}]},
              "C": {"Type": "Pass", "Arguments": {}, "End": true},
              "D": {"Type": "Pass", "Parameters": {"x.$": "States.Nope($.a)"}, "End": true}}}
            """));
        assertEquals(5, e.problems().size(), e.problems().toString());
        assertNotNull(e.code());
    }

    private static String read(Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
