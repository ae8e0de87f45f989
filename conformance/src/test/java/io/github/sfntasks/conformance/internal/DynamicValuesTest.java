package io.github.sfntasks.conformance.internal;

import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The generated run-time values parse with the API, and the broken ones do not: the mutations are really broken. */
class DynamicValuesTest {

    @Test
    void generatedPathsIntrinsicsAndExpressionsParse() {
        DynamicValues.paths().sampleStream().limit(300).forEach(p -> assertDoesNotThrow(() -> JsonPath.of(p), p));
        DynamicValues.referencePaths().sampleStream().limit(300).forEach(p -> assertDoesNotThrow(() -> JsonPath.reference(p), p));
        DynamicValues.intrinsics().sampleStream().limit(300).forEach(i -> assertDoesNotThrow(() -> IntrinsicFunction.parse(i), i));
        DynamicValues.jsonata().sampleStream().limit(300).forEach(e -> assertDoesNotThrow(() -> JsonataExpression.parse(e), e));
    }

    @Test
    void brokenPathsAndIntrinsicsDoNotParse() {
        for (String p : DynamicValues.BAD_PATHS) {
            assertThrows(TaskValidationException.class, () -> JsonPath.of(p), p);
            assertFalse(DynamicValues.isValidDynamic(p), p);
        }
        for (String i : DynamicValues.BAD_INTRINSICS) {
            assertThrows(TaskValidationException.class, () -> IntrinsicFunction.parse(i), i);
            assertFalse(DynamicValues.isValidDynamic(i), i);
        }
    }
}
