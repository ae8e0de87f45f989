package io.github.sfntasks.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading and writing without an ObjectMapper gives what ObjectMapper gives, node types and bytes alike. */
class TreesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void readsAsObjectMapperReads() throws Exception {
        List<String> docs = List.of("{}", "[]", "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}",
                "{\"int\":2147483647,\"long\":2147483648,\"big\":123456789012345678901234567890,\"neg\":-5}",
                "{\"d\":1.5,\"e\":1e300,\"f\":-0.0,\"g\":0.1,\"h\":12345678901234567890.5}",
                "[\"\\u00e9\\uD83D\\uDE00\\n\\\"\"]", "  {\"a\" : [ 1 , 2 ] }  ", "42", "\"text\"", "null",
                "{\"a\":1}  ");
        JsonFactory factory = new JsonFactory();
        for (String doc : docs) {
            JsonNode ours = Trees.read(factory, doc);
            JsonNode theirs = MAPPER.readTree(doc);
            assertEquals(theirs, ours, doc);
            assertEquals(MAPPER.writeValueAsString(theirs), MAPPER.writeValueAsString(ours), doc);
            assertNodeTypes(theirs, ours, doc);
        }
        assertTrue(Trees.read(factory, "").isMissingNode());
        assertTrue(Trees.read(factory, "   ").isMissingNode());
        assertThrows(JsonProcessingException.class, () -> Trees.read(factory, "{\"a\":"));
        assertThrows(JsonProcessingException.class, () -> Trees.read(factory, "{\"a\" 1}"));
        // Stricter than readTree, which ignores what follows the first value: a workflow file is one document.
        assertThrows(JsonProcessingException.class, () -> Trees.read(factory, "{\"a\":1} trailing"));
        assertThrows(JsonProcessingException.class, () -> Trees.read(factory, "{\"a\":1} {}"));
        assertThrows(JsonProcessingException.class, () -> Trees.read(factory, "[".repeat(Trees.MAX_DEPTH + 1)
                + "]".repeat(Trees.MAX_DEPTH + 1)));
        assertEquals(MAPPER.readTree("[".repeat(Trees.MAX_DEPTH) + "]".repeat(Trees.MAX_DEPTH)),
                Trees.read(factory, "[".repeat(Trees.MAX_DEPTH) + "]".repeat(Trees.MAX_DEPTH)));
    }

    @Test
    void aNumberBeyondADoubleStaysTheNumberWritten() throws Exception {
        // readTree would give a DoubleNode holding Infinity, which Jackson writes back as the string "Infinity": a
        // number in the workflow (a Pass state's Result, a Wait's Seconds) would become text in the ASL.
        JsonNode n = Trees.read(new JsonFactory(), "{\"x\": 1e400, \"y\": -2.5e999}");
        assertTrue(n.get("x").isBigDecimal() && n.get("y").isBigDecimal(), n.toString());
        assertEquals(new java.math.BigDecimal("1e400"), n.get("x").decimalValue());
        assertEquals("{\"x\":1E+400,\"y\":-2.5E+999}", MAPPER.writeValueAsString(n));
    }

    private static void assertNodeTypes(JsonNode a, JsonNode b, String doc) {
        assertEquals(a.getClass(), b.getClass(), doc);
        if (a.isContainerNode()) {
            for (int i = 0; i < a.size(); i++) {
                if (a.isArray()) {
                    assertNodeTypes(a.get(i), b.get(i), doc);
                }
            }
            a.properties().forEach(e -> assertNodeTypes(e.getValue(), b.get(e.getKey()), doc));
        }
    }

    @Test
    void writesAsTheDefaultPrettyPrinterWrites() throws Exception {
        ObjectNode tricky = F.objectNode();
        tricky.put("s", "quote\" back\\ tab\t é 漢 \uD83D\uDE00 \u0001").put("i", 7).put("l", Long.MIN_VALUE)
                .put("d", 0.1).put("f", 2.5f).put("b", true).putNull("n").put("dec", new BigDecimal("1.50"))
                .put("bi", new BigInteger("123456789012345678901234567890")).put("sh", (short) 3);
        tricky.putArray("empty");
        tricky.putObject("emptyObject");
        tricky.putArray("a").add(1).add(F.objectNode().put("x", "y")).add(F.arrayNode());
        tricky.set("bin", F.binaryNode(new byte[] {1, 2, 3}));
        assertEquals(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tricky), Trees.pretty(tricky));
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            JsonNode n = tree(random, 0);
            assertEquals(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n), Trees.pretty(n), n.toString());
            assertEquals(n, Trees.read(new JsonFactory(), Trees.pretty(n)));
        }
    }

    private static JsonNode tree(Random r, int depth) {
        switch (depth > 3 ? 2 + r.nextInt(4) : r.nextInt(6)) {
            case 0: {
                ObjectNode o = F.objectNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    o.set("k" + r.nextInt(100) + (r.nextBoolean() ? "\u00e9\"" : ""), tree(r, depth + 1));
                }
                return o;
            }
            case 1: {
                ArrayNode a = F.arrayNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(tree(r, depth + 1));
                }
                return a;
            }
            case 2:
                return F.textNode("t" + r.nextInt() + (r.nextBoolean() ? "\n\\" : ""));
            case 3:
                return r.nextBoolean() ? F.numberNode(r.nextInt()) : F.numberNode(r.nextLong());
            case 4:
                return F.numberNode(r.nextDouble() * Math.pow(10, r.nextInt(30) - 15));
            default:
                return r.nextBoolean() ? F.booleanNode(r.nextBoolean()) : F.nullNode();
        }
    }
}
