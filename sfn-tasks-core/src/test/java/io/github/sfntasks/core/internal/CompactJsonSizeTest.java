package io.github.sfntasks.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The count equals the length of what Jackson itself writes, for tricky values and for random trees. */
class CompactJsonSizeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static void check(JsonNode node) throws Exception {
        assertEquals(MAPPER.writeValueAsBytes(node).length, CompactJsonSize.of(node), () -> node.toString());
    }

    @Test
    void trickyValues() throws Exception {
        List<String> strings = List.of("", "plain", "quote\"back\\slash", "tab\tnew\nline\rcr\bbs\fff", "\u0000\u0001\u001f\u007f",
                "é ü ß", "漢字", "emoji \uD83D\uDE00 and \uD83C\uDF89", "/slash/", "{% $states.input %}", "\u2028\u2029");
        for (String s : strings) {
            check(F.textNode(s));
            check(F.objectNode().put(s, s));
        }
        check(F.numberNode(0));
        check(F.numberNode(-123456789));
        check(F.numberNode(Long.MAX_VALUE));
        check(F.numberNode(1.5));
        check(F.numberNode(1e300));
        check(F.numberNode(-0.0));
        check(F.numberNode(Double.NaN));
        check(F.numberNode(Double.POSITIVE_INFINITY));
        check(F.numberNode(3.25f));
        check(F.numberNode(new BigDecimal("12.3400")));
        check(F.numberNode(new BigInteger("123456789012345678901234567890")));
        check(F.numberNode((short) 7));
        check(F.booleanNode(true));
        check(F.booleanNode(false));
        check(F.nullNode());
        check(F.binaryNode(new byte[] {1, 2, 3, 4, 5}));
        check(F.objectNode());
        check(F.arrayNode());
        check(F.arrayNode().add(1).add("a").addNull());
    }

    @Test
    void randomTrees() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            check(tree(random, 0));
        }
    }

    private static JsonNode tree(Random r, int depth) {
        int kind = depth > 3 ? 2 + r.nextInt(5) : r.nextInt(7);
        switch (kind) {
            case 0: {
                ObjectNode o = F.objectNode();
                for (int i = r.nextInt(5); i > 0; i--) {
                    o.set(text(r), tree(r, depth + 1));
                }
                return o;
            }
            case 1: {
                ArrayNode a = F.arrayNode();
                for (int i = r.nextInt(5); i > 0; i--) {
                    a.add(tree(r, depth + 1));
                }
                return a;
            }
            case 2:
                return F.textNode(text(r));
            case 3:
                return F.numberNode(r.nextInt());
            case 4:
                return F.numberNode(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
            case 5:
                return F.booleanNode(r.nextBoolean());
            default:
                return F.nullNode();
        }
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) {
            switch (r.nextInt(6)) {
                case 0 -> b.append((char) r.nextInt(0x20));
                case 1 -> b.append((char) (0x80 + r.nextInt(0x780)));
                case 2 -> b.append((char) (0x800 + r.nextInt(0xD000)));
                case 3 -> b.appendCodePoint(0x10000 + r.nextInt(0x1000));
                case 4 -> b.append("\"\\");
                default -> b.append((char) (0x20 + r.nextInt(0x60)));
            }
        }
        return b.toString();
    }
}
