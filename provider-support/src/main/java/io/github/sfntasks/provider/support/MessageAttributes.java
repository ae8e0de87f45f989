package io.github.sfntasks.provider.support;

import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTask;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks, renders and reads {@link MessageAttribute}s, for every task whose service takes the
 * SNS/SQS {@code MessageAttributes} map ({@code sns:publish}, {@code sqs:sendMessage}). What differs
 * between services (how many attributes, which characters) is a {@link Rules} value.
 *
 * <p>A task declares its service's rules, which {@link MessageTask}'s constructor checks the attributes against
 * ({@link #check}), and renders the attributes in its parameters; from {@code SqsSendMessage}:
 *
 * <pre>{@code
 * static final MessageAttributes.Rules MESSAGE_ATTRIBUTE_RULES =
 *         MessageAttributes.Rules.of("SQS").withMaxCount(MAX_MESSAGE_ATTRIBUTES).withXmlCharactersOnly();
 * ...
 *         .putIfNotNull("MessageAttributes", messageAttributes() == null ? null : MessageAttributes.render(messageAttributes()))
 * }</pre>
 *
 * <p>Its provider declares them in the schema and reads them; from {@code SqsSendMessageProvider}:
 *
 * <pre>{@code
 * .optional(MessageAttributes.PROPERTY, MessageAttributes.schema(SqsSendMessage.MESSAGE_ATTRIBUTE_RULES))
 * ...
 * .messageAttributes(MessageAttributes.read(p))
 * }</pre>
 *
 * <p>Errors are thrown without a state name, naming {@code messageAttributes.<name>...}; the task
 * locates them ({@link TaskValidationException#locate(String, String)}).
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class MessageAttributes {

    /** The property every error names, and the workflow-file property {@link #read} reads. */
    public static final String PROPERTY = "messageAttributes";

    /**
     * Attribute names: letters, digits, {@code _ - .}, up to 256; no leading, trailing or double
     * period; no {@code AWS.} or {@code Amazon.} prefix in any case (reserved by AWS). Java and
     * ECMA-262 (JSON Schema) read it alike.
     */
    public static final String NAME_PATTERN = "^(?![Aa][Ww][Ss]\\.)(?![Aa][Mm][Aa][Zz][Oo][Nn]\\.)(?!\\.)(?!.*\\.\\.)(?!.*\\.$)[A-Za-z0-9_.-]{1,256}$";

    /** A base64 string with padding, as {@code Binary} attribute values take. */
    public static final String BASE64_PATTERN = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$";

    /** A decimal number as text, optionally signed and with an exponent, as {@code Number} attribute values take. */
    public static final String NUMBER_PATTERN = "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?$";

    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);
    private static final Pattern BASE64 = Pattern.compile(BASE64_PATTERN);
    private static final Pattern NUMBER = Pattern.compile(NUMBER_PATTERN);
    private static final BigDecimal SMALLEST = new BigDecimal("1E-128");
    private static final BigDecimal LARGEST = new BigDecimal("1E+126");
    /** Reads JSON text values strictly; created on first use (an ObjectMapper costs ~50 ms of a cold start). */
    private static final class Strict {
        static final ObjectMapper INSTANCE = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private MessageAttributes() {
    }

    /**
     * What one service takes beyond the shared rules: the most attributes per message, and whether
     * text must stay within the XML character set. Immutable; copy with the {@code with...} methods.
     *
     * <pre>{@code
     * MessageAttributes.Rules sns = MessageAttributes.Rules.of("SNS");      // no count limit, any characters
     * MessageAttributes.Rules sqs = MessageAttributes.Rules.of("SQS").withMaxCount(10).withXmlCharactersOnly();
     * }</pre>
     *
     * @param service the service's name, for errors ({@code SQS})
     * @param maxCount the most attributes per message, or 0 for no limit
     * @param xmlCharactersOnly whether string values must hold only XML characters (see {@link #firstNonXmlCharacter})
     */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
    public record Rules(String service, int maxCount, boolean xmlCharactersOnly) {

        /**
         * @throws NullPointerException when the service is null
         * @throws IllegalArgumentException when the count is negative
         */
        public Rules {
            Objects.requireNonNull(service, "service");
            if (maxCount < 0) {
                throw new IllegalArgumentException("maxCount must be 0 (no limit) or more, was " + maxCount);
            }
        }

        /**
         * @param service the service's name, for errors
         * @return rules with no count limit that take any characters
         */
        public static Rules of(String service) {
            return new Rules(service, 0, false);
        }

        /** @param count the most attributes per message, or 0 for no limit @return a copy with that limit */
        public Rules withMaxCount(int count) {
            return new Rules(service, count, xmlCharactersOnly);
        }

        /** @return a copy that takes only XML characters in string values */
        public Rules withXmlCharactersOnly() {
            return new Rules(service, maxCount, true);
        }
    }

    /** What an attribute renders as: its API data type and the StringValue or BinaryValue. */
    private record Rendered(MessageAttributeDataType dataType, Value payload) {
    }

    /**
     * Checks every attribute: the count, each name, and that each value is valid in the query
     * language and fits its data type (or has one that can be inferred).
     *
     * @param attributes the attributes (may be null)
     * @param language the state's query language
     * @param rules what the service takes
     * @throws TaskValidationException naming {@code messageAttributes} or {@code messageAttributes.<name>...}
     */
    public static void check(Map<String, MessageAttribute> attributes, QueryLanguage language, Rules rules) {
        Objects.requireNonNull(rules, "rules");
        if (attributes == null) {
            return;
        }
        if (rules.maxCount() > 0 && attributes.size() > rules.maxCount()) {
            throw invalid(ErrorCode.OUT_OF_RANGE, PROPERTY,
                    "at most " + rules.maxCount() + " message attributes are allowed, were " + attributes.size());
        }
        for (Map.Entry<String, MessageAttribute> e : attributes.entrySet()) {
            String name = e.getKey();
            if (name == null || !NAME.matcher(name).matches()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, PROPERTY + "." + name,
                        "an attribute name has 1 to 256 letters, digits, '_', '-' or '.', does not start or end with"
                                + " '.' nor hold \"..\", and does not start with \"AWS.\" or \"Amazon.\" (reserved)");
            }
            if (e.getValue() == null) {
                throw invalid(ErrorCode.MISSING_PROPERTY, PROPERTY + "." + name, "the attribute is missing");
            }
            String at = PROPERTY + "." + name + ".value";
            Values.check(e.getValue().value(), language, at);
            resolve(e.getValue(), PROPERTY + "." + name, rules);
        }
    }

    /**
     * @param attributes attributes that passed {@link #check}
     * @return the API's {@code MessageAttributes} map: {@code {name: {DataType, StringValue|BinaryValue}}},
     *         with {@code StringValue.$}/{@code BinaryValue.$} for values known only at run time
     */
    public static ObjectValue render(Map<String, MessageAttribute> attributes) {
        ObjectValue.Builder all = ObjectValue.builder();
        for (Map.Entry<String, MessageAttribute> e : attributes.entrySet()) {
            Rendered r = resolve(e.getValue(), PROPERTY + "." + e.getKey(), null);
            all.put(e.getKey(), ObjectValue.builder()
                    .put("DataType", r.dataType().apiValue())
                    .put(r.dataType() == MessageAttributeDataType.BINARY ? "BinaryValue" : "StringValue", r.payload())
                    .build());
        }
        return all.build();
    }

    /**
     * @param attributes the attributes (may be null)
     * @return every value by name, for {@code ServiceTask.requireTaskTokenIfCallback}
     */
    public static ObjectValue values(Map<String, MessageAttribute> attributes) {
        ObjectValue.Builder b = ObjectValue.builder();
        if (attributes != null) {
            attributes.forEach((name, a) -> b.put(name, a == null ? null : a.value()));
        }
        return b.build();
    }

    /**
     * Reads {@code messageAttributes} from a workflow file: {@code {"name": {"value": ..., "dataType": "Number"}}},
     * the value given as {@code "value"}, {@code "value.$"} or a JSONata expression.
     *
     * @param reader the task's reader
     * @return the attributes in file order, or {@code null} when absent
     * @throws TaskValidationException naming the state and {@code messageAttributes.<name>...}
     */
    public static Map<String, MessageAttribute> read(PropertyReader reader) {
        PropertyReader attributes = reader.nested(PROPERTY);
        if (attributes == null) {
            return null;
        }
        Map<String, MessageAttribute> out = new LinkedHashMap<>();
        Iterator<String> names = reader.raw(PROPERTY).fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.endsWith(".$")) {
                throw reader.invalid(ErrorCode.INVALID_PROPERTY, PROPERTY + "." + name,
                        "an attribute is an object; give a path as {\"value.$\": \"$.x\"}");
            }
            PropertyReader one = attributes.nested(name);
            if (one == null) {
                throw reader.invalid(ErrorCode.INVALID_PROPERTY, PROPERTY + "." + name,
                        "must be an object with \"value\" and an optional \"dataType\"");
            }
            Value value = one.requiredValue("value");
            String dataTypeName = one.string("dataType");
            MessageAttributeDataType dataType = null;
            if (dataTypeName != null) {
                dataType = MessageAttributeDataType.fromApiValue(dataTypeName);
                if (dataType == null) {
                    throw one.invalid(ErrorCode.INVALID_PROPERTY, "dataType",
                            "must be String, String.Array, Number or Binary, was \"" + dataTypeName + "\"");
                }
            }
            one.finish();
            out.put(name, new MessageAttribute(value, dataType));
        }
        attributes.finish();
        return out;
    }

    /**
     * The JSON Schema of the workflow-file form {@link #read} takes: names as {@link #NAME_PATTERN},
     * each an object with {@code value} or {@code value.$} and an optional {@code dataType}, the value
     * fitting the data type; at most {@link Rules#maxCount()} members when the service sets a limit.
     * Add it as a plain (not dynamic) property: a whole map cannot be a path.
     *
     * @param rules what the service takes
     * @return the schema of the {@code messageAttributes} property
     */
    public static JsonSchema schema(Rules rules) {
        String json = """
                {
                  "type": "object",
                  "description": "%s: name to {\\"value\\": ..., \\"dataType\\": ...}",
                  %s"propertyNames": {"pattern": "%s"},
                  "additionalProperties": {
                    "type": "object",
                    "properties": {
                      "value": {
                        "anyOf": [
                          {"type": "string", "minLength": 1},
                          {"type": "number"},
                          {"type": "boolean"},
                          {"type": "array", "items": {"type": ["string", "number", "boolean", "null"]}},
                          {"type": "string", "pattern": "%s", "description": "a JSONata expression (JSONata states)"}
                        ]
                      },
                      "value.$": {"type": "string", "description": "a JSONPath or intrinsic function giving the value (JSONPath states)"},
                      "dataType": {"enum": ["String", "String.Array", "Number", "Binary"]}
                    },
                    "additionalProperties": false,
                    "oneOf": [{"required": ["value"]}, {"required": ["value.$"]}],
                    "allOf": [
                      {"if": {"required": ["dataType", "value"], "properties": {"dataType": {"const": "Binary"}}},
                       "then": {"properties": {"value": {"type": "string", "pattern": "%s"}}}},
                      {"if": {"required": ["dataType", "value"], "properties": {"dataType": {"const": "Number"}}},
                       "then": {"properties": {"value": {"anyOf": [{"type": "number"}, {"type": "string", "pattern": "%s"}]}}}},
                      {"if": {"required": ["dataType", "value"], "properties": {"dataType": {"const": "String.Array"}}},
                       "then": {"properties": {"value": {"anyOf": [{"type": "array"}, {"type": "string", "pattern": "^\\\\[[\\\\s\\\\S]*\\\\]$"}]}}}},
                      {"if": {"required": ["dataType", "value"], "properties": {"dataType": {"const": "String"}}},
                       "then": {"properties": {"value": {"type": ["string", "number", "boolean"]}}}}
                    ]
                  }
                }
                """.formatted(
                rules.maxCount() > 0 ? "At most " + rules.maxCount() + " message attributes" : "Message attributes",
                rules.maxCount() > 0 ? "\"maxProperties\": " + rules.maxCount() + ",\n  " : "",
                escape(NAME_PATTERN), escape(JsonSchema.JSONATA_PATTERN), escape(BASE64_PATTERN), escape(NUMBER_PATTERN));
        try {
            return JsonSchema.raw((ObjectNode) Strict.INSTANCE.readTree(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String regex) {
        return regex.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * Finds the first character outside the XML 1.0 character set, which SQS refuses in message
     * bodies and string attributes: allowed are tab, line feed, carriage return, U+0020 to U+D7FF,
     * U+E000 to U+FFFD and U+10000 to U+10FFFF (so no other control character and no lone surrogate).
     *
     * <pre>{@code
     * MessageAttributes.firstNonXmlCharacter("tab\tand line feed\n");   // -1
     * MessageAttributes.firstNonXmlCharacter("nul" + (char) 0);        // 3
     * }</pre>
     *
     * @param text the text
     * @return the index of the first character outside the set, or -1
     */
    public static int firstNonXmlCharacter(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (!ok) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * Refuses text with a character outside the XML character set ({@link #firstNonXmlCharacter}).
     *
     * @param text the text
     * @param service the service that refuses it, for the message ({@code SQS})
     * @param property the property to name
     * @throws TaskValidationException ({@link ErrorCode#INVALID_PROPERTY}, no state name) naming the
     *         character, its index and the set that would be right
     */
    public static void checkXmlCharacters(String text, String service, String property) {
        int i = firstNonXmlCharacter(text);
        if (i >= 0) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property, String.format(Locale.ROOT,
                    "holds U+%04X at index %d; %s takes only tab, line feed, carriage return and U+0020 to U+D7FF,"
                            + " U+E000 to U+FFFD, U+10000 to U+10FFFF", text.codePointAt(i), i, service));
        }
    }

    /** @param rules the service's rules, or {@code null} for none (attributes already checked) */
    private static Rendered resolve(MessageAttribute attribute, String property, Rules rules) {
        Value v = attribute.value();
        MessageAttributeDataType type = attribute.dataType();
        String at = property + ".value";
        if (v.isDynamic() && !(v instanceof ObjectValue) && !(v instanceof ArrayValue)) {
            // Known only at run time: the CDK's default is String; Binary must be asked for.
            return new Rendered(type == null ? MessageAttributeDataType.STRING : type, v);
        }
        JsonNode node;
        if (v instanceof Literal l) {
            node = l.node();
        } else if (v instanceof ArrayValue a && !a.isDynamic()) {
            node = Values.toJson(a, QueryLanguage.JSONPATH);
        } else if (v instanceof ArrayValue) {
            throw invalid(ErrorCode.INVALID_PROPERTY, at,
                    "String.Array items must be static; give the whole array as one path or expression instead");
        } else {
            throw invalid(ErrorCode.INVALID_PROPERTY, at,
                    "must be a string, a number, a boolean, a list of those, or a path or expression; was an object");
        }
        if (node.isNull() || node.isObject()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, at,
                    "must be a string, a number, a boolean or a list of those, was " + node);
        }
        if (node.isArray()) {
            requireType(type, at, "a list", MessageAttributeDataType.STRING_ARRAY);
            String encoded = stringArray(node, at);
            checkCharacters(encoded, at, rules);
            return new Rendered(MessageAttributeDataType.STRING_ARRAY, Literal.of(encoded));
        }
        if (node.isNumber()) {
            requireType(type, at, "a number", MessageAttributeDataType.NUMBER, MessageAttributeDataType.STRING);
            BigDecimal number = decimal(node, at);
            if (type != MessageAttributeDataType.STRING) {
                checkNumber(number, at);
            }
            return new Rendered(type == null ? MessageAttributeDataType.NUMBER : type, Literal.of(jsNumber(number)));
        }
        if (node.isBoolean()) {
            requireType(type, at, "a boolean", MessageAttributeDataType.STRING);
            return new Rendered(MessageAttributeDataType.STRING, Literal.of(node.asText()));
        }
        String text = node.textValue();
        if (text.isEmpty()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, at, "must not be empty");
        }
        checkCharacters(text, at, rules);
        MessageAttributeDataType t = type == null ? MessageAttributeDataType.STRING : type;
        switch (t) {
            case NUMBER -> {
                if (!NUMBER.matcher(text).matches()) {
                    throw invalid(ErrorCode.INVALID_PROPERTY, at, "a Number attribute must be a number, was \"" + text + "\"");
                }
                checkNumber(new BigDecimal(text), at);
            }
            case STRING_ARRAY -> stringArray(parseArray(text, at), at);
            case BINARY -> {
                if (!BASE64.matcher(text).matches()) {
                    throw invalid(ErrorCode.INVALID_PROPERTY, at, "a Binary attribute must be base64-encoded data");
                }
            }
            default -> { }
        }
        return new Rendered(t, Literal.of(text));
    }

    private static void checkCharacters(String text, String at, Rules rules) {
        if (rules != null && rules.xmlCharactersOnly()) {
            checkXmlCharacters(text, rules.service(), at);
        }
    }

    private static void requireType(MessageAttributeDataType type, String at, String what, MessageAttributeDataType... allowed) {
        if (type == null) {
            return;
        }
        for (MessageAttributeDataType a : allowed) {
            if (a == type) {
                return;
            }
        }
        StringBuilder names = new StringBuilder();
        for (MessageAttributeDataType a : allowed) {
            names.append(names.length() == 0 ? "" : " or ").append(a.apiValue());
        }
        throw invalid(ErrorCode.INVALID_PROPERTY, at.substring(0, at.length() - ".value".length()) + ".dataType",
                what + " cannot be sent as " + type.apiValue() + "; use " + names + ", or leave the data type out");
    }

    private static JsonNode parseArray(String text, String at) {
        try {
            JsonNode n = Strict.INSTANCE.readTree(text);
            if (n != null && n.isArray()) {
                return n;
            }
        } catch (JsonProcessingException e) {
            // reported below, with what would be right
        }
        throw invalid(ErrorCode.INVALID_PROPERTY, at,
                "a String.Array attribute given as text must be a JSON array such as [\"a\", 1, true, null]");
    }

    private static void checkNumber(BigDecimal number, String at) {
        BigDecimal abs = number.abs();
        if (number.signum() != 0 && (abs.compareTo(SMALLEST) < 0 || abs.compareTo(LARGEST) > 0)) {
            throw invalid(ErrorCode.OUT_OF_RANGE, at, "a Number must be between 10^-128 and 10^126 in magnitude, was " + number);
        }
        if (number.signum() != 0 && number.stripTrailingZeros().precision() > 38) {
            throw invalid(ErrorCode.OUT_OF_RANGE, at, "a Number has at most 38 significant digits, was " + number);
        }
    }

    /** A JSON number as a decimal; a double that overflowed to infinity (such as 1e400) is refused. */
    private static BigDecimal decimal(JsonNode number, String at) {
        if (number.isFloatingPointNumber() && !number.isBigDecimal() && !Double.isFinite(number.doubleValue())) {
            throw invalid(ErrorCode.OUT_OF_RANGE, at, "is too large for a number: " + number.asText());
        }
        return number.decimalValue();
    }

    /** Encodes a list the way the CDK does ({@code JSON.stringify}): compact, JavaScript number forms. */
    private static String stringArray(JsonNode array, String at) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (item.isTextual()) {
                quote(item.textValue(), sb);
            } else if (item.isNumber()) {
                sb.append(jsNumber(decimal(item, at + "[" + i + "]")));
            } else if (item.isBoolean() || item.isNull()) {
                sb.append(item.asText());
            } else {
                throw invalid(ErrorCode.INVALID_PROPERTY, at + "[" + i + "]",
                        "String.Array items must be strings, numbers, booleans or null, was " + item);
            }
        }
        return sb.append(']').toString();
    }

    /**
     * Writes a number as JavaScript's {@code Number.prototype.toString} does (the CDK renders numbers
     * with {@code `${value}`}): {@code 4}, {@code 4.5}, {@code 1e+21}, {@code 1e-7}.
     *
     * @param number the number
     * @return its JavaScript form
     */
    static String jsNumber(BigDecimal number) {
        if (number.signum() == 0) {
            return "0";
        }
        BigDecimal n = number.stripTrailingZeros();
        String digits = n.unscaledValue().abs().toString();
        int k = digits.length();
        int point = k - n.scale();
        StringBuilder sb = new StringBuilder(n.signum() < 0 ? "-" : "");
        if (k <= point && point <= 21) {
            sb.append(digits).append("0".repeat(point - k));
        } else if (0 < point && point <= 21) {
            sb.append(digits, 0, point).append('.').append(digits, point, k);
        } else if (-6 < point && point <= 0) {
            sb.append("0.").append("0".repeat(-point)).append(digits);
        } else {
            int exponent = point - 1;
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(exponent >= 0 ? "+" : "-").append(Math.abs(exponent));
        }
        return sb.toString();
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    boolean lone = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || lone) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static TaskValidationException invalid(ErrorCode code, String property, String detail) {
        return new TaskValidationException(code, null, property, detail);
    }
}
