/**
 * AWS CodeBuild tasks: {@link io.github.sfntasks.provider.codebuild.CodeBuildStartBuild} (start a build, optionally
 * waiting for it: {@code codebuild:startBuild}) and {@link io.github.sfntasks.provider.codebuild.CodeBuildStartBuildBatch}
 * ({@code codebuild:startBuildBatch}), the environment variables they override
 * ({@link io.github.sfntasks.provider.codebuild.BuildEnvironmentVariable}), and their providers.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.codebuild;

import io.github.sfntasks.api.ApiStatus;
