package io.github.sfntasks.conformance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.generation.TaskCase;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Is a rendered state valid ASL, as the Amazon States Language specification and the Step Functions developer
 * guide describe a Task (or Pass) state: known fields only, no {@code Next}/{@code End} (the graph owns them),
 * {@code null} only where ASL gives it a meaning (the three paths), a Resource that is an optimized integration
 * ({@code arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]}) or a direct function or
 * activity ARN, a suffix that matches the task's integration pattern, {@code .$} members only in JSONPath states
 * and each holding a path or intrinsic call that parses, expressions only in JSONata states, and retriers,
 * catchers and timeouts in their ranges.
 */
public final class AslShape {

    private static final Set<String> TASK_FIELDS = Set.of("Type", "Comment", "QueryLanguage", "Resource", "InputPath",
            "OutputPath", "Parameters", "Arguments", "ResultSelector", "ResultPath", "Output", "Assign", "TimeoutSeconds",
            "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials", "Retry", "Catch");
    private static final Set<String> PASS_FIELDS = Set.of("Type", "Comment", "QueryLanguage", "InputPath", "OutputPath",
            "Parameters", "Result", "ResultPath", "Output", "Assign");
    private static final Set<String> NULLABLE = Set.of("InputPath", "OutputPath", "ResultPath", "Result", "Output");
    private static final Set<String> JSONPATH_ONLY = Set.of("InputPath", "OutputPath", "Parameters", "ResultSelector",
            "ResultPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "Result");
    private static final long MAX_SECONDS = 99_999_999L;

    private AslShape() {
    }

    /**
     * @param partition the render context's partition
     * @return the pattern of an optimized-integration Resource in that partition
     */
    static Pattern integrationResource(String partition) {
        return Pattern.compile("^arn:" + Pattern.quote(partition)
                + ":states:::[a-z0-9-]+(?::[a-zA-Z0-9-]+)?:[a-zA-Z0-9]+(\\.sync(?::2)?|\\.waitForTaskToken)?$");
    }

    private static final Pattern DIRECT = Pattern.compile(
            "^arn:([^:]+):(?:lambda:[^:]*:[^:]*:function:[a-zA-Z0-9_-]+(?::[a-zA-Z0-9$_-]+)?|states:[^:]*:[^:]*:activity:[^:]+)$");

    /**
     * @param provider the provider
     * @param c the request
     * @param task the task it made
     * @param state the task's state for {@code context}
     * @param context the render context
     * @param inputText the request's properties and options as text (an ARN written there is the user's)
     * @return the problems; empty when the state is valid
     */
    public static List<String> problems(TaskProvider provider, TaskCase c, Task task, ObjectNode state,
                                        RenderContext context, String inputText) {
        List<String> out = new ArrayList<>();
        if (!c.stateName().equals(task.stateName())) {
            out.add("the task's stateName() is \"" + task.stateName() + "\", the request's \"" + c.stateName() + "\"");
        }
        // A provider may render its state in the other language when the state says so itself (a JSONata Pass state
        // in a JSONPath machine, say); otherwise the state inherits the machine's language and must be written in it.
        boolean selfDescribed = task.queryLanguage().aslName().equals(state.path("QueryLanguage").asText(null));
        if (task.queryLanguage() != c.queryLanguage() && !selfDescribed) {
            out.add("the task's query language is " + task.queryLanguage() + ", the request's " + c.queryLanguage()
                    + ", and the state does not say QueryLanguage " + task.queryLanguage().aslName());
        }
        IntegrationPattern pattern = task.integrationPattern();
        if (!provider.integrationPatterns().contains(pattern)) {
            out.add("the task's pattern " + pattern + " is not one the provider supports " + provider.integrationPatterns());
        }
        if (pattern != c.effectivePattern(provider)) {
            out.add("the task's pattern is " + pattern + ", the request asked for " + c.effectivePattern(provider));
        }
        String type = state.path("Type").asText("");
        if (!type.equals("Task") && !type.equals("Pass")) {
            out.add("Type must be \"Task\" (or \"Pass\" for a provider that compiles to one), was " + state.get("Type"));
            return out;
        }
        Set<String> fields = type.equals("Task") ? TASK_FIELDS : PASS_FIELDS;
        Iterator<String> names = state.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (f.equals("Next") || f.equals("End")) {
                out.add(f + " is rendered by the task; the state-machine graph owns transitions");
            } else if (!fields.contains(f)) {
                out.add("\"" + f + "\" is not a field of a " + type + " state");
            } else if (state.get(f).isNull() && !NULLABLE.contains(f)) {
                out.add(f + " is null; ASL allows null only for InputPath, OutputPath and ResultPath");
            }
        }
        JsonNode ql = state.get("QueryLanguage");
        if (ql != null && !ql.asText().equals(task.queryLanguage().aslName())) {
            out.add("QueryLanguage is " + ql + ", the task's language is " + task.queryLanguage().aslName());
        }
        if (state.has("Comment") && !state.get("Comment").isTextual()) {
            out.add("Comment must be a string");
        }
        if (type.equals("Task")) {
            resource(state, pattern, context, inputText, out);
        }
        if (task.queryLanguage() == QueryLanguage.JSONPATH) {
            jsonPath(state, out);
        } else {
            jsonata(state, out);
        }
        timeouts(state, out);
        errorHandling(state, out);
        JsonNode cred = state.get("Credentials");
        if (cred != null && (!cred.isObject() || (!cred.has("RoleArn") && !cred.has("RoleArn.$")))) {
            out.add("Credentials must be an object with RoleArn, was " + cred);
        }
        return out;
    }

