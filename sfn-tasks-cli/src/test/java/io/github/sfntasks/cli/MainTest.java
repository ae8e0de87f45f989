package io.github.sfntasks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.sfntasks.cli.Invocation.sfnTasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a whole: help, version, usage errors. */
class MainTest {

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Invocation run = sfnTasks("--help");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        for (String command : new String[] {"render", "validate", "graph", "providers", "schema"}) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " in\n" + run.out());
        }
        assertTrue(run.out().contains("1   invalid workflow"), run.out());
        assertTrue(run.out().contains("2   usage or I/O error"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "validate", "graph", "providers", "schema"})
    void everyCommandHasHelp(String command) {
        Invocation run = sfnTasks(command, "--help");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Usage: sfn-tasks " + command), run.out());
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertEquals(run.out(), sfnTasks("help", command).out(), "'help COMMAND' says the same");
    }

    @Test
    void renderHelpDocumentsThePlaceholders() {
        String help = sfnTasks("render", "--help").out();
        assertTrue(help.contains("${AWS::Partition}"), help);
        assertTrue(help.contains("${AWS::AccountId}"), help);
        assertTrue(help.contains("DefinitionSubstitutions"), help);
        assertTrue(help.contains("Fn::Sub"), help);
    }

    @Test
    void versionNamesTheBuildAndTheJava() {
        Invocation run = sfnTasks("--version");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        // the build's version, filtered into the jar (not the placeholder)
        assertTrue(run.out().matches("(?s)sfn-tasks \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R.*"), run.out());
        assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run.out());
    }

    @Test
    void noCommandShowsUsageAndIsAUsageError() {
        Invocation run = sfnTasks();
        assertEquals(Main.USAGE_OR_IO_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Usage: sfn-tasks"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownCommandSuggestsTheNearestOne() {
        Invocation run = sfnTasks("rendr", "order.yaml");
        assertEquals(Main.USAGE_OR_IO_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().contains("sfn-tasks render"), run.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Invocation run = sfnTasks("render", "--bogus", "order.yaml");
        assertEquals(Main.USAGE_OR_IO_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("sfn-tasks: Unknown option: '--bogus'"), run.err());
    }
}
