package io.github.sfntasks.provider.codebuild;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;

import java.util.Map;

/**
 * The setters that {@link CodeBuildStartBuild.Builder} and {@link CodeBuildStartBuildBatch.Builder} share: the project and
 * the environment variables override. Not meant to be extended outside this package.
 *
 * @param <B> the concrete builder
 * @param <T> the task it builds
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public abstract sealed class CodeBuildBuilder<B extends CodeBuildBuilder<B, T>, T extends ShapeTask> extends ShapeTaskBuilder<B, T>
        permits CodeBuildStartBuild.Builder, CodeBuildStartBuildBatch.Builder {

    CodeBuildBuilder(String stateName, Shape shape) {
        super(stateName, shape);
    }

    /** @param nameOrArn the project's name or ARN (a placeholder allowed), or a path @return this builder */
    public final B project(Object nameOrArn) {
        return set(CodeBuildProject.PROJECT, nameOrArn);
    }

    /** @param vars the variables for this build, by name, replacing any set before @return this builder */
    public final B environmentVariablesOverride(Map<String, BuildEnvironmentVariable> vars) {
        return set(CodeBuildProject.ENVIRONMENT, vars == null || vars.isEmpty() ? null : CodeBuildProject.environment(null, vars));
    }

    /** @param name the variable's name @param variable its type and value @return this builder */
    public final B environmentVariable(String name, BuildEnvironmentVariable variable) {
        return set(CodeBuildProject.ENVIRONMENT,
                CodeBuildProject.environment(values().value(CodeBuildProject.ENVIRONMENT), Map.of(name, variable)));
    }
}
