package io.github.sfntasks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.sfntasks.cli.Invocation.example;
import static io.github.sfntasks.cli.Invocation.sfnTasks;
import static io.github.sfntasks.cli.Invocation.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code validate}: every problem at once, each on its own line as
 * {@code file:line:col: state "X": property: detail (SFN-E0nn)}. The expected locations are where
 * the offending text starts in the test workflows (src/test/resources/workflows/README.md lists them).
 */
class ValidateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theExamplesAreValid() {
        for (String name : List.of("order.json", "order.yaml")) {
            Invocation run = sfnTasks("validate", example(name).toString());
            assertEquals(Main.OK, run.exitCode(), run.toString());
            // 12 states: 8 at the top, 2 in the Parallel's branches, 1 in the Map, counted once each
            assertEquals(example(name) + ": valid (12 states)", run.out().strip());
            assertEquals("", run.err());
        }
    }

    @Test
    void aGrantWidenedByARunTimeResourceIsAWarningThatDoesNotFailValidation() {
        Path file = workflow(tmp, "widened-grant.yaml");
        Invocation run = sfnTasks("validate", file.toString());
        assertEquals(Main.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("valid (1 state") && run.out().contains("1 warning"), run.out());
        // the bus is a path: PutEvents is granted on every bus of the account and region (EventBridgePutEvents Javadoc)
        assertTrue(run.err().contains("state \"Notify\": entries[0].eventBus: ")
                && run.err().contains("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/*")
                && run.err().strip().endsWith("(SFN-W001)"), run.err());
    }

    @Test
    void reportsEveryProblemOfAJsonFileWithItsLocation() {
        Path file = workflow(tmp, "broken.json");
        Invocation run = sfnTasks("validate", file.toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        List<String> lines = run.err().lines().toList();
        assertEquals(5, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith(file + ":10:9: state \"Charge\": payload: "), lines.get(0));
        assertTrue(lines.get(0).endsWith("(SFN-E009)"), lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ":19:9: state \"Notify\": paylod: "), lines.get(1));
        assertTrue(lines.get(1).contains("did you mean \"payload\"?"), lines.get(1));
        assertTrue(lines.get(1).endsWith("(SFN-E003)"), lines.get(1));
        assertEquals(file + ":21:7: state \"Notify\": Next: goes to \"Nowhere\", which is not a state in this scope"
                + " (SFN-E021)", lines.get(2));
        assertTrue(lines.get(3).startsWith(file + ":23:5: state \"Orphan\": "), lines.get(3));
        assertTrue(lines.get(3).endsWith("(SFN-E022)"), lines.get(3));
        assertEquals("sfn-tasks: " + file + ": 4 problems; each code is explained in docs/errors.md"
                + " (https://github.com/sfn-tasks/sfn-tasks/blob/main/docs/errors.md#sfn-e009 for the first)", lines.get(4));
        assertEquals("", run.out());
    }

    @Test
    void reportsTheSameProblemsOfAYamlFileWithYamlLocations() {
        Path file = workflow(tmp, "broken.yaml");
        Invocation run = sfnTasks("validate", file.toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(0).startsWith(file + ":10:7: state \"Charge\": payload: "), lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ":18:7: state \"Notify\": paylod: "), lines.get(1));
        assertTrue(lines.get(2).startsWith(file + ":19:5: state \"Notify\": Next: "), lines.get(2));
        assertTrue(lines.get(3).startsWith(file + ":20:3: state \"Orphan\": "), lines.get(3));
        assertEquals(5, lines.size(), run.err());
    }

    @Test
    void malformedJsonIsAnInvalidWorkflowAtTheBadCharacter() {
        Path file = workflow(tmp, "malformed.json");
        Invocation run = sfnTasks("validate", file.toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith(file + ":4:39: not well-formed: "), run.err());
        assertTrue(run.err().lines().findFirst().orElseThrow().endsWith("(SFN-E026)"), run.err());
    }

    @Test
    void duplicateKeysInYamlAreRefused() {
        Path file = workflow(tmp, "duplicate.yaml");
        Invocation run = sfnTasks("validate", file.toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith(file + ":6:"), run.err());
        assertTrue(run.err().contains("Duplicate field 'A'"), run.err());
    }

    @Test
    void aYamlSyntaxErrorIsOneLineAtItsMark() {
        Path file = workflow(tmp, "tab.yaml");
        Invocation run = sfnTasks("validate", file.toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith(file + ":5:1: not well-formed: "), lines.get(0));
        assertTrue(lines.get(0).contains("cannot start any token"), lines.get(0));
    }

    @Test
    void anUnknownProviderNamesTheKnownOnes() {
        Path file = workflow(tmp, "unknown-provider.yaml");
        Invocation run = sfnTasks("validate", file.toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        String first = run.err().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith(file + ":5:5: state \"Send\": Provider: no provider for \"nosuch:thing\""), first);
        assertTrue(first.contains("lambda:invoke"), first);
        assertTrue(first.endsWith("(SFN-E025)"), first);
    }

    @Test
    void warningsDoNotFailTheCheck() {
        Path file = workflow(tmp, "plain-asl.json");
        Invocation run = sfnTasks("validate", file.toString());
        assertEquals(Main.OK, run.exitCode(), run.toString());
        assertEquals(file + ": valid (4 states, 1 warning)", run.out().strip());
        assertTrue(run.err().startsWith(file + ": warning: state \"Publish\": "), run.err());
    }

    @Test
    void anEmptyFileIsInvalid() throws IOException {
        Path file = Files.writeString(tmp.resolve("empty.json"), "");
        Invocation run = sfnTasks("validate", file.toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith(file + ": the file is empty (SFN-E026)"), run.err());
    }

    @Test
    void aFileThatIsNotUtf8IsInvalid() throws IOException {
        Path file = Files.write(tmp.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xe9, '"', '}'});
        Invocation run = sfnTasks("validate", file.toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        assertTrue(run.err().contains("is not UTF-8 text"), run.err());
    }

    @Test
    void aMissingFileOrAFolderIsAnIoError() {
        Invocation missing = sfnTasks("validate", tmp.resolve("missing.json").toString());
        assertEquals(Main.USAGE_OR_IO_ERROR, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("missing.json: no such file"), missing.err());
        Invocation folder = sfnTasks("validate", tmp.toString());
        assertEquals(Main.USAGE_OR_IO_ERROR, folder.exitCode(), folder.toString());
        assertTrue(folder.err().contains("is a directory"), folder.err());
    }

    @Test
    void withoutAFileItIsAUsageError() {
        Invocation run = sfnTasks("validate");
        assertEquals(Main.USAGE_OR_IO_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Missing required parameter: 'FILE'"), run.err());
        assertTrue(run.err().contains("Try 'sfn-tasks validate --help'"), run.err());
    }
}
