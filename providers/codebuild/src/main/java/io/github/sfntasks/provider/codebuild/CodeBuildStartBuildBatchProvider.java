package io.github.sfntasks.provider.codebuild;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The {@code codebuild:startBuildBatch} provider: {@link CodeBuildStartBuildBatch} from a workflow file. For {@code ServiceLoader}. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class CodeBuildStartBuildBatchProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public CodeBuildStartBuildBatchProvider() {
        super(CodeBuildStartBuildBatch.TYPE, CodeBuildStartBuildBatch.SHAPE, CodeBuildStartBuildBatch::builder);
    }
}
