/**
 * Amazon Athena tasks for sfn-tasks: {@link io.github.sfntasks.provider.athena.AthenaStartQueryExecution} ({@code athena:startQueryExecution}),
 * {@link io.github.sfntasks.provider.athena.AthenaGetQueryExecution} ({@code athena:getQueryExecution}),
 * {@link io.github.sfntasks.provider.athena.AthenaGetQueryResults} ({@code athena:getQueryResults}) and
 * {@link io.github.sfntasks.provider.athena.AthenaStopQueryExecution} ({@code athena:stopQueryExecution}).
 */
module io.github.sfntasks.provider.athena {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.athena;

    provides io.github.sfntasks.api.spi.TaskProvider with
            io.github.sfntasks.provider.athena.AthenaStartQueryExecutionProvider,
            io.github.sfntasks.provider.athena.AthenaGetQueryExecutionProvider,
            io.github.sfntasks.provider.athena.AthenaGetQueryResultsProvider,
            io.github.sfntasks.provider.athena.AthenaStopQueryExecutionProvider;
}
