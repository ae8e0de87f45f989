package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.support.JsonSchema;

/**
 * The JSON Schema parts the four DynamoDB providers share. Attribute values are recursive (a map holds attribute
 * values), which {@link JsonSchema} does not build; they are written here as {@code $defs} and referenced with
 * {@code $ref}. {@link #refine(ObjectNode)} puts them into a document built with {@code JsonSchema}.
 */
final class DynamoSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NUMBER = "^" + DynamoAttributeValue.NUMBER.pattern() + "$";
    private static final String BASE64 = "^" + DynamoAttributeValue.BASE64.pattern() + "$";
    private static final String[] TYPES = {"S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"};

    private DynamoSchema() {
    }

    /** @return the {@code table} property */
    static JsonSchema table() {
        return JsonSchema.string().maxLength(DynamoRules.MAX_TABLE_ARN)
                .pattern("^(" + DynamoRules.TABLE_NAME + "|" + DynamoRules.TABLE_ARN + ")$")
                .description("Table name (3-255 characters of a-z A-Z 0-9 _ . -) or table ARN").dynamic();
    }

    /** @param description what the expression does @return an expression property */
    static JsonSchema expression(String description) {
        return JsonSchema.string().minLength(1).maxLength(DynamoRules.MAX_EXPRESSION_BYTES).pattern("\\S")
                .description(description).dynamic();
    }

    /** @param description what the map holds @return a placeholder that {@link #refine} replaces */
    static JsonSchema attributeMap(String description) {
        return JsonSchema.freeObject().description(description).dynamic();
    }

    /** @return a placeholder for {@code expressionAttributeNames} that {@link #refine} replaces */
    static JsonSchema names() {
        return JsonSchema.freeObject().description("Placeholders (#name) for attribute names in the expressions");
    }

    /**
     * Replaces the placeholders of {@code key}, {@code item}, {@code expressionAttributeValues} and
     * {@code expressionAttributeNames} with their real schemas and adds the {@code $defs} they use.
     *
     * @param document a document from {@link JsonSchema#toDocument(String)}
     * @return the same document
     */
    static ObjectNode refine(ObjectNode document) {
        ObjectNode props = (ObjectNode) document.get("properties");
        for (String name : new String[] {"key", "item", "expressionAttributeValues"}) {
            if (props.has(name)) {
                ((ArrayNode) props.get(name).get("anyOf")).set(0, ref(name));
            }
        }
        if (props.has("expressionAttributeNames")) {
            ObjectNode names = NODES.objectNode();
            names.put("type", "object");
            names.put("description", props.get("expressionAttributeNames").get("description").textValue());
            names.put("minProperties", 1);
            names.putObject("propertyNames").put("pattern", "^#[A-Za-z0-9_]+(\\.\\$)?$");
            names.putObject("additionalProperties").put("type", "string").put("minLength", 1);
            props.set("expressionAttributeNames", names);
        }
        document.set("$defs", defs());
        return document;
    }

    private static ObjectNode ref(String def) {
        return NODES.objectNode().put("$ref", "#/$defs/" + def);
    }

    private static ObjectNode defs() {
        ObjectNode defs = NODES.objectNode();
        defs.set("attributeValue", attributeValue(false));
        defs.set("keyAttributeValue", attributeValue(true));
        defs.set("attributeMap", map(null, "attributeValue"));
        defs.set("key", map(2, "keyAttributeValue").put("minProperties", 1));
        defs.set("item", map(null, "attributeValue").put("minProperties", 1));
        ObjectNode values = NODES.objectNode().put("type", "object").put("minProperties", 1);
        values.putObject("propertyNames").put("pattern", "^:[A-Za-z0-9_]+$").put("maxLength", DynamoRules.MAX_PLACEHOLDER_BYTES);
        values.set("additionalProperties", ref("attributeValue"));
        defs.set("expressionAttributeValues", values);
        return defs;
    }

    private static ObjectNode map(Integer maxProperties, String valueDef) {
        ObjectNode m = NODES.objectNode().put("type", "object");
        if (maxProperties != null) {
            m.put("maxProperties", maxProperties);
        }
        ObjectNode names = m.putObject("propertyNames").put("minLength", 1);
        names.putObject("not").put("pattern", "\\.\\$$");
        m.set("additionalProperties", ref(valueDef));
        return m;
    }

    private static ObjectNode attributeValue(boolean key) {
        ObjectNode v = NODES.objectNode().put("type", "object")
                .put("description", key ? "A key attribute value in DynamoDB JSON: {\"S\": ...}, {\"N\": \"...\"} or {\"B\": ...}"
                        : "An attribute value in DynamoDB JSON, such as {\"S\": \"text\"}, {\"N\": \"10\"} or {\"S.$\": \"$.path\"}");
        ArrayNode oneOf = v.putArray("oneOf");
        for (String type : TYPES) {
            if (key && !(type.equals("S") || type.equals("N") || type.equals("B"))) {
                continue;
            }
            oneOf.add(alternative(type, data(type, key)));
            if (!type.equals("NULL")) {
                oneOf.add(alternative(type + ".$", NODES.objectNode().put("type", "string")
                        .put("description", "a JSONPath or intrinsic function giving the data (JSONPath states)")));
            }
        }
        return v;
    }

    private static ObjectNode alternative(String member, ObjectNode schema) {
        ObjectNode alt = NODES.objectNode().put("type", "object");
        alt.putArray("required").add(member);
        alt.putObject("properties").set(member, schema);
        alt.put("additionalProperties", false);
        return alt;
    }

    private static ObjectNode data(String type, boolean key) {
        return switch (type) {
            case "S" -> key ? NODES.objectNode().put("type", "string").put("minLength", 1)
                    : NODES.objectNode().put("type", "string");
            case "N" -> orJsonata(NODES.objectNode().put("type", "string").put("pattern", NUMBER));
            case "B" -> orJsonata(key ? NODES.objectNode().put("type", "string").put("minLength", 1).put("pattern", BASE64)
                    : NODES.objectNode().put("type", "string").put("pattern", BASE64));
            case "SS" -> orJsonata(set(NODES.objectNode().put("type", "string")));
            case "NS" -> orJsonata(set(NODES.objectNode().put("type", "string").put("pattern", NUMBER)));
            case "BS" -> orJsonata(set(NODES.objectNode().put("type", "string").put("pattern", BASE64)));
            case "M" -> orJsonata(ref("attributeMap"));
            case "L" -> {
                ObjectNode l = NODES.objectNode().put("type", "array");
                l.set("items", ref("attributeValue"));
                yield orJsonata(l);
            }
            case "NULL" -> NODES.objectNode().put("const", true);
            default -> orJsonata(NODES.objectNode().put("type", "boolean"));
        };
    }

    private static ObjectNode set(ObjectNode item) {
        ObjectNode s = NODES.objectNode().put("type", "array").put("minItems", 1).put("uniqueItems", true);
        s.set("items", item);
        return s;
    }

    private static ObjectNode orJsonata(ObjectNode schema) {
        ObjectNode any = NODES.objectNode();
        ArrayNode alternatives = any.putArray("anyOf");
        alternatives.add(schema);
        alternatives.addObject().put("type", "string").put("pattern", JsonSchema.JSONATA_PATTERN)
                .put("description", "a JSONata expression (JSONata states)");
        return any;
    }
}
