package io.github.sfntasks.cli.internal;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.cli.Main;
import io.github.sfntasks.core.DiscoveryProblem;
import io.github.sfntasks.core.TaskRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * One run of the command line: the streams, the provider registry (loaded once, on first use, its
 * discovery problems printed once), and the picocli wiring of the commands. Public only for
 * {@link Main}; the package is not exported.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class Cli {

    static final String NAME = "sfn-tasks";

    /** The environment variable that makes an internal error print its stack trace. */
    static final String DEBUG_ENV = "SFN_TASKS_DEBUG";

    /** The commands, in the order the usage lists them. */
    private static final List<Function<Cli, Object>> COMMANDS = List.of(RenderCommand::new, ValidateCommand::new,
            GraphCommand::new, ProvidersCommand::new, SchemaCommand::new, RunCommand::new);

    /** The commands whose plain command lines {@link FastPath} parses without picocli. */
    private static final List<Function<Cli, Callable<Integer>>> FAST = List.of(RenderCommand::new, ValidateCommand::new);

    private final PrintWriter out;
    private final PrintWriter err;
    private TaskRegistry registry;

    private Cli(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Parses and runs one command line.
     *
     * @param args the arguments
     * @param out the result stream
     * @param err the stream for problems, warnings and usage
     * @return the exit code (see {@link Main})
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return run(args, out, err);
        } catch (Throwable t) {
            // Nothing a user gives reaches here on purpose: what does is a bug (an Error included, such as a
            // StackOverflowError a depth limit missed), and it gets one line, not a trace.
            return internalError(t, err, debug());
        }
    }

    /** @return whether the trace of an internal error is wanted: {@code SFN_TASKS_DEBUG} or {@code -Dsfntasks.debug} */
    static boolean debug() {
        String env = System.getenv(DEBUG_ENV);
        return (env != null && !env.isEmpty() && !env.equals("0") && !env.equalsIgnoreCase("false"))
                || Boolean.getBoolean("sfntasks.debug");
    }

    /**
     * Reports a bug: one line naming the throwable and where it was thrown, or the whole trace when asked.
     *
     * @return {@link Main#INTERNAL_ERROR}
     */
    static int internalError(Throwable t, PrintWriter err, boolean debug) {
        StackTraceElement[] trace = t.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        String message = t.getMessage() == null || t instanceof StackOverflowError ? ""
                : ": " + firstLine(t.getMessage());
        err.println(NAME + ": internal error: " + t.getClass().getName() + message + where
                + "; this is a bug in sfn-tasks, please report it with the command line"
                + (debug ? ":" : " (set " + DEBUG_ENV + "=1 to print its stack trace)"));
        if (debug) {
            t.printStackTrace(err);
        }
        err.flush();
        return Main.INTERNAL_ERROR;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl) + " ...";
        return line.length() <= 300 ? line : line.substring(0, 300) + "...";
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err) {
        Cli cli = new Cli(out, err);
        try {
            return cli.dispatch(args);
        } finally {
            cli.reportDiscoveryProblems();
        }
    }

    private int dispatch(String[] args) {
        Cli cli = this;
        String first = args.length > 0 ? args[0] : "";
        for (Function<Cli, Callable<Integer>> command : FAST) {
            Callable<Integer> c = command.apply(cli);
            if (FastPath.parse(c, args)) {
                try {
                    return c.call();
                } catch (Exception e) {
                    return cli.failed(e);
                }
            }
        }
        CommandLine cl = new CommandLine(new Root());
        // Picocli builds the model of every command it is given, by reflection over its annotations. A command line
        // that starts with a command's name only needs that command (its usage and errors name only it and the
        // root); anything else (no command, a misspelt one, help, --version) gets all.
        boolean all = true;
        for (Function<Cli, Object> command : COMMANDS) {
            Object c = command.apply(cli);
            if (first.equals(c.getClass().getAnnotation(Command.class).name())) {
                cl.addSubcommand(c);
                all = false;
                break;
            }
        }
        if (all) {
            for (Function<Cli, Object> command : COMMANDS) {
                cl.addSubcommand(command.apply(cli));
            }
            cl.addSubcommand(new CommandLine.HelpCommand());
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> Main.USAGE_OR_IO_ERROR);
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> cli.failed(ex));
        return cl.execute(args);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /**
     * @return the providers on the module path (or class path); lazy: a command instantiates only the providers it
     *         looks up (all of them for {@code providers} and {@code schema})
     */
    TaskRegistry registry() {
        if (registry == null) {
            registry = TaskRegistry.load();
        }
        return registry;
    }

    /**
     * Prints, once the command has run, what discovery found wrong among the providers the command used: a render
     * does not pay for loading every provider to report on those it never needed ({@code providers} lists them all).
     */
    private void reportDiscoveryProblems() {
        if (registry != null) {
            for (DiscoveryProblem p : registry.problemsSoFar()) {
                err.println(NAME + ": warning: " + p);
            }
        }
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(NAME + ": " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        return Main.USAGE_OR_IO_ERROR;
    }

    private int failed(Exception ex) {
        if (ex instanceof CommandFailure f) {
            if (f.getMessage() != null && !f.getMessage().isEmpty()) {
                err.println(f.getMessage());
            }
            return f.exitCode();
        }
        if (ex instanceof UncheckedIOException io) {
            err.println(NAME + ": " + io.getMessage());
            return Main.USAGE_OR_IO_ERROR;
        }
        return internalError(ex, err, debug());
    }

    /** The top command: with no subcommand, it shows its usage. */
    @Command(name = NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            usageHelpAutoWidth = true,
            header = "AWS Step Functions workflows with task providers: ASL definition, IAM policy, checks and pictures.",
            description = {
                "",
                "A workflow file is an Amazon States Language definition (JSON: .json; YAML: .yaml, .yml) in which"
                    + " a Task state may name a provider and its properties ('Provider': \"lambda:invoke\","
                    + " 'Properties': {...}) instead of a Resource and its Parameters. sfn-tasks renders it into the"
                    + " definition Step Functions runs and the least-privilege IAM policy its role needs."},
            commandListHeading = "%nCommands:%n",
            exitCodeListHeading = "%nExit codes (every command):%n",
            exitCodeList = {
                "0:ok",
                "1:invalid workflow (each problem printed as file:line:col: ...)",
                "2:usage or I/O error",
                "3:internal error (a bug: please report it; SFN_TASKS_DEBUG=1 prints its stack trace)"},
            footer = {"", "Run '" + NAME + " COMMAND --help' for a command's options."})
    static final class Root implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return Main.USAGE_OR_IO_ERROR;
        }
    }
}
