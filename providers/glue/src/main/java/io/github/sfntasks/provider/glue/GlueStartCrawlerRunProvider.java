package io.github.sfntasks.provider.glue;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The {@code aws-sdk:glue:startCrawler} provider: {@link GlueStartCrawlerRun} from a workflow file. For {@code ServiceLoader}. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class GlueStartCrawlerRunProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public GlueStartCrawlerRunProvider() {
        super(GlueStartCrawlerRun.TYPE, GlueStartCrawlerRun.SHAPE, GlueStartCrawlerRun::builder);
    }
}
