package io.github.sfntasks.api.value;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

// Calls and their rules are those of AWS's "Intrinsic functions for JSONPath states" page.
class IntrinsicFunctionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "States.Format('Hello, my name is {}.', $.name)",
        "States.StringToJson($.someString)",
        "States.JsonToString($.someJson)",
        "States.Array('Foo', 2020, $.someJson, null)",
        "States.ArrayPartition($.inputArray, 4)",
        "States.ArrayContains($.inputArray, $.lookingFor)",
        "States.ArrayRange(1, 9, 2)",
        "States.ArrayGetItem($.inputArray, $.index)",
        "States.ArrayLength($.inputArray)",
        "States.ArrayUnique($.inputArray)",
        "States.Base64Encode($.input)",
        "States.Base64Decode($.base64)",
        "States.Hash($.Data, $.Algorithm)",
        "States.Hash($.Data, 'SHA-256')",
        "States.JsonMerge($.json1, $.json2, false)",
        "States.MathRandom($.start, $.end)",
        "States.MathRandom(1, 999, 1234)",
        "States.MathAdd($.value1, $.step)",
        "States.StringSplit($.inputString, $.splitter)",
        "States.UUID()",
        "States.Format('{} items', States.ArrayLength($.items))"
    })
    void parsesAndRendersTheDocumentedCallsUnchanged(String call) {
        assertEquals(call, IntrinsicFunction.parse(call).render());
    }

    @Test
    void escapesReservedCharactersInStringArguments() {
        // the page: ' { } \ must be escaped with a backslash in string literals
        IntrinsicFunction f = IntrinsicFunction.stringSplit("a'b{c}", ",");
        assertEquals("States.StringSplit('a\\'b\\{c\\}', ',')", f.render());
        assertEquals(f, IntrinsicFunction.parse(f.render()));
    }

    @Test
    void formatTemplateKeepsPlaceholdersAndEscapedBraces() {
        String call = "States.Format('Today is \\{\\} {}', $.day)";
        IntrinsicFunction f = IntrinsicFunction.parse(call);
        assertEquals(call, f.render());
        assertEquals(1, IntrinsicFunction.countPlaceholders("Today is \\{\\} {}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "States.Format('{} and {}', $.a)",
        "States.Nope($.a)",
        "States.UUID($.a)",
        "States.ArrayRange(1, 2000, 1)",
        "States.ArrayRange(1, 9, 0)",
        "States.Hash($.a, 'SHA-999')",
        "States.JsonMerge($.a, $.b, true)",
        "States.ArrayPartition($.a, 0)",
        "States.MathRandom(1.5, 3)",
        "States.MathAdd('x', 1)",
        "States.Format('unterminated, $.a)",
        "States.ArrayLength($.a",
        "States.ArrayLength(foo)"
    })
    void rejectsInvalidCalls(String call) {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> IntrinsicFunction.parse(call));
        assertEquals(ErrorCode.INVALID_INTRINSIC, e.code());
    }

    @Test
    void errorNamesTheFunction() {
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> IntrinsicFunction.format("{} and {}", JsonPath.of("$.a")));
        assertTrue(e.getMessage().contains("States.Format"), e.getMessage());
        assertTrue(e.getMessage().contains("2 {} placeholders but 1 value was given"), e.getMessage());
    }

    @Test
    void taskTokenInsideAnArgumentIsFound() {
        assertTrue(IntrinsicFunction.format("token {}", JsonPath.taskToken()).containsTaskToken());
    }
}
