package io.github.sfntasks.local.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A compiled Choice rule condition: a comparison, {@code And}/{@code Or}/{@code Not}, or a JSONata {@code Condition}. */
public abstract class Condition {

    private static final Set<String> OPERATORS = Set.of("StringEquals", "StringLessThan", "StringGreaterThan",
            "StringLessThanEquals", "StringGreaterThanEquals", "StringMatches", "NumericEquals", "NumericLessThan",
            "NumericGreaterThan", "NumericLessThanEquals", "NumericGreaterThanEquals", "BooleanEquals",
            "TimestampEquals", "TimestampLessThan", "TimestampGreaterThan", "TimestampLessThanEquals",
            "TimestampGreaterThanEquals", "IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp");

    Condition() {
    }

    /**
     * @param env the state's effective input, context and variables
     * @param states JSONata's {@code $states}, or null
     * @return whether the rule matches
     */
    public abstract boolean test(Env env, Object states);

    /**
     * @param rule a rule object (top-level or nested)
     * @param engine for JSONata conditions
     * @return it compiled
     * @throws IllegalArgumentException when it is malformed
     */
    public static Condition compile(JsonNode rule, JsonataEngine engine) {
        if (rule.has("Condition")) {
            JsonNode c = rule.get("Condition");
            if (c.isBoolean()) {
                boolean b = c.booleanValue();
                return new Condition() {
                    @Override
                    public boolean test(Env env, Object states) {
                        return b;
                    }
                };
            }
            if (!c.isTextual() || !JsonataEngine.isExpression(c.textValue())) {
                throw new IllegalArgumentException("Condition must be a {% %} JSONata expression or a boolean");
            }
            JsonataEngine.Expression e = engine.compile(c.textValue());
            return new Condition() {
                @Override
                public boolean test(Env env, Object states) {
                    JsonNode v = e.evaluate(env, states);
                    if (v == null || !v.isBoolean()) {
                        throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "The Condition " + e
                                + " must evaluate to a boolean, was " + (v == null ? "undefined" : Json.text(v)));
                    }
                    return v.booleanValue();
                }
            };
        }
        if (rule.has("And") || rule.has("Or")) {
            boolean and = rule.has("And");
            JsonNode list = rule.get(and ? "And" : "Or");
            if (!list.isArray() || list.isEmpty()) {
                throw new IllegalArgumentException((and ? "And" : "Or") + " must be a non-empty array of rules");
            }
            List<Condition> parts = new ArrayList<>();
            list.forEach(r -> parts.add(compile(r, engine)));
            return new Condition() {
                @Override
                public boolean test(Env env, Object states) {
                    for (Condition p : parts) {
                        if (p.test(env, states) != and) {
                            return !and;
                        }
                    }
                    return and;
                }
            };
        }
        if (rule.has("Not")) {
            Condition inner = compile(rule.get("Not"), engine);
            return new Condition() {
                @Override
                public boolean test(Env env, Object states) {
                    return !inner.test(env, states);
                }
            };
        }
        JsonNode variable = rule.get("Variable");
        if (variable == null || !variable.isTextual()) {
            throw new IllegalArgumentException("a rule needs Variable (a path) and one comparison operator,"
                    + " or And, Or, Not, or (JSONata) Condition");
        }
        JsonPathExpr var = JsonPathExpr.compile(variable.textValue());
        String op = null;
        JsonNode operand = null;
        boolean path = false;
        for (String name : OPERATORS) {
            if (rule.has(name)) {
                if (op != null) {
                    throw new IllegalArgumentException("a rule has one comparison operator, found " + op + " and " + name);
                }
                op = name;
                operand = rule.get(name);
            }
            if (rule.has(name + "Path")) {
                if (op != null) {
                    throw new IllegalArgumentException("a rule has one comparison operator, found " + op + " and "
                            + name + "Path");
                }
                op = name;
                operand = rule.get(name + "Path");
                path = true;
            }
        }
        if (op == null) {
            throw new IllegalArgumentException("the rule on " + var.text() + " has no comparison operator");
        }
        return comparison(var, op, operand, path);
    }

    private static Condition comparison(JsonPathExpr var, String op, JsonNode operand, boolean isPath) {
        JsonPathExpr operandPath = isPath ? JsonPathExpr.compile(operand.asText()) : null;
        if (!isPath) {
            checkOperand(op, operand);
        }
        String matchPattern = op.equals("StringMatches") && !isPath ? operand.textValue() : null;
        return new Condition() {
            @Override
            public boolean test(Env env, Object states) {
                JsonNode v = env.select(var);
                if (!var.isDefinite() && v != null && v.isArray() && v.isEmpty()) {
                    v = null;
                }
                switch (op) {
                    case "IsPresent":
                        return (v != null) == operand.asBoolean();
                    default:
                        break;
                }
                if (v == null) {
                    throw StatesError.runtime("Invalid path '" + var.text()
                            + "': The choice state's condition path references an invalid value.");
                }
                switch (op) {
                    case "IsNull": return v.isNull() == operand.asBoolean();
                    case "IsNumeric": return v.isNumber() == operand.asBoolean();
                    case "IsString": return v.isTextual() == operand.asBoolean();
                    case "IsBoolean": return v.isBoolean() == operand.asBoolean();
                    case "IsTimestamp": return (v.isTextual() && timestamp(v.textValue()) != null) == operand.asBoolean();
                    default: break;
                }
                JsonNode other = operand;
                if (operandPath != null) {
                    other = env.select(operandPath);
                    if (other == null) {
                        throw StatesError.runtime("Invalid path '" + operandPath.text()
                                + "': The choice state's condition path references an invalid value.");
                    }
                }
                if (op.startsWith("String")) {
                    if (!v.isTextual() || !other.isTextual()) {
                        return false;
                    }
                    if (op.equals("StringMatches")) {
                        return matches(v.textValue(), matchPattern != null ? matchPattern : other.textValue());
                    }
                    return compare(op.substring(6), v.textValue().compareTo(other.textValue()));
                }
                if (op.startsWith("Numeric")) {
                    if (!v.isNumber() || !other.isNumber()) {
                        return false;
                    }
                    return compare(op.substring(7), v.decimalValue().compareTo(other.decimalValue()));
                }
                if (op.equals("BooleanEquals")) {
                    return v.isBoolean() && other.isBoolean() && v.booleanValue() == other.booleanValue();
                }
                OffsetDateTime a = v.isTextual() ? timestamp(v.textValue()) : null;
                OffsetDateTime b = other.isTextual() ? timestamp(other.textValue()) : null;
                if (a == null || b == null) {
                    return false;
                }
                return compare(op.substring(9), a.toInstant().compareTo(b.toInstant()));
            }
        };
    }

    private static void checkOperand(String op, JsonNode operand) {
        boolean ok;
        if (op.startsWith("Is") || op.equals("BooleanEquals")) {
            ok = operand.isBoolean();
        } else if (op.startsWith("Numeric")) {
            ok = operand.isNumber();
        } else if (op.startsWith("Timestamp")) {
            ok = operand.isTextual() && timestamp(operand.textValue()) != null;
        } else {
            ok = operand.isTextual();
        }
        if (!ok) {
            throw new IllegalArgumentException("the operand of " + op + " has the wrong type: " + Json.text(operand));
        }
    }

    private static boolean compare(String rel, int c) {
        switch (rel) {
            case "Equals": return c == 0;
            case "LessThan": return c < 0;
            case "GreaterThan": return c > 0;
            case "LessThanEquals": return c <= 0;
            case "GreaterThanEquals": return c >= 0;
            default: throw new IllegalStateException(rel);
        }
    }

    /**
     * @param text a candidate
     * @return it as an RFC 3339 timestamp (uppercase T and Z, as AWS requires), or null
     */
    public static OffsetDateTime timestamp(String text) {
        if (text.indexOf('T') < 0 || text.indexOf('t') >= 0 || text.indexOf('z') >= 0) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * StringMatches: {@code *} matches any run of characters; {@code \*} and {@code \\} are a literal star and
     * backslash.
     *
     * @param value the string tested
     * @param pattern the pattern
     * @return whether it matches
     */
    public static boolean matches(String value, String pattern) {
        List<Object> tokens = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                lit.append(pattern.charAt(++i));
            } else if (c == '*') {
                tokens.add(lit.toString());
                lit.setLength(0);
                tokens.add(Boolean.TRUE);
            } else {
                lit.append(c);
            }
        }
        tokens.add(lit.toString());
        return match(value, 0, tokens, 0);
    }

    private static boolean match(String v, int at, List<Object> tokens, int t) {
        if (t == tokens.size()) {
            return at == v.length();
        }
        Object tok = tokens.get(t);
        if (tok instanceof String) {
            String s = (String) tok;
            return v.startsWith(s, at) && match(v, at + s.length(), tokens, t + 1);
        }
        for (int k = at; k <= v.length(); k++) {
            if (match(v, k, tokens, t + 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

}
