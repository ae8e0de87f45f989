package io.github.sfntasks.api.value;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

// Path forms from the States language spec ("Paths", "Reference Paths") and the Step Functions
// guide's pages on variables ($name) and the context object ($$).
class JsonPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"$", "$$", "$.a", "$.a.b", "$['a b']", "$.list[0]", "$$.Task.Token", "$orderId",
            "$orderId.total", "$.items[*].id", "$..price", "$.a[?(@.x > 1)]", "$.a[0:2]"})
    void acceptsPaths(String path) {
        assertEquals(path, JsonPath.of(path).path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a.b", " $.a", "$.a ", "$.", "$.a.", "$[", "$.a[]", "$a-b", "$.a]"})
    void rejectsMalformedPaths(String path) {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> JsonPath.of(path));
        assertEquals(ErrorCode.INVALID_PATH, e.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"$", "$.a", "$.a.b", "$['a b']", "$.list[0]", "$[\"x\"]"})
    void acceptsReferencePaths(String path) {
        assertTrue(JsonPath.reference(path).isReferencePath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"$..a", "$.a[*]", "$.a[?(@.x)]", "$.a[0:2]", "$.*"})
    void rejectsNonReferencePathsWhereOneNodeIsNeeded(String path) {
        assertThrows(TaskValidationException.class, () -> JsonPath.reference(path));
        assertFalse(JsonPath.of(path).isReferencePath());
    }

    @Test
    void contextPathsAndTaskToken() {
        assertEquals("$$.Task.Token", JsonPath.taskToken().path());
        assertTrue(JsonPath.taskToken().containsTaskToken());
        assertEquals("$$.Map.Item.Value", JsonPath.mapItemValue().path());
        assertTrue(JsonPath.executionId().isContextPath());
        assertFalse(JsonPath.stringAt("$.a").containsTaskToken());
    }

    @Test
    void discardIsNotAPath() {
        assertTrue(JsonPath.DISCARD.isDiscard());
        assertFalse(JsonPath.DISCARD.isDynamic());
    }
}
