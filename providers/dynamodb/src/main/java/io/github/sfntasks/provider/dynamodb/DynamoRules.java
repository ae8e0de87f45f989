package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the DynamoDB item APIs that the four tasks share (table names, keys, items, expressions and their
 * placeholders). Problems are thrown without a state name; the task builder's {@code build()} adds it.
 *
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html">DynamoDB quotas</a>
 */
final class DynamoRules {

    /** Table names: 3 to 255 characters of {@code [a-zA-Z0-9_.-]} (CreateTable's TableName). */
    static final String TABLE_NAME = "[a-zA-Z0-9_.-]{3,255}";
    /** A table ARN; the item APIs' TableName also takes one (up to 1,024 characters). */
    static final String TABLE_ARN = "arn:[^:]+:dynamodb:[^:]+:[^:]+:table/" + TABLE_NAME;
    static final Pattern TABLE_PATTERN = Pattern.compile(TABLE_NAME + "|" + TABLE_ARN);
    static final int MAX_TABLE_ARN = 1024;
    /**
     * A table in IAM: {@code arn:<partition>:dynamodb:<region>:<account>:table/<name>}. A whole placeholder is a table
     * name, as the CDK passes {@code ITable.tableName}; a {@code ${Resource.Arn}} placeholder is the exception (an ARN).
     */
    static final ResourceArn TABLE = ResourceArn.of("dynamodb", "table/");
    /** A CloudFormation {@code ${Resource.Arn}}: the {@code Fn::GetAtt} of an ARN, never a name. */
    private static final Pattern ARN_ATTRIBUTE = Pattern.compile("\\$\\{[A-Za-z0-9_:.-]+\\.Arn\\}");

    /** An expression attribute name: {@code #} and one or more alphanumeric characters. */
    static final Pattern NAME_PLACEHOLDER = Pattern.compile("#[A-Za-z0-9_]+");
    /** An expression attribute value: {@code :} and one or more alphanumeric characters. */
    static final Pattern VALUE_PLACEHOLDER = Pattern.compile(":[A-Za-z0-9_]+");

    /** "The maximum length of any expression string is 4 KB." */
    static final int MAX_EXPRESSION_BYTES = 4096;
    /** "The maximum length of any expression attribute name or expression attribute value is 255 bytes." */
    static final int MAX_PLACEHOLDER_BYTES = 255;
    /** Key attribute names: 1 to 255 bytes. */
    static final int MAX_KEY_NAME_BYTES = 255;
    /** Other attribute names: 1 to 64 KB. */
    static final int MAX_NAME_BYTES = 65535;

    private DynamoRules() {
    }

