package io.github.sfntasks.conformance.internal;

import net.jqwik.api.Arbitrary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegexArbitraryTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // the patterns provider schemas use today
            "^(arn:[^:]+:lambda:[^:]*:\\d{12}:function:|\\d{12}:function:)?[a-zA-Z0-9_-]{1,140}(:(\\$LATEST|[a-zA-Z0-9_-]+))?$",
            "^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
            "^[a-zA-Z0-9$_-]{1,128}$",
            "^[a-z][a-z0-9]*$",
            "\\S",
            "^#[A-Za-z0-9_]+(\\.\\$)?$",
            "^\\{%[\\s\\S]*%\\}$",
            "^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$",
            "^(?:https://sqs\\.[a-z0-9-]+\\.amazonaws\\.com(?:\\.cn)?/\\d{12}/[A-Za-z0-9_-]{1,80}(?:\\.fifo)?)$",
            "^[^\\s]{2,5}x{3}$",
            // lookaheads, as the SQS and EventBridge schemas use them
            "^(?![Aa][Ww][Ss]\\.)(?!\\.)(?!.*\\.\\.)(?!.*\\.$)[A-Za-z0-9_.-]{1,256}$",
            "^(?!aws\\.)"})
    void generatesOnlyMatchingStrings(String regex) {
        Pattern p = Pattern.compile(regex);
        Arbitrary<String> a = RegexArbitrary.of(regex);
        List<String> samples = a.sampleStream().limit(200).toList();
        for (String s : samples) {
            assertTrue(p.matcher(s).find(), () -> "/" + regex + "/ does not match \"" + s + "\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?i)abc", "(a)\\1", "\\bword\\b", "\\p{L}+"})
    void refusesWhatItCannotGenerate(String regex) {
        assertThrows(RegexArbitrary.UnsupportedRegexException.class, () -> RegexArbitrary.of(regex));
        assertFalse(RegexArbitrary.supports(regex));
    }

    @org.junit.jupiter.api.Test
    void ecmaEndAnchorDoesNotAcceptATrailingNewLine() {
        SchemaValidator v = new SchemaValidator(Json.NODES.objectNode());
        var schema = Json.NODES.objectNode().put("type", "string").put("pattern", "^[a-z]+$");
        assertTrue(v.isValid(Json.NODES.textNode("abc"), schema));
        assertFalse(v.isValid(Json.NODES.textNode("abc\n"), schema), "JSON Schema patterns are ECMA-262: $ is the very end");
        assertEquals(List.of(), v.validate(Json.NODES.textNode("abc"), schema));
    }
}
