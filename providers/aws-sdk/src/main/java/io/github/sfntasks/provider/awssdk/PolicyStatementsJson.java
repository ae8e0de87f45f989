package io.github.sfntasks.provider.awssdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.Value;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads IAM policy statements written in IAM's own JSON form ({@code Effect}, {@code Action},
 * {@code Resource}, {@code Condition}) from a workflow file's properties, for
 * {@code additionalIamStatements}. {@code Sid}, {@code Principal}, {@code NotAction} and
 * {@code NotResource} are refused: a role's identity policy has no principal, and the statement model
 * has no negations.
 */
final class PolicyStatementsJson {

    private PolicyStatementsJson() {
    }

    /**
     * Puts the JSON Schema of a list of statements in IAM JSON form into a provider's schema, in place of
     * the placeholder the {@code JsonSchema} builder wrote (it has no "string or list of strings").
     *
     * @param schema the provider's schema document
     * @param property the property holding the list
     * @param description what the list is for
     */
    static void describe(ObjectNode schema, String property, String description) {
        ObjectNode list = JsonNodeFactory.instance.objectNode();
        list.put("type", "array");
        list.put("description", description);
        ObjectNode item = list.putObject("items");
        item.put("type", "object");
        ObjectNode props = item.putObject("properties");
        props.putObject("Effect").put("type", "string").putArray("enum").add("Allow").add("Deny");
        props.set("Action", oneOrMany("an IAM action such as s3:GetObject, or a list of them"));
        props.set("Resource", oneOrMany("a resource ARN or pattern, or a list of them"));
        ObjectNode condition = props.putObject("Condition");
        condition.put("type", "object");
        condition.put("description", "{\"<operator>\": {\"<key>\": \"<value>\" | [\"<value>\", ...]}}");
        ObjectNode keys = condition.putObject("additionalProperties");
        keys.put("type", "object");
        keys.put("minProperties", 1);
        keys.set("additionalProperties", oneOrMany("the condition values"));
        item.putArray("required").add("Action").add("Resource");
        item.put("additionalProperties", false);
        ((ObjectNode) schema.get("properties")).set(property, list);
    }

    private static ObjectNode oneOrMany(String description) {
        ObjectNode text = JsonNodeFactory.instance.objectNode().put("type", "string").put("pattern", "\\S");
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("description", description);
        ArrayNode anyOf = n.putArray("anyOf");
        anyOf.add(text.deepCopy());
        anyOf.addObject().put("type", "array").put("minItems", 1).set("items", text);
        return n;
    }

    /**
     * @param p the task's property reader
     * @param name the property holding the list
     * @return the statements, or {@code null} when the property is absent
     */
    static List<PolicyStatement> read(PropertyReader p, String name) {
        List<PropertyReader> items = p.nestedList(name);
        if (items == null) {
            return null;
        }
        List<PolicyStatement> out = new ArrayList<>();
        for (PropertyReader r : items) {
            out.add(readOne(r));
        }
        return out;
    }

    private static PolicyStatement readOne(PropertyReader r) {
        String effect = r.string("Effect");
        PolicyStatement.Effect e = PolicyStatement.Effect.Allow;
        if (effect != null) {
            if (effect.equals("Deny")) {
                e = PolicyStatement.Effect.Deny;
            } else if (!effect.equals("Allow")) {
                throw r.invalid(ErrorCode.INVALID_PROPERTY, "Effect", "must be \"Allow\" or \"Deny\", was \"" + effect + "\"");
            }
        }
        List<String> actions = strings(r, "Action");
        List<String> resources = strings(r, "Resource");
        List<PolicyStatement.Condition> conditions = new ArrayList<>();
        Value condition = r.value("Condition");
        if (condition != null) {
            JsonNode c = staticJson(r, "Condition", condition);
            if (!c.isObject()) {
                throw r.invalid(ErrorCode.INVALID_PROPERTY, "Condition",
                        "must be an object {\"<operator>\": {\"<key>\": <value or values>}}, was " + c);
            }
            Iterator<Map.Entry<String, JsonNode>> ops = c.fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getValue().isObject() || op.getValue().isEmpty()) {
                    throw r.invalid(ErrorCode.INVALID_PROPERTY, "Condition." + op.getKey(),
                            "must be an object of condition keys and values, was " + op.getValue());
                }
                Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields();
                while (keys.hasNext()) {
                    Map.Entry<String, JsonNode> key = keys.next();
                    String at = "Condition." + op.getKey() + "." + key.getKey();
                    conditions.add(new PolicyStatement.Condition(op.getKey(), key.getKey(), textList(r, at, key.getValue())));
                }
            }
        }
        for (String refused : List.of("Sid", "Principal", "NotAction", "NotResource")) {
            if (r.has(refused)) {
                throw r.invalid(ErrorCode.INVALID_PROPERTY, refused,
                        "is not supported here: give Effect, Action, Resource and optionally Condition");
            }
        }
        r.finish();
        return new PolicyStatement(e, actions, resources, conditions);
    }

    private static List<String> strings(PropertyReader r, String name) {
        Value v = r.value(name);
        if (v == null) {
            throw r.invalid(ErrorCode.MISSING_PROPERTY, name, "is required");
        }
        return textList(r, name, staticJson(r, name, v));
    }

    private static JsonNode staticJson(PropertyReader r, String name, Value v) {
        if (!(v instanceof Literal l)) {
            throw r.invalid(ErrorCode.INVALID_PROPERTY, name,
                    "must be static: IAM policies are fixed when the state machine is deployed");
        }
        return l.node();
    }

    private static List<String> textList(PropertyReader r, String name, JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isTextual()) {
            out.add(n.textValue());
        } else if (n.isArray()) {
            for (JsonNode item : n) {
                if (!item.isTextual()) {
                    throw r.invalid(ErrorCode.INVALID_PROPERTY, name, "must hold only strings, was " + n);
                }
                out.add(item.textValue());
            }
        } else {
            throw r.invalid(ErrorCode.INVALID_PROPERTY, name, "must be a string or a list of strings, was " + n);
        }
        if (out.isEmpty() || out.stream().anyMatch(String::isBlank)) {
            throw r.invalid(ErrorCode.INVALID_PROPERTY, name, "must hold at least one value, none blank");
        }
        return out;
    }
}
