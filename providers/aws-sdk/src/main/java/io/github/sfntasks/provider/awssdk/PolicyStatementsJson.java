package io.github.sfntasks.provider.awssdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.Value;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
     * The JSON Schema of a list of statements in IAM JSON form.
     *
     * @param description what the list is for
     * @return the schema of the property holding the list
     */
    static JsonSchema schema(String description) {
        JsonSchema statement = JsonSchema.object()
                .optional("Effect", JsonSchema.enumOf("Allow", "Deny"))
                .required("Action", oneOrMany(JsonSchema.string().pattern(AwsSdkCall.whole(ACTION_REGEX)),
                        "an IAM action such as s3:GetObject (s3:Get* allowed, * alone not), or a list of them"))
                .required("Resource", oneOrMany(staticText(), "a resource ARN or pattern, or a list of them"))
                .optional("Condition", JsonSchema.mapOf(JsonSchema.mapOf(oneOrMany(staticText(), "the condition values"))
                                .minProperties(1).propertyNames(STATIC_NAME))
                        .propertyNames(STATIC_NAME)
                        .description("{\"<operator>\": {\"<key>\": \"<value>\" | [\"<value>\", ...]}}"));
        return JsonSchema.array(statement).description(description);
    }

    /**
     * A member name that does not end in {@code .$}: such a member is read as a path or, in any query language,
     * makes its object a run-time value ({@code Values.fromJson}), and a statement must be static.
     */
    static final String STATIC_NAME = "^(?:|\\$|[\\s\\S]*[^$]|[\\s\\S]*[^.]\\$)$";

    /**
     * An action as IAM writes it, {@code <prefix>:<name>} where the name may hold {@code *} wildcards, as the AWS
     * CDK's {@code PolicyStatement} checks it; but not {@code *} alone, which would grant every action of every
     * service (the CDK takes it).
     */
    static final String ACTION_REGEX = "[a-zA-Z0-9-]+:[a-zA-Z0-9*]+";

    private static final Pattern ACTION = Pattern.compile(ACTION_REGEX);

    /**
     * Not blank ({@link String#isBlank()}) and not a JSONata expression: a statement is static, and a
     * {@code "{% ... %}"} string is an expression in a JSONata state and a query language mistake in a JSONPath one.
     */
    private static JsonSchema staticText() {
        return JsonSchema.allOf(JsonSchema.string().pattern(AwsSdkCall.NOT_BLANK_REGEX),
                JsonSchema.not(JsonSchema.string().pattern(JsonSchema.JSONATA_PATTERN)));
    }

    /** One text as {@code text} says, or a non-empty list of them. */
    private static JsonSchema oneOrMany(JsonSchema text, String description) {
        return JsonSchema.anyOf(text, JsonSchema.array(text).minItems(1)).description(description);
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
        for (String action : actions) {
            if (!ACTION.matcher(action).matches()) {
                throw r.invalid(ErrorCode.INVALID_PROPERTY, "Action", "must be an IAM action <prefix>:<name>"
                        + " (s3:GetObject, s3:Get*)" + (action.equals("*") ? "; * alone would grant every action of every service" : "")
                        + ", was \"" + action + "\"");
            }
        }
        List<String> resources = strings(r, "Resource");
        List<PolicyStatement.Condition> conditions = new ArrayList<>();
        Value condition = r.value("Condition");
        if (condition != null) {
            JsonNode c = staticJson(r, "Condition", condition);
            if (!c.isObject()) {
                throw r.invalid(ErrorCode.INVALID_PROPERTY, "Condition",
                        "must be an object {\"<operator>\": {\"<key>\": <value or values>}}, was " + c);
            }
            Iterator<Map.Entry<String, JsonNode>> ops = c.properties().iterator();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getValue().isObject() || op.getValue().isEmpty()) {
                    throw r.invalid(ErrorCode.INVALID_PROPERTY, "Condition." + op.getKey(),
                            "must be an object of condition keys and values, was " + op.getValue());
                }
                Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().properties().iterator();
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
