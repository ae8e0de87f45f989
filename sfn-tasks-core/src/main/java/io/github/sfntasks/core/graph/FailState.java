package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;

import java.util.List;

/**
 * A Fail state: ends the execution with an error and a cause, static or from a path
 * (ErrorPath/CausePath) or a JSONata expression.
 *
 * <pre>{@code
 * FailState failed = FailState.of("Job failed", "JobFailed", "AWS Batch Job Failed");
 * FailState fromInput = FailState.builder("Rejected").errorPath("$.error").causePath("$.reason").build();
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class FailState extends State {

    FailState(String name, Fields fields) {
        super(name, fields);
    }

    /** @param name the state's name @return a builder */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @param name the state's name @return a Fail state with no error or cause: {@code builder(name).build()} */
    public static FailState of(String name) {
        return builder(name).build();
    }

    /**
     * @param name the state's name
     * @param error the error name
     * @param cause the cause (human-readable)
     * @return {@code builder(name).error(error).cause(cause).build()}
     */
    public static FailState of(String name, String error, String cause) {
        return builder(name).error(error).cause(cause).build();
    }

    @Override
    public String type() {
        return "Fail";
    }

    /** Builds a {@link FailState}: error and cause, each static, from a path or a JSONata expression. */
    public static final class Builder extends StateBuilder<Builder> {

        private Builder(String name) {
            super(name);
        }

        /** @param error the error name @return this builder */
        public Builder error(String error) {
            fields.put("Error", error);
            return this;
        }

        /** @param error the error name as a JSONata expression @return this builder */
        public Builder error(JsonataExpression error) {
            fields.put("Error", error.text());
            return this;
        }

        /** @param path a path to the error name @return this builder */
        public Builder errorPath(String path) {
            return path("ErrorPath", path == null ? null : JsonPath.of(path));
        }

        /** @param cause the cause @return this builder */
        public Builder cause(String cause) {
            fields.put("Cause", cause);
            return this;
        }

        /** @param cause the cause as a JSONata expression @return this builder */
        public Builder cause(JsonataExpression cause) {
            fields.put("Cause", cause.text());
            return this;
        }

        /** @param path a path to the cause @return this builder */
        public Builder causePath(String path) {
            return path("CausePath", path == null ? null : JsonPath.of(path));
        }

        /** @return the state */
        public FailState build() {
            return new FailState(name, copyFields());
        }
    }
}
