/**
 * AWS Glue tasks for sfn-tasks: {@link io.github.sfntasks.provider.glue.GlueStartJobRun} ({@code glue:startJobRun})
 * and {@link io.github.sfntasks.provider.glue.GlueStartCrawlerRun} ({@code aws-sdk:glue:startCrawler}).
 */
module io.github.sfntasks.provider.glue {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.glue;

    provides io.github.sfntasks.api.spi.TaskProvider with io.github.sfntasks.provider.glue.GlueStartJobRunProvider,
            io.github.sfntasks.provider.glue.GlueStartCrawlerRunProvider;
}
