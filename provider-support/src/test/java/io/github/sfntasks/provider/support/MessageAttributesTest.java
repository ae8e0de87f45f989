package io.github.sfntasks.provider.support;

import io.github.sfntasks.api.support.PropertyReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers render as the CDK renders them: JavaScript's {@code Number.prototype.toString}. Expected
 * values are those ECMAScript's Number::toString algorithm gives (ECMA-262, 6.1.6.1.20). The rendered
 * map is the SNS Publish / SQS SendMessage {@code MessageAttributes} shape ({@code DataType},
 * {@code StringValue}, {@code BinaryValue}); the service rules are those of the SNS and SQS API
 * references (SQS: at most 10 attributes, XML characters only).
 */
class MessageAttributesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MessageAttributes.Rules SNS = MessageAttributes.Rules.of("SNS");
    private static final MessageAttributes.Rules SQS = MessageAttributes.Rules.of("SQS").withMaxCount(10).withXmlCharactersOnly();

    @ParameterizedTest
    @CsvSource({
        "4, 4",
        "-4, -4",
        "4.0, 4",
        "4.5, 4.5",
        "0.1, 0.1",
        "0, 0",
        "0.000001, 0.000001",
        "0.0000001, 1e-7",
        "1.5E-7, 1.5e-7",
        "123456789012345678901, 123456789012345678901",
        "1E21, 1e+21",
        "1.25E22, 1.25e+22",
        "100, 100"
    })
    void writesNumbersAsJavaScriptDoes(String number, String expected) {
        assertEquals(expected, MessageAttributes.jsNumber(new BigDecimal(number)));
    }

    @Test
    void rendersInferredAndExplicitDataTypes() {
        Map<String, MessageAttribute> a = new LinkedHashMap<>();
        a.put("place", MessageAttribute.of(JsonPath.stringAt("$.place")));
        a.put("pic", MessageAttribute.of(JsonPath.stringAt("$.pic"), MessageAttributeDataType.BINARY));
        a.put("people", MessageAttribute.of(4));
        a.put("handles", MessageAttribute.of(java.util.Arrays.asList("@kslater", null, 1)));
        MessageAttributes.check(a, QueryLanguage.JSONPATH, SQS);
        assertEquals("{\"place\":{\"DataType\":\"String\",\"StringValue.$\":\"$.place\"},"
                        + "\"pic\":{\"DataType\":\"Binary\",\"BinaryValue.$\":\"$.pic\"},"
                        + "\"people\":{\"DataType\":\"Number\",\"StringValue\":\"4\"},"
                        + "\"handles\":{\"DataType\":\"String.Array\",\"StringValue\":\"[\\\"@kslater\\\",null,1]\"}}",
                Values.toJson(MessageAttributes.render(a), QueryLanguage.JSONPATH).toString());
    }

    @Test
    void limitsTheCountOnlyWhereTheServiceDoes() {
        Map<String, MessageAttribute> eleven = new LinkedHashMap<>();
        for (int i = 0; i <= 10; i++) {
            eleven.put("a" + i, MessageAttribute.of(i));
        }
        MessageAttributes.check(eleven, QueryLanguage.JSONPATH, SNS);
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> MessageAttributes.check(eleven, QueryLanguage.JSONPATH, SQS));
        assertEquals(ErrorCode.OUT_OF_RANGE, e.code());
        assertEquals("messageAttributes", e.property());
        assertNull(e.stateName());
    }

    @Test
    void refusesNonXmlCharactersOnlyWhereTheServiceDoes() {
        Map<String, MessageAttribute> nul = Map.of("a", MessageAttribute.of("nul" + (char) 0));
        MessageAttributes.check(nul, QueryLanguage.JSONPATH, SNS);
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> MessageAttributes.check(nul, QueryLanguage.JSONPATH, SQS));
        assertEquals(ErrorCode.INVALID_PROPERTY, e.code());
        assertEquals("messageAttributes.a.value", e.property());
        assertTrue(e.getMessage().contains("U+0000 at index 3; SQS takes only"), e.getMessage());
        // A String.Array is checked as sent: JSON text, in which control characters are escaped.
        MessageAttributes.check(Map.of("a", MessageAttribute.of(List.of("x" + (char) 1))), QueryLanguage.JSONPATH, SQS);
        Map<String, MessageAttribute> inList = Map.of("a", MessageAttribute.of(List.of("x\uFFFE")));
        MessageAttributes.check(inList, QueryLanguage.JSONPATH, SNS);
        assertThrows(TaskValidationException.class, () -> MessageAttributes.check(inList, QueryLanguage.JSONPATH, SQS));
    }

    @Test
    void findsTheFirstNonXmlCharacter() {
        assertEquals(-1, MessageAttributes.firstNonXmlCharacter("tab\tline\nreturn\r \uD7FF\uE000\uFFFD\uD83D\uDE00"));
        assertEquals(3, MessageAttributes.firstNonXmlCharacter("nul" + (char) 0));
        assertEquals(0, MessageAttributes.firstNonXmlCharacter("\uFFFE"));
        assertEquals(1, MessageAttributes.firstNonXmlCharacter("a\uD800b"), "a lone surrogate");
    }

    @Test
    void readsAttributesFromAWorkflowFileInFileOrder() throws Exception {
        ObjectNode props = (ObjectNode) JSON.readTree("{\"messageAttributes\": {\"z\": {\"value\": 4},"
                + " \"a\": {\"value.$\": \"$.pic\", \"dataType\": \"Binary\"}}}");
        PropertyReader reader = PropertyReader.of("S", props, QueryLanguage.JSONPATH);
        Map<String, MessageAttribute> read = MessageAttributes.read(reader);
        reader.finish();
        assertEquals(List.of("z", "a"), List.copyOf(read.keySet()));
        assertEquals(MessageAttribute.of(4), read.get("z"));
        assertEquals(MessageAttribute.of(JsonPath.stringAt("$.pic"), MessageAttributeDataType.BINARY), read.get("a"));
        assertNull(MessageAttributes.read(PropertyReader.of("S", JSON.createObjectNode(), QueryLanguage.JSONPATH)));
    }

    @Test
    void readingNamesTheStateAndTheAttribute() throws Exception {
        ObjectNode props = (ObjectNode) JSON.readTree("{\"messageAttributes\": {\"a\": {\"value\": 1, \"dataType\": \"Int\"}}}");
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> MessageAttributes.read(PropertyReader.of("S", props, QueryLanguage.JSONPATH)));
        assertEquals("S", e.stateName());
        assertEquals("messageAttributes.a.dataType", e.property());
    }

    @Test
    void schemaStatesTheServiceLimitAndTheSharedRules() {
        JsonNode sqs = MessageAttributes.schema(SQS).toJson();
        assertEquals(10, sqs.get("maxProperties").asInt());
        assertTrue(sqs.get("description").textValue().startsWith("At most 10 message attributes"));
        JsonNode sns = MessageAttributes.schema(SNS).toJson();
        assertFalse(sns.has("maxProperties"));
        assertEquals(MessageAttributes.NAME_PATTERN, sns.at("/propertyNames/pattern").textValue());
        assertEquals("Binary", sns.at("/additionalProperties/properties/dataType/enum/3").textValue());
        assertEquals(MessageAttributes.BASE64_PATTERN, sns.at("/additionalProperties/allOf/0/then/properties/value/pattern").textValue());
        assertEquals(MessageAttributes.NUMBER_PATTERN,
                sns.at("/additionalProperties/allOf/1/then/properties/value/anyOf/1/pattern").textValue());
        Pattern name = Pattern.compile(MessageAttributes.NAME_PATTERN);
        assertTrue(name.matcher("my.attr_1-x").matches());
        assertFalse(name.matcher("AwS.x").matches());
    }

    @Test
    void rulesAreCopiedNotChanged() {
        MessageAttributes.Rules base = MessageAttributes.Rules.of("SQS");
        assertEquals(new MessageAttributes.Rules("SQS", 0, false), base);
        assertEquals(new MessageAttributes.Rules("SQS", 10, true), base.withMaxCount(10).withXmlCharactersOnly());
        assertEquals(new MessageAttributes.Rules("SQS", 0, false), base);
        assertThrows(IllegalArgumentException.class, () -> base.withMaxCount(-1));
    }

    // ---- the shared rules, once for SNS and SQS (moved here from the sns and sqs validation tests) ---------------

    private static TaskValidationException assertRefused(ErrorCode code, String property, String name, MessageAttribute attribute) {
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        attributes.put(name, attribute);
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> MessageAttributes.check(attributes, QueryLanguage.JSONPATH, SNS));
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(property, e.property(), e.getMessage());
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS.trace", "aws.x", "Amazon.x", "AMAZON.x", ".lead", "trail.", "two..dots", "sp ace", ""})
    void refusesReservedOrMalformedNames(String name) {
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes." + name, name, MessageAttribute.of("v"));
    }

    @Test
    void takesNamesOfUpTo256Characters() {
        MessageAttributes.check(Map.of("n".repeat(256), MessageAttribute.of("v")), QueryLanguage.JSONPATH, SNS);
        String name = "n".repeat(257);
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes." + name, name, MessageAttribute.of("v"));
    }

    @Test
    void refusesValuesThatDoNotFitTheirDataType() {
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.pic.value", "pic",
                MessageAttribute.of("not base64!", MessageAttributeDataType.BINARY));
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.n.value", "n",
                MessageAttribute.of("four", MessageAttributeDataType.NUMBER));
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.l.value", "l",
                MessageAttribute.of("a,b", MessageAttributeDataType.STRING_ARRAY));
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.l.dataType", "l",
                MessageAttribute.of(List.of("a"), MessageAttributeDataType.NUMBER));
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.l.dataType", "l",
                MessageAttribute.of(List.of(1), MessageAttributeDataType.STRING));
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.b.dataType", "b",
                MessageAttribute.of(true, MessageAttributeDataType.BINARY));
    }

    @Test
    void refusesNumbersSnsAndSqsCannotHold() {
        // Number: up to 38 significant digits, magnitude 10^-128 to 10^126 (SNS/SQS message attribute data types)
        assertRefused(ErrorCode.OUT_OF_RANGE, "messageAttributes.n.value", "n",
                MessageAttribute.of("1234567890123456789012345678901234567891", MessageAttributeDataType.NUMBER));
        assertRefused(ErrorCode.OUT_OF_RANGE, "messageAttributes.n.value", "n",
                MessageAttribute.of("1e127", MessageAttributeDataType.NUMBER));
        assertRefused(ErrorCode.OUT_OF_RANGE, "messageAttributes.n.value", "n", MessageAttribute.of(Double.POSITIVE_INFINITY));
        assertRefused(ErrorCode.OUT_OF_RANGE, "messageAttributes.n.value[0]", "n", MessageAttribute.of(List.of(Double.NaN)));
    }

    @Test
    void refusesNullEmptyObjectAndNestedValues() {
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.x.value", "x", MessageAttribute.of(null));
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.x.value", "x", MessageAttribute.of(""));
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.x.value", "x", MessageAttribute.of(Map.of("a", 1)));
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.l.value[1]", "l", MessageAttribute.of(List.of("a", List.of("b"))));
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.x.value[0]", "x",
                MessageAttribute.of(java.util.Arrays.asList(JsonPath.stringAt("$.a"))));
    }

    private static TaskValidationException assertReadRefused(ErrorCode code, String property, String attributes) throws Exception {
        ObjectNode props = (ObjectNode) JSON.readTree("{\"messageAttributes" + attributes + "}");
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> {
            PropertyReader reader = PropertyReader.of("S", props, QueryLanguage.JSONPATH);
            MessageAttributes.read(reader);
            reader.finish();
        });
        assertEquals(code, e.code(), e.getMessage());
        assertEquals("S", e.stateName());
        assertEquals(property, e.property(), e.getMessage());
        return e;
    }

    @Test
    void readingRefusesWhatIsNoAttribute() throws Exception {
        assertReadRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.n.dataType", "\": {\"n\": {\"value\": 1, \"dataType\": \"number\"}}");
        TaskValidationException e = assertReadRefused(ErrorCode.UNKNOWN_PROPERTY, "messageAttributes.n.type",
                "\": {\"n\": {\"value\": 1, \"type\": \"Number\"}}");
        assertTrue(e.getMessage().contains("dataType"), e.getMessage());
        assertReadRefused(ErrorCode.MISSING_PROPERTY, "messageAttributes.n.value", "\": {\"n\": {\"dataType\": \"Number\"}}");
        assertReadRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.n", "\": {\"n\": 4}");
        assertReadRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.n.$", "\": {\"n.$\": \"$.n\"}");
        assertReadRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.$", ".$\": \"$.attributes\"");
    }
}
