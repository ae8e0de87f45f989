package io.github.sfntasks.core.diagram;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The short form of a Choice rule, for an edge label: {@code $.total > 100},
 * {@code $.status == "OK" && $.paid is present}, {@code !($.retry)}; a JSONata {@code Condition} is
 * shown as its expression. Long labels are cut, with an ellipsis.
 */
final class ConditionLabel {

    static final int MAX = 60;

    private static final Map<String, String> OPERATORS = Map.of(
            "Equals", "==",
            "LessThan", "<",
            "GreaterThan", ">",
            "LessThanEquals", "<=",
            "GreaterThanEquals", ">=");

    private ConditionLabel() {
    }

    static String of(JsonNode rule) {
        return shorten(condition(rule));
    }

    static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX ? oneLine : oneLine.substring(0, MAX - 1).stripTrailing() + "\u2026";
    }

    private static String condition(JsonNode c) {
        if (c.has("Condition")) {
            JsonNode cond = c.get("Condition");
            if (!cond.isTextual()) {
                return cond.asText();
            }
            String t = cond.textValue().trim();
            if (t.startsWith("{%") && t.endsWith("%}")) {
                t = t.substring(2, t.length() - 2).trim();
            }
            return t;
        }
        if (c.has("And") || c.has("Or")) {
            boolean and = c.has("And");
            List<String> parts = new ArrayList<>();
            for (JsonNode sub : c.get(and ? "And" : "Or")) {
                String s = condition(sub);
                parts.add(sub.has("And") || sub.has("Or") ? "(" + s + ")" : s);
            }
            return String.join(and ? " && " : " || ", parts);
        }
        if (c.has("Not")) {
            return "!(" + condition(c.get("Not")) + ")";
        }
        String variable = c.path("Variable").asText("?");
        Iterator<Map.Entry<String, JsonNode>> it = c.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String op = e.getKey();
            JsonNode v = e.getValue();
            if (op.equals("Variable") || op.equals("Next") || op.equals("Comment") || op.equals("Assign")
                    || op.equals("Output")) {
                continue;
            }
            return comparison(variable, op, v);
        }
        return variable;
    }

    private static String comparison(String variable, String op, JsonNode v) {
        if (op.startsWith("Is")) {
            String what = switch (op) {
                case "IsNull" -> "null";
                case "IsPresent" -> "present";
                case "IsNumeric" -> "numeric";
                case "IsString" -> "a string";
                case "IsBoolean" -> "a boolean";
                case "IsTimestamp" -> "a timestamp";
                default -> op.substring(2);
            };
            return variable + (v.asBoolean(true) ? " is " : " is not ") + what;
        }
        boolean path = op.endsWith("Path");
        String base = path ? op.substring(0, op.length() - 4) : op;
        String value = path || !v.isTextual() ? v.asText() : "\"" + v.textValue() + "\"";
        if (base.equals("StringMatches")) {
            return variable + " matches " + value;
        }
        for (String type : List.of("String", "Numeric", "Boolean", "Timestamp")) {
            if (base.startsWith(type)) {
                String symbol = OPERATORS.get(base.substring(type.length()));
                if (symbol != null) {
                    return variable + " " + symbol + " " + value;
                }
            }
        }
        return variable + " " + op + " " + value;
    }
}
