package io.github.sfntasks.cli.internal;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.cli.Main;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.workflow.Problem;
import io.github.sfntasks.core.workflow.WorkflowReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A workflow file given on the command line: read as YAML when its name ends in {@code .yaml} or
 * {@code .yml}, as JSON when it ends in {@code .json}, and by its first character otherwise (the core's
 * {@code WorkflowReader} chooses), with duplicate keys refused in both. Problems are printed in the
 * one format every command uses, {@code file:line:col: state "X": property: detail (SFN-E0nn)}.
 */
final class WorkflowFile {

    private final Path path;
    private final String source;

    WorkflowFile(Path path) {
        this.path = path;
        this.source = path.toString();
    }

    static boolean isYaml(Path path) {
        Path name = path.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    String source() {
        return source;
    }

    /**
     * Reads and checks the file into a machine, and renders it once so that what only rendering
     * finds (the definition size quota) is found too.
     *
     * @throws CommandFailure exit 1 with every problem, or exit 2 when the file cannot be read
     */
    Loaded load(TaskRegistry registry, RenderContext context) {
        String text = read();
        StateMachine machine;
        try {
            // The core's reader chooses the format from the name, and keeps its limits and checks.
            machine = new WorkflowReader(registry).read(source, text);
        } catch (SfnTasksException e) {
            throw invalid(Problem.of(source, e));
        }
        try {
            return new Loaded(machine, machine.render(context));
        } catch (SfnTasksException e) {
            throw invalid(Problem.of(source, e));
        }
    }

    private String read() {
        try {
            long size = Files.size(path);
            if (size > WorkflowReader.MAX_FILE_SIZE) {
                // Refused before it is read: the reader would refuse it too, after holding all of it in memory.
                throw invalid(List.of(new Problem(source, 0, 0, null, null, ErrorCode.INVALID_WORKFLOW, "the file has "
                        + size + " bytes; a workflow file may have at most " + WorkflowReader.MAX_FILE_SIZE
                        + " (4 MiB): the service takes definitions of at most 1 MB")));
            }
            byte[] bytes = Files.readAllBytes(path);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw invalid(List.of(new Problem(source, 0, 0, null, null, ErrorCode.INVALID_WORKFLOW,
                        "is not UTF-8 text; save the workflow file as UTF-8")));
            }
        } catch (NoSuchFileException e) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": " + source + ": no such file");
        } catch (AccessDeniedException e) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": " + source + ": permission denied");
        } catch (IOException e) {
            String why = Files.isDirectory(path) ? "is a directory, not a workflow file" : "cannot be read: " + e.getMessage();
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": " + source + ": " + why);
        }
    }

    /** @return a failure (exit 1) for a problem found after reading, located at the file */
    CommandFailure invalid(SfnTasksException e) {
        return invalid(Problem.of(source, e));
    }

    private CommandFailure invalid(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(oneLine(p)).append(System.lineSeparator());
        }
        sb.append(Cli.NAME).append(": ").append(source).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems")
                .append("; each code is explained in docs/errors.md (")
                .append(problems.isEmpty() ? io.github.sfntasks.api.ErrorCode.DOCS_BASE_URL + "docs/errors.md"
                        : problems.get(0).code().docsUrl())
                .append(problems.size() == 1 ? ")" : " for the first)");
        return new CommandFailure(Main.INVALID_WORKFLOW, sb.toString());
    }

    /**
     * A problem on one line. SnakeYAML's syntax errors span several lines (context, a snippet of the
     * file with a caret, the problem, its mark), and Jackson locates them where its parser stood, not
     * at the problem's mark; this keeps the sentences and takes the location from the last mark.
     */
    static Problem oneLine(Problem p) {
        if (p.detail() == null || p.detail().indexOf('\n') < 0) {
            return p;
        }
        int line = p.line();
        int column = p.column();
        List<String> sentences = new java.util.ArrayList<>();
        for (String l : p.detail().split("\\R")) {
            java.util.regex.Matcher m = YAML_MARK.matcher(l);
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
            } else if (!l.startsWith("    ") && !l.isBlank()) {
                sentences.add(l.strip());
            }
        }
        String detail = String.join(": ", sentences).replace(": :", ":");
        return new Problem(p.source(), line, column, p.stateName(), p.property(), p.code(), detail);
    }

    private static final java.util.regex.Pattern YAML_MARK =
            java.util.regex.Pattern.compile("^ in '[^']*', line (\\d+), column (\\d+):?$");

    /** Prints the machine's warnings, one per line, prefixed with the file. */
    void printWarnings(List<String> warnings, PrintWriter err) {
        for (String w : warnings) {
            err.println(source + ": warning: " + w);
        }
    }

    /** A machine read from the file, and its rendering. */
    record Loaded(StateMachine machine, StateMachine.Rendered rendered) {
    }
}
