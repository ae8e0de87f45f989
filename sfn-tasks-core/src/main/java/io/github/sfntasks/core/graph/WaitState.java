package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Literal;

import java.time.Instant;

/**
 * A Wait state: waits a number of seconds or until a timestamp, given statically, by a reference
 * path, or (JSONata) by an expression.
 *
 * <pre>{@code
 * WaitState pause = WaitState.of("Wait 30s", 30);
 * WaitState until = WaitState.builder("Until due").timestampPath("$.dueAt").comment("from the order").build();
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class WaitState extends NextState {

    WaitState(String name, Fields fields) {
        super(name, fields);
    }

    /** @param name the state's name @return a builder; set exactly one of seconds, timestamp and their paths */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * @param name the state's name
     * @param seconds how long to wait
     * @return {@code builder(name).seconds(seconds).build()}
     */
    public static WaitState of(String name, long seconds) {
        return builder(name).seconds(seconds).build();
    }

    @Override
    public String type() {
        return "Wait";
    }

    /** Builds a {@link WaitState}: one of Seconds, Timestamp, SecondsPath and TimestampPath, and the common fields. */
    public static final class Builder extends AssigningBuilder<Builder> {

        private String waitField;

        private Builder(String name) {
            super(name);
        }

        private Builder waitFor(String field, JsonNode value) {
            if (waitField != null && !waitField.equals(field)) {
                fields.put(waitField, (JsonNode) null);
            }
            waitField = field;
            fields.put(field, value);
            return this;
        }

        /** @param seconds how long (replaces any other wait set before) @return this builder */
        public Builder seconds(long seconds) {
            return waitFor("Seconds", Literal.of(seconds).node());
        }

        /** @param seconds how long, a JSONata expression (makes the state JSONata) @return this builder */
        public Builder seconds(JsonataExpression seconds) {
            queryLanguage(QueryLanguage.JSONATA);
            return waitFor("Seconds", TextNode.valueOf(seconds.text()));
        }

        /** @param timestamp until when @return this builder */
        public Builder timestamp(Instant timestamp) {
            return waitFor("Timestamp", TextNode.valueOf(timestamp.toString()));
        }

        /** @param timestamp until when, a JSONata expression (makes the state JSONata) @return this builder */
        public Builder timestamp(JsonataExpression timestamp) {
            queryLanguage(QueryLanguage.JSONATA);
            return waitFor("Timestamp", TextNode.valueOf(timestamp.text()));
        }

        /** @param path a reference path to the seconds @return this builder */
        public Builder secondsPath(String path) {
            return waitFor("SecondsPath", TextNode.valueOf(path(path, "SecondsPath", true).path()));
        }

        /** @param path a reference path to the timestamp @return this builder */
        public Builder timestampPath(String path) {
            return waitFor("TimestampPath", TextNode.valueOf(path(path, "TimestampPath", true).path()));
        }

        /**
         * @return the state
         * @throws TaskValidationException when no wait (seconds, timestamp or a path to one) is set
         */
        public WaitState build() {
            if (waitField == null) {
                throw new TaskValidationException(ErrorCode.INVALID_STATE, name, "Seconds",
                        "a Wait state needs one of Seconds, Timestamp, SecondsPath and TimestampPath");
            }
            return new WaitState(name, copyFields());
        }
    }
}
