package io.github.sfntasks.local.junit;

import io.github.sfntasks.local.LocalRunner;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The extension loads AWS's example definition and mock file (src/test/resources/aws, see its README). */
@LocalStateMachine(definition = "aws/LambdaSQSIntegration.asl.json", mocks = "aws/MockConfigFile.json")
class LocalStateMachineExtensionTest {

    @Test
    @LocalStateMachine(testCase = "HappyPath")
    void injectsARunnerWithTheTestCasesMocks(LocalRunner runner) {
        runner.start("{}").assertSucceeded().assertPath("LambdaState", "SQSState");
    }

    @Test
    @LocalStateMachine(testCase = "RetryPath")
    void eachMethodPicksItsTestCase(LocalRunner runner) {
        assertEquals(Duration.ofSeconds(14), runner.start("{}").assertSucceeded().duration());
    }
}
