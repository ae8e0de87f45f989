package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attribute-value model: every factory against {@code attribute-values.json} (values from the DynamoDB
 * AttributeValue reference and the CDK's shared-types.js), reading DynamoDB JSON back, and the checks DynamoDB makes.
 */
class DynamoAttributeValueTest {

    private static Map<String, DynamoAttributeValue> factories() {
        Map<String, DynamoAttributeValue> m = new LinkedHashMap<>();
        m.put("fromString", DynamoAttributeValue.fromString("Hello"));
        m.put("fromString(JsonPath)", DynamoAttributeValue.fromString(JsonPath.stringAt("$.bar")));
        m.put("fromString(JSONata)", DynamoAttributeValue.fromString("{% $bar %}"));
        m.put("fromNumber(long)", DynamoAttributeValue.fromNumber(10));
        m.put("fromNumber(double)", DynamoAttributeValue.fromNumber(123.45));
        m.put("fromNumber(10.0)", DynamoAttributeValue.fromNumber(10.0));
        m.put("fromNumber(1e21)", DynamoAttributeValue.fromNumber(1e21));
        m.put("fromNumber(1e-7)", DynamoAttributeValue.fromNumber(1e-7));
        m.put("fromNumber(BigDecimal 1.50)", DynamoAttributeValue.fromNumber(new BigDecimal("1.50")));
        m.put("numberFromString", DynamoAttributeValue.numberFromString("123.45"));
        m.put("numberFromString(JsonPath)", DynamoAttributeValue.numberFromString(JsonPath.stringAt("$.Item.TotalCount.N")));
        m.put("numberFromString(intrinsic)", DynamoAttributeValue.numberFromString(
                IntrinsicFunction.parse("States.Format('{}', $.count)")));
        m.put("fromBinary", DynamoAttributeValue.fromBinary("dGhpcyB0ZXh0IGlzIGJhc2U2NC1lbmNvZGVk"));
        m.put("fromBinary(JsonPath)", DynamoAttributeValue.fromBinary(JsonPath.stringAt("$.data")));
        m.put("fromStringSet", DynamoAttributeValue.fromStringSet(List.of("Giraffe", "Hippo", "Zebra")));
        m.put("fromStringSet(JsonPath)", DynamoAttributeValue.fromStringSet(JsonPath.listAt("$.tags")));
        m.put("fromNumberSet", DynamoAttributeValue.fromNumberSet(List.of(42.2, -19, 7.5, 3.14)));
        m.put("numberSetFromStrings", DynamoAttributeValue.numberSetFromStrings(List.of("42.2", "-19", "7.5", "3.14")));
        m.put("numberSetFromStrings(JsonPath)", DynamoAttributeValue.numberSetFromStrings(JsonPath.listAt("$.numbers")));
        m.put("fromBinarySet", DynamoAttributeValue.fromBinarySet(List.of("U3Vubnk=", "UmFpbnk=", "U25vd3k=")));
        m.put("fromBinarySet(JsonPath)", DynamoAttributeValue.fromBinarySet(JsonPath.listAt("$.blobs")));
        Map<String, DynamoAttributeValue> person = new LinkedHashMap<>();
        person.put("Name", DynamoAttributeValue.fromString("Joe"));
        person.put("Age", DynamoAttributeValue.fromNumber(35));
        m.put("fromMap", DynamoAttributeValue.fromMap(person));
        m.put("mapFromJsonPath", DynamoAttributeValue.mapFromJsonPath("$.profile"));
        m.put("mapFromJsonata", DynamoAttributeValue.mapFromJsonata("{% $states.input.profile %}"));
        m.put("fromList", DynamoAttributeValue.fromList(List.of(DynamoAttributeValue.fromString("Cookies"),
                DynamoAttributeValue.fromString("Coffee"), DynamoAttributeValue.fromNumber(3.14159))));
        m.put("listFromJsonPath", DynamoAttributeValue.listFromJsonPath("$.items"));
        m.put("listFromJsonata", DynamoAttributeValue.listFromJsonata("$states.input.items"));
        m.put("fromNull", DynamoAttributeValue.fromNull(true));
        m.put("fromBoolean", DynamoAttributeValue.fromBoolean(true));
        m.put("booleanFromJsonPath", DynamoAttributeValue.booleanFromJsonPath("$.flag"));
        m.put("booleanFromJsonata", DynamoAttributeValue.booleanFromJsonata("{% $states.input.flag %}"));
        return m;
    }

    private static QueryLanguage languageOf(JsonNode expected) {
        return expected.toString().contains("{%") ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH;
    }

    @Test
    void everyFactoryRendersTheDynamoJsonOfTheReference() {
        JsonNode expected = ExpectedJson.read(DynamoAttributeValueTest.class, "/dynamodb/attribute-values.json");
        Map<String, DynamoAttributeValue> made = factories();
        assertEquals(expected.size(), made.size(), "one factory per expected value");
        Iterator<String> names = expected.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode want = expected.get(name);
            assertEquals(want, Values.toJson(made.get(name).toObject(), languageOf(want)), name);
        }
    }

    @Test
    void dynamoJsonReadsBackToTheSameValue() {
        JsonNode expected = ExpectedJson.read(DynamoAttributeValueTest.class, "/dynamodb/attribute-values.json");
        Map<String, DynamoAttributeValue> made = factories();
        Iterator<String> names = expected.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode json = expected.get(name);
            DynamoAttributeValue read = DynamoJson.attributeValue(json, languageOf(json), "x");
            assertEquals(json, Values.toJson(read.toObject(), languageOf(json)), name);
            assertEquals(made.get(name).type(), read.type(), name);
        }
    }

    @Test
    void valuesAreEqualByTypeAndData() {
        assertEquals(DynamoAttributeValue.fromString("a"), DynamoAttributeValue.fromString(Literal.of("a")));
        assertEquals(DynamoAttributeValue.fromString("a").hashCode(), DynamoAttributeValue.fromString("a").hashCode());
        assertFalse(DynamoAttributeValue.fromString("1").equals(DynamoAttributeValue.numberFromString("1")));
        assertEquals("{S.$: $.x}", DynamoAttributeValue.fromString(JsonPath.stringAt("$.x")).toString());
        assertTrue(DynamoAttributeValue.fromString(JsonPath.stringAt("$.x")).isDynamic());
        assertFalse(DynamoAttributeValue.fromNumber(1).isDynamic());
        assertEquals(ObjectValue.builder().put("BOOL", false).build(), DynamoAttributeValue.fromBoolean(false).toObject());
    }

    private static TaskValidationException rejects(ErrorCode code, Executable e) {
        TaskValidationException ex = assertThrows(TaskValidationException.class, e);
        assertEquals(code, ex.code(), ex.getMessage());
        return ex;
    }

    @Test
    void rejectsNullFalseAsDynamoDbDoes() {
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromNull(false));
    }

    @Test
    void rejectsNonNumbersAndNumbersDynamoDbCannotHold() {
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.numberFromString("ten"));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.numberFromString(""));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromNumber(Double.NaN));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromNumber(Double.POSITIVE_INFINITY));
        rejects(ErrorCode.OUT_OF_RANGE, () -> DynamoAttributeValue.numberFromString("1234567890123456789012345678901234567890"));
        rejects(ErrorCode.OUT_OF_RANGE, () -> DynamoAttributeValue.numberFromString("1E+126"));
        rejects(ErrorCode.OUT_OF_RANGE, () -> DynamoAttributeValue.numberFromString("1E-131"));
        rejects(ErrorCode.OUT_OF_RANGE, () -> DynamoAttributeValue.fromNumber(1e200));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.numberFromString(Value.of(10)));
    }

    @Test
    void acceptsNumbersAtDynamoDbLimits() {
        DynamoAttributeValue.numberFromString("9.9999999999999999999999999999999999999E+125");
        DynamoAttributeValue.numberFromString("-1E-130");
        DynamoAttributeValue.numberFromString("0.000");
        DynamoAttributeValue.numberFromString("12345678901234567890123456789012345678000");
    }

    @Test
    void rejectsBinaryThatIsNotBase64() {
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromBinary("not base64!"));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromBinary("abc"));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromBinarySet(List.of("AQID", "%%")));
    }

    @Test
    void rejectsEmptySetsAndDuplicates() {
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromStringSet(List.of()));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromStringSet(List.of("a", "a")));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.numberSetFromStrings(List.of("1", "1.0")));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromNumberSet(List.of()));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromBinarySet(List.of("AQID", "AQID")));
    }

    @Test
    void rejectsPathsWhereOnlyPathsCanStandAndMissingValues() {
        rejects(ErrorCode.INVALID_PATH, () -> DynamoAttributeValue.mapFromJsonPath("profile"));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.listFromJsonPath(Value.of("$.x")));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.booleanFromJsonPath(JsonPath.DISCARD));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromString(JsonPath.DISCARD));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromString((String) null));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromString(Value.of(3)));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromMap(null));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromList(Arrays.asList(
                DynamoAttributeValue.fromString("a"), null)));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.fromStringSet(
                ArrayValue.of(List.of("a", JsonPath.stringAt("$.b")))));
        rejects(ErrorCode.INVALID_PROPERTY, () -> DynamoAttributeValue.mapFromJsonata("{%  %}"));
    }

    private static TaskValidationException readRejects(String json, QueryLanguage language, String property) {
        TaskValidationException ex = assertThrows(TaskValidationException.class,
                () -> DynamoJson.attributeMap(ExpectedJson.parse(json), language, "item"));
        assertEquals(property, ex.property(), ex.getMessage());
        return ex;
    }

    @Test
    void readingRejectsValuesWithoutExactlyOneTypeKey() {
        readRejects("{\"a\": {\"S\": \"x\", \"N\": \"1\"}}", QueryLanguage.JSONPATH, "item.a");
        readRejects("{\"a\": {}}", QueryLanguage.JSONPATH, "item.a");
        readRejects("{\"a\": \"x\"}", QueryLanguage.JSONPATH, "item.a");
        readRejects("{\"a\": {\"s\": \"x\"}}", QueryLanguage.JSONPATH, "item.a.s");
        readRejects("{\"a.$\": \"$.a\"}", QueryLanguage.JSONPATH, "item.a.$");
    }

    @Test
    void readingRejectsDataOfTheWrongShapeNamingTheNestedPath() {
        TaskValidationException n = readRejects("{\"count\": {\"N\": 10}}", QueryLanguage.JSONPATH, "item.count.N");
        assertTrue(n.detail().contains("numbers as strings"), n.detail());
        readRejects("{\"count\": {\"N\": \"abc\"}}", QueryLanguage.JSONPATH, "item.count.N");
        readRejects("{\"nums\": {\"NS\": [1, 2]}}", QueryLanguage.JSONPATH, "item.nums.NS");
        readRejects("{\"tags\": {\"SS\": \"a\"}}", QueryLanguage.JSONPATH, "item.tags.SS");
        readRejects("{\"tags\": {\"SS\": []}}", QueryLanguage.JSONPATH, "item.tags.SS");
        readRejects("{\"blob\": {\"B\": \"***\"}}", QueryLanguage.JSONPATH, "item.blob.B");
        readRejects("{\"flag\": {\"BOOL\": \"true\"}}", QueryLanguage.JSONPATH, "item.flag.BOOL");
        readRejects("{\"none\": {\"NULL\": false}}", QueryLanguage.JSONPATH, "item.none.NULL");
        readRejects("{\"none\": {\"NULL.$\": \"$.n\"}}", QueryLanguage.JSONPATH, "item.none.NULL.$");
        readRejects("{\"list\": {\"L\": [{\"S\": \"a\"}, {\"X\": 1}]}}", QueryLanguage.JSONPATH, "item.list.L[1].X");
        readRejects("{\"list\": {\"L\": {\"S\": \"a\"}}}", QueryLanguage.JSONPATH, "item.list.L");
        readRejects("{\"p\": {\"M\": {\"age\": {\"N\": \"x\"}}}}", QueryLanguage.JSONPATH, "item.p.M.age.N");
        readRejects("{\"p\": {\"M\": \"x\"}}", QueryLanguage.JSONPATH, "item.p.M");
        readRejects("{\"n\": {\"NULL\": \"{% true %}\"}}", QueryLanguage.JSONATA, "item.n.NULL");
        readRejects("{\"s\": {\"S.$\": \"not a path\"}}", QueryLanguage.JSONPATH, "item.s.S.$");
    }

    @Test
    void readingRefusesJsonPathSyntaxInJsonataStates() {
        TaskValidationException ex = readRejects("{\"id\": {\"S.$\": \"$.id\"}}", QueryLanguage.JSONATA, "item.id.S.$");
        assertEquals(ErrorCode.QUERY_LANGUAGE_MISMATCH, ex.code());
    }

    @Test
    void readingRefusesJsonataTextInJsonPathStates() {
        // The API's workflow reader treats a {% %} string in a JSONPath state as a forgotten QueryLanguage.
        for (String json : List.of("{\"a\": {\"S\": \"{% x %}\"}}", "{\"a\": {\"M\": \"{% x %}\"}}",
                "{\"a\": {\"L\": \"{% x %}\"}}", "{\"a\": {\"BOOL\": \"{% x %}\"}}")) {
            TaskValidationException ex = assertThrows(TaskValidationException.class,
                    () -> DynamoJson.attributeMap(ExpectedJson.parse(json), QueryLanguage.JSONPATH, "item"));
            assertEquals(ErrorCode.QUERY_LANGUAGE_MISMATCH, ex.code(), json);
            assertTrue(ex.property().startsWith("item.a."), ex.property());
        }
    }
}
