package io.github.sfntasks.provider.athena;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code athena:getQueryExecution} provider: {@link AthenaGetQueryExecution} from a workflow file (properties named as the builder's
 * setters; see {@link AthenaGetQueryExecution} for an example).
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class AthenaGetQueryExecutionProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public AthenaGetQueryExecutionProvider() {
        super(AthenaGetQueryExecution.TYPE, AthenaGetQueryExecution.SHAPE, AthenaGetQueryExecution::builder);
    }
}
