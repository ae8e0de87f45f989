/**
 * AWS Batch tasks for sfn-tasks: {@link io.github.sfntasks.provider.batch.BatchSubmitJob} ({@code batch:submitJob}).
 */
module io.github.sfntasks.provider.batch {
    requires transitive io.github.sfntasks.api;
    requires transitive io.github.sfntasks.provider.support;

    exports io.github.sfntasks.provider.batch;

    provides io.github.sfntasks.api.spi.TaskProvider with io.github.sfntasks.provider.batch.BatchSubmitJobProvider;
}
