/**
 * Benchmarks of sfn-tasks (not published): JMH measurements of building and rendering a machine
 * against the Jackson floor, and the tools the whole-process scripts use (workflow-file generation,
 * a plain render of a workflow file, the largest machine under the definition-size quota, the
 * report tables).
 *
 * <p>JMH is {@code requires static}: the benchmarks run on the class path (as JMH runs them, from
 * its generated {@code jmh_generated} classes), while the tools also run on the module path without
 * JMH present.
 */
@SuppressWarnings({"requires-automatic", "module"})
module io.github.sfntasks.benchmarks {
    requires transitive io.github.sfntasks.core;
    requires io.github.sfntasks.local;
    requires io.github.sfntasks.provider.lambda;
    requires io.github.sfntasks.provider.dynamodb;
    requires io.github.sfntasks.provider.sqs;
    requires io.github.sfntasks.provider.sns;
    requires io.github.sfntasks.provider.stepfunctions;
    requires io.github.sfntasks.provider.eventbridge;
    requires transitive com.fasterxml.jackson.databind;
    requires java.management;
    requires static jmh.core;

    exports io.github.sfntasks.benchmarks;
    exports io.github.sfntasks.benchmarks.tools;
}
