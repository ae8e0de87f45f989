package io.github.sfntasks.api.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.iam.ResourceArn;

import java.util.ArrayList;
import java.util.List;

/**
 * A small builder of JSON Schemas (draft 2020-12) for a provider's {@code Properties}. A property
 * marked {@link #dynamic()} may also be given as {@code "name.$"} (a path or intrinsic, JSONPath
 * states) or as a {@code "{% ... %}"} string (JSONata states); the schema says both.
 *
 * <pre>{@code
 * ObjectNode schema = JsonSchema.object()
 *     .required("queue", JsonSchema.string().description("Queue URL or ARN"))
 *     .required("messageBody", JsonSchema.any().dynamic())
 *     .optional("delaySeconds", JsonSchema.integer().minimum(0).maximum(900).dynamic())
 *     .toJson();
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class JsonSchema {

    /** The {@code $schema} every schema names. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** The pattern of a JSONata expression string. */
    public static final String JSONATA_PATTERN = "^\\{%[\\s\\S]*%\\}$";

    private final ObjectNode node;
    private boolean dynamic;
    private final List<String[]> properties = new ArrayList<>();
    private final List<ObjectNode> rules = new ArrayList<>();

    private JsonSchema(ObjectNode node) {
        this.node = node;
    }

    private static JsonSchema typed(String type) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        if (type != null) {
            n.put("type", type);
        }
        return new JsonSchema(n);
    }

    /** @return an object schema; add properties with {@link #required} and {@link #optional} */
    public static JsonSchema object() {
        JsonSchema s = typed("object");
        s.node.putObject("properties");
        s.node.put("additionalProperties", false);
        return s;
    }

    /** @return an object schema whose members are free (for payloads, expression values...) */
    public static JsonSchema freeObject() {
        return typed("object");
    }

    /** @return a string schema */
    public static JsonSchema string() {
        return typed("string");
    }

    /** @return an integer schema */
    public static JsonSchema integer() {
        return typed("integer");
    }

    /** @return a number schema */
    public static JsonSchema number() {
        return typed("number");
    }

    /** @return a boolean schema */
    public static JsonSchema bool() {
        return typed("boolean");
    }

    /** @return a schema accepting any JSON */
    public static JsonSchema any() {
        return typed(null);
    }

    /** @param items the item schema @return an array schema */
    public static JsonSchema array(JsonSchema items) {
        JsonSchema s = typed("array");
        s.node.set("items", items.toJson());
        return s;
    }

    /**
     * @param values the schema of every member's value
     * @return an object schema whose members are free names with values of {@code values}
     */
    public static JsonSchema mapOf(JsonSchema values) {
        JsonSchema s = typed("object");
        s.node.set("additionalProperties", values.toJson());
        return s;
    }

    /** @param values the allowed strings @return a string enum schema */
    public static JsonSchema enumOf(String... values) {
        JsonSchema s = string();
        ArrayNode a = s.node.putArray("enum");
        for (String v : values) {
            a.add(v);
        }
        return s;
    }

    /** @param values the allowed constants @return a string enum schema of their names */
    public static JsonSchema enumOf(Enum<?>... values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return enumOf(names);
    }

    /**
     * @param alternatives schemas of which at least one must hold
     * @return an {@code anyOf} schema
     */
    public static JsonSchema anyOf(JsonSchema... alternatives) {
        return combined("anyOf", alternatives);
    }

    /**
     * @param alternatives schemas of which exactly one must hold
     * @return a {@code oneOf} schema
     */
    public static JsonSchema oneOf(JsonSchema... alternatives) {
        return combined("oneOf", alternatives);
    }

    private static JsonSchema combined(String keyword, JsonSchema... alternatives) {
        JsonSchema s = typed(null);
        ArrayNode a = s.node.putArray(keyword);
        for (JsonSchema alt : alternatives) {
            a.add(alt.toJson());
        }
        return s;
    }

    /**
     * @param name a definition added with {@link #define} to the enclosing document
     * @return a {@code $ref} to {@code #/$defs/name}, for recursive shapes
     */
    public static JsonSchema ref(String name) {
        JsonSchema s = typed(null);
        s.node.put("$ref", "#/$defs/" + name);
        return s;
    }

    /**
     * @param schema a schema written by hand
     * @return it as a {@code JsonSchema} (copied)
     */
    public static JsonSchema raw(ObjectNode schema) {
        JsonSchema s = typed(null);
        s.node.setAll(schema.deepCopy());
        return s;
    }

    /**
     * Adds a definition under {@code $defs} of this schema, for {@link #ref}.
     *
     * @param name the definition's name
     * @param schema its schema
     * @return this schema
     */
    public JsonSchema define(String name, JsonSchema schema) {
        ObjectNode defs = node.has("$defs") ? (ObjectNode) node.get("$defs") : node.putObject("$defs");
        defs.set(name, schema.toJson());
        return this;
    }

    /** @param text what the property means @return this schema */
    public JsonSchema description(String text) {
        node.put("description", text);
        return this;
    }

    /** @param min the smallest value @return this schema */
    public JsonSchema minimum(long min) {
        node.put("minimum", min);
        return this;
    }

    /** @param max the largest value @return this schema */
    public JsonSchema maximum(long max) {
        node.put("maximum", max);
        return this;
    }

    /** @param min the shortest length @return this schema */
    public JsonSchema minLength(int min) {
        node.put("minLength", min);
        return this;
    }

    /** @param max the longest length @return this schema */
    public JsonSchema maxLength(int max) {
        node.put("maxLength", max);
        return this;
    }

    /** @param min the fewest items @return this schema */
    public JsonSchema minItems(int min) {
        node.put("minItems", min);
        return this;
    }

    /** @param max the most items @return this schema */
    public JsonSchema maxItems(int max) {
        node.put("maxItems", max);
        return this;
    }

    /** @param regex an ECMA-262 regular expression the string must match @return this schema */
    public JsonSchema pattern(String regex) {
        node.put("pattern", regex);
        return this;
    }

    /** @param min the fewest members @return this schema */
    public JsonSchema minProperties(int min) {
        node.put("minProperties", min);
        return this;
    }

    /** @param max the most members @return this schema */
    public JsonSchema maxProperties(int max) {
        node.put("maxProperties", max);
        return this;
    }

    /** @param regex a pattern every member name must match @return this schema */
    public JsonSchema propertyNames(String regex) {
        node.putObject("propertyNames").put("pattern", regex);
        return this;
    }

    /** @return this schema, requiring unique array items */
    public JsonSchema uniqueItems() {
        node.put("uniqueItems", true);
        return this;
    }

    /** @param values example values, for editors and generators @return this schema */
    public JsonSchema examples(Object... values) {
        com.fasterxml.jackson.databind.node.ArrayNode a = node.putArray("examples");
        for (Object v : values) {
            a.add(io.github.sfntasks.api.value.Values.toJson(io.github.sfntasks.api.value.Value.of(v),
                    io.github.sfntasks.api.QueryLanguage.JSONPATH));
        }
        return this;
    }

    /**
     * @param value the only allowed value
     * @return a {@code const} schema
     */
    public static JsonSchema constant(Object value) {
        JsonSchema s = typed(null);
        s.node.set("const", io.github.sfntasks.api.value.Values.toJson(io.github.sfntasks.api.value.Value.of(value),
                io.github.sfntasks.api.QueryLanguage.JSONPATH));
        return s;
    }

    /**
     * @param schema a schema that must not hold
     * @return a {@code not} schema
     */
    public static JsonSchema not(JsonSchema schema) {
        JsonSchema s = typed(null);
        s.node.set("not", schema.toJson());
        return s;
    }

    /**
     * An annotation keyword of sfn-tasks' own, which validators ignore: {@code x-sfn-resource} (the property names
     * a resource: {@code "<service>:<resourcePrefix>"}) and {@code x-sfn-grantOnly} (it decides grants only and is
     * not rendered), read by the docs and the conformance kit.
     *
     * @param keyword the keyword, starting {@code x-}
     * @param value a string, number or boolean
     * @return this schema
     */
    public JsonSchema annotation(String keyword, Object value) {
        if (!keyword.startsWith("x-")) {
            throw new IllegalArgumentException("an annotation keyword starts with x-: " + keyword);
        }
        if (value instanceof Boolean b) {
            node.put(keyword, b);
        } else if (value instanceof Number n) {
            node.put(keyword, n.longValue());
        } else {
            node.put(keyword, String.valueOf(value));
        }
        return this;
    }

    /**
     * The schema of a property that names a resource, as {@link Shape} writes one for a resource field: an
     * {@code anyOf} of the literal form and of any text holding a placeholder ({@link Placeholders#RESOURCE_PATTERN}:
     * {@code ${OrdersTable}}, {@code ${Token[TOKEN.31]}}, {@code orders-${Stage}}), annotated
     * {@code "x-sfn-resource": "<service>:<resourcePrefix>"}. Give the description to the result, and mark the result
     * {@link #dynamic()} where a path may choose the resource; the annotation then sits on the first alternative of
     * the property's {@code anyOf}.
     *
     * <pre>{@code
     * JsonSchema.resource(JsonSchema.string().pattern("^[a-zA-Z0-9_.-]{3,255}$"), ResourceArn.of("dynamodb", "table/"))
     *     .description("Table name or ARN").dynamic();
     * }</pre>
     *
     * @param literal the schema of the literal form (a name or ARN without placeholders)
     * @param kind how the resource is named in IAM
     * @return the schema
     */
    public static JsonSchema resource(JsonSchema literal, ResourceArn kind) {
        return anyOf(literal, string().pattern(Placeholders.RESOURCE_PATTERN)
                .description("a name or ARN holding a CloudFormation ${...} variable or a CDK token"))
                .annotation("x-sfn-resource", kind.service() + ":" + kind.resourcePrefix());
    }

    /** @param value the default @return this schema */
    public JsonSchema defaultValue(Object value) {
        node.set("default", io.github.sfntasks.api.value.Values.toJson(
                io.github.sfntasks.api.value.Value.of(value), io.github.sfntasks.api.QueryLanguage.JSONPATH));
        return this;
    }

    /**
     * Marks the property as one that may be given as {@code "name.$"} or a JSONata expression.
     *
     * @return this schema
     */
    public JsonSchema dynamic() {
        this.dynamic = true;
        return this;
    }

    /**
     * Adds a conditional rule, written as an {@code allOf} member {@code {"if": condition, "then": then}}: a value
     * that matches {@code condition} must also match {@code then}. For rules between properties that a plain
     * property list cannot say (a FIFO queue needs a message group id, say), so that tools and the conformance kit
     * know them too.
     *
     * <pre>{@code
     * JsonSchema.object()
     *     .required("queueUrl", JsonSchema.string())
     *     .optional("messageGroupId", JsonSchema.string().dynamic())
     *     .rule(JsonSchema.propertyMatches("queueUrl", "\\.fifo$"), JsonSchema.present("messageGroupId"));
     * }</pre>
     *
     * @param condition when this holds
     * @param then this must hold
     * @return this schema
     */
    public JsonSchema rule(JsonSchema condition, JsonSchema then) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.set("if", condition.toJson());
        r.set("then", then.toJson());
        rules.add(r);
        return this;
    }

    /**
     * @param name a property name
     * @return a schema that holds when the property is given, as {@code name} or (dynamic properties) {@code name.$}
     */
    public static JsonSchema present(String name) {
        JsonSchema s = typed(null);
        ArrayNode any = s.node.putArray("anyOf");
        any.addObject().putArray("required").add(name);
        any.addObject().putArray("required").add(name + ".$");
        return s;
    }

    /**
     * @param name a property name
     * @return a schema that holds when the property is given neither as {@code name} nor as {@code name.$}
     */
    public static JsonSchema absent(String name) {
        return not(present(name));
    }

    /**
     * @param name a property name
     * @param regex a pattern (ECMA 262, unanchored as JSON Schema's {@code pattern})
     * @return a schema that holds when the property is given as a string matching {@code regex}
     */
    public static JsonSchema propertyMatches(String name, String regex) {
        JsonSchema s = typed(null);
        s.node.putObject("properties").putObject(name).put("type", "string").put("pattern", regex);
        s.node.putArray("required").add(name);
        return s;
    }

    /**
     * @param schemas schemas that must all hold
     * @return an {@code allOf} schema
     */
    public static JsonSchema allOf(JsonSchema... schemas) {
        return combined("allOf", schemas);
    }

    /** @param name a property name @param schema its schema @return this object schema */
    public JsonSchema required(String name, JsonSchema schema) {
        return property(name, schema, true);
    }

    /** @param name a property name @param schema its schema @return this object schema */
    public JsonSchema optional(String name, JsonSchema schema) {
        return property(name, schema, false);
    }

    private JsonSchema property(String name, JsonSchema schema, boolean required) {
        ObjectNode props = (ObjectNode) node.get("properties");
        if (schema.dynamic) {
            ObjectNode anyOf = JsonNodeFactory.instance.objectNode();
            ArrayNode alternatives = anyOf.putArray("anyOf");
            alternatives.add(schema.toJson());
            alternatives.addObject().put("type", "string").put("pattern", JSONATA_PATTERN)
                    .put("description", "a JSONata expression (JSONata states)");
            if (schema.node.has("description")) {
                anyOf.put("description", schema.node.get("description").textValue());
            }
            props.set(name, anyOf);
            props.putObject(name + ".$").put("type", "string")
                    .put("description", "a JSONPath or an intrinsic function giving " + name + " at run time (JSONPath states)");
        } else {
            props.set(name, schema.toJson());
        }
        properties.add(new String[] {name, required ? (schema.dynamic ? "dynamic" : "plain") : "optional"});
        return this;
    }

    /** @return the schema as JSON (a fresh copy) */
    public ObjectNode toJson() {
        ObjectNode out = node.deepCopy();
        ArrayNode plainRequired = null;
        ArrayNode allOf = null;
        for (String[] p : properties) {
            if (p[1].equals("plain")) {
                if (plainRequired == null) {
                    plainRequired = out.putArray("required");
                }
                plainRequired.add(p[0]);
            } else if (p[1].equals("dynamic")) {
                if (allOf == null) {
                    allOf = out.putArray("allOf");
                }
                ArrayNode oneOf = allOf.addObject().putArray("oneOf");
                oneOf.addObject().putArray("required").add(p[0]);
                oneOf.addObject().putArray("required").add(p[0] + ".$");
            }
        }
        if (!rules.isEmpty()) {
            if (allOf == null) {
                allOf = out.has("allOf") ? (ArrayNode) out.get("allOf") : out.putArray("allOf");
            }
            for (ObjectNode r : rules) {
                allOf.add(r.deepCopy());
            }
        }
        return out;
    }

    /**
     * @param title the task's title
     * @return the schema as a top-level document, with {@code $schema} and {@code title}
     */
    public ObjectNode toDocument(String title) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("$schema", DIALECT);
        doc.put("title", title);
        doc.setAll(toJson());
        return doc;
    }
}
