/**
 * AWS Glue DataBrew tasks for sfn-tasks:
 * {@link io.github.sfntasks.provider.databrew.GlueDataBrewStartJobRun} ({@code databrew:startJobRun}).
 */
module io.github.sfntasks.provider.databrew {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.databrew;

    provides io.github.sfntasks.api.spi.TaskProvider with io.github.sfntasks.provider.databrew.GlueDataBrewStartJobRunProvider;
}
