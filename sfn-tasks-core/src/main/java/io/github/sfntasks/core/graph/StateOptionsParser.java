package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.JitterStrategy;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the common ASL fields of a Task state (and Retry/Catch of any state) into API types. */
final class StateOptionsParser {

    static final Set<String> COMMON_TASK_FIELDS = Set.of("Comment", "InputPath", "OutputPath", "ResultPath",
            "ResultSelector", "Output", "Assign", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds",
            "HeartbeatSecondsPath", "Credentials", "Retry", "Catch", "QueryLanguage");

    private StateOptionsParser() {
    }

    /**
     * @throws TaskValidationException every problem of the fields at once (see {@link TaskValidationException#problems()})
     */
    static StateOptions parse(ObjectNode state, QueryLanguage language, QueryLanguage own) {
        StateOptions.Builder b = StateOptions.builder().queryLanguage(own);
        List<TaskValidationException> found = new ArrayList<>();
        attempt(found, () -> {
            if (state.has("Comment")) {
                JsonNode c = state.get("Comment");
                if (!c.isTextual()) {
                    throw bad("Comment", "must be a string, was " + c);
                }
                b.comment(c.textValue());
            }
        });
        attempt(found, () -> b.inputPath(path(state, "InputPath", false)));
        attempt(found, () -> b.outputPath(path(state, "OutputPath", false)));
        attempt(found, () -> b.resultPath(path(state, "ResultPath", true)));
        attempt(found, () -> {
            if (state.has("ResultSelector")) {
                b.resultSelector(object(state.get("ResultSelector"), language, "ResultSelector"));
            }
        });
        attempt(found, () -> {
            if (state.has("Output")) {
                b.output(Values.fromJson(state.get("Output"), language, "Output"));
            }
        });
        attempt(found, () -> {
            if (state.has("Assign")) {
                b.assign(object(state.get("Assign"), language, "Assign"));
            }
        });
        attempt(found, () -> b.timeout(seconds(state, "TimeoutSeconds", language)));
        attempt(found, () -> b.heartbeat(seconds(state, "HeartbeatSeconds", language)));
        attempt(found, () -> {
            if (state.has("Credentials")) {
                JsonNode c = state.get("Credentials");
                if (!c.isObject() || c.size() != 1) {
                    throw bad("Credentials", "must be {\"RoleArn\": ...}, was " + c);
                }
                Value v = Values.fromJson(c, language, "Credentials");
                Value role = v instanceof ObjectValue o ? o.get("RoleArn")
                        : v instanceof Literal l && l.node().has("RoleArn") ? Literal.of(l.node().get("RoleArn")) : null;
                if (role == null) {
                    throw bad("Credentials", "must be {\"RoleArn\": ...}, was " + c);
                }
                b.credentials(role);
            }
        });
        attempt(found, () -> b.retry(retriers(state.get("Retry"))));
        attempt(found, () -> b.catchers(catchers(state.get("Catch"), language)));
        if (!found.isEmpty()) {
            throw TaskValidationException.of(found);
        }
        return b.build();
    }

    /** Runs one check, adding its problems to {@code found} instead of stopping. */
    static void attempt(List<TaskValidationException> found, Runnable check) {
        try {
            check.run();
        } catch (TaskValidationException e) {
            found.addAll(e.problems());
        }
    }

    private static JsonPath path(ObjectNode state, String field, boolean reference) {
        if (!state.has(field)) {
            return null;
        }
        JsonNode v = state.get(field);
        if (v.isNull()) {
            return JsonPath.DISCARD;
        }
        if (!v.isTextual()) {
            throw bad(field, "must be a path string or null, was " + v);
        }
        try {
            return reference ? JsonPath.reference(v.textValue()) : JsonPath.of(v.textValue());
        } catch (TaskValidationException e) {
            throw e.locate(null, field);
        }
    }

    private static ObjectValue object(JsonNode node, QueryLanguage language, String field) {
        if (!node.isObject()) {
            throw bad(field, "must be an object, was " + node);
        }
        return Values.asObject(Values.fromJson(node, language, field));
    }

