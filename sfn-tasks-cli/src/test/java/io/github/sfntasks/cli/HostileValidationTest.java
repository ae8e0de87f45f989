package io.github.sfntasks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.sfntasks.cli.Invocation.sfnTasks;
import static io.github.sfntasks.cli.Invocation.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 through the command line: what AWS's ValidateStateMachineDefinition refuses (its MISSING_END_STATE and
 * SCHEMA_VALIDATION_FAILED diagnostics), every problem at once, numbers with their range; exit 1 (README: an invalid
 * workflow), nothing written.
 */
class HostileValidationTest {

    @TempDir
    Path tmp;

    @Test
    void everyProblemIsListedLocatedAndTheExitCodeIsThatOfAnInvalidWorkflow() throws Exception {
        Files.createDirectories(tmp.resolve("hostile"));
        Path file = workflow(tmp, "hostile/aws-refuses.yaml");
        Path out = tmp.resolve("out");
        Invocation run = sfnTasks("render", file.toString(), "--out", out.toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        List<String> lines = run.err().lines().toList();
        assertEquals(7, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith(file + ":4:3: state \"Poll\": lambdaFunction: is required"), lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ":8:7: state \"Poll\": lambdaFuntion: "), lines.get(1));
        assertTrue(lines.get(1).contains("did you mean \"lambdaFunction\"?"), lines.get(1));
        assertTrue(lines.get(2).startsWith(file + ":11:9: state \"Poll\": Retry[0].MaxAttempts: must be a whole number from 0"
                + " to 99999999, was 18446744073709551616"), lines.get(2));
        assertTrue(lines.get(3).startsWith(file + ":12:9: state \"Poll\": Retry[0].IntervalSeconds: "), lines.get(3));
        assertTrue(lines.get(4).startsWith(file + ":13:9: state \"Poll\": Retry[0].BackoffRate: "), lines.get(4));
        assertTrue(lines.get(5).startsWith(file + ":16:5: state \"Shape\": Type: \"Frob\" is not a state type"), lines.get(5));
        assertTrue(lines.get(6).contains("https://github.com/sfn-tasks/sfn-tasks/blob/main/docs/errors.md#sfn-e"), lines.get(6));
        assertFalse(Files.exists(out), "nothing written");
        assertEquals("", run.out());
    }

    @Test
    void aLoopWithoutEndIsRefusedAsAwsRefusesIt() throws Exception {
        Path file = Files.writeString(tmp.resolve("loop.json"),
                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}, \"B\": {\"Type\": \"Pass\", \"Next\": \"A\"}}}");
        Invocation run = sfnTasks("validate", file.toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        assertTrue(run.err().contains("MISSING_END_STATE"), run.err());
        assertTrue(run.err().contains("(SFN-E028)"), run.err());
    }
}
