package io.github.sfntasks.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.cli.Main;
import io.github.sfntasks.local.Execution;
import io.github.sfntasks.local.LocalDefinitionException;
import io.github.sfntasks.local.LocalExecutionException;
import io.github.sfntasks.local.LocalRunner;
import io.github.sfntasks.local.Mocks;
import io.github.sfntasks.local.StateVisit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code run FILE}: renders a workflow file as {@code render} does, then executes it locally with mocks. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        header = "Runs a workflow file locally: service calls answered by mocks, time virtual.",
        description = {
            "",
            "The file is rendered exactly as 'render' renders it (Provider/Properties states become ASL), then"
                + " executed in this process. Task states are answered by the mocks of --test-case in the Step"
                + " Functions Local mock configuration file given with --mocks; nothing calls AWS.",
            "",
            "Prints the path taken, one line per state visited with its virtual start time and duration, then"
                + " the status and the output (or error and cause). --history prints the history events instead,"
                + " as GetExecutionHistory's JSON."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the execution succeeded", "1:invalid workflow or mocks", "2:usage or I/O error",
            "4:the execution failed"})
final class RunCommand implements Callable<Integer> {

    /** The exit code of an execution that ran and failed. */
    static final int EXECUTION_FAILED = 4;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow file (.json, .yaml or .yml).")
    Path file;

    @Option(names = "--input", paramLabel = "FILE", description = "The execution input (JSON; default {}).")
    Path input;

    @Option(names = "--mocks", paramLabel = "FILE", description = "A Step Functions Local mock configuration file.")
    Path mocks;

    @Option(names = "--state-machine", paramLabel = "NAME",
            description = "The state machine under StateMachines (default: the only one).")
    String stateMachine;

    @Option(names = "--test-case", paramLabel = "NAME", description = "The test case of the mock file to use.")
    String testCase;

    @Option(names = "--history", description = "Print the history events as JSON.")
    boolean history;

    RunCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if ((mocks == null) != (testCase == null)) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": --mocks and --test-case go together");
        }
        WorkflowFile wf = new WorkflowFile(file);
        WorkflowFile.Loaded loaded = wf.load(cli.registry(), RenderCommand.context(null, null, null));
        wf.printWarnings(loaded.rendered().warnings(), cli.err());
        JsonNode in = input == null ? JSON.createObjectNode() : readJson(input, "--input");
        Execution ex;
        try {
            LocalRunner runner = LocalRunner.of(loaded.rendered().definition());
            if (mocks != null) {
                JsonNode config = readJson(mocks, "--mocks");
                String machine = stateMachine;
                if (machine == null) {
                    List<String> names = Mocks.stateMachinesIn(config);
                    if (names.size() != 1) {
                        throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": " + mocks + " has "
                                + names.size() + " state machines " + names + "; name one with --state-machine");
                    }
                    machine = names.get(0);
                }
                runner = runner.mocks(Mocks.fromConfig(config, machine, testCase));
            }
            ex = runner.start(in);
        } catch (LocalDefinitionException e) {
            e.problems().forEach(p -> cli.err().println(Cli.NAME + ": " + wf.source() + ": " + p));
            return Main.INVALID_WORKFLOW;
        } catch (LocalExecutionException e) {
            cli.err().println(Cli.NAME + ": " + e.getMessage());
            return Main.INVALID_WORKFLOW;
        }
        if (history) {
            cli.out().print(pretty(ex.historyJson()));
        } else {
            for (StateVisit v : ex.visits()) {
                cli.out().println(line(ex.startDate(), v));
            }
            ObjectNode result = JSON.createObjectNode();
            result.put("status", ex.status().name());
            if (ex.succeeded()) {
                result.set("output", ex.output());
            } else {
                result.put("error", ex.error());
                result.put("cause", ex.cause());
            }
            cli.out().print(pretty(result));
        }
        return ex.succeeded() ? Main.OK : EXECUTION_FAILED;
    }

    private static String line(Instant start, StateVisit v) {
        long at = Duration.between(start, v.entered()).toMillis();
        long took = Duration.between(v.entered(), v.exited()).toMillis();
        String indent = v.scope().isEmpty() ? "" : "  ".repeat(v.scope().split("/").length);
        return String.format(Locale.ROOT, "%s+%d.%03ds %s (%s, %d.%03ds)%s%s", indent, at / 1000, at % 1000, v.name(),
                v.type(), took / 1000, took % 1000, v.scope().isEmpty() ? "" : " in " + v.scope(),
                v.error() == null ? "" : " ! " + v.error());
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + System.lineSeparator();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(Path p, String option) {
        try {
            return JSON.readTree(Files.readString(p));
        } catch (IOException e) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": " + option + " " + p + ": " + e.getMessage());
        }
    }
}
