package io.github.sfntasks.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test helpers: JSON text in, trees out. */
final class Asl {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Asl() {
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** One Pass state with the given fields around it, run on the input. */
    static Execution pass(String fields, String input) {
        return LocalRunner.of("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\"," + fields + ",\"End\":true}}}")
                .start(input);
    }

    /** The output of one Pass state whose Parameters hold {@code "value.$": expression}. */
    static JsonNode intrinsic(String expression, String input) {
        String escaped = expression.replace("\\", "\\\\").replace("\"", "\\\"");
        Execution ex = pass("\"Parameters\":{\"value.$\":\"" + escaped + "\"}", input);
        ex.assertSucceeded();
        return ex.output().get("value");
    }
}
