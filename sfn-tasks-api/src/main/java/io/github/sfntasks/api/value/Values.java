package io.github.sfntasks.api.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;

import java.util.Iterator;
import java.util.Map;

/**
 * Reading values from workflow JSON, checking them against a query language, and writing them as ASL.
 *
 * <p>JSONPath mode: a path or intrinsic member {@code key} is written {@code "key.$": "$.x"}; JSONata
 * expressions are refused. JSONata mode: expressions are written {@code "{% ... %}"}; paths and
 * intrinsic functions are refused. In both, an array item cannot be a bare path (ASL has no key
 * to mark it), and {@link JsonPath#DISCARD} is only a result path.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class Values {

    // Deprecated in Jackson 2.x in favour of a mapper feature (JsonNodeFeature); this factory builds trees without a
    // mapper, and exact decimals are what keep a number as written.
    @SuppressWarnings("deprecation")
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Values() {
    }

    /**
     * Checks that {@code value} can be written in a state of query language {@code language}.
     *
     * @param value the value (may be {@code null}: nothing to check)
     * @param language the state's query language
     * @param property the property path, for the error
     * @throws TaskValidationException when it cannot
     */
    public static void check(Value value, QueryLanguage language, String property) {
        if (value == null) {
            return;
        }
        if (value instanceof JsonPath p) {
            if (p.isDiscard()) {
                throw new TaskValidationException(ErrorCode.INVALID_PATH, null, property,
                        "JsonPath.DISCARD is only valid as a result path");
            }
            if (language == QueryLanguage.JSONATA) {
                throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, null, property,
                        "the JSONPath \"" + p.path() + "\" cannot be used in a JSONata state; write a JSONata expression"
                                + " such as \"{% $states.input" + (p.path().startsWith("$.") ? p.path().substring(1) : "") + " %}\"");
            }
        } else if (value instanceof IntrinsicFunction f) {
            if (language == QueryLanguage.JSONATA) {
                throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, null, property,
                        "the intrinsic function " + f.function().aslName()
                                + " cannot be used in a JSONata state; JSONata has its own functions");
            }
        } else if (value instanceof JsonataExpression e) {
            if (language != QueryLanguage.JSONATA) {
                throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, null, property,
                        "the JSONata expression " + e.text()
                                + " needs a JSONata state; set the query language to JSONata or use a JsonPath");
            }
        } else if (value instanceof ObjectValue o) {
            for (Map.Entry<String, Value> m : o.members().entrySet()) {
                check(m.getValue(), language, join(property, m.getKey()));
            }
        } else if (value instanceof ArrayValue a) {
            int i = 0;
            for (Value item : a.items()) {
                String at = (property == null ? "" : property) + "[" + i + "]";
                if (language == QueryLanguage.JSONPATH && (item instanceof JsonPath || item instanceof IntrinsicFunction)) {
                    throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, at,
                            "a path or intrinsic function cannot be an array item in a JSONPath state (ASL has no"
                                    + " \".$\" key for it); wrap it in an object or build the array with States.Array");
                }
                check(item, language, at);
                i++;
            }
        }
    }

    /**
     * Writes {@code value} as member {@code key} of {@code parent}; call {@link #check} first.
     *
     * @param parent the object to write into
     * @param key the member name, without {@code .$}
     * @param value the value ({@code null}: nothing is written)
     * @param language the state's query language
     */
    public static void put(ObjectNode parent, String key, Value value, QueryLanguage language) {
        if (value == null) {
            return;
        }
        if (value instanceof JsonPath p) {
            parent.put(key + ".$", p.path());
        } else if (value instanceof IntrinsicFunction f) {
            parent.put(key + ".$", f.render());
        } else {
            parent.set(key, toJson(value, language));
        }
    }

    /**
     * Writes {@code value} as a JSON node. Paths and intrinsic functions need a key; they are
     * refused here.
     *
     * @param value the value
     * @param language the state's query language
     * @return the JSON
     * @throws TaskValidationException when the value is a bare path or intrinsic function
     */
    public static JsonNode toJson(Value value, QueryLanguage language) {
        if (value instanceof Literal l) {
            return l.node();
        }
        if (value instanceof JsonataExpression e) {
            return TextNode.valueOf(e.text());
        }
        if (value instanceof ObjectValue o) {
            ObjectNode node = NODES.objectNode();
            o.members().forEach((k, v) -> put(node, k, v, language));
            return node;
        }
        if (value instanceof ArrayValue a) {
            ArrayNode node = NODES.arrayNode();
            for (Value item : a.items()) {
                node.add(toJson(item, language));
            }
            return node;
        }
        throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, null,
                "the " + (value instanceof JsonPath ? "path " : "intrinsic function ") + value
                        + " needs a key to be written under (\"key.$\")");
    }

    /**
     * @param node a JSON value, or null
     * @param property where it is, for the error
     * @throws TaskValidationException ({@link ErrorCode#INVALID_PROPERTY}) when it nests deeper than
     *         {@link Value#MAX_NESTING}, as {@link Value#of} refuses it
     */
    static void checkDepth(JsonNode node, String property) {
        if (node != null && tooDeep(node, Value.MAX_NESTING)) {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, property, "the JSON value nests more"
                    + " than " + Value.MAX_NESTING + " levels of objects and arrays");
        }
    }

    /** @return whether the tree has more than {@code levels} levels; recurses at most that deep */
    static boolean tooDeep(JsonNode n, int levels) {
        if (!n.isContainerNode()) {
            return levels < 0;
        }
        if (levels < 1) {
            return true;
        }
        for (JsonNode child : n) {
            if (tooDeep(child, levels - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a value from workflow JSON. In JSONPath mode a member {@code "key.$"} becomes a
     * {@link JsonPath} or {@link IntrinsicFunction} under {@code key}; in JSONata mode a string
     * {@code "{% ... %}"} becomes a {@link JsonataExpression}. Everything else is a {@link Literal}.
     *
     * @param node the JSON
     * @param language the state's query language
     * @param property the property path, for errors
     * @return the value
     * @throws TaskValidationException when a path or intrinsic function is invalid, or belongs to the other language,
     *         or the value nests deeper than {@link Value#MAX_NESTING}
     */
    public static Value fromJson(JsonNode node, QueryLanguage language, String property) {
        checkDepth(node, property);
        return read(node, language, property);
    }

    private static Value read(JsonNode node, QueryLanguage language, String property) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        if (language == QueryLanguage.JSONPATH) {
            String jsonata = firstExpression(node, property);
            if (jsonata != null) {
                // Valid ASL strictly speaking (a literal string), but in practice always a forgotten
                // QueryLanguage; a literal "{% ... %}" would reach the service unevaluated.
                throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, null, jsonata,
                        "a {% ... %} JSONata expression in a JSONPath state would be sent as a literal string;"
                                + " set \"QueryLanguage\": \"JSONata\" on the state or the machine, or use a path with \".$\"");
            }
        }
        if (!hasDynamicParts(node, language)) {
            return Literal.of(node);
        }
        if (node.isObject()) {
            ObjectValue.Builder b = ObjectValue.builder();
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = e.getKey();
                if (name.endsWith(".$") && name.length() > 2) {
                    String key = name.substring(0, name.length() - 2);
                    b.put(key, dynamic(e.getValue(), language, join(property, key)));
                } else {
                    b.put(name, read(e.getValue(), language, join(property, name)));
                }
            }
            return b.build();
        }
        if (node.isArray()) {
            ArrayValue.Builder b = ArrayValue.builder();
            for (int i = 0; i < node.size(); i++) {
                b.add(read(node.get(i), language, (property == null ? "" : property) + "[" + i + "]"));
            }
            return b.build();
        }
        try {
            return JsonataExpression.parse(node.textValue());
        } catch (TaskValidationException e) {
            throw e.locate(null, property);
        }
    }

    /**
     * Reads the text of a {@code "key.$"} member: a path or an intrinsic function call.
     *
     * @param node the member's JSON (must be a string)
     * @param language the state's query language (must be JSONPath)
     * @param property the property path, for errors
     * @return the path or call
     * @throws TaskValidationException when it is neither, or the state is JSONata
     */
    public static Value dynamic(JsonNode node, QueryLanguage language, String property) {
        if (language == QueryLanguage.JSONATA) {
            throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, null, property + ".$",
                    "\".$\" keys are JSONPath syntax; in a JSONata state write \"" + property + "\": \"{% ... %}\"");
        }
        if (node == null || !node.isTextual()) {
            throw new TaskValidationException(ErrorCode.INVALID_PATH, null, property + ".$",
                    "a \".$\" member must be a string holding a path or an intrinsic function, was " + node);
        }
        String text = node.textValue();
        try {
            if (text.startsWith("States.")) {
                return IntrinsicFunction.parse(text);
            }
            return JsonPath.of(text);
        } catch (TaskValidationException e) {
            throw e.locate(null, property + ".$");
        }
    }

    private static String firstExpression(JsonNode node, String property) {
        if (node.isTextual()) {
            return JsonataExpression.isExpression(node.textValue()) ? (property == null ? "" : property) : null;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String found = firstExpression(e.getValue(), join(property, e.getKey()));
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = firstExpression(node.get(i), (property == null ? "" : property) + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean hasDynamicParts(JsonNode node, QueryLanguage language) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().endsWith(".$") || hasDynamicParts(e.getValue(), language)) {
                    return true;
                }
            }
            return false;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (hasDynamicParts(item, language)) {
                    return true;
                }
            }
            return false;
        }
        return language == QueryLanguage.JSONATA && node.isTextual() && JsonataExpression.isExpression(node.textValue());
    }

    /**
     * @param value a value (may be {@code null})
     * @return whether it is absent: {@code null} or JSON {@code null} (workflow files may write either)
     */
    public static boolean isAbsent(Value value) {
        return value == null || (value instanceof Literal l && l.node().isNull());
    }

    /**
     * @param value a value (may be {@code null})
     * @return the value, or {@code null} when it is absent ({@link #isAbsent})
     */
    public static Value present(Value value) {
        return isAbsent(value) ? null : value;
    }

    /**
     * @param value a value (may be {@code null})
     * @return whether the value itself is resolved at run time: a {@link JsonPath} (not DISCARD), an
     *         {@link IntrinsicFunction} or a {@link JsonataExpression} (an object holding one is not)
     */
    public static boolean isRunTime(Value value) {
        return (value instanceof JsonPath p && !p.isDiscard()) || value instanceof IntrinsicFunction
                || value instanceof JsonataExpression;
    }

    /**
     * @param value a value
     * @return the value as an {@link ObjectValue} when it is a JSON object (dynamic or literal), else {@code null}
     */
    public static ObjectValue asObject(Value value) {
        if (value instanceof ObjectValue o) {
            return o;
        }
        if (value instanceof Literal l && l.node().isObject()) {
            ObjectValue.Builder b = ObjectValue.builder();
            l.node().properties().forEach(e -> b.put(e.getKey(), Literal.of(e.getValue())));
            return b.build();
        }
        return null;
    }

    /**
     * @param parent a property path or {@code null}
     * @param child a member name
     * @return {@code parent.child}, or {@code child} when there is no parent
     */
    public static String join(String parent, String child) {
        return parent == null || parent.isEmpty() ? child : parent + "." + child;
    }
}
