package io.github.sfntasks.api.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonPathMembersRenderUnderDollarKeysAtAnyDepth() throws Exception {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("id", JsonPath.stringAt("$.order.id"));
        inner.put("when", IntrinsicFunction.uuid());
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("static", "x");
        outer.put("inner", inner);
        outer.put("list", List.of(Map.of("token", JsonPath.taskToken())));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Values.put(out, "Payload", Value.of(outer), QueryLanguage.JSONPATH);
        // The States language: a field whose value is a path ends in ".$"; nested objects in arrays may hold such fields.
        JsonNode expected = JSON.readTree("{\"Payload\": {\"static\": \"x\", \"inner\": {\"id.$\": \"$.order.id\","
                + " \"when.$\": \"States.UUID()\"}, \"list\": [{\"token.$\": \"$$.Task.Token\"}]}}");
        assertEquals(expected, out);
    }

    @Test
    void readsBackWhatItWrites() throws Exception {
        JsonNode written = JSON.readTree("{\"a.$\": \"$.x\", \"b\": {\"c.$\": \"States.Format('{}', $.y)\"}, \"d\": [1, 2]}");
        Value v = Values.fromJson(written, QueryLanguage.JSONPATH, "p");
        assertEquals(written, Values.toJson(v, QueryLanguage.JSONPATH));
    }

    @Test
    void pathInArrayItemIsRefusedInJsonPath() {
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> Values.check(ArrayValue.of(List.of(JsonPath.of("$.a"))), QueryLanguage.JSONPATH, "items"));
        assertEquals("items[0]", e.property());
    }

    @Test
    void jsonataExpressionsRenderAsStringsAndPathsAreRefused() {
        Value v = ObjectValue.builder().put("x", JsonataExpression.of("$states.input.x")).build();
        assertEquals("{% $states.input.x %}", Values.toJson(v, QueryLanguage.JSONATA).get("x").textValue());
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> Values.check(ObjectValue.builder().put("y", JsonPath.of("$.y")).build(), QueryLanguage.JSONATA, "p"));
        assertEquals(ErrorCode.QUERY_LANGUAGE_MISMATCH, e.code());
        assertEquals("p.y", e.property());
    }

    @Test
    void dollarKeysAreRefusedInJsonataAndExpressionsInJsonPath() throws Exception {
        assertThrows(TaskValidationException.class,
                () -> Values.fromJson(JSON.readTree("{\"a.$\": \"$.x\"}"), QueryLanguage.JSONATA, "p"));
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> Values.fromJson(JSON.readTree("{\"a\": {\"b\": \"{% 1 %}\"}}"), QueryLanguage.JSONPATH, "p"));
        assertEquals("p.a.b", e.property());
    }

    @Test
    void badPathInDollarKeyNamesTheMember() throws Exception {
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> Values.fromJson(JSON.readTree("{\"a\": {\"b.$\": \"nope\"}}"), QueryLanguage.JSONPATH, "payload"));
        assertEquals("payload.a.b.$", e.property());
        assertEquals(ErrorCode.INVALID_PATH, e.code());
    }

    @Test
    void javaStringsWrittenAsExpressionsAreExpressions() {
        assertInstanceOf(JsonataExpression.class, Value.of("{% $x %}"));
        assertInstanceOf(Literal.class, Value.of("$.not-a-path-just-text"));
    }

    @Test
    void integersCompareEqualToParsedJson() throws Exception {
        assertEquals(JSON.readTree("5"), Literal.of(5).node());
        assertEquals(JSON.readTree("5000000000"), Literal.of(5_000_000_000L).node());
    }

    @Test
    void aBuilderKeptAfterBuildDoesNotChangeWhatItBuilt() {
        ObjectValue.Builder b = ObjectValue.builder().put("a", 1);
        ObjectValue first = b.build();
        ObjectValue second = b.put("b", 2).build();
        assertEquals(List.of("a"), List.copyOf(first.members().keySet()));
        assertEquals(List.of("a", "b"), List.copyOf(second.members().keySet()));
        assertEquals(List.of("a", "b", "c"), List.copyOf(second.toBuilder().put("c", 3).build().members().keySet()));
        assertEquals(List.of("a", "b"), List.copyOf(second.members().keySet()));
    }
}
