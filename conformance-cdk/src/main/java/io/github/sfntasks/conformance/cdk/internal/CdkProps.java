package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.cdk.CdkDifferential;
import io.github.sfntasks.conformance.cdk.CdkInputs;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory.NotExpressible;
import io.github.sfntasks.conformance.internal.Json;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.TaskInput;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the Step Functions and API Gateway factories share: request properties turned into CDK props the way a CDK
 * user writes them (a {@code "name.$"} path becomes {@code JsonPath.stringAt(path)}, so the CDK sees the path, as it
 * does the task token), and the statement rewriting their {@code AllowedDifference} normalisers do.
 */
final class CdkProps {

    /** {@code arn:aws:states:us-east-1:123456789012:}, the stack's Step Functions ARN prefix. */
    static final String STACK_STATES_PREFIX = CdkDifferential.CONTEXT.arn("states", "");

    private CdkProps() {
    }

    /**
     * @param p the request's properties
     * @param name a property
     * @return its value when it is a static text (not a path, not a JSONata expression), else {@code null}
     */
    static String staticText(ObjectNode p, String name) {
        JsonNode v = p.get(name);
        return v != null && v.isTextual() && !JsonataExpression.isExpression(v.textValue()) ? v.textValue() : null;
    }

    /**
     * A string prop: the text as given (a JSONata {@code {% %}} expression is text to the CDK too), or for
     * {@code "name.$"} the CDK's {@code JsonPath.stringAt}, which renders {@code "Name.$"} again.
     *
     * @param p the request's properties
     * @param name the property
     * @return the prop, or {@code null} when absent
     * @throws NotExpressible for a value that is not text
     */
    static String string(ObjectNode p, String name) {
        JsonNode dynamic = p.get(name + ".$");
        if (dynamic != null) {
            return path(dynamic.asText(), name);
        }
        JsonNode v = p.get(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw new NotExpressible(name + " as " + v.getNodeType() + " (the CDK prop is a string)");
        }
        return v.textValue();
    }

    /** @return {@code JsonPath.stringAt(path)}; NotExpressible when the CDK refuses the path */
    private static String path(String path, String name) {
        try {
            return JsonPath.stringAt(path);
        } catch (RuntimeException e) {
            throw new NotExpressible(name + ".$ that JsonPath.stringAt refuses (" + path + ")");
        }
    }

    /**
     * A task input prop ({@code TaskInput}): a {@code "name.$"} path, an object (see {@link #object}), or a text.
     *
     * @param p the request's properties
     * @param name the property
     * @return the input, or {@code null} when absent
     * @throws NotExpressible for numbers, booleans, arrays and {@code null}, which a {@code TaskInput} cannot hold
     */
    static TaskInput taskInput(ObjectNode p, String name) {
        JsonNode dynamic = p.get(name + ".$");
        if (dynamic != null) {
            try {
                return TaskInput.fromJsonPathAt(dynamic.asText());
            } catch (RuntimeException e) {
                throw new NotExpressible(name + ".$ that TaskInput.fromJsonPathAt refuses (" + dynamic.asText() + ")");
            }
        }
        JsonNode v = p.get(name);
        if (v == null) {
            return null;
        }
        if (v.isObject()) {
            return TaskInput.fromObject(object(v));
        }
        if (v.isTextual()) {
            return TaskInput.fromText(v.textValue());
        }
        throw new NotExpressible(name + " as " + v.getNodeType() + " (a TaskInput is an object, a text or a path)");
    }

    /**
     * An object prop as a CDK user writes it: a {@code "key.$"} member becomes {@code key: JsonPath.stringAt(value)}
     * (so the CDK finds the paths in it, the task token among them: {@code States.Array($$.Task.Token)} is
     * {@code JsonPath.array(JsonPath.taskToken)}), nested objects likewise; arrays and other values as given.
     *
     * @param node a JSON object
     * @return the map
     * @throws NotExpressible for a {@code null} anywhere (jsii turns it into {@code undefined}, which the CDK drops)
     */
    static Map<String, Object> object(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            JsonNode v = e.getValue();
            if (CdkInputs.containsNull(v)) {
                throw new NotExpressible("a null member (jsii drops it on the way to the CDK)");
            }
            String bare = k.endsWith(".$") ? k.substring(0, k.length() - 2) : null;
            if (bare != null && v.isTextual() && !node.has(bare)) {
                out.put(bare, path(v.textValue(), k));
            } else if (v.isObject()) {
                out.put(k, object(v));
            } else {
                out.put(k, CdkOptions.plain(v));
            }
        }
        return out;
    }

    // ---- statement rewriting, for normalisers -------------------------------------------------------

    /**
     * @param render {@code {"state":..., "statements":[...]}}
     * @param action an IAM action, any case
     * @return the resources granted that action
     */
    static List<String> resources(ObjectNode render, String action) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : render.path("statements")) {
            if (grants(s, action)) {
                out.addAll(Json.texts(s.get("Resource")));
            }
        }
        return out;
    }

    /**
     * Replaces a resource in every statement of a render.
     *
     * @param render the render to rewrite
     * @param from the resource as it is
     * @param to what it becomes
     * @return whether it was found
     */
    static boolean replaceResource(ObjectNode render, String from, String to) {
        boolean found = false;
        for (JsonNode s : render.path("statements")) {
            List<String> resources = Json.texts(s.get("Resource"));
            if (resources.contains(from)) {
                ArrayNode a = ((ObjectNode) s).putArray("Resource");
                resources.forEach(r -> a.add(r.equals(from) ? to : r));
                found = true;
            }
        }
        return found;
    }

    /**
     * Removes one resource from the statements that grant {@code action} (and a statement left without any).
     *
     * @param render the render to rewrite
     * @param action the action
     * @param resource the resource to remove
     */
    static void removeResource(ObjectNode render, String action, String resource) {
        ArrayNode statements = (ArrayNode) render.get("statements");
        for (int i = statements.size() - 1; i >= 0; i--) {
            JsonNode s = statements.get(i);
            List<String> resources = Json.texts(s.get("Resource"));
            if (grants(s, action) && resources.remove(resource)) {
                if (resources.isEmpty()) {
                    statements.remove(i);
                } else {
                    ArrayNode a = ((ObjectNode) s).putArray("Resource");
                    resources.forEach(a::add);
                }
            }
        }
    }

    /**
     * Removes the statements that grant {@code action} and nothing else.
     *
     * @param render the render to rewrite
     * @param action the action
     * @return the removed statements
     */
    static List<JsonNode> removeStatements(ObjectNode render, String action) {
        List<JsonNode> removed = new ArrayList<>();
        ArrayNode statements = (ArrayNode) render.get("statements");
        for (int i = statements.size() - 1; i >= 0; i--) {
            JsonNode s = statements.get(i);
            List<String> actions = Json.texts(s.get("Action"));
            if (actions.size() == 1 && grants(s, action)) {
                removed.add(0, statements.remove(i));
            }
        }
        return removed;
    }

    private static boolean grants(JsonNode statement, String action) {
        String wanted = action.toLowerCase(Locale.ROOT);
        return Json.texts(statement.get("Action")).stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
    }

    /**
     * @param render a render
     * @return its state's {@code Parameters} or {@code Arguments} object, or {@code null}
     */
    static ObjectNode parameters(ObjectNode render) {
        JsonNode state = render.get("state");
        JsonNode p = state.has("Parameters") ? state.get("Parameters") : state.get("Arguments");
        return p instanceof ObjectNode o ? o : null;
    }
}
