/**
 * The sfn-tasks engine: {@link io.github.sfntasks.core.TaskRegistry} finds providers with
 * {@code ServiceLoader} on the module path and the class path; {@link io.github.sfntasks.core.graph}
 * holds the state-machine graph around tasks (Chain, Pass, Wait, Choice, Parallel, Map, Succeed,
 * Fail), renders whole definitions, validates them and aggregates the IAM policy;
 * {@link io.github.sfntasks.core.workflow} reads workflow files into that graph;
 * {@link io.github.sfntasks.core.diagram} draws it (Mermaid, Graphviz DOT, SVG).
 * {@link io.github.sfntasks.core.deploy} writes a machine as a CloudFormation, SAM or Terraform template.
 *
 * @uses io.github.sfntasks.api.spi.TaskProvider
 */
module io.github.sfntasks.core {
    requires transitive io.github.sfntasks.api;
    // Optional: YAML workflow files. WorkflowReader uses it when it is resolved (a module that requires it, or
    // --add-modules), and says what to add when a YAML file is read without it.
    requires static com.fasterxml.jackson.dataformat.yaml;
    requires static org.yaml.snakeyaml;
    requires com.dashjoin.jsonata;

    exports io.github.sfntasks.core;
    exports io.github.sfntasks.core.diagram;
    exports io.github.sfntasks.core.deploy;
    exports io.github.sfntasks.core.graph;
    exports io.github.sfntasks.core.workflow;

    uses io.github.sfntasks.api.spi.TaskProvider;
}
