package io.github.sfntasks.api.value;

import io.github.sfntasks.api.ApiStatus;

import java.util.Map;
import java.util.Objects;

/**
 * The input a task sends to a service (a Lambda payload, an SQS message body, an SNS message...),
 * named as in the AWS CDK.
 *
 * <pre>{@code
 * TaskInput.fromObject(Map.of("token", JsonPath.taskToken(), "input", JsonPath.stringAt("$.someField")));
 * TaskInput.fromText("hello");
 * TaskInput.fromJsonPathAt("$.Payload");
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class TaskInput {

    private final Value value;

    private TaskInput(Value value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * @param object an object whose members may be paths, intrinsic functions or JSONata expressions,
     *               at any depth (use a {@code LinkedHashMap} for a stable member order)
     * @return the input
     */
    public static TaskInput fromObject(Map<String, ?> object) {
        return new TaskInput(ObjectValue.of(object));
    }

    /** @param text a literal string @return the input */
    public static TaskInput fromText(String text) {
        return new TaskInput(Literal.of(text));
    }

    /** @param path a JSONPath to the input @return the input */
    public static TaskInput fromJsonPathAt(String path) {
        return new TaskInput(JsonPath.of(path));
    }

    /** @param expression a JSONata expression (with or without {@code {% %}}) @return the input */
    public static TaskInput fromJsonata(String expression) {
        return new TaskInput(JsonataExpression.of(expression));
    }

    /** @param value any value @return the input */
    public static TaskInput fromValue(Value value) {
        return new TaskInput(value);
    }

    /** @return the value */
    public Value value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskInput other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
