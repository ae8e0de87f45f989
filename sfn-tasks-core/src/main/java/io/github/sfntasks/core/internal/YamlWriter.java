package io.github.sfntasks.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a JSON tree as block-style YAML, without a YAML library (core has none at run time). Every string scalar is
 * written double-quoted with JSON's escapes, which YAML 1.1 and 1.2 read the same way, so no value is ever taken
 * for a number, a boolean or a tag; a multi-line string of printable text is written as a literal block
 * ({@code |}) so that a state machine definition stays readable. Keys are quoted unless plainly safe.
 */
public final class YamlWriter {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*(::[A-Za-z0-9_.\\-]+)*");
    // YAML 1.1 reads these plain scalars as booleans or null.
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private YamlWriter() {
    }

    /**
     * @param node a tree (an object at the top)
     * @return its YAML text, ending in a newline
     */
    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        if (node.isObject() && !node.isEmpty()) {
            object(node, 0, out);
        } else {
            out.append(inline(node)).append('\n');
        }
        return out.toString();
    }

    private static void object(JsonNode node, int indent, StringBuilder out) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            pad(out, indent).append(key(e.getKey())).append(':');
            value(e.getValue(), indent, out);
        }
    }

    private static void array(JsonNode node, int indent, StringBuilder out) {
        for (JsonNode item : node) {
            pad(out, indent).append('-');
            if (item.isObject() && !item.isEmpty()) {
                // the first member on the dash's line, the others under it
                boolean first = true;
                for (Map.Entry<String, JsonNode> e : item.properties()) {
                    if (first) {
                        out.append(' ');
                        first = false;
                    } else {
                        pad(out, indent + 2);
                    }
                    out.append(key(e.getKey())).append(':');
                    value(e.getValue(), indent + 2, out);
                }
            } else {
                value(item, indent, out);
            }
        }
    }

    /** Writes what follows {@code key:} or {@code -}: a scalar on the line, or a nested block. */
    private static void value(JsonNode v, int indent, StringBuilder out) {
        if (v.isObject() && !v.isEmpty()) {
            out.append('\n');
            object(v, indent + 2, out);
        } else if (v.isArray() && !v.isEmpty()) {
            out.append('\n');
            array(v, indent + 2, out);
        } else if (v.isTextual() && isBlock(v.textValue())) {
            String text = v.textValue();
            out.append(text.endsWith("\n") ? " |\n" : " |-\n");
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            for (String line : body.split("\n", -1)) {
                if (line.isEmpty()) {
                    out.append('\n');
                } else {
                    pad(out, indent + 2).append(line).append('\n');
                }
            }
        } else {
            out.append(' ').append(inline(v)).append('\n');
        }
    }

    /** A literal block keeps the text as is: only for printable text without trailing blanks or a leading space. */
    private static boolean isBlock(String text) {
        if (text.indexOf('\n') < 0 || text.startsWith(" ") || text.startsWith("\n") || text.endsWith("\n\n")) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (line.endsWith(" ")) {
                return false;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == '\uFEFF' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String inline(JsonNode v) {
        if (v.isObject()) {
            return "{}";
        }
        if (v.isArray()) {
            return "[]";
        }
        if (v.isTextual()) {
            return TextNode.valueOf(v.textValue()).toString();
        }
        return v.toString(); // numbers, booleans, null: JSON's spelling is YAML's
    }

    private static String key(String k) {
        if (PLAIN_KEY.matcher(k).matches() && !RESERVED.contains(k.toLowerCase(java.util.Locale.ROOT))) {
            return k;
        }
        return TextNode.valueOf(k).toString();
    }

    private static StringBuilder pad(StringBuilder out, int indent) {
        for (int i = 0; i < indent; i++) {
            out.append(' ');
        }
        return out;
    }
}