    private static Value seconds(ObjectNode state, String field, QueryLanguage language) {
        JsonNode plain = state.get(field);
        JsonNode path = state.get(field + "Path");
        if (plain != null && path != null) {
            throw new TaskValidationException(ErrorCode.CONFLICTING_PROPERTIES, null, field + "Path",
                    "give " + field + " or " + field + "Path, not both");
        }
        if (path != null) {
            if (!path.isTextual()) {
                throw bad(field + "Path", "must be a reference path, was " + path);
            }
            try {
                return JsonPath.reference(path.textValue());
            } catch (TaskValidationException e) {
                throw e.locate(null, field + "Path");
            }
        }
        if (plain == null) {
            return null;
        }
        if (plain.isTextual() && JsonataExpression.isExpression(plain.textValue())) {
            return JsonataExpression.parse(plain.textValue());
        }
        String problem = io.github.sfntasks.core.internal.FieldRules.wholeNumberProblem(plain, 1, StateOptions.MAX_SECONDS,
                language == QueryLanguage.JSONATA);
        if (problem != null) {
            throw new TaskValidationException(plain.isNumber() ? ErrorCode.OUT_OF_RANGE : ErrorCode.INVALID_STATE, null,
                    field, problem.replace("whole number from", "whole number of seconds from"));
        }
        return Literal.of(plain);
    }

    /**
     * Bounds of the retrier fields, from "Handling errors in Step Functions workflows" (Step Functions developer
     * guide, concepts-error-handling.html, "Retrier fields"): IntervalSeconds a positive integer up to 99999999,
     * MaxAttempts 0 to 99999999 (0: never retried), MaxDelaySeconds a positive integer below 31622401, BackoffRate
     * at least 1.0.
     */
    static List<Retrier> retriers(JsonNode retry) {
        List<Retrier> out = new ArrayList<>();
        if (retry == null) {
            return out;
        }
        if (!retry.isArray()) {
            throw bad("Retry", "must be an array of retriers, was " + retry);
        }
        List<TaskValidationException> found = new ArrayList<>();
        for (int i = 0; i < retry.size(); i++) {
            String at = "Retry[" + i + "]";
            JsonNode r = retry.get(i);
            if (!r.isObject()) {
                found.add(bad(at, "must be an object, was " + r));
                continue;
            }
            int before = found.size();
            onlyFields(r, at, found, "ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds",
                    "JitterStrategy");
            List<String> errors = null;
            try {
                errors = strings(r.get("ErrorEquals"), at + ".ErrorEquals");
            } catch (TaskValidationException e) {
                found.add(e);
            }
            Integer interval = integer(r, "IntervalSeconds", at, 1, 99_999_999, found);
            Integer attempts = integer(r, "MaxAttempts", at, 0, 99_999_999, found);
            Integer maxDelay = integer(r, "MaxDelaySeconds", at, 1, 31_622_400, found);
            Double backoff = null;
            if (r.has("BackoffRate")) {
                JsonNode v = r.get("BackoffRate");
                if (!v.isNumber() || !Double.isFinite(v.doubleValue()) || v.doubleValue() < 1.0) {
                    found.add(new TaskValidationException(v.isNumber() ? ErrorCode.OUT_OF_RANGE : ErrorCode.INVALID_STATE, null,
                            at + ".BackoffRate", "must be a number of at least 1.0, was " + v));
                } else {
                    backoff = v.doubleValue();
                }
            }
            JitterStrategy jitter = null;
            if (r.has("JitterStrategy")) {
                try {
                    jitter = jitter(r.get("JitterStrategy"), at);
                } catch (TaskValidationException e) {
                    found.add(e);
                }
            }
            if (found.size() > before) {
                continue;
            }
            try {
                out.add(new Retrier(errors, interval, attempts, backoff, maxDelay, jitter));
            } catch (TaskValidationException e) {
                found.addAll(numbered(e, "Retry.", at));
            }
        }
        return orThrow(out, found);
    }

