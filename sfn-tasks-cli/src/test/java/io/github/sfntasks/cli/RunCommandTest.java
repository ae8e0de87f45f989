package io.github.sfntasks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.sfntasks.cli.Invocation.sfnTasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code run}: renders as {@code render} does, then runs locally with AWS's example mock file
 * (https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html).
 */
class RunCommandTest {

    @TempDir
    Path tmp;

    private Path copy(String name) throws IOException {
        try (InputStream in = RunCommandTest.class.getResourceAsStream("/run/" + name)) {
            Path p = tmp.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    @Test
    void printsThePathWithVirtualTimesAndTheOutput() throws IOException {
        Invocation run = sfnTasks("run", copy("lambda-sqs.yaml").toString(), "--mocks", copy("MockConfigFile.json").toString(),
                "--test-case", "RetryPath");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        String[] lines = run.out().split("\\R");
        assertEquals("+0.000s LambdaState (Task, 14.000s)", lines[0]);
        assertEquals("+14.000s SQSState (Task, 0.000s)", lines[1]);
        assertTrue(run.out().contains("\"status\" : \"SUCCEEDED\""), run.out());
        assertTrue(run.out().contains("\"MessageId\" : \"3bcb6e8e-8b51-4375-b0bc-1a59812c6e51\""), run.out());
    }

    @Test
    void printsTheHistoryAsJson() throws IOException {
        Invocation run = sfnTasks("run", copy("lambda-sqs.yaml").toString(), "--mocks", copy("MockConfigFile.json").toString(),
                "--state-machine", "LambdaSQSIntegration", "--test-case", "HappyPath", "--history");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"type\" : \"ExecutionStarted\""), run.out());
        assertTrue(run.out().contains("\"type\" : \"TaskScheduled\""), run.out());
        assertTrue(run.out().contains("\"type\" : \"ExecutionSucceeded\""), run.out());
    }

    @Test
    void anUnknownTestCaseIsAnErrorNamingIt() throws IOException {
        Invocation run = sfnTasks("run", copy("lambda-sqs.yaml").toString(), "--mocks", copy("MockConfigFile.json").toString(),
                "--test-case", "NoSuchCase");
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        assertTrue(run.err().contains("\"NoSuchCase\"") && run.err().contains("SFN-E040"), run.err());
    }

    @Test
    void aTaskWithoutMocksIsAnError() throws IOException {
        Invocation run = sfnTasks("run", copy("lambda-sqs.yaml").toString(), "--mocks", copy("MockConfigFile.json").toString(),
                "--test-case", "HybridPath");
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        assertTrue(run.err().contains("\"SQSState\""), run.err());
    }

    @Test
    void aFailedExecutionExitsWithFour() throws IOException {
        Path wf = tmp.resolve("fail.json");
        Files.writeString(wf, "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Nope\",\"Cause\":\"because\"}}}");
        Invocation run = sfnTasks("run", wf.toString());
        assertEquals(4, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"error\" : \"Nope\""), run.out());
    }
}
