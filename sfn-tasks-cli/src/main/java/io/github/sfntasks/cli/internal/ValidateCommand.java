package io.github.sfntasks.cli.internal;

import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.cli.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code validate FILE}: every problem of a workflow file at once, located. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        header = "Checks a workflow file and reports every problem at once.",
        description = {
            "",
            "Each problem is one line on stderr, FILE:LINE:COLUMN: state \"NAME\": PROPERTY: what is wrong"
                + " (SFN-E0nn); docs/errors.md explains each code. With none, prints 'FILE: valid (N states)' on"
                + " stdout. Warnings (grants that cannot be derived) go to stderr and do not fail the check."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid", "1:invalid workflow", "2:usage or I/O error"})
final class ValidateCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow file (.json, .yaml or .yml).")
    Path file;

    ValidateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        WorkflowFile wf = new WorkflowFile(file);
        // Rendered too (with placeholders), so that what only rendering checks is checked.
        WorkflowFile.Loaded loaded = wf.load(cli.registry(), RenderContext.cloudFormation());
        wf.printWarnings(loaded.rendered().warnings(), cli.err());
        int states = loaded.machine().states().size();
        int warnings = loaded.rendered().warnings().size();
        cli.out().println(wf.source() + ": valid (" + plural(states, "state")
                + (warnings == 0 ? "" : ", " + plural(warnings, "warning")) + ")");
        return Main.OK;
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