    private static void resource(ObjectNode state, IntegrationPattern pattern, RenderContext context, String inputText,
                                 List<String> out) {
        JsonNode r = state.get("Resource");
        if (r == null || !r.isTextual()) {
            out.add("a Task state needs a Resource string, was " + r);
            return;
        }
        String resource = r.textValue();
        if (integrationResource(context.partition()).matcher(resource).matches()) {
            String suffix = resource.endsWith(".waitForTaskToken") ? ".waitForTaskToken"
                    : resource.matches(".*\\.sync(:2)?$") ? ".sync" : "";
            String expected = pattern == IntegrationPattern.RUN_JOB ? ".sync"
                    : pattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN ? ".waitForTaskToken" : "";
            if (!suffix.equals(expected)) {
                out.add("Resource " + resource + " does not end as " + pattern + " requires ("
                        + (expected.isEmpty() ? "no suffix" : expected + (expected.equals(".sync") ? " or .sync:2" : "")) + ")");
            }
            return;
        }
        var m = DIRECT.matcher(resource);
        if (m.matches()) {
            if (!m.group(1).equals(context.partition()) && !inputText.contains(resource)) {
                out.add("Resource " + resource + " names partition " + m.group(1) + ", the render context's is "
                        + context.partition());
            }
            if (pattern != IntegrationPattern.REQUEST_RESPONSE) {
                out.add("a direct ARN Resource (" + resource + ") has no pattern suffix, so it cannot be " + pattern);
            }
            return;
        }
        if (!GrantChecks.userPlaceholders(inputText, resource).isEmpty()) {
            return; // a function or activity the user gave as a placeholder, rendered as given
        }
        out.add("Resource " + resource + " is neither arn:" + context.partition()
                + ":states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken] nor a function or activity ARN");
    }

    private static void jsonPath(ObjectNode state, List<String> out) {
        for (String f : List.of("Arguments", "Output")) {
            if (state.has(f)) {
                out.add(f + " is JSONata-only, in a JSONPath state");
            }
        }
        for (String f : List.of("Parameters", "ResultSelector")) {
            if (state.has(f) && !state.get(f).isObject()) {
                out.add(f + " must be an object, was " + state.get(f));
            }
        }
        Json.members(state, (pointer, name, value) -> {
            if (name.endsWith(".$")) {
                if (!value.isTextual()) {
                    out.add(pointer + " must hold a path or intrinsic call string, was " + value);
                } else if (!DynamicValues.isValidDynamic(value.textValue())) {
                    out.add(pointer + " holds \"" + value.textValue() + "\", which does not parse as a path or intrinsic call");
                }
            }
        });
        Json.strings(state, (pointer, text) -> {
            if (JsonataExpression.isExpression(text)) {
                out.add(pointer + " holds a JSONata expression " + text + " in a JSONPath state");
            }
        });
        for (String f : List.of("InputPath", "OutputPath")) {
            JsonNode p = state.get(f);
            if (p != null && !p.isNull() && (!p.isTextual() || !parses(p.textValue(), false))) {
                out.add(f + " " + p + " is not a path");
            }
        }
        for (String f : List.of("ResultPath", "TimeoutSecondsPath", "HeartbeatSecondsPath")) {
            JsonNode p = state.get(f);
            if (p != null && !(f.equals("ResultPath") && p.isNull()) && (!p.isTextual() || !parses(p.textValue(), true))) {
                out.add(f + " " + p + " is not a reference path");
            }
        }
    }

    private static boolean parses(String path, boolean reference) {
        try {
            if (reference) {
                JsonPath.reference(path);
            } else {
                JsonPath.of(path);
            }
            return true;
        } catch (TaskValidationException e) {
            return false;
        }
    }

