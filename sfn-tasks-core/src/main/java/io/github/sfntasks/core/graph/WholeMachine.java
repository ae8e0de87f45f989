package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks that look at the whole machine rather than one state. */
final class WholeMachine {

    private WholeMachine() {
    }

    /**
     * EXPRESS workflows run at most five minutes and at least once, so they support neither the Run a Job
     * ({@code .sync}) nor the Wait for Callback ({@code .waitForTaskToken}) pattern, nor activities
     * ("Standard and Express workflow types", https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html;
     * "Integrating services", https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html).
     *
     * @param states every state of the machine
     * @throws TaskValidationException ({@link ErrorCode#NOT_SUPPORTED_BY_EXPRESS}) naming the first such state
     */
    static void checkExpress(List<State> states) {
        RenderContext any = RenderContext.cloudFormation();
        for (State s : states) {
            if (!(s instanceof TaskState t)) {
                continue;
            }
            JsonNode r = t.task().toState(any).get("Resource");
            String resource = r == null || !r.isTextual() ? "" : r.textValue();
            String why = null;
            if (resource.contains(".sync")) {
                why = "uses the Run a Job pattern (.sync)";
            } else if (resource.endsWith(".waitForTaskToken")) {
                why = "uses the Wait for Callback pattern (.waitForTaskToken)";
            } else if (resource.contains(":activity:")) {
                why = "runs an activity";
            }
            if (why != null) {
                throw new TaskValidationException(ErrorCode.NOT_SUPPORTED_BY_EXPRESS, s.name(), "Resource",
                        why + ", which an EXPRESS state machine cannot run (" + resource + "); use the request-response"
                                + " pattern, or make the machine STANDARD (StateMachineOptions.stateMachineType)");
            }
        }
    }

    // $.x, $$.x, $[...], $ alone, and intrinsic functions: what a .$ key would have evaluated.
    private static final Pattern JSONPATH_LIKE = Pattern.compile("^(\\$\\$?(\\.|\\[).*|\\$|States\\.[A-Za-z]+\\(.*\\))$",
            Pattern.DOTALL);
    private static final Pattern JSONATA_LIKE = Pattern.compile("^\\$states\\.(input|context|result|errorOutput)\\b.*$",
            Pattern.DOTALL);

    /**
     * Static strings that look like what the author meant to be evaluated: in JSONPath fields a path or intrinsic
     * under a key without {@code .$} ({@code "Payload": "$.order"} sends the text "$.order"); in JSONata
     * {@code Arguments}/{@code Output} a {@code $states...} expression without <code>{% %}</code>.
     *
     * @param definition the rendered definition
     * @return one {@link WarningCode#LITERAL_LOOKS_LIKE_PATH} warning per such value
     */
    static List<String> literalsThatLookLikePaths(ObjectNode definition) {
        List<String> out = new ArrayList<>();
        scope(definition, out);
        return out;
    }

    private static void scope(JsonNode scope, List<String> out) {
        JsonNode states = scope.get("States");
        if (states == null || !states.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : states.properties()) {
            JsonNode state = e.getValue();
            for (String field : List.of("Parameters", "ResultSelector", "ItemSelector")) {
                values(state.get(field), field, false, e.getKey(), out);
            }
            for (String field : List.of("Arguments", "Output")) {
                values(state.get(field), field, true, e.getKey(), out);
            }
            JsonNode branches = state.get("Branches");
            if (branches != null && branches.isArray()) {
                branches.forEach(b -> scope(b, out));
            }
            for (String processor : List.of("ItemProcessor", "Iterator")) {
                if (state.has(processor)) {
                    scope(state.get(processor), out);
                }
            }
        }
    }

    private static void values(JsonNode node, String path, boolean jsonata, String state, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                if (!jsonata && f.getKey().endsWith(".$")) {
                    continue;
                }
                values(f.getValue(), path + "." + f.getKey(), jsonata, state, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                values(node.get(i), path + "[" + i + "]", jsonata, state, out);
            }
        } else if (node.isTextual()) {
            String v = node.textValue();
            if (!jsonata && JSONPATH_LIKE.matcher(v).matches()) {
                out.add(new TaskWarning(WarningCode.LITERAL_LOOKS_LIKE_PATH, state, path, "\"" + v
                        + "\" is sent as this literal text, since the key has no .$; end the key with .$ to send what"
                        + " the path selects (or, in a workflow file's Properties, the property name)").toString());
            } else if (jsonata && JSONATA_LIKE.matcher(v).matches()) {
                out.add(new TaskWarning(WarningCode.LITERAL_LOOKS_LIKE_PATH, state, path, "\"" + v
                        + "\" is sent as this literal text; write {% " + v + " %} to evaluate it").toString());
            }
        }
    }
}
