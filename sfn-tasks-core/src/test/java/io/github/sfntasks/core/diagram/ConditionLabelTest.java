package io.github.sfntasks.core.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Short forms of Choice rules (the operators are the States Language's "Choice Rules"). */
class ConditionLabelTest {

    private static String label(String rule) throws Exception {
        JsonNode node = new ObjectMapper().readTree(rule);
        return ConditionLabel.of(node);
    }

    @Test
    void comparisonsBecomeOperators() throws Exception {
        assertEquals("$.a == \"x\"", label("{\"Variable\":\"$.a\",\"StringEquals\":\"x\",\"Next\":\"N\"}"));
        assertEquals("$.a < 3", label("{\"Variable\":\"$.a\",\"NumericLessThan\":3,\"Next\":\"N\"}"));
        assertEquals("$.a <= $.b", label("{\"Variable\":\"$.a\",\"NumericLessThanEqualsPath\":\"$.b\",\"Next\":\"N\"}"));
        assertEquals("$.t > \"2026-01-01T00:00:00Z\"",
                label("{\"Variable\":\"$.t\",\"TimestampGreaterThan\":\"2026-01-01T00:00:00Z\",\"Next\":\"N\"}"));
        assertEquals("$.ok == false", label("{\"Variable\":\"$.ok\",\"BooleanEquals\":false,\"Next\":\"N\"}"));
        assertEquals("$.n matches \"log-*\"", label("{\"Variable\":\"$.n\",\"StringMatches\":\"log-*\",\"Next\":\"N\"}"));
    }

    @Test
    void typeTestsReadAsSentences() throws Exception {
        assertEquals("$.a is null", label("{\"Variable\":\"$.a\",\"IsNull\":true,\"Next\":\"N\"}"));
        assertEquals("$.a is not present", label("{\"Variable\":\"$.a\",\"IsPresent\":false,\"Next\":\"N\"}"));
        assertEquals("$.a is a timestamp", label("{\"Variable\":\"$.a\",\"IsTimestamp\":true,\"Next\":\"N\"}"));
    }

    @Test
    void andOrNotNestWithParentheses() throws Exception {
        assertEquals("$.a == 1 || ($.b == 2 && !($.c is null))", label("{\"Or\":["
                + "{\"Variable\":\"$.a\",\"NumericEquals\":1},"
                + "{\"And\":[{\"Variable\":\"$.b\",\"NumericEquals\":2},{\"Not\":{\"Variable\":\"$.c\",\"IsNull\":true}}]}"
                + "],\"Next\":\"N\"}"));
    }

    @Test
    void jsonataConditionsShowTheExpression() throws Exception {
        assertEquals("$states.input.n > 1", label("{\"Condition\":\"{% $states.input.n > 1 %}\",\"Next\":\"N\"}"));
    }

    @Test
    void longLabelsAreCutWithAnEllipsis() {
        String cut = ConditionLabel.shorten("x".repeat(100));
        assertEquals(ConditionLabel.MAX, cut.length());
        assertTrue(cut.endsWith("\u2026"));
        assertEquals("a b", ConditionLabel.shorten("a\n   b"));
    }
}