    private static void jsonata(ObjectNode state, List<String> out) {
        for (String f : JSONPATH_ONLY) {
            if (state.has(f)) {
                out.add(f + " is JSONPath-only, in a JSONata state");
            }
        }
        JsonNode args = state.get("Arguments");
        if (args != null && !args.isObject() && !(args.isTextual() && JsonataExpression.isExpression(args.textValue()))) {
            out.add("Arguments must be an object or a {% %} expression, was " + args);
        }
        Json.members(state, (pointer, name, value) -> {
            if (name.endsWith(".$")) {
                out.add(pointer + ": a \".$\" member in a JSONata state");
            }
        });
        Json.strings(state, (pointer, text) -> {
            if (JsonataExpression.isExpression(text) && !DynamicValues.isValidJsonata(text)) {
                out.add(pointer + " holds an expression that does not parse: " + text);
            }
        });
    }

    private static void timeouts(ObjectNode state, List<String> out) {
        Long timeout = seconds(state, "TimeoutSeconds", out);
        Long heartbeat = seconds(state, "HeartbeatSeconds", out);
        if (timeout != null && heartbeat != null && heartbeat >= timeout) {
            out.add("HeartbeatSeconds " + heartbeat + " must be smaller than TimeoutSeconds " + timeout);
        }
        if (state.has("TimeoutSeconds") && state.has("TimeoutSecondsPath")) {
            out.add("TimeoutSeconds and TimeoutSecondsPath together");
        }
        if (state.has("HeartbeatSeconds") && state.has("HeartbeatSecondsPath")) {
            out.add("HeartbeatSeconds and HeartbeatSecondsPath together");
        }
    }

    private static Long seconds(ObjectNode state, String field, List<String> out) {
        JsonNode v = state.get(field);
        if (v == null) {
            return null;
        }
        if (v.isTextual() && JsonataExpression.isExpression(v.textValue())) {
            return null;
        }
        if (!v.isIntegralNumber() || v.asLong() < 1 || v.asLong() > MAX_SECONDS) {
            out.add(field + " must be a whole number from 1 to " + MAX_SECONDS + ", was " + v);
            return null;
        }
        return v.asLong();
    }

    private static void errorHandling(ObjectNode state, List<String> out) {
        JsonNode retry = state.get("Retry");
        if (retry != null) {
            if (!retry.isArray()) {
                out.add("Retry must be an array");
            } else {
                for (int i = 0; i < retry.size(); i++) {
                    JsonNode r = retry.get(i);
                    String at = "Retry[" + i + "]";
                    errorEquals(r, at, out);
                    intField(r, "IntervalSeconds", 1, MAX_SECONDS, at, out);
                    intField(r, "MaxAttempts", 0, MAX_SECONDS, at, out);
                    intField(r, "MaxDelaySeconds", 1, 31_622_400, at, out);
                    JsonNode b = r.get("BackoffRate");
                    if (b != null && (!b.isNumber() || b.asDouble() < 1.0)) {
                        out.add(at + ".BackoffRate must be a number of at least 1.0, was " + b);
                    }
                    JsonNode j = r.get("JitterStrategy");
                    if (j != null && !(j.asText().equals("FULL") || j.asText().equals("NONE"))) {
                        out.add(at + ".JitterStrategy must be FULL or NONE, was " + j);
                    }
                }
            }
        }
        JsonNode c = state.get("Catch");
        if (c != null) {
            if (!c.isArray()) {
                out.add("Catch must be an array");
            } else {
                for (int i = 0; i < c.size(); i++) {
                    errorEquals(c.get(i), "Catch[" + i + "]", out);
                    JsonNode next = c.get(i).get("Next");
                    if (next == null || !next.isTextual() || next.textValue().isEmpty()) {
                        out.add("Catch[" + i + "].Next must name a state, was " + next);
                    }
                }
            }
        }
    }

    private static void errorEquals(JsonNode r, String at, List<String> out) {
        JsonNode e = r.get("ErrorEquals");
        if (e == null || !e.isArray() || e.isEmpty()) {
            out.add(at + ".ErrorEquals must be a non-empty array");
            return;
        }
        for (JsonNode x : e) {
            if (!x.isTextual() || x.textValue().isEmpty()) {
                out.add(at + ".ErrorEquals holds " + x + ", not an error name");
            }
        }
    }

    private static void intField(JsonNode r, String f, long min, long max, String at, List<String> out) {
        JsonNode v = r.get(f);
        if (v != null && (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max)) {
            out.add(at + "." + f + " must be a whole number from " + min + " to " + max + ", was " + v);
        }
    }
}
