package io.github.sfntasks.api.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The options every Task state shares, whatever its service: comment, input and output processing
 * (JSONPath: InputPath, ResultSelector, ResultPath, OutputPath; JSONata: Output), Assign, timeouts,
 * credentials, Retry and Catch. Immutable; copy with {@link #toBuilder()}.
 *
 * <p>A field that does not belong to the state's query language is refused by
 * {@link #check(QueryLanguage)}, which every task runs when it is built.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class StateOptions {

    /** Options with nothing set. */
    public static final StateOptions NONE = builder().build();

    /** The longest timeout or heartbeat ASL accepts, in seconds. */
    public static final int MAX_SECONDS = 99_999_999;

    private final QueryLanguage queryLanguage;
    private final String comment;
    private final JsonPath inputPath;
    private final JsonPath outputPath;
    private final JsonPath resultPath;
    private final ObjectValue resultSelector;
    private final Value output;
    private final ObjectValue assign;
    private final Value timeout;
    private final Value heartbeat;
    private final Value credentials;
    private final List<Retrier> retry;
    private final List<Catcher> catchers;

    private StateOptions(Builder b) {
        this.queryLanguage = b.queryLanguage;
        this.comment = b.comment;
        this.inputPath = b.inputPath;
        this.outputPath = b.outputPath;
        this.resultPath = b.resultPath;
        this.resultSelector = b.resultSelector;
        this.output = b.output;
        this.assign = b.assign;
        this.timeout = b.timeout;
        this.heartbeat = b.heartbeat;
        this.credentials = b.credentials;
        this.retry = List.copyOf(b.retry);
        this.catchers = List.copyOf(b.catchers);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.queryLanguage = queryLanguage;
        b.comment = comment;
        b.inputPath = inputPath;
        b.outputPath = outputPath;
        b.resultPath = resultPath;
        b.resultSelector = resultSelector;
        b.output = output;
        b.assign = assign;
        b.timeout = timeout;
        b.heartbeat = heartbeat;
        b.credentials = credentials;
        b.retry.addAll(retry);
        b.catchers.addAll(catchers);
        return b;
    }

    /** @return the query language set on the state itself, or {@code null} (inherited from the machine) */
    public QueryLanguage queryLanguage() {
        return queryLanguage;
    }

    /** @return the comment, or {@code null} */
    public String comment() {
        return comment;
    }

    /** @return InputPath, or {@code null} */
    public JsonPath inputPath() {
        return inputPath;
    }

    /** @return OutputPath, or {@code null} */
    public JsonPath outputPath() {
        return outputPath;
    }

    /** @return ResultPath ({@link JsonPath#DISCARD} renders null), or {@code null} */
    public JsonPath resultPath() {
        return resultPath;
    }

    /** @return ResultSelector, or {@code null} */
    public ObjectValue resultSelector() {
        return resultSelector;
    }

    /** @return Output (JSONata), or {@code null} */
    public Value output() {
        return output;
    }

    /** @return Assign, or {@code null} */
    public ObjectValue assign() {
        return assign;
    }

    /** @return the timeout: seconds (literal), a reference path, or a JSONata expression; or {@code null} */
    public Value timeout() {
        return timeout;
    }

    /** @return the heartbeat, in the same forms as the timeout, or {@code null} */
    public Value heartbeat() {
        return heartbeat;
    }

    /** @return the role to assume (Credentials.RoleArn): an ARN, a path, an intrinsic or an expression; or {@code null} */
    public Value credentials() {
        return credentials;
    }

    /** @return the retriers, in order */
    public List<Retrier> retry() {
        return retry;
    }

    /** @return the catchers, in order */
    public List<Catcher> catchers() {
        return catchers;
    }

    /**
     * Checks the options against the state's effective query language.
     *
     * @param language the state's query language
     * @throws TaskValidationException naming the field that does not fit
     */
    public void check(QueryLanguage language) {
        if (language == QueryLanguage.JSONATA) {
            refuse(inputPath, "InputPath", "use Arguments and $states.input");
            refuse(outputPath, "OutputPath", "use Output");
            refuse(resultPath, "ResultPath", "use Output and $states.result");
            refuse(resultSelector, "ResultSelector", "use Output and $states.result");
        } else if (output != null) {
            throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, null, "Output",
                    "Output is JSONata-only; in a JSONPath state use ResultSelector, ResultPath and OutputPath");
        }
        if (resultPath != null && !resultPath.isDiscard() && !resultPath.isReferencePath()) {
            throw new TaskValidationException(ErrorCode.INVALID_PATH, null, "ResultPath",
                    "must be a reference path (a single node, such as $.result), was \"" + resultPath.path() + "\"");
        }
        Values.check(resultSelector, language, "ResultSelector");
        Values.check(output, language, "Output");
        Values.check(assign, language, "Assign");
        checkSeconds(timeout, "TimeoutSeconds", language);
        checkSeconds(heartbeat, "HeartbeatSeconds", language);
        if (timeout instanceof Literal t && heartbeat instanceof Literal h
                && h.node().asLong() >= t.node().asLong()) {
            throw new TaskValidationException(ErrorCode.OUT_OF_RANGE, null, "HeartbeatSeconds",
                    "must be smaller than TimeoutSeconds (" + t.node().asLong() + "), was " + h.node().asLong());
        }
        if (credentials != null) {
            if (credentials instanceof Literal l && !l.isText()) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "Credentials.RoleArn",
                        "must be a role ARN, a path or an expression, was " + l);
            }
            Values.check(credentials, language, "Credentials.RoleArn");
        }
        for (int i = 0; i < retry.size(); i++) {
            if (retry.get(i).matchesAll() && i != retry.size() - 1) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "Retry[" + i + "]",
                        "a retrier for States.ALL must be the last one");
            }
        }
        for (int i = 0; i < catchers.size(); i++) {
            catchers.get(i).check(language, "Catch[" + i + "]");
            if (catchers.get(i).matchesAll() && i != catchers.size() - 1) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "Catch[" + i + "]",
                        "a catcher for States.ALL must be the last one");
            }
        }
    }

    private static void refuse(Object field, String name, String instead) {
        if (field != null) {
            throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, null, name,
                    name + " is JSONPath-only; in a JSONata state " + instead);
        }
    }

    private static void checkSeconds(Value v, String field, QueryLanguage language) {
        if (v == null) {
            return;
        }
        if (v instanceof Literal l) {
            if (!l.node().canConvertToLong() || !l.node().isIntegralNumber()
                    || l.node().asLong() < 1 || l.node().asLong() > MAX_SECONDS) {
                throw new TaskValidationException(ErrorCode.OUT_OF_RANGE, null, field,
                        "must be a whole number of seconds from 1 to " + MAX_SECONDS + ", was " + l);
            }
        } else if (v instanceof JsonPath p) {
            if (language == QueryLanguage.JSONATA) {
                throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, null, field + "Path",
                        field + "Path is JSONPath-only; in a JSONata state give " + field + " as \"{% ... %}\"");
            }
            if (p.isDiscard() || !p.isReferencePath()) {
                throw new TaskValidationException(ErrorCode.INVALID_PATH, null, field + "Path",
                        "must be a reference path, was \"" + p + "\"");
            }
        } else if (v instanceof JsonataExpression) {
            Values.check(v, language, field);
        } else {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, field,
                    "must be seconds, a reference path or a JSONata expression, was " + v);
        }
    }

    /**
     * Writes {@code QueryLanguage} (when asked) and {@code Comment}.
     *
     * @param state the state object
     * @param writeQueryLanguage whether to write the query language field
     * @param language the effective query language
     */
    public void writeHeader(ObjectNode state, boolean writeQueryLanguage, QueryLanguage language) {
        if (writeQueryLanguage) {
            state.put("QueryLanguage", language.aslName());
        }
        if (comment != null) {
            state.put("Comment", comment);
        }
    }

    /**
     * Writes {@code InputPath}.
     *
     * @param state the state object
     */
    public void writeInput(ObjectNode state) {
        writePath(state, "InputPath", inputPath);
    }

    /**
     * Writes {@code ResultSelector}, {@code ResultPath}, {@code OutputPath} or {@code Output}, and {@code Assign}.
     *
     * @param state the state object
     * @param language the effective query language
     */
    public void writeResult(ObjectNode state, QueryLanguage language) {
        if (resultSelector != null) {
            state.set("ResultSelector", Values.toJson(resultSelector, language));
        }
        writePath(state, "ResultPath", resultPath);
        writePath(state, "OutputPath", outputPath);
        if (output != null) {
            state.set("Output", Values.toJson(output, language));
        }
        if (assign != null) {
            state.set("Assign", Values.toJson(assign, language));
        }
    }

    /**
     * Writes {@code TimeoutSeconds}/{@code TimeoutSecondsPath} and {@code HeartbeatSeconds}/{@code HeartbeatSecondsPath}.
     *
     * @param state the state object
     */
    public void writeTimeouts(ObjectNode state) {
        writeSeconds(state, "TimeoutSeconds", timeout);
        writeSeconds(state, "HeartbeatSeconds", heartbeat);
    }

    /**
     * Writes {@code Credentials}.
     *
     * @param state the state object
     * @param language the effective query language
     */
    public void writeCredentials(ObjectNode state, QueryLanguage language) {
        if (credentials != null) {
            Values.put(state.putObject("Credentials"), "RoleArn", credentials, language);
        }
    }

    /**
     * Writes {@code Retry} (built-in retriers first, then these) and {@code Catch}.
     *
     * @param state the state object
     * @param builtInRetriers retriers the task adds by itself (for example Lambda's service-exception retrier)
     * @param language the effective query language
     */
    public void writeErrorHandling(ObjectNode state, List<Retrier> builtInRetriers, QueryLanguage language) {
        if (!builtInRetriers.isEmpty() || !retry.isEmpty()) {
            ArrayNode r = state.putArray("Retry");
            builtInRetriers.forEach(x -> r.add(x.toJson()));
            retry.forEach(x -> r.add(x.toJson()));
        }
        if (!catchers.isEmpty()) {
            ArrayNode c = state.putArray("Catch");
            catchers.forEach(x -> c.add(x.toJson(language)));
        }
    }

    private static void writePath(ObjectNode state, String field, JsonPath path) {
        if (path == null) {
            return;
        }
        if (path.isDiscard()) {
            state.putNull(field);
        } else {
            state.put(field, path.path());
        }
    }

    private static void writeSeconds(ObjectNode state, String field, Value v) {
        if (v instanceof Literal l) {
            state.set(field, l.node());
        } else if (v instanceof JsonPath p) {
            state.put(field + "Path", p.path());
        } else if (v instanceof JsonataExpression e) {
            state.put(field, e.text());
        }
    }

    /** @return the options as a JSON summary, for debugging */
    @Override
    public String toString() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        QueryLanguage l = queryLanguage == null ? (output != null ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH) : queryLanguage;
        writeHeader(n, queryLanguage != null, l);
        writeInput(n);
        try {
            writeResult(n, l);
        } catch (TaskValidationException e) {
            n.put("invalid", e.getMessage());
        }
        writeTimeouts(n);
        return n.toString();
    }

    /** Builds {@link StateOptions}; every setter accepts {@code null} to clear the field. */
    public static final class Builder {
        private QueryLanguage queryLanguage;
        private String comment;
        private JsonPath inputPath;
        private JsonPath outputPath;
        private JsonPath resultPath;
        private ObjectValue resultSelector;
        private Value output;
        private ObjectValue assign;
        private Value timeout;
        private Value heartbeat;
        private Value credentials;
        private final List<Retrier> retry = new ArrayList<>();
        private final List<Catcher> catchers = new ArrayList<>();

        private Builder() {
        }

        /** @param language the state's own query language @return this builder */
        public Builder queryLanguage(QueryLanguage language) {
            this.queryLanguage = language;
            return this;
        }

        /** @param comment a comment @return this builder */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** The path, or a problem that names the field (the state is added by the state's builder). */
        private static JsonPath parsePath(String path, String field, boolean reference) {
            try {
                return reference ? JsonPath.reference(path) : JsonPath.of(path);
            } catch (TaskValidationException e) {
                throw e.locate(null, field);
            }
        }

        /** @param path InputPath ({@link JsonPath#DISCARD}: null, the input becomes {@code {}}) @return this builder */
        public Builder inputPath(JsonPath path) {
            this.inputPath = path;
            return this;
        }

        /** @param path InputPath @return this builder */
        public Builder inputPath(String path) {
            return inputPath(path == null ? null : parsePath(path, "InputPath", false));
        }

        /** @param path OutputPath ({@link JsonPath#DISCARD}: null, the output becomes {@code {}}) @return this builder */
        public Builder outputPath(JsonPath path) {
            this.outputPath = path;
            return this;
        }

        /** @param path OutputPath @return this builder */
        public Builder outputPath(String path) {
            return outputPath(path == null ? null : parsePath(path, "OutputPath", false));
        }

        /** @param path ResultPath, a reference path or {@link JsonPath#DISCARD} @return this builder */
        public Builder resultPath(JsonPath path) {
            this.resultPath = path;
            return this;
        }

        /** @param path ResultPath, a reference path @return this builder */
        public Builder resultPath(String path) {
            return resultPath(path == null ? null : parsePath(path, "ResultPath", true));
        }

        /** @param selector ResultSelector @return this builder */
        public Builder resultSelector(ObjectValue selector) {
            this.resultSelector = selector;
            return this;
        }

        /** @param output Output (JSONata states) @return this builder */
        public Builder output(Value output) {
            this.output = output;
            return this;
        }

        /** @param assign variables to assign @return this builder */
        public Builder assign(ObjectValue assign) {
            this.assign = assign;
            return this;
        }

        /** @param seconds TimeoutSeconds @return this builder */
        public Builder timeoutSeconds(int seconds) {
            this.timeout = Literal.of(seconds);
            return this;
        }

        /** @param timeout TimeoutSeconds (whole seconds) @return this builder */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout == null ? null : Literal.of(timeout.toSeconds());
            return this;
        }

        /**
         * @param timeout seconds as a {@link Literal}, a reference path (TimeoutSecondsPath) or a JSONata expression
         * @return this builder
         */
        public Builder timeout(Value timeout) {
            this.timeout = timeout;
            return this;
        }

        /** @param seconds HeartbeatSeconds @return this builder */
        public Builder heartbeatSeconds(int seconds) {
            this.heartbeat = Literal.of(seconds);
            return this;
        }

        /** @param heartbeat HeartbeatSeconds (whole seconds) @return this builder */
        public Builder heartbeat(Duration heartbeat) {
            this.heartbeat = heartbeat == null ? null : Literal.of(heartbeat.toSeconds());
            return this;
        }

        /** @param heartbeat seconds, a reference path (HeartbeatSecondsPath) or a JSONata expression @return this builder */
        public Builder heartbeat(Value heartbeat) {
            this.heartbeat = heartbeat;
            return this;
        }

        /** @param roleArn the ARN of the role the state assumes @return this builder */
        public Builder credentialsRoleArn(String roleArn) {
            this.credentials = roleArn == null ? null : Literal.of(roleArn);
            return this;
        }

        /** @param role the role: a literal ARN, a {@link JsonPath}, an {@link IntrinsicFunction} or a JSONata expression @return this builder */
        public Builder credentials(Value role) {
            this.credentials = role;
            return this;
        }

        /** @param retrier a retrier, appended @return this builder */
        public Builder addRetry(Retrier retrier) {
            retry.add(Objects.requireNonNull(retrier, "retrier"));
            return this;
        }

        /** @param retriers the retriers, replacing those set @return this builder */
        public Builder retry(List<Retrier> retriers) {
            retry.clear();
            retriers.forEach(this::addRetry);
            return this;
        }

        /** @param catcher a catcher, appended @return this builder */
        public Builder addCatch(Catcher catcher) {
            catchers.add(Objects.requireNonNull(catcher, "catcher"));
            return this;
        }

        /** @param list the catchers, replacing those set @return this builder */
        public Builder catchers(List<Catcher> list) {
            catchers.clear();
            list.forEach(this::addCatch);
            return this;
        }

        /** @return the options */
        public StateOptions build() {
            return new StateOptions(this);
        }
    }
}
