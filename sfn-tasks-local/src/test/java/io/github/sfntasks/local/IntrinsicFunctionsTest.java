package io.github.sfntasks.local;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.github.sfntasks.local.Asl.intrinsic;
import static io.github.sfntasks.local.Asl.json;
import static io.github.sfntasks.local.Asl.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worked examples of https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html,
 * input and expected value as the page gives them.
 */
@DisplayName("Intrinsic functions (https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html)")
class IntrinsicFunctionsTest {

    @Test
    void formatSubstitutesValuesAndUnescapesQuotes() {
        assertEquals(json("\"Welcome to John Doe's playlist.\""),
                intrinsic("States.Format('Welcome to {} {}\\'s playlist.', $.firstName, $.lastName)",
                        "{\"firstName\": \"John\", \"lastName\": \"Doe\"}"));
    }

    @Test
    void stringToJsonParsesEscapedJson() {
        assertEquals(json("{\"foo\": \"bar\"}"),
                intrinsic("States.StringToJson($.escapedJsonString)", "{\"escapedJsonString\": \"{\\\"foo\\\": \\\"bar\\\"}\"}"));
    }

    @Test
    void jsonToStringEscapesAnObject() {
        assertEquals(json("\"{\\\"foo\\\":\\\"bar\\\"}\""),
                intrinsic("States.JsonToString($.dataObject)", "{\"dataObject\": {\"foo\": \"bar\"}}"));
    }

    @Test
    void arrayBuildsAnArrayOfMixedValues() {
        assertEquals(json("[\"Foo\", 2020, {\"random\": \"abcdefg\"}, null]"),
                intrinsic("States.Array('Foo', 2020, $.someJson, null)", "{\"someJson\": {\"random\": \"abcdefg\"}}"));
    }

    @Test
    void arrayPartitionChunksByFour() {
        assertEquals(json("[[1,2,3,4],[5,6,7,8],[9]]"),
                intrinsic("States.ArrayPartition($.inputArray,4)", "{\"inputArray\": [1,2,3,4,5,6,7,8,9]}"));
    }

    @Test
    void arrayContainsFindsFive() {
        assertEquals(json("true"), intrinsic("States.ArrayContains($.inputArray, $.lookingFor)",
                "{\"inputArray\": [1,2,3,4,5,6,7,8,9], \"lookingFor\": 5}"));
    }

    @Test
    void arrayRangeOneToNineStepTwo() {
        assertEquals(json("[1,3,5,7,9]"), intrinsic("States.ArrayRange(1, 9, 2)", "{}"));
    }

    @Test
    void arrayGetItemIndexFive() {
        assertEquals(json("6"), intrinsic("States.ArrayGetItem($.inputArray, $.index)",
                "{\"inputArray\": [1,2,3,4,5,6,7,8,9], \"index\": 5}"));
    }

    @Test
    void arrayLengthIsNine() {
        assertEquals(json("9"), intrinsic("States.ArrayLength($.inputArray)", "{\"inputArray\": [1,2,3,4,5,6,7,8,9]}"));
    }

    @Test
    void arrayUniqueDropsRepeats() {
        assertEquals(json("[1,2,3,4]"), intrinsic("States.ArrayUnique($.inputArray)",
                "{\"inputArray\": [1,2,3,3,3,3,3,3,4]}"));
    }

    @Test
    void base64EncodeAndDecode() {
        assertEquals(json("\"RGF0YSB0byBlbmNvZGU=\""),
                intrinsic("States.Base64Encode($.input)", "{\"input\": \"Data to encode\"}"));
        assertEquals(json("\"Data to encode\""),
                intrinsic("States.Base64Decode($.base64)", "{\"base64\": \"RGF0YSB0byBlbmNvZGU=\"}"));
    }

    @Test
    void hashSha1OfInputData() {
        assertEquals(json("\"aaff4a450a104cd177d28d18d74485e8cae074b7\""),
                intrinsic("States.Hash($.Data, $.Algorithm)", "{\"Data\": \"input data\", \"Algorithm\": \"SHA-1\"}"));
    }

    @Test
    void jsonMergeIsShallow() {
        assertEquals(json("{\"a\": {\"a3\": 1, \"a4\": 2}, \"b\": 2, \"c\": 3}"),
                intrinsic("States.JsonMerge($.json1, $.json2, false)",
                        "{\"json1\": {\"a\": {\"a1\": 1, \"a2\": 2}, \"b\": 2}, \"json2\": {\"a\": {\"a3\": 1, \"a4\": 2}, \"c\": 3}}"));
    }

    @Test
    void mathAddAddsANegativeStep() {
        assertEquals(json("110"), intrinsic("States.MathAdd($.value1, $.step)", "{\"value1\": 111, \"step\": -1}"));
    }

    @Test
    void mathRandomStaysInRangeAndRepeatsUnderASeed() {
        int v = intrinsic("States.MathRandom($.start, $.end)", "{\"start\": 1, \"end\": 999}").intValue();
        assertTrue(v >= 1 && v < 999);
        assertEquals(intrinsic("States.MathRandom(1, 999, 1234)", "{}"), intrinsic("States.MathRandom(1, 999, 1234)", "{}"));
    }

    @Test
    void stringSplitOnEachDelimiterCharacter() {
        assertEquals(json("[\"1\",\"2\",\"3\",\"4\",\"5\"]"),
                intrinsic("States.StringSplit($.inputString, $.splitter)", "{\"inputString\": \"1,2,3,4,5\", \"splitter\": \",\"}"));
        assertEquals(json("[\"This\",\"is\",\"a\",\"test\",\"string\"]"),
                intrinsic("States.StringSplit($.inputString, $.splitter)",
                        "{\"inputString\": \"This.is+a,test=string\", \"splitter\": \".+,=\"}"));
    }

    @Test
    void uuidIsAVersion4UuidAndRepeatsUnderTheSameSeed() {
        String def = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Parameters\":{\"u.$\":\"States.UUID()\"},\"End\":true}}}";
        String a = LocalRunner.of(def).seed(7).start("{}").output().get("u").asText();
        String b = LocalRunner.of(def).seed(7).start("{}").output().get("u").asText();
        String c = LocalRunner.of(def).seed(8).start("{}").output().get("u").asText();
        assertTrue(a.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), a);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void breakingAnArgumentRuleFailsWithIntrinsicFailure() {
        pass("\"Parameters\":{\"v.$\":\"States.ArrayRange(1, 2000, 1)\"}", "{}").assertFailedWith("States.IntrinsicFailure");
        pass("\"Parameters\":{\"v.$\":\"States.Format('{} {}', $.a)\"}", "{\"a\": 1}").assertFailedWith("States.IntrinsicFailure");
        pass("\"Parameters\":{\"v.$\":\"States.JsonMerge($.a, $.a, true)\"}", "{\"a\": {}}").assertFailedWith("States.IntrinsicFailure");
        pass("\"Parameters\":{\"v.$\":\"States.Hash($.a, 'SHA-2')\"}", "{\"a\": \"x\"}").assertFailedWith("States.IntrinsicFailure");
    }

    @Test
    void nestedCallsEvaluateInsideOut() {
        assertEquals(json("3"), intrinsic("States.ArrayLength(States.Array(1, 2, $.x))", "{\"x\": 3}"));
    }
}
