/**
 * The sfn-tasks command line: turns a workflow file (JSON or YAML, ASL-shaped, with Task states that
 * may name a provider instead of a Resource) into the Amazon States Language definition and the
 * least-privilege IAM policy of its state machine, and checks, draws and describes it.
 *
 * <p>Commands: {@code render}, {@code validate}, {@code graph}, {@code providers}, {@code schema}, {@code run};
 * {@code --help} on each, {@code --version}. Exit codes: 0 ok, 1 invalid workflow, 2 usage or I/O
 * error, 3 a bug in sfn-tasks (one line; {@code SFN_TASKS_DEBUG=1} adds the stack trace). Run it on the module path:
 *
 * <pre>
 * java -p target/modules -m io.github.sfntasks.cli/io.github.sfntasks.cli.Main render examples/order.yaml
 * </pre>
 *
 * <p>Providers are not named here: the core {@code uses io.github.sfntasks.api.spi.TaskProvider}, so
 * every provider module on the module path is bound at start-up and listed by {@code providers}.
 * The command classes live in {@code io.github.sfntasks.cli.internal}, opened (not exported) to
 * picocli, which reads their annotations.
 */
module io.github.sfntasks.cli {
    requires io.github.sfntasks.core;
    requires io.github.sfntasks.local;
    requires info.picocli;
    requires com.fasterxml.jackson.dataformat.yaml;
    // The CLI is an application: it may configure java.util.logging so that the core's discovery
    // warnings are printed once, by the CLI, rather than twice in two formats.
    requires java.logging;

    exports io.github.sfntasks.cli;

    opens io.github.sfntasks.cli.internal to info.picocli;
}
