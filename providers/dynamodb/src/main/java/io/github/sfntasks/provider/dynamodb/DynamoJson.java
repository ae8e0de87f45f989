package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads attribute values written as DynamoDB JSON in a workflow file ({@code {"S": "x"}}, {@code {"N.$": "$.n"}},
 * {@code {"M": {...}}}) into {@link DynamoAttributeValue}s. Each value is an object with exactly one type key; a
 * {@code ".$"} key takes the data from a path or intrinsic function (JSONPath states), a {@code "{% ... %}"} string
 * from a JSONata expression (JSONata states). Errors name the property path, such as {@code item.Tags.SS}.
 */
final class DynamoJson {

    private static final String TYPES = "S, N, B, SS, NS, BS, M, L, NULL or BOOL";

    private DynamoJson() {
    }

    private static TaskValidationException invalid(String property, String detail) {
        return new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, property, detail);
    }

    /**
     * @param node an object of attribute names to attribute values
     * @param language the state's query language
     * @param property the property path, for errors
     * @return the attributes in the order written
     */
    static Map<String, DynamoAttributeValue> attributeMap(JsonNode node, QueryLanguage language, String property) {
        if (node == null || !node.isObject()) {
            throw invalid(property, "must be an object of attribute names to attribute values, such as"
                    + " {\"id\": {\"S\": \"x\"}}, was " + node);
        }
        Map<String, DynamoAttributeValue> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (name.isEmpty()) {
                throw invalid(property, "attribute names cannot be empty");
            }
            if (name.endsWith(".$")) {
                String bare = name.substring(0, name.length() - 2);
                throw invalid(Values.join(property, name), "an attribute value names its type: write \"" + bare
                        + "\": {\"S.$\": \"...\"} (or N.$, M.$, L.$...) instead of \"" + name + "\"");
            }
            out.put(name, attributeValue(e.getValue(), language, Values.join(property, name)));
        }
        return out;
    }

    /**
     * @param node one attribute value, such as {@code {"S": "x"}}
     * @param language the state's query language
     * @param property the property path, for errors
     * @return the attribute value
     */
    static DynamoAttributeValue attributeValue(JsonNode node, QueryLanguage language, String property) {
        if (node == null || !node.isObject() || node.size() != 1) {
            throw invalid(property, "must be a DynamoDB attribute value with exactly one type key (" + TYPES
                    + "), such as {\"S\": \"text\"} or {\"N\": \"10\"}, was " + node);
        }
        Map.Entry<String, JsonNode> entry = node.properties().iterator().next();
        String key = entry.getKey();
        boolean fromPath = key.endsWith(".$");
        String descriptor = fromPath ? key.substring(0, key.length() - 2) : key;
        DynamoAttributeValue.Type type = DynamoAttributeValue.Type.byDescriptor(descriptor);
        String at = Values.join(property, descriptor);
        if (type == null) {
            throw invalid(Values.join(property, key), "\"" + descriptor + "\" is not a DynamoDB type; use one of " + TYPES
                    + " (upper case)");
        }
        JsonNode data = entry.getValue();
        try {
            if (fromPath) {
                return fromRunTime(type, Values.dynamic(data, language, at), at);
            }
            return fromStatic(type, data, language, at);
        } catch (TaskValidationException e) {
            throw e.property() == null ? e.locate(null, fromPath ? at + ".$" : at) : e;
        }
    }

    /** The scalar and set types, whose factories take the data as a {@link Value} whatever it is. */
    private static DynamoAttributeValue fromValue(DynamoAttributeValue.Type type, Value v) {
        return switch (type) {
            case S -> DynamoAttributeValue.fromString(v);
            case N -> DynamoAttributeValue.numberFromString(v);
            case B -> DynamoAttributeValue.fromBinary(v);
            case SS -> DynamoAttributeValue.fromStringSet(v);
            case NS -> DynamoAttributeValue.numberSetFromStrings(v);
            case BS -> DynamoAttributeValue.fromBinarySet(v);
            default -> throw new IllegalArgumentException(type + " data is not a single value");
        };
    }

    private static DynamoAttributeValue fromRunTime(DynamoAttributeValue.Type type, Value v, String at) {
        return switch (type) {
            case M -> DynamoAttributeValue.mapFromJsonPath(v);
            case L -> DynamoAttributeValue.listFromJsonPath(v);
            case BOOL -> DynamoAttributeValue.booleanFromJsonPath(v);
            case NULL -> throw invalid(at + ".$", "NULL is always true: write \"NULL\": true");
            default -> fromValue(type, v);
        };
    }

    private static DynamoAttributeValue fromExpression(DynamoAttributeValue.Type type, JsonNode data,
                                                       QueryLanguage language, String at) {
        // Values.fromJson refuses a {% %} string in a JSONPath state, as everywhere else in a workflow file.
        Value v = Values.fromJson(data, language, at);
        String text = data.textValue();
        return switch (type) {
            case M -> DynamoAttributeValue.mapFromJsonata(text);
            case L -> DynamoAttributeValue.listFromJsonata(text);
            case BOOL -> DynamoAttributeValue.booleanFromJsonata(text);
            case NULL -> throw invalid(at, "NULL is always true: write \"NULL\": true");
            default -> fromValue(type, v);
        };
    }

    private static DynamoAttributeValue fromStatic(DynamoAttributeValue.Type type, JsonNode data, QueryLanguage language,
                                                   String at) {
        if (data.isTextual() && JsonataExpression.isExpression(data.textValue())) {
            return fromExpression(type, data, language, at);
        }
        switch (type) {
            case S, N, B -> {
                if (!data.isTextual()) {
                    throw invalid(at, "must be a string" + (type == DynamoAttributeValue.Type.N && data.isNumber()
                            ? ": DynamoDB takes numbers as strings, write \"N\": \"" + data + "\"" : "")
                            + (type == DynamoAttributeValue.Type.B ? " of base64 data" : "") + ", was " + data);
                }
                return fromValue(type, Values.fromJson(data, language, at));
            }
            case SS, NS, BS -> {
                if (!data.isArray()) {
                    throw invalid(at, "must be an array of strings" + (type == DynamoAttributeValue.Type.NS
                            ? " holding numbers, such as [\"1\", \"2.5\"]" : "") + ", was " + data);
                }
                return fromValue(type, Values.fromJson(data, language, at));
            }
            case M -> {
                return DynamoAttributeValue.fromMap(attributeMap(data, language, at));
            }
            case L -> {
                if (!data.isArray()) {
                    throw invalid(at, "must be an array of attribute values, such as [{\"S\": \"a\"}, {\"N\": \"1\"}], was " + data);
                }
                List<DynamoAttributeValue> items = new ArrayList<>();
                for (int i = 0; i < data.size(); i++) {
                    items.add(attributeValue(data.get(i), language, at + "[" + i + "]"));
                }
                return DynamoAttributeValue.fromList(items);
            }
            case BOOL -> {
                if (!data.isBoolean()) {
                    throw invalid(at, "must be true or false, was " + data);
                }
                return DynamoAttributeValue.fromBoolean(data.booleanValue());
            }
            case NULL -> {
                if (!data.isBoolean() || !data.booleanValue()) {
                    throw invalid(at, "must be true: DynamoDB accepts only \"NULL\": true, was " + data);
                }
                return DynamoAttributeValue.fromNull(true);
            }
            default -> throw invalid(at, "unsupported type " + type);
        }
    }
}
