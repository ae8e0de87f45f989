package io.github.sfntasks.cli;

import io.github.sfntasks.cli.internal.CliTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static io.github.sfntasks.cli.Invocation.sfnTasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 end to end: the files of {@code src/test/resources/hostile} through the command line keep the README's
 * exit codes (1 for an invalid workflow, with one located line per problem, never a stack trace), and no raw control
 * character from a file reaches stdout or stderr.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    private Path copy(String name) {
        return Invocation.resource(tmp, "hostile", name);
    }

    private static void assertNoTrace(Invocation run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception:") || run.err().contains("Error:"),
                run.toString());
    }

    private static void assertPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean layout = c == '\n' || c == '\r' || c == '\t';
            assertFalse(!layout && (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069)), "raw U+" + Integer.toHexString(c) + " printed: " + s);
        }
    }

    @Test
    void intrinsicFunctionsNested2000DeepAreOneLocatedProblemAndExit1() throws IOException {
        for (String command : new String[] {"validate", "render"}) {
            Invocation run = sfnTasks(command, copy("intrinsic-nested-2000.json").toString());
            assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
            assertNoTrace(run);
            assertTrue(run.err().contains("intrinsic-nested-2000.json:7:"), run.err());
            assertTrue(run.err().contains("state \"Deep\""), run.err());
            assertTrue(run.err().contains("(SFN-E006)"), run.err());
            assertTrue(run.err().length() < 2_000, run.err().length() + " characters on stderr");
        }
    }

    @Test
    void trailingContentASecondDocumentAndBillionLaughsAreLocatedProblems() throws IOException {
        for (String[] file : new String[][] {{"trailing.json", ":2:1:"}, {"two-documents.yaml", ":6:1:"},
                {"billion-laughs.yaml", ":1"}}) {
            Invocation run = sfnTasks("validate", copy(file[0]).toString());
            assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
            assertNoTrace(run);
            assertTrue(run.err().contains(file[0] + file[1]), run.err());
            assertTrue(run.err().contains("(SFN-E026)"), run.err());
        }
    }

    @Test
    void yamlAliasesRenderWhatTheirAnchorsHold() throws IOException {
        Invocation run = sfnTasks("render", copy("aliases.yaml").toString(), "--partition", "aws", "--region",
                "us-east-1", "--account", "123456789012");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        // the alias *params is the anchor's mapping, not the string "params"
        assertFalse(run.out().contains("\"Parameters\" : \"params\""), run.out());
        assertEquals(2, run.out().split("\"FunctionName\" : \"arn:aws:lambda:us-east-1:123456789012:function:work\"",
                -1).length - 1, run.out());
    }

    @Test
    void controlCharactersFromAFileAreEscapedInValidateMessages() throws IOException {
        Invocation run = sfnTasks("validate", copy("control-characters.json").toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        assertPrintable(run.err());
        assertPrintable(run.out());
        assertTrue(run.err().contains("Clear\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u007f\\u202egnp.exe"), run.err());
    }

    @Test
    void controlCharactersAreEscapedInThePathRunPrints() throws IOException {
        Invocation run = sfnTasks("run", copy("control-characters-run.json").toString());
        assertPrintable(run.out());
        assertPrintable(run.err());
        assertTrue(run.out().contains("Start\\u202eevil (Pass"), run.toString());
        assertTrue(run.out().contains("! Err\\u001b[2J\\u001b]0;pwned\\u0007"), run.toString());
    }

    @Test
    void aPolicyOverIamsQuotaIsAWarningAndStillValid() throws IOException {
        Invocation run = sfnTasks("validate", copy("policy-too-large.json").toString());
        assertEquals(Main.OK, run.exitCode(), run.toString());
        assertTrue(run.err().contains("SFN-W004"), run.err());
        assertTrue(run.err().contains("10240"), run.err());
    }

    @Test
    void anInternalErrorIsOneLineWithExit3AndTheTraceOnlyWhenAsked() {
        StringWriter quiet = new StringWriter();
        int code = CliTestAccess.internalError(new StackOverflowError(), new PrintWriter(quiet), false);
        assertEquals(Main.INTERNAL_ERROR, code);
        assertEquals(1, quiet.toString().strip().lines().count(), quiet.toString());
        assertTrue(quiet.toString().startsWith("sfn-tasks: internal error: java.lang.StackOverflowError"), quiet.toString());
        assertTrue(quiet.toString().contains("SFN_TASKS_DEBUG=1"), quiet.toString());

        StringWriter loud = new StringWriter();
        CliTestAccess.internalError(new IllegalStateException("boom"), new PrintWriter(loud), true);
        assertTrue(loud.toString().lines().count() > 2, loud.toString());
        assertTrue(loud.toString().contains("\tat "), loud.toString());
    }
}
