package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One DynamoDB attribute value: a data type ({@link Type}) and its data, rendered as DynamoDB JSON
 * ({@code {"S": "Hello"}}, {@code {"N": "10"}}, {@code {"S.$": "$.name"}}). Immutable; made with static factories
 * named as in the AWS CDK's {@code DynamoAttributeValue}.
 *
 * <pre>{@code
 * DynamoAttributeValue.fromString("message-007");                          // {"S": "message-007"}
 * DynamoAttributeValue.fromString(JsonPath.stringAt("$.bar"));             // {"S.$": "$.bar"}
 * DynamoAttributeValue.fromNumber(10);                                     // {"N": "10"}
 * DynamoAttributeValue.numberFromString(JsonPath.stringAt("$.count.N"));   // {"N.$": "$.count.N"}
 * DynamoAttributeValue.fromMap(Map.of("Age", DynamoAttributeValue.fromNumber(35)));  // {"M": {"Age": {"N": "35"}}}
 * DynamoAttributeValue.listFromJsonPath("$.items");                        // {"L.$": "$.items"}
 * DynamoAttributeValue.fromString("{% $states.input.name %}");             // {"S": "{% $states.input.name %}"} (JSONata)
 * }</pre>
 *
 * <p>Checked when made, as DynamoDB checks them: numbers are strings of at most 38 significant digits between
 * 1E-130 and 9.99...E+125 in magnitude, binaries are base64, sets are non-empty and hold no duplicates, and
 * {@code NULL} is {@code true}. A factory given something else throws {@link TaskValidationException}.
 *
 * <p>Differences from the CDK: {@code booleanFromJsonPath("$.flag")} and {@code listFromJsonPath("$.items")} render
 * {@code "BOOL.$"} / {@code "L.$"} (the CDK renders a plain {@code "BOOL": "$.flag"} that Step Functions rejects,
 * aws/aws-cdk#31448); {@code fromNull(false)} is refused (DynamoDB accepts only {@code "NULL": true}). A number from
 * the input is {@code numberFromString(JsonPath.stringAt(...))} (or an intrinsic such as {@code States.Format}):
 * {@code fromNumber} takes only Java numbers, where the CDK's {@code fromNumber(JsonPath.numberAt(...))} silently
 * renders a meaningless number (aws/aws-cdk#16175).
 *
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html">AttributeValue</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class DynamoAttributeValue {

    /** The DynamoDB data types, named by their descriptors in DynamoDB JSON. */
    public enum Type {
        /** String. */
        S,
        /** Number, sent as a string. */
        N,
        /** Binary, sent base64-encoded. */
        B,
        /** String set. */
        SS,
        /** Number set, each number sent as a string. */
        NS,
        /** Binary set, each sent base64-encoded. */
        BS,
        /** Map of attribute names to attribute values. */
        M,
        /** List of attribute values. */
        L,
        /** Null: always {@code true}. */
        NULL,
        /** Boolean. */
        BOOL;

        /**
         * @param descriptor a type descriptor as written in DynamoDB JSON ({@code "S"}, {@code "BOOL"}); case matters
         * @return the type, or {@code null} when there is none of that name
         */
        public static Type byDescriptor(String descriptor) {
            for (Type t : values()) {
                if (t.name().equals(descriptor)) {
                    return t;
                }
            }
            return null;
        }
    }

    /** What DynamoDB accepts as a number in DynamoDB JSON. */
    static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** Canonical base64, padded. */
    static final Pattern BASE64 = Pattern.compile("([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

    private static final int MAX_DIGITS = 38;
    private static final int MIN_EXPONENT = -130;
    private static final int MAX_EXPONENT = 125;

    private final Type type;
    private final Value value;

    private DynamoAttributeValue(Type type, Value value) {
        this.type = type;
        this.value = value;
    }

    // ---- S ------------------------------------------------------------------------------------

    /**
     * A string attribute ({@code "S"}). A string of the form {@code {% ... %}} is a JSONata expression, as in the CDK.
     *
     * @param value the text
     * @return {@code {"S": value}}
     */
    public static DynamoAttributeValue fromString(String value) {
        return new DynamoAttributeValue(Type.S, textOrExpression(value, "fromString"));
    }

    /**
     * A string attribute whose text may be resolved at run time.
     *
     * @param value a {@link JsonPath} ({@code JsonPath.stringAt("$.bar")}), an intrinsic function, a JSONata
     *              expression or a literal string
     * @return {@code {"S.$": path}} or {@code {"S": value}}
     */
    public static DynamoAttributeValue fromString(Value value) {
        return scalar(Type.S, value, "fromString");
    }

    // ---- N ------------------------------------------------------------------------------------

    /**
     * A number attribute ({@code "N"}) from a whole number.
     *
     * @param value the number
     * @return {@code {"N": "value"}}
     */
    public static DynamoAttributeValue fromNumber(long value) {
        return new DynamoAttributeValue(Type.N, Literal.of(Long.toString(value)));
    }

    /**
     * A number attribute from a floating-point number, written as JavaScript writes it ({@code 10.0} is {@code "10"}).
     *
     * @param value a finite number
     * @return {@code {"N": "value"}}
     */
    public static DynamoAttributeValue fromNumber(double value) {
        if (!Double.isFinite(value)) {
            throw invalid("fromNumber: DynamoDB numbers must be finite, was " + value);
        }
        return fromNumber(BigDecimal.valueOf(value));
    }

    /**
     * A number attribute from an exact decimal.
     *
     * @param value the number
     * @return {@code {"N": "value"}}
     */
    public static DynamoAttributeValue fromNumber(BigDecimal value) {
        if (value == null) {
            throw invalid("fromNumber: the number is required");
        }
        String text = format(value);
        checkNumber(text, "fromNumber");
        return new DynamoAttributeValue(Type.N, Literal.of(text));
    }

    /**
     * A number attribute from its text, as DynamoDB takes numbers. A string of the form {@code {% ... %}} is a
     * JSONata expression.
     *
     * @param value the number as text, such as {@code "123.45"}
     * @return {@code {"N": value}}
     */
    public static DynamoAttributeValue numberFromString(String value) {
        Value v = textOrExpression(value, "numberFromString");
        if (v instanceof Literal l) {
            checkNumber(l.text(), "numberFromString");
        }
        return new DynamoAttributeValue(Type.N, v);
    }

    /**
     * A number attribute whose text is resolved at run time (the value must then be a string holding a number).
     *
     * @param value a {@link JsonPath}, an intrinsic function ({@code States.Format('{}', $.count)}), a JSONata
     *              expression or a literal string holding a number
     * @return {@code {"N.$": path}} or {@code {"N": value}}
     */
    public static DynamoAttributeValue numberFromString(Value value) {
        DynamoAttributeValue v = scalar(Type.N, value, "numberFromString");
        if (v.value instanceof Literal l) {
            checkNumber(l.text(), "numberFromString");
        }
        return v;
    }

    // ---- B ------------------------------------------------------------------------------------

    /**
     * A binary attribute ({@code "B"}).
     *
     * @param base64 the data, base64-encoded (or a {@code {% ... %}} JSONata expression)
     * @return {@code {"B": base64}}
     */
    public static DynamoAttributeValue fromBinary(String base64) {
        Value v = textOrExpression(base64, "fromBinary");
        if (v instanceof Literal l) {
            checkBase64(l.text(), "fromBinary");
        }
        return new DynamoAttributeValue(Type.B, v);
    }

    /**
     * A binary attribute whose data is resolved at run time.
     *
     * @param value a {@link JsonPath}, an intrinsic function ({@code States.Base64Encode($.data)}), a JSONata
     *              expression or a literal base64 string
     * @return {@code {"B.$": path}} or {@code {"B": value}}
     */
    public static DynamoAttributeValue fromBinary(Value value) {
        DynamoAttributeValue v = scalar(Type.B, value, "fromBinary");
        if (v.value instanceof Literal l) {
            checkBase64(l.text(), "fromBinary");
        }
        return v;
    }

    // ---- sets ---------------------------------------------------------------------------------

    /**
     * A string set ({@code "SS"}): at least one string, no duplicates.
     *
     * @param values the strings
     * @return {@code {"SS": [...]}}
     */
    public static DynamoAttributeValue fromStringSet(List<String> values) {
        return set(Type.SS, texts(values, "fromStringSet"), "fromStringSet");
    }

    /**
     * A string set given as a whole at run time ({@code JsonPath.listAt("$.tags")}), or a static array.
     *
     * @param values a {@link JsonPath}, an intrinsic function, a JSONata expression, or an array of strings
     * @return {@code {"SS.$": path}} or {@code {"SS": [...]}}
     */
    public static DynamoAttributeValue fromStringSet(Value values) {
        return set(Type.SS, values, "fromStringSet");
    }

    /**
     * A number set ({@code "NS"}) from numbers, each sent as a string.
     *
     * @param values the numbers
     * @return {@code {"NS": ["1", "2.5"]}}
     */
    public static DynamoAttributeValue fromNumberSet(List<? extends Number> values) {
        if (values == null) {
            throw invalid("fromNumberSet: the numbers are required");
        }
        List<Value> items = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Number n = values.get(i);
            if (n == null) {
                throw invalid("fromNumberSet: item [" + i + "] is null");
            }
            String text;
            if (n instanceof BigDecimal d) {
                text = format(d);
            } else if (n instanceof Double || n instanceof Float) {
                if (!Double.isFinite(n.doubleValue())) {
                    throw invalid("fromNumberSet: item [" + i + "]: DynamoDB numbers must be finite, was " + n);
                }
                text = format(BigDecimal.valueOf(n.doubleValue()));
            } else {
                text = format(new BigDecimal(n.toString()));
            }
            items.add(Literal.of(text));
        }
        return set(Type.NS, items, "fromNumberSet");
    }

    /**
     * A number set from the numbers' text, as DynamoDB takes them.
     *
     * @param values the numbers as text, such as {@code "42.2"}
     * @return {@code {"NS": [...]}}
     */
    public static DynamoAttributeValue numberSetFromStrings(List<String> values) {
        return set(Type.NS, texts(values, "numberSetFromStrings"), "numberSetFromStrings");
    }

    /**
     * A number set given as a whole at run time (an array of numeric strings), or a static array.
     *
     * @param values a {@link JsonPath}, an intrinsic function, a JSONata expression, or an array of numeric strings
     * @return {@code {"NS.$": path}} or {@code {"NS": [...]}}
     */
    public static DynamoAttributeValue numberSetFromStrings(Value values) {
        return set(Type.NS, values, "numberSetFromStrings");
    }

    /**
     * A binary set ({@code "BS"}).
     *
     * @param values the data, each base64-encoded
     * @return {@code {"BS": [...]}}
     */
    public static DynamoAttributeValue fromBinarySet(List<String> values) {
        return set(Type.BS, texts(values, "fromBinarySet"), "fromBinarySet");
    }

    /**
     * A binary set given as a whole at run time, or a static array.
     *
     * @param values a {@link JsonPath}, an intrinsic function, a JSONata expression, or an array of base64 strings
     * @return {@code {"BS.$": path}} or {@code {"BS": [...]}}
     */
    public static DynamoAttributeValue fromBinarySet(Value values) {
        return set(Type.BS, values, "fromBinarySet");
    }

    // ---- M ------------------------------------------------------------------------------------

    /**
     * A map attribute ({@code "M"}); members keep the map's iteration order (use a {@code LinkedHashMap}).
     *
     * @param value attribute names to attribute values (may be empty)
     * @return {@code {"M": {"name": {...}, ...}}}
     */
    public static DynamoAttributeValue fromMap(Map<String, DynamoAttributeValue> value) {
        if (value == null) {
            throw invalid("fromMap: the map is required");
        }
        ObjectValue.Builder b = ObjectValue.builder();
        for (Map.Entry<String, DynamoAttributeValue> e : value.entrySet()) {
            if (e.getKey() == null || e.getKey().isEmpty()) {
                throw invalid("fromMap: attribute names cannot be empty");
            }
            if (e.getValue() == null) {
                throw invalid("fromMap: the value of \"" + e.getKey() + "\" is null");
            }
            b.put(e.getKey(), e.getValue().toObject());
        }
        return new DynamoAttributeValue(Type.M, b.build());
    }

    /**
     * A map attribute taken whole from the state input.
     *
     * @param path a JSONPath to an object of attribute values, such as {@code "$.profile"}
     * @return {@code {"M.$": path}}
     */
    public static DynamoAttributeValue mapFromJsonPath(String path) {
        return new DynamoAttributeValue(Type.M, path(path, "mapFromJsonPath"));
    }

    /**
     * A map attribute taken whole from a path or an intrinsic function.
     *
     * @param path a {@link JsonPath} or an {@link IntrinsicFunction}
     * @return {@code {"M.$": path}}
     */
    public static DynamoAttributeValue mapFromJsonPath(Value path) {
        return new DynamoAttributeValue(Type.M, path(path, "mapFromJsonPath"));
    }

    /**
     * A map attribute from a JSONata expression.
     *
     * @param expression the expression, with or without {@code {% %}}
     * @return {@code {"M": "{% ... %}"}}
     */
    public static DynamoAttributeValue mapFromJsonata(String expression) {
        return new DynamoAttributeValue(Type.M, jsonata(expression, "mapFromJsonata"));
    }

    // ---- L ------------------------------------------------------------------------------------

    /**
     * A list attribute ({@code "L"}).
     *
     * @param value the attribute values, in order (may be empty)
     * @return {@code {"L": [{...}, ...]}}
     */
    public static DynamoAttributeValue fromList(List<DynamoAttributeValue> value) {
        if (value == null) {
            throw invalid("fromList: the list is required");
        }
        ArrayValue.Builder b = ArrayValue.builder();
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw invalid("fromList: item [" + i + "] is null");
            }
            b.add(value.get(i).toObject());
        }
        return new DynamoAttributeValue(Type.L, b.build());
    }

    /**
     * A list attribute taken whole from the state input.
     *
     * @param path a JSONPath to an array of attribute values, such as {@code "$.items"}
     * @return {@code {"L.$": path}}
     */
    public static DynamoAttributeValue listFromJsonPath(String path) {
        return new DynamoAttributeValue(Type.L, path(path, "listFromJsonPath"));
    }

    /**
     * A list attribute taken whole from a path or an intrinsic function.
     *
     * @param path a {@link JsonPath} or an {@link IntrinsicFunction}
     * @return {@code {"L.$": path}}
     */
    public static DynamoAttributeValue listFromJsonPath(Value path) {
        return new DynamoAttributeValue(Type.L, path(path, "listFromJsonPath"));
    }

    /**
     * A list attribute from a JSONata expression.
     *
     * @param expression the expression, with or without {@code {% %}}
     * @return {@code {"L": "{% ... %}"}}
     */
    public static DynamoAttributeValue listFromJsonata(String expression) {
        return new DynamoAttributeValue(Type.L, jsonata(expression, "listFromJsonata"));
    }

    // ---- NULL and BOOL --------------------------------------------------------------------------

    /**
     * A null attribute ({@code "NULL"}).
     *
     * @param value must be {@code true}: DynamoDB refuses {@code "NULL": false}
     * @return {@code {"NULL": true}}
     */
    public static DynamoAttributeValue fromNull(boolean value) {
        if (!value) {
            throw invalid("fromNull: DynamoDB accepts only {\"NULL\": true}; to store false use fromBoolean(false)");
        }
        return new DynamoAttributeValue(Type.NULL, Literal.of(true));
    }

    /**
     * A boolean attribute ({@code "BOOL"}).
     *
     * @param value the boolean
     * @return {@code {"BOOL": value}}
     */
    public static DynamoAttributeValue fromBoolean(boolean value) {
        return new DynamoAttributeValue(Type.BOOL, Literal.of(value));
    }

    /**
     * A boolean attribute from the state input.
     *
     * @param path a JSONPath to a boolean, such as {@code "$.flag"}
     * @return {@code {"BOOL.$": path}}
     */
    public static DynamoAttributeValue booleanFromJsonPath(String path) {
        return new DynamoAttributeValue(Type.BOOL, path(path, "booleanFromJsonPath"));
    }

    /**
     * A boolean attribute from a path or an intrinsic function.
     *
     * @param path a {@link JsonPath} or an {@link IntrinsicFunction}
     * @return {@code {"BOOL.$": path}}
     */
    public static DynamoAttributeValue booleanFromJsonPath(Value path) {
        return new DynamoAttributeValue(Type.BOOL, path(path, "booleanFromJsonPath"));
    }

    /**
     * A boolean attribute from a JSONata expression.
     *
     * @param expression the expression, with or without {@code {% %}}
     * @return {@code {"BOOL": "{% ... %}"}}
     */
    public static DynamoAttributeValue booleanFromJsonata(String expression) {
        return new DynamoAttributeValue(Type.BOOL, jsonata(expression, "booleanFromJsonata"));
    }

    // ---- accessors ----------------------------------------------------------------------------

    /** @return the data type */
    public Type type() {
        return type;
    }

    /** @return the data: what is written under the type key (a literal, a path, an expression, an object or array) */
    public Value value() {
        return value;
    }

    /** @return whether any part of this value is resolved at run time */
    public boolean isDynamic() {
        return value.isDynamic();
    }

    /** @return the attribute value as DynamoDB JSON: {@code {"<type>": data}} (the CDK's {@code toObject()}) */
    public ObjectValue toObject() {
        return ObjectValue.builder().put(type.name(), value).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DynamoAttributeValue other && type == other.type && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, value);
    }

    @Override
    public String toString() {
        return "{" + type.name() + (value instanceof JsonPath || value instanceof IntrinsicFunction ? ".$" : "")
                + ": " + value + "}";
    }

    // ---- internals ----------------------------------------------------------------------------

    /** @return whether this is a static empty string or binary (never valid as a key attribute) */
    boolean isEmptyLiteral() {
        return (type == Type.S || type == Type.B) && value instanceof Literal l && l.isText() && l.text().isEmpty();
    }

    private static TaskValidationException invalid(String detail) {
        return new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, null, detail);
    }

    /** A string given to a builder: {@code {% ... %}} is a JSONata expression, anything else literal text. */
    static Value textOrExpression(String text, String what) {
        if (text == null) {
            throw invalid(what + ": the value is required");
        }
        return Value.of(text);
    }

    private static DynamoAttributeValue scalar(Type type, Value value, String what) {
        if (value instanceof JsonPath p && p.isDiscard()) {
            throw invalid(what + ": JsonPath.DISCARD is only a result path");
        }
        if (Values.isRunTime(value) || value instanceof Literal l && l.isText()) {
            return new DynamoAttributeValue(type, value);
        }
        throw invalid(what + ": must be a string, a JsonPath, an intrinsic function or a JSONata expression"
                + (type == Type.N && value instanceof Literal l && l.node().isNumber()
                        ? "; DynamoDB takes numbers as strings: use fromNumber(" + l + ") or numberFromString(\"" + l + "\")"
                        : "")
                + ", was " + value);
    }

    private static Value path(String path, String what) {
        if (path == null) {
            throw invalid(what + ": the path is required");
        }
        return JsonPath.of(path);
    }

    private static Value path(Value path, String what) {
        if (path instanceof JsonPath p && !p.isDiscard() || path instanceof IntrinsicFunction) {
            return path;
        }
        throw invalid(what + ": must be a JsonPath or an intrinsic function, was " + path);
    }

    private static Value jsonata(String expression, String what) {
        if (expression == null) {
            throw invalid(what + ": the expression is required");
        }
        return JsonataExpression.of(expression);
    }

    private static List<Value> texts(List<String> values, String what) {
        if (values == null) {
            throw invalid(what + ": the set is required");
        }
        List<Value> items = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            items.add(textOrExpression(values.get(i), what + ": item [" + i + "]"));
        }
        return items;
    }

    private static DynamoAttributeValue set(Type type, Value values, String what) {
        if (values instanceof JsonPath p && p.isDiscard()) {
            throw invalid(what + ": JsonPath.DISCARD is only a result path");
        }
        if (Values.isRunTime(values)) {
            return new DynamoAttributeValue(type, values);
        }
        if (values instanceof ArrayValue a) {
            return set(type, a.items(), what);
        }
        if (values instanceof Literal l && l.node().isArray()) {
            List<Value> items = new ArrayList<>();
            for (JsonNode n : l.node()) {
                items.add(Literal.of(n));
            }
            return set(type, items, what);
        }
        throw invalid(what + ": must be an array, a JsonPath, an intrinsic function or a JSONata expression, was " + values);
    }

    private static DynamoAttributeValue set(Type type, List<Value> items, String what) {
        if (items.isEmpty()) {
            throw invalid(what + ": a DynamoDB set must have at least one element");
        }
        Set<String> seen = new HashSet<>();
        Set<BigDecimal> seenNumbers = new TreeSet<>();
        ArrayValue.Builder b = ArrayValue.builder();
        for (int i = 0; i < items.size(); i++) {
            Value item = items.get(i);
            String at = what + ": item [" + i + "]";
            if (item instanceof Literal l && l.isText()) {
                String text = l.text();
                boolean duplicate;
                if (type == Type.NS) {
                    checkNumber(text, at);
                    duplicate = !seenNumbers.add(new BigDecimal(text));
                } else {
                    if (type == Type.BS) {
                        checkBase64(text, at);
                    }
                    duplicate = !seen.add(text);
                }
                if (duplicate) {
                    throw invalid(at + ": \"" + text + "\" is a duplicate; DynamoDB sets cannot hold duplicates");
                }
            } else if (!(item instanceof JsonataExpression)) {
                throw invalid(at + ": must be a string"
                        + (type == Type.NS && item instanceof Literal l && l.node().isNumber()
                                ? " (DynamoDB takes numbers as strings: write \"" + l + "\")" : "")
                        + (item instanceof JsonPath || item instanceof IntrinsicFunction
                                ? "; to take a set from the input, give the whole set as a path" : "")
                        + ", was " + item);
            }
            b.add(item);
        }
        return new DynamoAttributeValue(type, b.build());
    }

    /**
     * Checks a number's text as DynamoDB does.
     *
     * @param text the text
     * @param what where, for the message
     */
    static void checkNumber(String text, String what) {
        if (text == null || !NUMBER.matcher(text).matches()) {
            throw invalid(what + ": \"" + text + "\" is not a number (DynamoDB numbers are strings such as \"42\", \"-1.5\" or \"1E+3\")");
        }
        BigDecimal d = new BigDecimal(text);
        if (d.signum() == 0) {
            return;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.precision() > MAX_DIGITS) {
            throw new TaskValidationException(ErrorCode.OUT_OF_RANGE, null, null, what + ": \"" + text
                    + "\" has " + stripped.precision() + " significant digits; DynamoDB keeps at most " + MAX_DIGITS);
        }
        long exponent = (long) stripped.precision() - stripped.scale() - 1;
        if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
            throw new TaskValidationException(ErrorCode.OUT_OF_RANGE, null, null, what + ": \"" + text
                    + "\" is out of DynamoDB's range (magnitude 1E-130 to 9.9999999999999999999999999999999999999E+125)");
        }
    }

    private static void checkBase64(String text, String what) {
        if (!BASE64.matcher(text).matches()) {
            throw invalid(what + ": \"" + text + "\" is not base64 (DynamoDB JSON carries binary data base64-encoded, padded with =)");
        }
    }

    /** Writes a number as JavaScript's {@code toString()} does for the same value, so output matches the CDK's. */
    private static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return "0";
        }
        long exponent = (long) stripped.precision() - stripped.scale() - 1;
        if (exponent >= -6 && exponent < 21) {
            return stripped.toPlainString();
        }
        return stripped.toString().replace("E", "e");
    }
}
