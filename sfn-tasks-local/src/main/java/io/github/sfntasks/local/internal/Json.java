package io.github.sfntasks.local.internal;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tree helpers: one mapper, compact text, sizes, and the bridge to JSONata's Java values. */
public final class Json {

    /** The node factory (exact decimals, so numbers print as written). */
    // Deprecated in Jackson 2.x in favour of a mapper feature (JsonNodeFeature); this factory builds trees without a
    // mapper, and exact decimals are what keep a number as written.
    @SuppressWarnings("deprecation")
    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** The one mapper of the module (trees only). */
    public static final ObjectMapper MAPPER = new ObjectMapper().setNodeFactory(NODES);

    private Json() {
    }

    /**
     * @param text JSON text
     * @return the tree
     * @throws JsonProcessingException when the text is not JSON
     */
    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /**
     * @param node a tree
     * @return its compact JSON text
     */
    public static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a new empty object node */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** @return a new empty array node */
    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * The size of the node's compact UTF-8 JSON text, exact for ASCII text and close above it
     * (escapes are counted as one byte). Cheap: one walk, no text built.
     *
     * @param node a tree
     * @param limit stop counting once past this
     * @return the size, or a number above {@code limit}
     */
    public static long size(JsonNode node, long limit) {
        if (node == null) {
            return 4;
        }
        switch (node.getNodeType()) {
            case OBJECT: {
                long n = 2;
                Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
                boolean first = true;
                while (it.hasNext() && n <= limit) {
                    Map.Entry<String, JsonNode> e = it.next();
                    n += (first ? 0 : 1) + utf8(e.getKey()) + 3 + size(e.getValue(), limit - n);
                    first = false;
                }
                return n;
            }
            case ARRAY: {
                long n = 2;
                for (int i = 0; i < node.size() && n <= limit; i++) {
                    n += (i == 0 ? 0 : 1) + size(node.get(i), limit - n);
                }
                return n;
            }
            case STRING:
                return utf8(node.textValue()) + 2;
            default:
                return node.asText().length();
        }
    }

    private static long utf8(String s) {
        long n = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                n += c >= 0x800 && !Character.isSurrogate(c) ? 2 : 1;
            }
        }
        return n;
    }

    /**
     * @param node a tree
     * @return the same value as JSONata's Java values (maps, lists, numbers, strings, booleans, null)
     */
    public static Object toJava(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        switch (node.getNodeType()) {
            case OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                node.properties().forEach(e -> m.put(e.getKey(), toJava(e.getValue())));
                return m;
            }
            case ARRAY: {
                List<Object> l = new ArrayList<>(node.size());
                node.forEach(e -> l.add(toJava(e)));
                return l;
            }
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                if (node.isIntegralNumber() && node.canConvertToLong()) {
                    return node.longValue();
                }
                return node.doubleValue();
            case NULL:
                return Jsonata.NULL_VALUE;
            default:
                return null;
        }
    }

    /**
     * @param value a JSONata result
     * @return the same value as a tree; {@code null} for JSONata's "undefined"
     */
    @SuppressWarnings("unchecked")
    public static JsonNode fromJava(Object value) {
        if (value == null) {
            return null;
        }
        if (value == Jsonata.NULL_VALUE) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode) {
            return (JsonNode) value;
        }
        if (value instanceof Map) {
            ObjectNode o = object();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
                JsonNode v = fromJava(e.getValue());
                if (v != null) {
                    o.set(e.getKey(), v);
                }
            }
            return o;
        }
        if (value instanceof List) {
            ArrayNode a = array();
            for (Object e : (List<Object>) value) {
                JsonNode v = fromJava(e);
                if (v != null) {
                    a.add(v);
                }
            }
            return a;
        }
        if (value instanceof String) {
            return NODES.textNode((String) value);
        }
        if (value instanceof Boolean) {
            return NODES.booleanNode((Boolean) value);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return integer(((Number) value).longValue());
        }
        if (value instanceof BigInteger) {
            return NODES.numberNode((BigInteger) value);
        }
        if (value instanceof BigDecimal) {
            return NODES.numberNode((BigDecimal) value);
        }
        if (value instanceof Number) {
            return number(((Number) value).doubleValue());
        }
        // A function or another value JSON cannot hold.
        return null;
    }

    /**
     * @param v an integer
     * @return an int node when it fits, else a long node (as Jackson reads JSON text)
     */
    public static JsonNode integer(long v) {
        return v == (int) v ? NODES.numberNode((int) v) : NODES.numberNode(v);
    }

    /**
     * @param d a double
     * @return an integral node when the value is whole (as JavaScript prints it), else a decimal one
     */
    public static JsonNode number(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.007199254740992E15) {
            return integer((long) d);
        }
        return NODES.numberNode(d);
    }
}
