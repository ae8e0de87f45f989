package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonataExpression;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Choice rule's condition: a comparison of a variable ({@code $.x}) with a value or another path,
 * a type test ({@code IsPresent}...), And/Or/Not of conditions, or (JSONata) an expression.
 * Immutable; checked when made.
 *
 * <pre>{@code
 * Condition.and(Condition.isPresent("$.status"), Condition.stringEquals("$.status", "FAILED"));
 * Condition.jsonata("$states.input.count > 10");
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class Condition {

    /**
     * How deep {@code And}, {@code Or} and {@code Not} may nest in one Choice rule (a comparison alone is level 1).
     * The States language sets no limit; this one keeps checking and copying, which recurse once per level, far from
     * the end of the stack, for conditions read from files and built in Java alike.
     */
    public static final int MAX_NESTING = 100;

    private static final Set<String> STRING_OPS = Set.of("StringEquals", "StringLessThan", "StringGreaterThan",
            "StringLessThanEquals", "StringGreaterThanEquals", "StringMatches");
    private static final Set<String> NUMERIC_OPS = Set.of("NumericEquals", "NumericLessThan", "NumericGreaterThan",
            "NumericLessThanEquals", "NumericGreaterThanEquals");
    private static final Set<String> TIMESTAMP_OPS = Set.of("TimestampEquals", "TimestampLessThan",
            "TimestampGreaterThan", "TimestampLessThanEquals", "TimestampGreaterThanEquals");
    private static final Set<String> IS_OPS = Set.of("IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean",
            "IsTimestamp");

    private final ObjectNode node;
    private final boolean jsonata;

    private Condition(ObjectNode node, boolean jsonata) {
        this.node = node;
        this.jsonata = jsonata;
    }

    private static Condition compare(String variable, String operator, JsonNode value) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("Variable", variable);
        n.set(operator, value);
        return fromJson(n, QueryLanguage.JSONPATH, null, null);
    }

    private static Condition compare(String variable, String operator, String value) {
        return compare(variable, operator, JsonNodeFactory.instance.textNode(value));
    }

    private static Condition compare(String variable, String operator, double value) {
        JsonNode v = value == Math.rint(value) && Math.abs(value) < 1e15
                ? JsonNodeFactory.instance.numberNode((long) value) : JsonNodeFactory.instance.numberNode(value);
        return compare(variable, operator, v);
    }

    /** @param variable a path @param value a string @return {@code StringEquals} */
    public static Condition stringEquals(String variable, String value) { return compare(variable, "StringEquals", value); }
    /** @param variable a path @param path a path to compare with @return {@code StringEqualsPath} */
    public static Condition stringEqualsPath(String variable, String path) { return compare(variable, "StringEqualsPath", path); }
    /** @param variable a path @param value a string @return {@code StringLessThan} */
    public static Condition stringLessThan(String variable, String value) { return compare(variable, "StringLessThan", value); }
    /** @param variable a path @param path a path @return {@code StringLessThanPath} */
    public static Condition stringLessThanPath(String variable, String path) { return compare(variable, "StringLessThanPath", path); }
    /** @param variable a path @param value a string @return {@code StringLessThanEquals} */
    public static Condition stringLessThanEquals(String variable, String value) { return compare(variable, "StringLessThanEquals", value); }
    /** @param variable a path @param path a path @return {@code StringLessThanEqualsPath} */
    public static Condition stringLessThanEqualsPath(String variable, String path) { return compare(variable, "StringLessThanEqualsPath", path); }
    /** @param variable a path @param value a string @return {@code StringGreaterThan} */
    public static Condition stringGreaterThan(String variable, String value) { return compare(variable, "StringGreaterThan", value); }
    /** @param variable a path @param path a path @return {@code StringGreaterThanPath} */
    public static Condition stringGreaterThanPath(String variable, String path) { return compare(variable, "StringGreaterThanPath", path); }
    /** @param variable a path @param value a string @return {@code StringGreaterThanEquals} */
    public static Condition stringGreaterThanEquals(String variable, String value) { return compare(variable, "StringGreaterThanEquals", value); }
    /** @param variable a path @param path a path @return {@code StringGreaterThanEqualsPath} */
    public static Condition stringGreaterThanEqualsPath(String variable, String path) { return compare(variable, "StringGreaterThanEqualsPath", path); }
    /** @param variable a path @param pattern a pattern where {@code *} matches anything @return {@code StringMatches} */
    public static Condition stringMatches(String variable, String pattern) { return compare(variable, "StringMatches", pattern); }
    /** @param variable a path @param value a number @return {@code NumericEquals} */
    public static Condition numberEquals(String variable, double value) { return compare(variable, "NumericEquals", value); }
    /** @param variable a path @param path a path @return {@code NumericEqualsPath} */
    public static Condition numberEqualsPath(String variable, String path) { return compare(variable, "NumericEqualsPath", path); }
    /** @param variable a path @param value a number @return {@code NumericLessThan} */
    public static Condition numberLessThan(String variable, double value) { return compare(variable, "NumericLessThan", value); }
    /** @param variable a path @param path a path @return {@code NumericLessThanPath} */
    public static Condition numberLessThanPath(String variable, String path) { return compare(variable, "NumericLessThanPath", path); }
    /** @param variable a path @param value a number @return {@code NumericLessThanEquals} */
    public static Condition numberLessThanEquals(String variable, double value) { return compare(variable, "NumericLessThanEquals", value); }
    /** @param variable a path @param path a path @return {@code NumericLessThanEqualsPath} */
    public static Condition numberLessThanEqualsPath(String variable, String path) { return compare(variable, "NumericLessThanEqualsPath", path); }
    /** @param variable a path @param value a number @return {@code NumericGreaterThan} */
    public static Condition numberGreaterThan(String variable, double value) { return compare(variable, "NumericGreaterThan", value); }
    /** @param variable a path @param path a path @return {@code NumericGreaterThanPath} */
    public static Condition numberGreaterThanPath(String variable, String path) { return compare(variable, "NumericGreaterThanPath", path); }
    /** @param variable a path @param value a number @return {@code NumericGreaterThanEquals} */
    public static Condition numberGreaterThanEquals(String variable, double value) { return compare(variable, "NumericGreaterThanEquals", value); }
    /** @param variable a path @param path a path @return {@code NumericGreaterThanEqualsPath} */
    public static Condition numberGreaterThanEqualsPath(String variable, String path) { return compare(variable, "NumericGreaterThanEqualsPath", path); }
    /** @param variable a path @param value a boolean @return {@code BooleanEquals} */
    public static Condition booleanEquals(String variable, boolean value) { return compare(variable, "BooleanEquals", JsonNodeFactory.instance.booleanNode(value)); }
    /** @param variable a path @param path a path @return {@code BooleanEqualsPath} */
    public static Condition booleanEqualsPath(String variable, String path) { return compare(variable, "BooleanEqualsPath", path); }
    /** @param variable a path @param timestamp ISO-8601 @return {@code TimestampEquals} */
    public static Condition timestampEquals(String variable, String timestamp) { return compare(variable, "TimestampEquals", timestamp); }
    /** @param variable a path @param path a path @return {@code TimestampEqualsPath} */
    public static Condition timestampEqualsPath(String variable, String path) { return compare(variable, "TimestampEqualsPath", path); }
    /** @param variable a path @param timestamp ISO-8601 @return {@code TimestampLessThan} */
    public static Condition timestampLessThan(String variable, String timestamp) { return compare(variable, "TimestampLessThan", timestamp); }
    /** @param variable a path @param path a path @return {@code TimestampLessThanPath} */
    public static Condition timestampLessThanPath(String variable, String path) { return compare(variable, "TimestampLessThanPath", path); }
    /** @param variable a path @param timestamp ISO-8601 @return {@code TimestampLessThanEquals} */
    public static Condition timestampLessThanEquals(String variable, String timestamp) { return compare(variable, "TimestampLessThanEquals", timestamp); }
    /** @param variable a path @param path a path @return {@code TimestampLessThanEqualsPath} */
    public static Condition timestampLessThanEqualsPath(String variable, String path) { return compare(variable, "TimestampLessThanEqualsPath", path); }
    /** @param variable a path @param timestamp ISO-8601 @return {@code TimestampGreaterThan} */
    public static Condition timestampGreaterThan(String variable, String timestamp) { return compare(variable, "TimestampGreaterThan", timestamp); }
    /** @param variable a path @param path a path @return {@code TimestampGreaterThanPath} */
    public static Condition timestampGreaterThanPath(String variable, String path) { return compare(variable, "TimestampGreaterThanPath", path); }
    /** @param variable a path @param timestamp ISO-8601 @return {@code TimestampGreaterThanEquals} */
    public static Condition timestampGreaterThanEquals(String variable, String timestamp) { return compare(variable, "TimestampGreaterThanEquals", timestamp); }
    /** @param variable a path @param path a path @return {@code TimestampGreaterThanEqualsPath} */
    public static Condition timestampGreaterThanEqualsPath(String variable, String path) { return compare(variable, "TimestampGreaterThanEqualsPath", path); }

    private static Condition is(String variable, String op, boolean value) {
        return compare(variable, op, JsonNodeFactory.instance.booleanNode(value));
    }

    /** @param variable a path @return {@code IsNull: true} */
    public static Condition isNull(String variable) { return is(variable, "IsNull", true); }
    /** @param variable a path @return {@code IsNull: false} */
    public static Condition isNotNull(String variable) { return is(variable, "IsNull", false); }
    /** @param variable a path @return {@code IsPresent: true} */
    public static Condition isPresent(String variable) { return is(variable, "IsPresent", true); }
    /** @param variable a path @return {@code IsPresent: false} */
    public static Condition isNotPresent(String variable) { return is(variable, "IsPresent", false); }
    /** @param variable a path @return {@code IsNumeric: true} */
    public static Condition isNumeric(String variable) { return is(variable, "IsNumeric", true); }
    /** @param variable a path @return {@code IsNumeric: false} */
    public static Condition isNotNumeric(String variable) { return is(variable, "IsNumeric", false); }
    /** @param variable a path @return {@code IsString: true} */
    public static Condition isString(String variable) { return is(variable, "IsString", true); }
    /** @param variable a path @return {@code IsString: false} */
    public static Condition isNotString(String variable) { return is(variable, "IsString", false); }
    /** @param variable a path @return {@code IsBoolean: true} */
    public static Condition isBoolean(String variable) { return is(variable, "IsBoolean", true); }
    /** @param variable a path @return {@code IsBoolean: false} */
    public static Condition isNotBoolean(String variable) { return is(variable, "IsBoolean", false); }
    /** @param variable a path @return {@code IsTimestamp: true} */
    public static Condition isTimestamp(String variable) { return is(variable, "IsTimestamp", true); }
    /** @param variable a path @return {@code IsTimestamp: false} */
    public static Condition isNotTimestamp(String variable) { return is(variable, "IsTimestamp", false); }

    /** @param conditions at least one @return all must hold */
    public static Condition and(Condition... conditions) {
        return combine("And", conditions);
    }

    /** @param conditions at least one @return one must hold */
    public static Condition or(Condition... conditions) {
        return combine("Or", conditions);
    }

    /** @param condition a condition @return its negation */
    public static Condition not(Condition condition) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.set("Not", condition.node.deepCopy());
        return fromJson(n, QueryLanguage.JSONPATH, null, null);
    }

    private static Condition combine(String op, Condition... conditions) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        ArrayNode a = n.putArray(op);
        for (Condition c : conditions) {
            if (c.jsonata) {
                throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, null, op,
                        "combine JSONata conditions inside one expression (and, or, not())");
            }
            a.add(c.node.deepCopy());
        }
        return fromJson(n, QueryLanguage.JSONPATH, null, null);
    }

    /**
     * @param expression a JSONata expression yielding a boolean (with or without {@code {% %}})
     * @return a JSONata condition
     */
    public static Condition jsonata(String expression) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("Condition", JsonataExpression.of(expression).text());
        return new Condition(n, true);
    }

    /**
     * Reads and checks a condition as ASL writes it (a Choice rule without {@code Next},
     * {@code Assign} and {@code Output}).
     *
     * @param node the rule
     * @param language the Choice state's query language
     * @param stateName for errors
     * @param property where the rule is, for errors ({@code Choices[2]})
     * @return the condition
     * @throws TaskValidationException when it is malformed
     */
    public static Condition fromJson(JsonNode node, QueryLanguage language, String stateName, String property) {
        if (!(node instanceof ObjectNode obj)) {
            throw bad(stateName, property, "a condition must be an object, was " + node);
        }
        if (language == QueryLanguage.JSONATA) {
            JsonNode c = obj.get("Condition");
            if (c == null || obj.size() != 1) {
                throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, stateName, property,
                        "a JSONata Choice rule is {\"Condition\": \"{% ... %}\", \"Next\": ...}, was " + node);
            }
            if (c.isBoolean()) {
                return new Condition(obj.deepCopy(), true);
            }
            if (!c.isTextual()) {
                throw bad(stateName, property + ".Condition", "must be a {% %} expression or a boolean");
            }
            try {
                JsonataExpression.parse(c.textValue());
            } catch (TaskValidationException e) {
                throw e.locate(stateName, property + ".Condition");
            }
            return new Condition(obj.deepCopy(), true);
        }
        check(obj, stateName, property == null ? "" : property, 1);
        return new Condition(obj.deepCopy(), false);
    }

    private static void check(ObjectNode obj, String stateName, String at, int depth) {
        if (depth > MAX_NESTING) {
            throw bad(stateName, at, "And, Or and Not nest more than " + MAX_NESTING + " deep here; a condition may"
                    + " nest at most " + MAX_NESTING + " levels: split it over several Choice states");
        }
        if (obj.has("Condition")) {
            throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, stateName, at,
                    "\"Condition\" is JSONata; in a JSONPath Choice state use Variable and a comparison operator");
        }
        if (obj.has("And") || obj.has("Or")) {
            String op = obj.has("And") ? "And" : "Or";
            if (obj.size() != 1) {
                throw bad(stateName, at, op + " must stand alone in its object");
            }
            JsonNode list = obj.get(op);
            if (!list.isArray() || list.isEmpty()) {
                throw bad(stateName, at + "." + op, "must be a non-empty array of conditions");
            }
            // Every member is checked, so that all of a rule's problems are reported at once.
            List<TaskValidationException> problems = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                try {
                    if (!(list.get(i) instanceof ObjectNode o)) {
                        throw bad(stateName, at + "." + op + "[" + i + "]", "must be an object");
                    }
                    check(o, stateName, at + "." + op + "[" + i + "]", depth + 1);
                } catch (TaskValidationException e) {
                    problems.add(e); // with the problems it carries: of(...) keeps them once
                }
            }
            if (!problems.isEmpty()) {
                throw TaskValidationException.of(problems);
            }
            return;
        }
        if (obj.has("Not")) {
            if (obj.size() != 1 || !(obj.get("Not") instanceof ObjectNode inner)) {
                throw bad(stateName, at + ".Not", "must be the only field and hold one condition object");
            }
            check(inner, stateName, at + ".Not", depth + 1);
            return;
        }
        JsonNode variable = obj.get("Variable");
        if (variable == null || !variable.isTextual()) {
            throw bad(stateName, at, "a comparison needs \"Variable\" (a path) and one operator; was " + obj);
        }
        String problem = io.github.sfntasks.api.value.JsonPath.problemOf(variable.textValue());
        if (problem != null) {
            throw new TaskValidationException(ErrorCode.INVALID_PATH, stateName, at + ".Variable", problem);
        }
        String op = null;
        Iterator<Map.Entry<String, JsonNode>> it = obj.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("Variable")) {
                continue;
            }
            if (op != null) {
                throw bad(stateName, at, "a comparison has exactly one operator, found " + op + " and " + e.getKey());
            }
            op = e.getKey();
            checkOperand(op, e.getValue(), stateName, at + "." + op);
        }
        if (op == null) {
            throw bad(stateName, at, "a comparison needs an operator such as StringEquals or IsPresent");
        }
    }

    private static void checkOperand(String op, JsonNode v, String stateName, String at) {
        if (op.endsWith("Path") && !op.equals("StringMatches")) {
            String base = op.substring(0, op.length() - 4);
            if (STRING_OPS.contains(base) || NUMERIC_OPS.contains(base) || TIMESTAMP_OPS.contains(base)
                    || base.equals("BooleanEquals")) {
                if (!v.isTextual()) {
                    throw bad(stateName, at, "must be a path string, was " + v);
                }
                String problem = io.github.sfntasks.api.value.JsonPath.problemOf(v.textValue());
                if (problem != null) {
                    throw new TaskValidationException(ErrorCode.INVALID_PATH, stateName, at, problem);
                }
                return;
            }
        }
        if (STRING_OPS.contains(op)) {
            if (!v.isTextual()) {
                throw bad(stateName, at, "must be a string, was " + v);
            }
        } else if (NUMERIC_OPS.contains(op)) {
            if (!v.isNumber()) {
                throw bad(stateName, at, "must be a number, was " + v);
            }
        } else if (op.equals("BooleanEquals") || IS_OPS.contains(op)) {
            if (!v.isBoolean()) {
                throw bad(stateName, at, "must be true or false, was " + v);
            }
        } else if (TIMESTAMP_OPS.contains(op)) {
            if (!v.isTextual()) {
                throw bad(stateName, at, "must be an ISO-8601 timestamp string, was " + v);
            }
            try {
                OffsetDateTime.parse(v.textValue());
            } catch (DateTimeParseException e) {
                throw bad(stateName, at, "must be an ISO-8601 timestamp with an offset, was \"" + v.textValue() + "\"");
            }
        } else {
            throw bad(stateName, at, "is not a comparison operator of the States language");
        }
    }

    private static TaskValidationException bad(String stateName, String property, String detail) {
        return new TaskValidationException(ErrorCode.INVALID_STATE, stateName, property, detail);
    }

    /** @return whether this is a JSONata condition */
    public boolean isJsonata() {
        return jsonata;
    }

    /** @return the condition as ASL writes it (a copy) */
    public ObjectNode toJson() {
        return node.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition c && node.equals(c.node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        return node.toString();
    }
}
