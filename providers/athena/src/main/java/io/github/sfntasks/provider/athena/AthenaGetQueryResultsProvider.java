package io.github.sfntasks.provider.athena;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code athena:getQueryResults} provider: {@link AthenaGetQueryResults} from a workflow file (properties named as the builder's
 * setters; see {@link AthenaGetQueryResults} for an example).
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class AthenaGetQueryResultsProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public AthenaGetQueryResultsProvider() {
        super(AthenaGetQueryResults.TYPE, AthenaGetQueryResults.SHAPE, AthenaGetQueryResults::builder);
    }
}
