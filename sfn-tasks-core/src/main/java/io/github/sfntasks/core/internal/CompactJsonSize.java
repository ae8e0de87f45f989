package io.github.sfntasks.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The number of bytes of a JSON tree written compactly in UTF-8 by a default Jackson {@code ObjectMapper}, counted by
 * walking the tree instead of writing it: the definition-size check then costs a fraction of a second serialisation.
 * Strings are counted as Jackson escapes them ({@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control
 * characters and each half of a surrogate pair as {@code \}{@code uXXXX}; everything else as its UTF-8 bytes);
 * numbers as their {@code asText()}, which is what Jackson writes for them; non-finite doubles quoted. Any other node (binary, POJO, raw) is written by Jackson
 * to a counting stream. {@code CompactJsonSizeTest} checks the count against Jackson's bytes.
 */
public final class CompactJsonSize {

    /** Only for nodes a render never holds (binary, POJO): not created otherwise. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    private CompactJsonSize() {
    }

    /**
     * @param node a JSON tree
     * @return its compact UTF-8 size in bytes
     */
    public static long of(JsonNode node) {
        JsonNodeType type = node.getNodeType();
        switch (type) {
            case OBJECT: {
                long n = 2;
                boolean first = true;
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    n += (first ? 0 : 1) + string(e.getKey()) + 1 + of(e.getValue());
                    first = false;
                }
                return n;
            }
            case ARRAY: {
                long n = 2 + Math.max(0, node.size() - 1);
                for (JsonNode v : node) {
                    n += of(v);
                }
                return n;
            }
            case STRING:
                return string(node.textValue());
            case BOOLEAN:
                return node.booleanValue() ? 4 : 5;
            case NULL:
                return 4;
            case NUMBER:
                if (node.isDouble() || node.isFloat()) {
                    double d = node.doubleValue();
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        return node.asText().length() + 2;
                    }
                }
                return node.asText().length();
            default:
                return written(node);
        }
    }

    /** @return the bytes of the string quoted and escaped */
    static long string(String s) {
        long n = 2;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20) {
                    n += (c == '"' || c == '\\') ? 2 : 1;
                } else {
                    n += (c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r') ? 2 : 6;
                }
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isSurrogate(c)) {
                // Jackson 2.x escapes each half of a pair (COMBINE_UNICODE_SURROGATES_IN_UTF8 is off by default)
                n += 6;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static long written(JsonNode node) {
        final class Counter extends OutputStream {
            long count;

            @Override
            public void write(int b) {
                count++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count += len;
            }
        }
        Counter counter = new Counter();
        try {
            Mapper.INSTANCE.writeValue(counter, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.count;
    }
}
