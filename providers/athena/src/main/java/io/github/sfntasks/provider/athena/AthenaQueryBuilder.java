package io.github.sfntasks.provider.athena;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.value.Value;

import static io.github.sfntasks.provider.athena.AthenaResources.QUERY_EXECUTION_ID;
import static io.github.sfntasks.provider.athena.AthenaResources.QUERY_WORK_GROUP;

/**
 * The setters that the builders of the tasks on one query execution share ({@link AthenaGetQueryExecution},
 * {@link AthenaGetQueryResults}, {@link AthenaStopQueryExecution}): the query execution id and the work group it runs
 * in. Not meant to be extended outside this package.
 *
 * @param <B> the concrete builder
 * @param <T> the task it builds
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public abstract sealed class AthenaQueryBuilder<B extends AthenaQueryBuilder<B, T>, T extends ShapeTask> extends ShapeTaskBuilder<B, T>
        permits AthenaGetQueryExecution.Builder, AthenaGetQueryResults.Builder, AthenaStopQueryExecution.Builder {

    AthenaQueryBuilder(String stateName, Shape shape) {
        super(stateName, shape);
    }

    /** @param id the query execution id @return this builder */
    public final B queryExecutionId(String id) {
        return set(QUERY_EXECUTION_ID, id);
    }

    /** @param id the query execution id as a path or expression @return this builder */
    public final B queryExecutionId(Value id) {
        return set(QUERY_EXECUTION_ID, id);
    }

    /** @param name the work group the query runs in (grant-only) @return this builder */
    public final B workGroup(String name) {
        return set(QUERY_WORK_GROUP, name);
    }
}
