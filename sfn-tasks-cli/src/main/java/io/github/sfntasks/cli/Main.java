package io.github.sfntasks.cli;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.cli.internal.Cli;
import io.github.sfntasks.cli.internal.TerminalSafeWriter;
import io.github.sfntasks.core.TaskRegistry;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sfn-tasks command line.
 *
 * <pre>
 * sfn-tasks render examples/order.yaml                  # ASL definition and IAM policy, as one JSON object
 * sfn-tasks render order.yaml --out build/sfn           # build/sfn/definition.asl.json and policy.json
 * sfn-tasks validate order.yaml                         # every problem, file:line:col
 * sfn-tasks graph order.yaml --format dot               # Mermaid (default), Graphviz DOT or SVG
 * sfn-tasks providers                                   # the task providers found on the module path
 * sfn-tasks schema                                      # the JSON Schema of workflow files
 * </pre>
 *
 * <p>Exit codes, for every command: {@value #OK} ok, {@value #INVALID_WORKFLOW} invalid workflow,
 * {@value #USAGE_OR_IO_ERROR} usage or I/O error; {@value #INTERNAL_ERROR} is a bug (please report it), printed as
 * one line ({@code SFN_TASKS_DEBUG=1} adds the stack trace). Output is UTF-8; control characters and
 * bidirectional formatting characters that are not part of the output's own layout (line feeds, tabs) are printed
 * escaped, as <code>&#92;u001b</code>, so that no input can drive the terminal.
 *
 * <p>Embed it, or drive it from a test, with {@link #run(String[], PrintStream, PrintStream)}:
 *
 * <pre>{@code
 * ByteArrayOutputStream out = new ByteArrayOutputStream();
 * int code = Main.run(new String[] {"validate", "order.yaml"}, new PrintStream(out), System.err);
 * }</pre>
 */
// The CLI is an application: its one public class is not compiled against.
@SuppressWarnings("exports")
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class Main {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The workflow file has problems (each is printed to the error stream, located). */
    public static final int INVALID_WORKFLOW = 1;
    /** The command line is wrong, or a file could not be read or written. */
    public static final int USAGE_OR_IO_ERROR = 2;
    /**
     * sfn-tasks itself failed: a bug, reported in one line (the environment variable {@code SFN_TASKS_DEBUG=1} adds
     * its stack trace).
     */
    public static final int INTERNAL_ERROR = 3;

    // Held so that the level set in main() is not lost when the logger is collected.
    private static final Logger DISCOVERY_LOG = Logger.getLogger(TaskRegistry.class.getName());

    private Main() {
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // The CLI prints the registry's discovery problems itself (see Cli); the core also logs them
        // through System.Logger, which would print each a second time in the JDK's log format.
        DISCOVERY_LOG.setLevel(Level.OFF);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line without exiting: what {@link #main} does, for embedding and tests.
     * Never throws for bad input or I/O; every outcome is an exit code and text on the streams.
     *
     * @param args the arguments, as on the command line
     * @param out where results go (written as UTF-8)
     * @param err where problems, warnings and usage help go (written as UTF-8)
     * @return the exit code: {@link #OK}, {@link #INVALID_WORKFLOW}, {@link #USAGE_OR_IO_ERROR} or
     *         {@link #INTERNAL_ERROR}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), true);
        PrintWriter e = new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
        try {
            return Cli.execute(args, o, e);
        } finally {
            o.flush();
            e.flush();
        }
    }
}
