package io.github.sfntasks.provider.athena;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code athena:stopQueryExecution} provider: {@link AthenaStopQueryExecution} from a workflow file (properties named as the builder's
 * setters; see {@link AthenaStopQueryExecution} for an example).
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class AthenaStopQueryExecutionProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public AthenaStopQueryExecutionProvider() {
        super(AthenaStopQueryExecution.TYPE, AthenaStopQueryExecution.SHAPE, AthenaStopQueryExecution::builder);
    }
}