    static TaskValidationException invalid(ErrorCode code, String property, String detail) {
        return new TaskValidationException(code, null, property, detail);
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    // ---- table --------------------------------------------------------------------------------

    /**
     * Checks the {@code table} property: a name, a table ARN, or a run-time string. A name or ARN holding placeholders
     * is checked by its literal parts and its shape; an IAM wildcard is refused in any position.
     */
    static void checkTable(Value table) {
        if (table instanceof Literal l && l.isText()) {
            String t = l.text();
            boolean ok = Placeholders.contains(t) ? placeholderTableFits(t)
                    : TABLE_PATTERN.matcher(t).matches() && t.length() <= MAX_TABLE_ARN;
            if (!ok) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "table", "must be a table name (3 to 255 characters: letters,"
                        + " digits, _ . -) or a table ARN (arn:<partition>:dynamodb:<region>:<account>:table/<name>), was \""
                        + t + "\"");
            }
            TABLE.check(t, "table");
        } else if (!Values.isRunTime(table)) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "table",
                    "must be a table name or ARN, a JsonPath, an intrinsic function or a JSONata expression, was " + table);
        }
    }

    /** Whether a table holding placeholders fits by its literal parts: a name, or a table ARN around the name. */
    private static boolean placeholderTableFits(String t) {
        if (Placeholders.isWhole(t)) {
            return true;
        }
        String name = t;
        if (t.startsWith("arn:")) {
            Arn arn = Arn.parse(t);
            if (arn == null || !arn.service().equals("dynamodb") && !Placeholders.contains(arn.service())) {
                return true; // no ARN, or another service's: TABLE.check says what is expected
            }
            if (!arn.resource().startsWith("table/") || Placeholders.literalLength(t) > MAX_TABLE_ARN) {
                return false;
            }
            name = arn.resource().substring("table/".length());
        }
        return !name.isEmpty() && Placeholders.literalLength(name) <= 255
                && Placeholders.firstDisallowed(name, c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) < 0;
    }

    /**
     * @param table a literal table
     * @return whether it is an ARN: starting {@code arn:}, or a CloudFormation {@code ${Orders.Arn}} as a whole
     */
    static boolean isArn(String table) {
        return TABLE.isArn(table) || ARN_ATTRIBUTE.matcher(table).matches();
    }

    // ---- attribute maps -----------------------------------------------------------------------

    private static void checkNames(Map<String, DynamoAttributeValue> attributes, String property, int maxNameBytes) {
        for (Map.Entry<String, DynamoAttributeValue> e : attributes.entrySet()) {
            String name = e.getKey();
            if (name == null || name.isEmpty()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property, "attribute names cannot be empty");
            }
            if (bytes(name) > maxNameBytes) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property + "." + name,
                        "an attribute name here can have at most " + maxNameBytes + " bytes");
            }
            if (e.getValue() == null) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property + "." + name, "the attribute value is missing");
            }
        }
    }

    /** A whole map given at run time must be a path, an intrinsic function or a JSONata expression. */
    private static boolean checkRunTimeMap(AttributeMap map, String property) {
        if (map.attributes() != null) {
            return false;
        }
        Value v = map.dynamicValue();
        if (!Values.isRunTime(v)) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property, "give the attributes as a map of DynamoAttributeValue,"
                    + " or the whole map as a JsonPath, an intrinsic function or a JSONata expression, was " + v);
        }
        return true;
    }

    /** A primary key: one attribute (partition key) or two (with the sort key), each a string, number or binary. */
    static void checkKey(AttributeMap key, String property) {
        if (checkRunTimeMap(key, property)) {
            return;
        }
        Map<String, DynamoAttributeValue> attributes = key.attributes();
        if (attributes.isEmpty() || attributes.size() > 2) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property, "a primary key has 1 attribute (the partition key) or 2"
                    + " (partition and sort key), was " + attributes.size());
        }
        checkNames(attributes, property, MAX_KEY_NAME_BYTES);
        for (Map.Entry<String, DynamoAttributeValue> e : attributes.entrySet()) {
            DynamoAttributeValue v = e.getValue();
            DynamoAttributeValue.Type t = v.type();
            if (t != DynamoAttributeValue.Type.S && t != DynamoAttributeValue.Type.N && t != DynamoAttributeValue.Type.B) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property + "." + e.getKey(),
                        "key attributes must be a string (S), number (N) or binary (B), was " + t);
            }
            if (v.isEmptyLiteral()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property + "." + e.getKey(),
                        "a key attribute value cannot be empty");
            }
        }
    }

    /** An item: at least one attribute, names not empty. */
    static void checkItem(AttributeMap item, String property) {
        if (checkRunTimeMap(item, property)) {
            return;
        }
        if (item.attributes().isEmpty()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property, "an item needs its key attributes at least");
        }
        checkNames(item.attributes(), property, MAX_NAME_BYTES);
    }

    /** {@code ExpressionAttributeValues}: not empty, every name a {@code :placeholder}. */
    static void checkValues(AttributeMap values, String property) {
        if (values == null || checkRunTimeMap(values, property)) {
            return;
        }
        if (values.attributes().isEmpty()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property, "must not be empty (DynamoDB refuses an empty map): omit it");
        }
        for (Map.Entry<String, DynamoAttributeValue> e : values.attributes().entrySet()) {
            checkPlaceholder(e.getKey(), VALUE_PLACEHOLDER, ':', property);
            if (e.getValue() == null) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property + "." + e.getKey(), "the attribute value is missing");
            }
        }
    }

    /** {@code ExpressionAttributeNames}: not empty, every name a {@code #placeholder}, every value an attribute name. */
    static void checkNames(Map<String, Value> names, String property) {
        if (names == null) {
            return;
        }
        if (names.isEmpty()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property, "must not be empty (DynamoDB refuses an empty map): omit it");
        }
        for (Map.Entry<String, Value> e : names.entrySet()) {
            checkPlaceholder(e.getKey(), NAME_PLACEHOLDER, '#', property);
            Value v = e.getValue();
            String at = property + "." + e.getKey();
            if (v instanceof Literal l && l.isText()) {
                if (l.text().isEmpty() || bytes(l.text()) > MAX_NAME_BYTES) {
                    throw invalid(ErrorCode.INVALID_PROPERTY, at, "an attribute name has 1 to 65,535 bytes");
                }
            } else if (!Values.isRunTime(v)) {
                throw invalid(ErrorCode.INVALID_PROPERTY, at,
                        "must be the attribute name the placeholder stands for (a string, or a path to one), was " + v);
            }
        }
    }

    private static void checkPlaceholder(String name, Pattern pattern, char prefix, String property) {
        if (name == null || !pattern.matcher(name).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property + (name == null ? "" : "." + name),
                    "a placeholder must be \"" + prefix + "\" followed by letters, digits or _ (such as \"" + prefix
                            + (prefix == '#' ? "name" : "val") + "\"), was \"" + name + "\"");
        }
        if (bytes(name) > MAX_PLACEHOLDER_BYTES) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property + "." + name, "a placeholder can have at most 255 bytes");
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    /** An expression: a non-blank string of at most 4 KB, or a run-time string. */
    static void checkExpression(Value expression, String property) {
        if (expression == null) {
            return;
        }
        if (expression instanceof Literal l && l.isText()) {
            if (l.text().isBlank()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property, "an expression cannot be empty: omit it");
            }
            if (bytes(l.text()) > MAX_EXPRESSION_BYTES) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property, "an expression can have at most 4 KB (4,096 bytes)");
            }
        } else if (!Values.isRunTime(expression)) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property,
                    "must be a string, a JsonPath, an intrinsic function or a JSONata expression, was " + expression);
        }
    }

    /** One expression property and its value, for the placeholder check. */
    record Expression(String property, Value value) {
    }

    /**
     * DynamoDB refuses a request whose expressions use a placeholder that the maps do not define ("An expression
     * attribute name used in the document path is not defined"), and one whose maps define a placeholder no expression
     * uses ("Value provided in ExpressionAttributeNames unused in expressions"). Both are checked where everything
     * involved is static.
     */
    static void checkPlaceholders(Map<String, Value> names, AttributeMap values, List<Expression> expressions) {
        Set<String> usedNames = new LinkedHashSet<>();
        Set<String> usedValues = new LinkedHashSet<>();
        boolean allStatic = true;
        boolean valuesKnown = values == null || values.attributes() != null;
        for (Expression e : expressions) {
            if (e.value() == null) {
                continue;
            }
            if (!(e.value() instanceof Literal l)) {
                allStatic = false;
                continue;
            }
            Matcher m = NAME_PLACEHOLDER.matcher(l.text());
            while (m.find()) {
                String name = m.group();
                usedNames.add(name);
                if (names == null || !names.containsKey(name)) {
                    throw invalid(ErrorCode.INVALID_PROPERTY, e.property(), "uses " + name
                            + ", which expressionAttributeNames does not define; add \"" + name + "\": \"<attribute name>\"");
                }
            }
            m = VALUE_PLACEHOLDER.matcher(l.text());
            while (m.find()) {
                String value = m.group();
                usedValues.add(value);
                if (valuesKnown && (values == null || !values.attributes().containsKey(value))) {
                    throw invalid(ErrorCode.INVALID_PROPERTY, e.property(), "uses " + value
                            + ", which expressionAttributeValues does not define; add \"" + value + "\": {\"S\": ...}");
                }
            }
        }
        if (!allStatic) {
            return;
        }
        if (names != null) {
            for (String name : names.keySet()) {
                if (!usedNames.contains(name)) {
                    throw invalid(ErrorCode.INVALID_PROPERTY, "expressionAttributeNames." + name,
                            "is not used in any expression" + describe(expressions) + "; DynamoDB refuses unused placeholders");
                }
            }
        }
        if (values != null && values.attributes() != null) {
            for (String value : values.attributes().keySet()) {
                if (!usedValues.contains(value)) {
                    throw invalid(ErrorCode.INVALID_PROPERTY, "expressionAttributeValues." + value,
                            "is not used in any expression" + describe(expressions) + "; DynamoDB refuses unused placeholders");
                }
            }
        }
    }

    private static String describe(List<Expression> expressions) {
        StringBuilder sb = new StringBuilder(" (");
        for (int i = 0; i < expressions.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(expressions.get(i).property());
        }
        return sb.append(')').toString();
    }

    /** A boolean: {@code true}/{@code false} or a run-time value. */
    static void checkBoolean(Value value, String property) {
        if (value != null && !(value instanceof Literal l && l.node().isBoolean())
                && !Values.isRunTime(value)) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property,
                    "must be true or false, a JsonPath, an intrinsic function or a JSONata expression, was " + value);
        }
    }

    // ---- builder conversions ------------------------------------------------------------------

    /**
     * @return the names in order, each value as {@link Value#of(Object)} makes it ({@code {% ... %}}: a JSONata
     *         expression); {@code null} for null
     */
    static Map<String, Value> names(Map<String, String> names) {
        if (names == null) {
            return null;
        }
        Map<String, Value> out = new LinkedHashMap<>();
        names.forEach((k, v) -> out.put(k, v == null ? null : Value.of(v)));
        return out;
    }

    /** @return {@code names} with one more entry (a new map when null) */
    static Map<String, Value> withName(Map<String, Value> names, String placeholder, Value attributeName) {
        Map<String, Value> out = names == null ? new LinkedHashMap<>() : new LinkedHashMap<>(names);
        out.put(placeholder, attributeName);
        return out;
    }

    /** @return the paths joined with commas, as the CDK joins them; {@code null} for null */
    static String projection(List<DynamoProjectionExpression> paths) {
        if (paths == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i) == null) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "projectionExpression", "item [" + i + "] is null");
            }
            sb.append(i == 0 ? "" : ",").append(paths.get(i));
        }
        return sb.toString();
    }

    /** @return a copy that keeps its order and allows the null entries the task reports */
    static <K, V> Map<K, V> copy(Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    // ---- return options -----------------------------------------------------------------------

    /** Checks that {@code returnValues} is one the action accepts. */
    static void checkReturnValues(DynamoReturnValues value, Set<DynamoReturnValues> allowed, String action, String property) {
        if (value != null && !allowed.contains(value)) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property, action + " accepts " + allowed + ", not " + value);
        }
    }
}
