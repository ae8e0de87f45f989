package io.github.sfntasks.provider.codebuild;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The {@code codebuild:startBuild} provider: {@link CodeBuildStartBuild} from a workflow file. For {@code ServiceLoader}. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class CodeBuildStartBuildProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public CodeBuildStartBuildProvider() {
        super(CodeBuildStartBuild.TYPE, CodeBuildStartBuild.SHAPE, CodeBuildStartBuild::builder);
    }
}
