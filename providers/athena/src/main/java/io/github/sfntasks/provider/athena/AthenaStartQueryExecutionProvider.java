package io.github.sfntasks.provider.athena;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code athena:startQueryExecution} provider: {@link AthenaStartQueryExecution} from a workflow file (properties named as the builder's
 * setters; see {@link AthenaStartQueryExecution} for an example).
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class AthenaStartQueryExecutionProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public AthenaStartQueryExecutionProvider() {
        super(AthenaStartQueryExecution.TYPE, AthenaStartQueryExecution.SHAPE, AthenaStartQueryExecution::builder);
    }
}
