package io.github.sfntasks.benchmarks.tools;

import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.workflow.WorkflowReader;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The library's own floor for a whole-process render: {@code RenderFile FILE} discovers the providers,
 * reads the workflow file, renders it for CloudFormation placeholders (as the CLI does without
 * {@code --account}) and prints the definition and the policy, nothing else. The CLI adds its argument
 * parser and output options on top; the gap between the two rows of the cold table is theirs.
 */
public final class RenderFile {

    private RenderFile() {
    }

    /** @param args the workflow file */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: RenderFile FILE");
            System.exit(2);
        }
        StateMachine machine = new WorkflowReader(TaskRegistry.load()).read(Path.of(args[0]));
        StateMachine.Rendered rendered = machine.render(RenderContext.cloudFormation());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(rendered.definitionJson());
        out.print(rendered.policyJson());
        out.flush();
    }
}
