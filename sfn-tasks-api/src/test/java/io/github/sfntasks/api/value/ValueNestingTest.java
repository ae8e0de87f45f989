package io.github.sfntasks.api.value;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfntasks.api.TaskValidationException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17 class 1, from Java: a value that nests too deep, or holds itself, is refused, not a StackOverflowError. */
class ValueNestingTest {

    @Test
    void aMapThatHoldsItselfIsRefused() {
        Map<String, Object> loop = new HashMap<>();
        loop.put("self", loop);
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> Value.of(loop));
        assertTrue(e.getMessage().contains("holds itself"), e.getMessage());
    }

    @Test
    void listsNestUpToTheLimit() {
        Object ok = "leaf";
        for (int i = 0; i < Value.MAX_NESTING; i++) {
            ok = List.of(ok);
        }
        Value.of(ok);
        Object tooDeep = List.of(ok);
        assertThrows(TaskValidationException.class, () -> Value.of(tooDeep));
    }

    @Test
    void jacksonTreesNestUpToTheLimit() {
        ArrayNode ok = JsonNodeFactory.instance.arrayNode();
        ArrayNode inner = ok;
        for (int i = 1; i < Value.MAX_NESTING; i++) {
            inner = inner.addArray();
        }
        Value.of(ok);
        ArrayNode deeper = JsonNodeFactory.instance.arrayNode();
        deeper.add(ok);
        assertThrows(TaskValidationException.class, () -> Value.of(deeper));
        assertThrows(TaskValidationException.class, () -> Value.of(List.of(ok)));
    }

    @Test
    void valuesFromJsonAndLiteralsOfATreeStopAtTheLimitTooNotWithAStackOverflow() {
        // Values.fromJson and Literal.of(JsonNode) are public entries from Java: a tree built in code is not bounded by
        // the workflow reader's limit, and copying or writing it later would recurse once per level.
        ArrayNode ok = JsonNodeFactory.instance.arrayNode();
        ArrayNode inner = ok;
        for (int i = 1; i < Value.MAX_NESTING; i++) {
            inner = inner.addArray();
        }
        Values.fromJson(ok, io.github.sfntasks.api.QueryLanguage.JSONPATH, "payload");
        Literal.of(ok);
        ArrayNode hostile = JsonNodeFactory.instance.arrayNode();
        inner = hostile;
        for (int i = 1; i < 100_000; i++) {
            inner = inner.addArray();
        }
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> Values.fromJson(hostile, io.github.sfntasks.api.QueryLanguage.JSONPATH, "payload"));
        assertTrue(e.getMessage().contains("payload") && e.getMessage().contains("256"), e.getMessage());
        assertThrows(TaskValidationException.class, () -> Literal.of(hostile));
    }
}
