package io.github.sfntasks.provider.databrew;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code databrew:startJobRun} provider: {@link GlueDataBrewStartJobRun} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "databrew:startJobRun",
 * "Properties": {"name": "databrew-job", "integrationPattern": "RUN_JOB"}
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class GlueDataBrewStartJobRunProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public GlueDataBrewStartJobRunProvider() {
        super(GlueDataBrewStartJobRun.TYPE, GlueDataBrewStartJobRun.SHAPE, GlueDataBrewStartJobRun::builder);
    }
}
