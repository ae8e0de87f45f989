package io.github.sfntasks.cli.internal;

import io.github.sfntasks.cli.Main;
import io.github.sfntasks.core.graph.StateMachine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code schema}: the JSON Schema of workflow files, for the providers on the module path. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        header = "Prints the JSON Schema of workflow files, for the providers on the module path.",
        description = {
            "",
            "The schema (draft 2020-12) has the Amazon States Language state shapes; a Task state that names a"
                + " 'Provider' (one of the providers on the module path) has 'Properties' that follow that"
                + " provider's own schema. Point your editor at it for completion and checks: a"
                + " '# yaml-language-server: $$schema=workflow.schema.json' line at the top of a YAML file, or"
                + " \"json.schemas\" in VS Code's settings. Generate it again after adding providers."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:usage error"})
final class SchemaCommand implements Callable<Integer> {

    private final Cli cli;

    SchemaCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        cli.out().print(StateMachine.Rendered.pretty(io.github.sfntasks.core.workflow.WorkflowSchema.build(cli.registry(), VersionProvider.version())));
        return Main.OK;
    }
}
