package io.github.sfntasks.provider.codebuild;

import io.github.sfntasks.api.ApiStatus;

import java.util.Objects;

/**
 * One environment variable a build overrides, as the AWS CDK's {@code BuildEnvironmentVariable}: its type and its
 * value (text, a path such as {@code JsonPath.stringAt("$.zone")}, or a JSONata expression). In a workflow file:
 * {@code {"type": "PARAMETER_STORE", "value": "/ci/token"}} or {@code {"value.$": "$.zone"}}.
 *
 * <pre>{@code
 * BuildEnvironmentVariable.of(BuildEnvironmentVariable.BuildEnvironmentVariableType.PLAINTEXT, JsonPath.stringAt("$.envVariables.zone"));
 * }</pre>
 *
 * @param type how CodeBuild reads the value; {@code null} renders {@code PLAINTEXT}, as the CDK does
 * @param value the value, or the Parameter Store name / Secrets Manager reference for those types
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public record BuildEnvironmentVariable(BuildEnvironmentVariableType type, Object value) {

    /** @throws NullPointerException when there is no value */
    public BuildEnvironmentVariable {
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param type the type
     * @param value the value, a path or an expression
     * @return the variable
     */
    public static BuildEnvironmentVariable of(BuildEnvironmentVariableType type, Object value) {
        return new BuildEnvironmentVariable(type, value);
    }

    /** @param value the value, a path or an expression @return a PLAINTEXT variable */
    public static BuildEnvironmentVariable plaintext(Object value) {
        return new BuildEnvironmentVariable(BuildEnvironmentVariableType.PLAINTEXT, value);
    }

    /** How CodeBuild reads an environment variable's value, as the CDK's {@code BuildEnvironmentVariableType}. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public enum BuildEnvironmentVariableType {
        /** The value as it is. */
        PLAINTEXT,
        /** The name of an AWS Systems Manager Parameter Store parameter. */
        PARAMETER_STORE,
        /** A Secrets Manager reference ({@code secret-id:json-key:version-stage:version-id}). */
        SECRETS_MANAGER
    }
}
