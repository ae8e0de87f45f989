package io.github.sfntasks.conformance.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.iam.PolicyStatement;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * JSON helpers of the kit: one plain {@link ObjectMapper} (no features changed, so that byte comparisons mean what
 * Jackson users see), renders of a task as one document, walks over string values, and comparisons that ignore
 * member order and number spelling.
 */
public final class Json {

    /** A default mapper: compact output, members in insertion order. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    /** Nodes for building documents. */
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    /** @param node a node @return its compact text */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param node a node @return its indented text, for messages */
    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param text JSON text @return the tree */
    public static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param statements policy statements
     * @return them as an IAM {@code Statement} array
     */
    public static ArrayNode statements(List<PolicyStatement> statements) {
        ArrayNode a = NODES.arrayNode();
        for (PolicyStatement s : statements) {
            a.add(s.toJson());
        }
        return a;
    }

    /**
     * Renders a task for a context as one document {@code {"state": ..., "statements": [...]}}.
     *
     * @param task the task
     * @param context the context
     * @return the document
     */
    public static ObjectNode render(Task task, RenderContext context) {
        ObjectNode out = NODES.objectNode();
        out.set("state", task.toState(context));
        out.set("statements", statements(task.policyStatements(context)));
        return out;
    }

    /**
     * Calls {@code visitor} with the JSON pointer and the text of every string value (not member names) in
     * {@code node}.
     *
     * @param node the tree
     * @param visitor receives (pointer, text)
     */
    public static void strings(JsonNode node, BiConsumer<String, String> visitor) {
        strings(node, "", visitor);
    }

    private static void strings(JsonNode node, String pointer, BiConsumer<String, String> visitor) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            visitor.accept(pointer, node.textValue());
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                strings(e.getValue(), pointer + "/" + escape(e.getKey()), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                strings(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    /**
     * Calls {@code visitor} with the pointer of every object member and its value, depth first.
     *
     * @param node the tree
     * @param visitor receives (pointer of the member, member name, value)
     */
    public static void members(JsonNode node, MemberVisitor visitor) {
        members(node, "", visitor);
    }

    /** Receives object members. */
    @FunctionalInterface
    public interface MemberVisitor {
        /**
         * @param pointer the member's JSON pointer
         * @param name the member name
         * @param value the member value
         */
        void member(String pointer, String name, JsonNode value);
    }

    private static void members(JsonNode node, String pointer, MemberVisitor visitor) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = pointer + "/" + escape(e.getKey());
                visitor.member(p, e.getKey(), e.getValue());
                members(e.getValue(), p, visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                members(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    /** @param token a member name @return it escaped for a JSON pointer */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Equality of JSON trees where object members compare regardless of order and numbers by value
     * ({@code 2}, {@code 2.0} and {@code 2.00} are equal).
     *
     * @param a a tree
     * @param b a tree
     * @return whether they are equal
     */
    public static boolean equivalent(JsonNode a, JsonNode b) {
        return firstDifference(a, b, "") == null;
    }

    /**
     * @param a a tree
     * @param b a tree
     * @param pointer where they are, for the message
     * @return the pointer and values of the first difference found, or {@code null} when {@link #equivalent}
     */
    public static String firstDifference(JsonNode a, JsonNode b, String pointer) {
        if (a == null || b == null || a.isMissingNode() || b.isMissingNode()) {
            boolean aAbsent = a == null || a.isMissingNode();
            boolean bAbsent = b == null || b.isMissingNode();
            return aAbsent == bAbsent ? null : at(pointer) + ": " + show(a) + " vs " + show(b);
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0 ? null
                    : at(pointer) + ": " + a + " vs " + b;
        }
        if (a.getNodeType() != b.getNodeType()) {
            return at(pointer) + ": " + show(a) + " vs " + show(b);
        }
        if (a.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                String d = firstDifference(a.get(n), b.get(n), pointer + "/" + escape(n));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return at(pointer) + ": " + a.size() + " items vs " + b.size() + " (" + show(a) + " vs " + show(b) + ")";
            }
            for (int i = 0; i < a.size(); i++) {
                String d = firstDifference(a.get(i), b.get(i), pointer + "/" + i);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return a.equals(b) ? null : at(pointer) + ": " + show(a) + " vs " + show(b);
    }

    private static String at(String pointer) {
        return pointer.isEmpty() ? "(root)" : pointer;
    }

    private static String show(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "(absent)";
        }
        String s = n.toString();
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    /**
     * The normal form of an IAM statement list for comparisons as sets: each statement with {@code Action} and
     * {@code Resource} as sorted arrays (a single string becomes a one-item array), {@code Sid} removed.
     *
     * @param statements a {@code Statement} array (or a single statement object)
     * @return the set of normalised statements, as compact text
     */
    public static Set<String> statementSet(JsonNode statements) {
        Set<String> out = new TreeSet<>();
        List<JsonNode> list = new ArrayList<>();
        if (statements != null && statements.isArray()) {
            statements.forEach(list::add);
        } else if (statements != null && statements.isObject()) {
            list.add(statements);
        }
        for (JsonNode s : list) {
            ObjectNode n = NODES.objectNode();
            Set<String> keys = new TreeSet<>();
            s.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                if (k.equals("Sid")) {
                    continue;
                }
                JsonNode v = s.get(k);
                if (k.equals("Action") || k.equals("Resource") || k.equals("NotAction") || k.equals("NotResource")) {
                    ArrayNode sorted = n.putArray(k);
                    new TreeSet<>(texts(v)).forEach(sorted::add);
                } else {
                    n.set(k, sortKeys(v));
                }
            }
            out.add(write(n));
        }
        return out;
    }

    /** @param v a string or an array of strings @return the strings */
    public static List<String> texts(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        } else {
            out.add(v.asText());
        }
        return out;
    }

    /** @param v a tree @return a copy whose object members are sorted by name, and numbers in plain form */
    public static JsonNode sortKeys(JsonNode v) {
        if (v.isObject()) {
            ObjectNode n = NODES.objectNode();
            Set<String> keys = new TreeSet<>();
            v.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                n.set(k, sortKeys(v.get(k)));
            }
            return n;
        }
        if (v.isArray()) {
            ArrayNode a = NODES.arrayNode();
            v.forEach(x -> a.add(sortKeys(x)));
            return a;
        }
        if (v.isNumber()) {
            BigDecimal d = v.decimalValue().stripTrailingZeros();
            return d.scale() <= 0 ? NODES.numberNode(d.toBigIntegerExact()) : NODES.numberNode(d);
        }
        return v;
    }

    /**
     * @param node a tree
     * @return every member name in it, at any depth
     */
    public static Set<String> memberNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        members(node, (p, n, v) -> names.add(n));
        return names;
    }
}
