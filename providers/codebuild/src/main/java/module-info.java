/**
 * AWS CodeBuild tasks for sfn-tasks: {@link io.github.sfntasks.provider.codebuild.CodeBuildStartBuild}
 * ({@code codebuild:startBuild}) and {@link io.github.sfntasks.provider.codebuild.CodeBuildStartBuildBatch}
 * ({@code codebuild:startBuildBatch}).
 */
module io.github.sfntasks.provider.codebuild {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.codebuild;

    provides io.github.sfntasks.api.spi.TaskProvider with io.github.sfntasks.provider.codebuild.CodeBuildStartBuildProvider,
            io.github.sfntasks.provider.codebuild.CodeBuildStartBuildBatchProvider;
}