    static List<Catcher> catchers(JsonNode catches, QueryLanguage language) {
        List<Catcher> out = new ArrayList<>();
        if (catches == null) {
            return out;
        }
        if (!catches.isArray()) {
            throw bad("Catch", "must be an array of catchers, was " + catches);
        }
        List<TaskValidationException> found = new ArrayList<>();
        for (int i = 0; i < catches.size(); i++) {
            String at = "Catch[" + i + "]";
            JsonNode c = catches.get(i);
            if (!c.isObject()) {
                found.add(bad(at, "must be an object, was " + c));
                continue;
            }
            int before = found.size();
            onlyFields(c, at, found, "ErrorEquals", "Next", "ResultPath", "Output", "Assign");
            JsonNode next = c.get("Next");
            if (next == null || !next.isTextual()) {
                found.add(new TaskValidationException(ErrorCode.MISSING_PROPERTY, null, at + ".Next",
                        "a catcher needs Next, the name of a state"));
            }
            JsonPath resultPath = null;
            if (c.has("ResultPath")) {
                JsonNode rp = c.get("ResultPath");
                if (rp.isNull()) {
                    resultPath = JsonPath.DISCARD;
                } else if (rp.isTextual()) {
                    try {
                        resultPath = JsonPath.reference(rp.textValue());
                    } catch (TaskValidationException e) {
                        found.add(e.locate(null, at + ".ResultPath"));
                    }
                } else {
                    found.add(bad(at + ".ResultPath", "must be a reference path or null, was " + rp));
                }
            }
            Value output = null;
            ObjectValue assign = null;
            List<String> errors = null;
            try {
                output = c.has("Output") ? Values.fromJson(c.get("Output"), language, at + ".Output") : null;
            } catch (TaskValidationException e) {
                found.addAll(e.problems());
            }
            try {
                assign = c.has("Assign") ? object(c.get("Assign"), language, at + ".Assign") : null;
            } catch (TaskValidationException e) {
                found.addAll(e.problems());
            }
            try {
                errors = strings(c.get("ErrorEquals"), at + ".ErrorEquals");
            } catch (TaskValidationException e) {
                found.add(e);
            }
            if (found.size() > before) {
                continue;
            }
            try {
                out.add(new Catcher(errors, next.textValue(), resultPath, output, assign));
            } catch (TaskValidationException e) {
                found.addAll(numbered(e, "Catch.", at));
            }
        }
        return orThrow(out, found);
    }

    /** The problems of one retrier or catcher, {@code Retry.MaxAttempts} placed as {@code Retry[2].MaxAttempts}. */
    private static List<TaskValidationException> numbered(TaskValidationException e, String prefix, String at) {
        List<TaskValidationException> out = new ArrayList<>();
        for (TaskValidationException p : e.problems()) {
            out.add(p.property() != null && p.property().startsWith(prefix)
                    ? new TaskValidationException(p.code(), null, at + p.property().substring(prefix.length() - 1), p.detail()) : p);
        }
        return out;
    }

    private static <T> List<T> orThrow(List<T> read, List<TaskValidationException> found) {
        if (!found.isEmpty()) {
            throw TaskValidationException.of(found);
        }
        return read;
    }

    private static void onlyFields(JsonNode obj, String at, List<TaskValidationException> found, String... allowed) {
        List<String> names = List.of(allowed);
        obj.fieldNames().forEachRemaining(f -> {
            if (!names.contains(f)) {
                found.add(new TaskValidationException(ErrorCode.INVALID_STATE, null, at + "." + f,
                        "is not a field here" + io.github.sfntasks.api.support.NearestName.hintAndList(f, names, "allowed")));
            }
        });
    }

    private static List<String> strings(JsonNode node, String at) {
        if (node == null) {
            throw new TaskValidationException(ErrorCode.MISSING_PROPERTY, null, at, "is required (for example [\"States.ALL\"])");
        }
        if (!node.isArray()) {
            throw bad(at, "must be an array of error names, was " + node);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual()) {
                throw bad(at, "error names are strings, was " + n);
            }
            out.add(n.textValue());
        }
        return out;
    }

    private static Integer integer(JsonNode obj, String field, String at, int min, int max,
                                   List<TaskValidationException> found) {
        JsonNode v = obj.get(field);
        if (v == null) {
            return null;
        }
        String problem = io.github.sfntasks.core.internal.FieldRules.wholeNumberProblem(v, min, max, false);
        if (problem != null) {
            found.add(new TaskValidationException(v.isNumber() ? ErrorCode.OUT_OF_RANGE : ErrorCode.INVALID_STATE, null,
                    at + "." + field, problem));
            return null;
        }
        return v.intValue();
    }

    private static JitterStrategy jitter(JsonNode v, String at) {
        if (v.isTextual()) {
            try {
                return JitterStrategy.valueOf(v.textValue().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // fall through to the error below
            }
        }
        throw bad(at + ".JitterStrategy", "must be FULL or NONE, was " + v);
    }

    private static TaskValidationException bad(String property, String detail) {
        return new TaskValidationException(ErrorCode.INVALID_STATE, null, property, detail);
    }
}
