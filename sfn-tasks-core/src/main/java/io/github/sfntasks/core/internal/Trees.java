package io.github.sfntasks.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes JSON trees with Jackson's streaming API only, as {@code ObjectMapper.readTree} and
 * {@code writerWithDefaultPrettyPrinter().writeValueAsString} do with their default settings, but without an
 * {@code ObjectMapper}: creating the first one costs ~50 ms of a cold start even with its classes in a class data
 * sharing archive (its type factory, date formats and serializer caches), which a command that reads one file and
 * writes one answer never needs. {@code TreesTest} checks both against {@code ObjectMapper} byte for byte.
 *
 * <p>Reading is stricter than {@code readTree}: it refuses content after the document, nesting deeper than
 * {@link #MAX_DEPTH}, and in YAML resolves aliases and merge keys (bounded by {@link #MAX_ALIAS_NODES}) where Jackson
 * would give an alias's anchor name as a string.
 */
public final class Trees {

    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The deepest a document may nest objects and arrays (the root value is depth 1). Jackson's own default is 1,000;
     * this is lower because what reads a definition (conditions, nested Parallel and Map branches, values) recurses
     * once or more per level, and must stay far from the end of a thread's stack. ASL needs nowhere near it.
     */
    public static final int MAX_DEPTH = 256;

    /**
     * The most nodes YAML aliases (and merge keys) may add to a document, counted as if each alias were written out:
     * a bound against "billion laughs" documents, whose few lines of anchors expand to billions of nodes.
     */
    public static final int MAX_ALIAS_NODES = 100_000;

    private Trees() {
    }

    /**
     * @param factory the format's factory (JSON, YAML...)
     * @param text the document
     * @return its tree, or a {@link MissingNode} when the text holds no value
     * @throws IOException when it is not well-formed (a {@code JsonProcessingException}, with its location): also when
     *         it nests deeper than {@link #MAX_DEPTH}, holds content after the document (JSON) or a second document
     *         (YAML), or uses a YAML alias to no anchor or beyond {@link #MAX_ALIAS_NODES}
     */
    public static JsonNode read(JsonFactory factory, String text) throws IOException {
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return MissingNode.getInstance();
            }
            boolean yaml = "YAML".equals(factory.getFormatName());
            JsonNode root = new Reader(p, yaml).value(t, 1);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new JsonParseException(p, yaml
                        ? "a second YAML document starts here; a workflow file holds one document"
                        : "unexpected " + describe(p, extra) + " after the end of the JSON document;"
                                + " a workflow file holds one JSON value", p.currentTokenLocation());
            }
            return root;
        }
    }

    private static String describe(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.START_OBJECT ? "'{'" : t == JsonToken.START_ARRAY ? "'['" : "'" + abbreviate(p.getText()) + "'";
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /** One document's reading: the parser, and for YAML the anchors seen so far and what aliases have added. */
    private static final class Reader {
        private final JsonParser p;
        private final boolean yaml;
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private long aliasNodes;

        Reader(JsonParser p, boolean yaml) {
            this.p = p;
            this.yaml = yaml;
        }

        JsonNode value(JsonToken t, int depth) throws IOException {
            if (depth > MAX_DEPTH && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
                throw new JsonParseException(p, "objects and arrays nest more than " + MAX_DEPTH
                        + " deep here; a workflow file may nest at most " + MAX_DEPTH + " levels",
                        p.currentTokenLocation());
            }
            if (yaml && t == JsonToken.VALUE_STRING && YamlFormat.isAlias(p)) {
                return alias(depth);
            }
            Object anchor = yaml ? p.getObjectId() : null;
            JsonNode node = plain(t, depth);
            if (anchor != null) {
                // Registered once complete: an alias inside its own anchor ("&a [*a]") finds nothing, as it must.
                anchors.put(anchor.toString(), node);
            }
            return node;
        }

        private JsonNode alias(int depth) throws IOException {
            String name = p.getText();
            JsonNode target = anchors.get(name);
            if (target == null) {
                throw new JsonParseException(p, "the alias *" + abbreviate(name) + " names no anchor (&"
                        + abbreviate(name) + ") defined before it", p.currentTokenLocation());
            }
            int[] size = measure(target);
            aliasNodes += size[0];
            if (aliasNodes > MAX_ALIAS_NODES) {
                throw new JsonParseException(p, "YAML aliases expand to more than " + MAX_ALIAS_NODES
                        + " nodes by here (the guard against \"billion laughs\" documents); write the repeated"
                        + " part fewer times", p.currentTokenLocation());
            }
            if (depth - 1 + size[1] > MAX_DEPTH) {
                throw new JsonParseException(p, "the alias *" + abbreviate(name) + " makes objects and arrays nest more than "
                        + MAX_DEPTH + " deep here; a workflow file may nest at most " + MAX_DEPTH + " levels",
                        p.currentTokenLocation());
            }
            // A copy: what reads the tree may change it, and one change must not show up at every alias.
            return target.deepCopy();
        }

        private JsonNode plain(JsonToken t, int depth) throws IOException {
            switch (t) {
                case START_OBJECT: {
                    ObjectNode o = NODES.objectNode();
                    List<Object> entries = new ArrayList<>();
                    boolean merges = false;
                    for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                        String name = p.currentName();
                        JsonLocation at = p.currentTokenLocation();
                        JsonNode v = value(p.nextToken(), depth + 1);
                        if (yaml && name.equals("<<")) {
                            entries.add(new Merge(sources(v, at)));
                            merges = true;
                        } else {
                            entries.add(name);
                            entries.add(v);
                            if (!merges) {
                                o.set(name, v);
                            }
                        }
                    }
                    return merges ? merged(entries) : o;
                }
                case START_ARRAY: {
                    ArrayNode a = NODES.arrayNode();
                    for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                        a.add(value(v, depth + 1));
                    }
                    return a;
                }
                default:
                    return scalar(p, t);
            }
        }

        /** The mappings a merge key's value names: one mapping, or a sequence of mappings (YAML's merge key type). */
        private List<ObjectNode> sources(JsonNode v, JsonLocation at) throws IOException {
            List<ObjectNode> out = new ArrayList<>();
            if (v instanceof ObjectNode o) {
                out.add(o);
            } else if (v instanceof ArrayNode a) {
                for (JsonNode item : a) {
                    if (!(item instanceof ObjectNode o)) {
                        throw new JsonParseException(p, "a merge key (<<) takes a mapping or a list of mappings;"
                                + " this list holds a " + item.getNodeType().toString().toLowerCase(java.util.Locale.ROOT), at);
                    }
                    out.add(o);
                }
            } else {
                throw new JsonParseException(p, "a merge key (<<) takes a mapping or a list of mappings (usually"
                        + " aliases: <<: *defaults), not a " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT), at);
            }
            return out;
        }

        /**
         * A mapping with merge keys, as YAML's merge key type defines it: its own keys win over merged ones, and of
         * the merged mappings the first to give a key wins. Merged keys take the place of their merge key.
         */
        private JsonNode merged(List<Object> entries) {
            Set<String> own = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) instanceof String name) {
                    own.add(name);
                    i++;
                }
            }
            ObjectNode o = NODES.objectNode();
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) instanceof Merge m) {
                    for (ObjectNode source : m.sources()) {
                        for (Map.Entry<String, JsonNode> e : source.properties()) {
                            if (!own.contains(e.getKey()) && !o.has(e.getKey())) {
                                o.set(e.getKey(), e.getValue());
                            }
                        }
                    }
                } else {
                    o.set((String) entries.get(i), (JsonNode) entries.get(++i));
                }
            }
            return o;
        }
    }

    private record Merge(List<ObjectNode> sources) {
    }

    /** @return the node count and the height of a tree (bounded by {@link #MAX_DEPTH}, so the recursion is too) */
    private static int[] measure(JsonNode n) {
        int count = 1;
        int height = 1;
        if (n.isContainerNode()) {
            for (JsonNode child : n) {
                int[] c = measure(child);
                count += c[0];
                height = Math.max(height, c[1] + 1);
            }
        }
        return new int[] {count, height};
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL) {
                    return NODES.numberNode(p.getDecimalValue());
                }
                if (p.getNumberType() == JsonParser.NumberType.FLOAT) {
                    return NODES.numberNode(p.getFloatValue());
                }
                double d = p.getDoubleValue();
                if (Double.isInfinite(d)) {
                    // Beyond a double (1e400): kept as the exact number written. As a double it would be written
                    // back as the string "Infinity", a number turned into text.
                    return NODES.numberNode(p.getDecimalValue());
                }
                return NODES.numberNode(d);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT: {
                Object o = p.getEmbeddedObject();
                return o == null ? NODES.nullNode() : o instanceof byte[] b ? NODES.binaryNode(b) : NODES.pojoNode(o);
            }
            default:
                throw new JsonParseException(p, "unexpected token " + t, p.currentTokenLocation());
        }
    }

    /**
     * @param node a tree
     * @return it pretty-printed with Jackson's default pretty printer, as {@code writerWithDefaultPrettyPrinter()}
     */
    public static String pretty(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT:
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
                return;
            case ARRAY:
                g.writeStartArray();
                for (JsonNode v : n) {
                    write(g, v);
                }
                g.writeEndArray();
                return;
            case STRING:
                g.writeString(n.textValue());
                return;
            case NUMBER:
                switch (n.numberType()) {
                    case INT:
                        g.writeNumber(n.intValue());
                        return;
                    case LONG:
                        g.writeNumber(n.longValue());
                        return;
                    case BIG_INTEGER:
                        g.writeNumber(n.bigIntegerValue());
                        return;
                    case FLOAT:
                        g.writeNumber(n.floatValue());
                        return;
                    case BIG_DECIMAL:
                        g.writeNumber(n.decimalValue());
                        return;
                    default:
                        if (n.isShort()) {
                            g.writeNumber(n.shortValue());
                        } else {
                            g.writeNumber(n.doubleValue());
                        }
                        return;
                }
            case BOOLEAN:
                g.writeBoolean(n.booleanValue());
                return;
            case NULL:
                g.writeNull();
                return;
            case BINARY:
                g.writeBinary(n.binaryValue());
                return;
            default:
                throw new IOException("cannot write a " + n.getNodeType() + " node without an ObjectMapper");
        }
    }
}
