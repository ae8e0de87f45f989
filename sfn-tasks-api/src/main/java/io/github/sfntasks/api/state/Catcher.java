package io.github.sfntasks.api.state;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a state's {@code Catch}: which errors, which state to go to, and what to pass it.
 * {@code resultPath} is JSONPath-only, {@code output} JSONata-only; {@code assign} works in both.
 *
 * @param errors the error names to match, at least one
 * @param next the state to go to
 * @param resultPath where to put the error output (JSONPath states), or {@code null}
 * @param output the state output (JSONata states), or {@code null}
 * @param assign variables to assign, or {@code null}
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public record Catcher(List<String> errors, String next, JsonPath resultPath, Value output, ObjectValue assign) {

    /**
     * @throws TaskValidationException when errors or next are missing, or resultPath is not a reference path
     */
    public Catcher {
        errors = Retrier.checkErrors(errors, "Catch");
        if (next == null || next.isEmpty()) {
            throw new TaskValidationException(ErrorCode.MISSING_PROPERTY, null, "Catch.Next",
                    "a catcher needs the name of the state to go to");
        }
        if (resultPath != null && !resultPath.isDiscard() && !resultPath.isReferencePath()) {
            throw new TaskValidationException(ErrorCode.INVALID_PATH, null, "Catch.ResultPath",
                    "must be a reference path (a single node, such as $.error), was \"" + resultPath.path() + "\"");
        }
    }

    /**
     * @param next the state to go to
     * @param errors the error names (none: {@code States.ALL})
     * @return a catcher with no result path
     */
    public static Catcher of(String next, String... errors) {
        return new Catcher(errors.length == 0 ? List.of(Errors.ALL) : List.of(errors), next, null, null, null);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether this catcher matches {@code States.ALL} */
    public boolean matchesAll() {
        return errors.contains(Errors.ALL);
    }

    /**
     * @param next another target
     * @return a copy going to {@code next}
     */
    public Catcher withNext(String next) {
        return new Catcher(errors, next, resultPath, output, assign);
    }

    /**
     * @param language the state's query language
     * @param property where this catcher sits, for errors ({@code Catch[0]})
     * @throws TaskValidationException when a field belongs to the other language
     */
    public void check(QueryLanguage language, String property) {
        if (language == QueryLanguage.JSONATA && resultPath != null) {
            throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, null, property + ".ResultPath",
                    "ResultPath is JSONPath-only; in a JSONata state use Output");
        }
        if (language == QueryLanguage.JSONPATH && output != null) {
            throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, null, property + ".Output",
                    "Output is JSONata-only; in a JSONPath state use ResultPath");
        }
        Values.check(output, language, property + ".Output");
        Values.check(assign, language, property + ".Assign");
    }

    /**
     * @param language the state's query language
     * @return the ASL of this catcher
     */
    public ObjectNode toJson(QueryLanguage language) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        errors.forEach(n.putArray("ErrorEquals")::add);
        if (resultPath != null) {
            if (resultPath.isDiscard()) {
                n.putNull("ResultPath");
            } else {
                n.put("ResultPath", resultPath.path());
            }
        }
        if (output != null) {
            n.set("Output", Values.toJson(output, language));
        }
        if (assign != null) {
            n.set("Assign", Values.toJson(assign, language));
        }
        n.put("Next", next);
        return n;
    }

    /** Builds a {@link Catcher}. */
    public static final class Builder {
        private List<String> errors = List.of(Errors.ALL);
        private String next;
        private JsonPath resultPath;
        private Value output;
        private ObjectValue assign;

        private Builder() {
        }

        /** @param errors error names (default {@code States.ALL}) @return this builder */
        public Builder errors(String... errors) {
            this.errors = List.of(errors);
            return this;
        }

        /** @param errors error names @return this builder */
        public Builder errors(List<String> errors) {
            this.errors = errors;
            return this;
        }

        /** @param next the state to go to @return this builder */
        public Builder next(String next) {
            this.next = Objects.requireNonNull(next, "next");
            return this;
        }

        /** @param path a reference path, for example {@code $.error} @return this builder */
        public Builder resultPath(String path) {
            this.resultPath = JsonPath.reference(path);
            return this;
        }

        /** @param path a reference path or {@link JsonPath#DISCARD} @return this builder */
        public Builder resultPath(JsonPath path) {
            this.resultPath = path;
            return this;
        }

        /** @param output the state output (JSONata) @return this builder */
        public Builder output(Value output) {
            this.output = output;
            return this;
        }

        /** @param assign variables to assign @return this builder */
        public Builder assign(ObjectValue assign) {
            this.assign = assign;
            return this;
        }

        /** @return the catcher */
        public Catcher build() {
            return new Catcher(errors, next, resultPath, output, assign);
        }
    }
}
