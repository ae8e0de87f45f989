/**
 * Command-line tools of the benchmark scripts: {@link io.github.sfntasks.benchmarks.tools.WorkflowFiles}
 * (the machine as workflow files for the CLI), {@link io.github.sfntasks.benchmarks.tools.RenderFile}
 * (a whole-process render without the CLI), {@link io.github.sfntasks.benchmarks.tools.HelloWorld}
 * (the JVM's own start-up), {@link io.github.sfntasks.benchmarks.tools.CpuTimeCheck} (table 1 by CPU
 * time), {@link io.github.sfntasks.benchmarks.tools.DefinitionSizes} (the largest
 * machine under the quota), {@link io.github.sfntasks.benchmarks.tools.MixCheck} (the CDK apps build
 * the same machine) and {@link io.github.sfntasks.benchmarks.tools.ReportTables} (JMH results
 * as markdown).
 */
package io.github.sfntasks.benchmarks.tools;
