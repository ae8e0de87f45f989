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

    static StateOptions parse(ObjectNode state, QueryLanguage language, QueryLanguage own) {
        StateOptions.Builder b = StateOptions.builder().queryLanguage(own);
        if (state.has("Comment")) {
            JsonNode c = state.get("Comment");
            if (!c.isTextual()) {
                throw bad("Comment", "must be a string, was " + c);
            }
            b.comment(c.textValue());
        }
        b.inputPath(path(state, "InputPath", false));
        b.outputPath(path(state, "OutputPath", false));
        b.resultPath(path(state, "ResultPath", true));
        if (state.has("ResultSelector")) {
            b.resultSelector(object(state.get("ResultSelector"), language, "ResultSelector"));
        }
        if (state.has("Output")) {
            b.output(Values.fromJson(state.get("Output"), language, "Output"));
        }
        if (state.has("Assign")) {
            b.assign(object(state.get("Assign"), language, "Assign"));
        }
        b.timeout(seconds(state, "TimeoutSeconds", language));
        b.heartbeat(seconds(state, "HeartbeatSeconds", language));
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
        b.retry(retriers(state.get("Retry")));
        b.catchers(catchers(state.get("Catch"), language));
        return b.build();
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
        if (!plain.isIntegralNumber()) {
            throw bad(field, "must be a whole number of seconds" + (language == QueryLanguage.JSONATA
                    ? " or a {% %} expression" : "") + ", was " + plain);
        }
        return Literal.of(plain);
    }

    static List<Retrier> retriers(JsonNode retry) {
        List<Retrier> out = new ArrayList<>();
        if (retry == null) {
            return out;
        }
        if (!retry.isArray()) {
            throw bad("Retry", "must be an array of retriers, was " + retry);
        }
        for (int i = 0; i < retry.size(); i++) {
            String at = "Retry[" + i + "]";
            JsonNode r = retry.get(i);
            if (!r.isObject()) {
                throw bad(at, "must be an object");
            }
            onlyFields(r, at, "ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy");
            try {
                out.add(new Retrier(strings(r.get("ErrorEquals"), at + ".ErrorEquals"),
                        integer(r, "IntervalSeconds", at), integer(r, "MaxAttempts", at),
                        r.has("BackoffRate") ? number(r.get("BackoffRate"), at + ".BackoffRate") : null,
                        integer(r, "MaxDelaySeconds", at),
                        r.has("JitterStrategy") ? jitter(r.get("JitterStrategy"), at) : null));
            } catch (TaskValidationException e) {
                throw e.property() != null && e.property().startsWith("Retry.")
                        ? new TaskValidationException(e.code(), null, at + e.property().substring(5), e.detail()) : e;
            }
        }
        return out;
    }

    static List<Catcher> catchers(JsonNode catches, QueryLanguage language) {
        List<Catcher> out = new ArrayList<>();
        if (catches == null) {
            return out;
        }
        if (!catches.isArray()) {
            throw bad("Catch", "must be an array of catchers, was " + catches);
        }
        for (int i = 0; i < catches.size(); i++) {
            String at = "Catch[" + i + "]";
            JsonNode c = catches.get(i);
            if (!c.isObject()) {
                throw bad(at, "must be an object");
            }
            onlyFields(c, at, "ErrorEquals", "Next", "ResultPath", "Output", "Assign");
            JsonNode next = c.get("Next");
            if (next == null || !next.isTextual()) {
                throw new TaskValidationException(ErrorCode.MISSING_PROPERTY, null, at + ".Next",
                        "a catcher needs Next, the name of a state");
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
                        throw e.locate(null, at + ".ResultPath");
                    }
                } else {
                    throw bad(at + ".ResultPath", "must be a reference path or null, was " + rp);
                }
            }
            Value output = c.has("Output") ? Values.fromJson(c.get("Output"), language, at + ".Output") : null;
            ObjectValue assign = c.has("Assign") ? object(c.get("Assign"), language, at + ".Assign") : null;
            try {
                out.add(new Catcher(strings(c.get("ErrorEquals"), at + ".ErrorEquals"), next.textValue(),
                        resultPath, output, assign));
            } catch (TaskValidationException e) {
                throw e.property() != null && e.property().startsWith("Catch.")
                        ? new TaskValidationException(e.code(), null, at + e.property().substring(5), e.detail()) : e;
            }
        }
        return out;
    }

    private static void onlyFields(JsonNode obj, String at, String... allowed) {
        Set<String> set = Set.of(allowed);
        obj.fieldNames().forEachRemaining(f -> {
            if (!set.contains(f)) {
                throw new TaskValidationException(ErrorCode.INVALID_STATE, null, at + "." + f,
                        "is not a field here; allowed: " + List.of(allowed));
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

    private static Integer integer(JsonNode obj, String field, String at) {
        JsonNode v = obj.get(field);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw bad(at + "." + field, "must be a whole number, was " + v);
        }
        return v.intValue();
    }

    private static Double number(JsonNode v, String at) {
        if (!v.isNumber()) {
            throw bad(at, "must be a number, was " + v);
        }
        return v.doubleValue();
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
