package io.github.sfntasks.provider.glue;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The {@code glue:startJobRun} provider: {@link GlueStartJobRun} from a workflow file. For {@code ServiceLoader}. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class GlueStartJobRunProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public GlueStartJobRunProvider() {
        super(GlueStartJobRun.TYPE, GlueStartJobRun.SHAPE, GlueStartJobRun::builder);
    }
}
