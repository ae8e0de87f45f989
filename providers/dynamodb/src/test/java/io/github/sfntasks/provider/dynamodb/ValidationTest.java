package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invalid tasks fail with {@link TaskValidationException} naming the state and the property. */
class ValidationTest {

    private static final String STATE = "My state";

    private static TaskValidationException fails(ErrorCode code, String property, Executable e) {
        TaskValidationException ex = assertThrows(TaskValidationException.class, e);
        assertEquals(code, ex.code(), ex.getMessage());
        assertEquals(STATE, ex.stateName(), ex.getMessage());
        assertEquals(property, ex.property(), ex.getMessage());
        return ex;
    }

    private static TaskValidationException failsFrom(TaskProvider provider, String properties, ErrorCode code,
                                                     String property) {
        return failsFrom(provider, properties, QueryLanguage.JSONPATH, code, property);
    }

    private static TaskValidationException failsFrom(TaskProvider provider, String properties, QueryLanguage language,
                                                     ErrorCode code, String property) {
        ObjectNode props = (ObjectNode) ExpectedJson.parse(properties);
        return fails(code, property, () -> provider.create(TaskRequest.of(STATE, provider.typeId(), props, null,
                language, null)));
    }

    private static DynamoGetItem.Builder get() {
        return DynamoGetItem.builder(STATE).table("MyTable").key("id", DynamoAttributeValue.fromString("a"));
    }

    private static DynamoUpdateItem.Builder update() {
        return DynamoUpdateItem.builder(STATE).table("MyTable").key("id", DynamoAttributeValue.fromString("a"));
    }

    // ---- table ----

    @Test
    void rejectsMissingTable() {
        fails(ErrorCode.MISSING_PROPERTY, "table",
                () -> DynamoGetItem.builder(STATE).key("id", DynamoAttributeValue.fromString("a")).build());
        failsFrom(new DynamoGetItemProvider(), "{\"key\": {\"id\": {\"S\": \"a\"}}}", ErrorCode.MISSING_PROPERTY, "table");
    }

    @Test
    void rejectsTableNamesDynamoDbRefuses() {
        fails(ErrorCode.INVALID_PROPERTY, "table", () -> get().table("ab").build());
        fails(ErrorCode.INVALID_PROPERTY, "table", () -> get().table("my table").build());
        fails(ErrorCode.INVALID_PROPERTY, "table", () -> get().table("x".repeat(256)).build());
        fails(ErrorCode.INVALID_PROPERTY, "table",
                () -> get().table("arn:aws:dynamodb:us-east-1:123456789012:table/T1/index/I").build());
        fails(ErrorCode.INVALID_PROPERTY, "table", () -> get().table("arn:aws:sqs:us-east-1:123456789012:queue").build());
        fails(ErrorCode.INVALID_PROPERTY, "table", () -> get().table(Value.of(42)).build());
        failsFrom(new DynamoGetItemProvider(), "{\"table\": 7, \"key\": {\"id\": {\"S\": \"a\"}}}",
                ErrorCode.INVALID_PROPERTY, "table");
    }

    @Test
    void acceptsTableNamesAtTheLimits() {
        get().table("abc").build();
        get().table("a_b.c-D9".repeat(31) + "abcdefg").build();
    }

    // ---- key / item ----

    @Test
    void rejectsMissingKeyAndItem() {
        fails(ErrorCode.MISSING_PROPERTY, "key", () -> DynamoGetItem.builder(STATE).table("MyTable").build());
        fails(ErrorCode.MISSING_PROPERTY, "item", () -> DynamoPutItem.builder(STATE).table("MyTable").build());
        failsFrom(new DynamoDeleteItemProvider(), "{\"table\": \"MyTable\"}", ErrorCode.MISSING_PROPERTY, "key");
        failsFrom(new DynamoPutItemProvider(), "{\"table\": \"MyTable\"}", ErrorCode.MISSING_PROPERTY, "item");
    }

    @Test
    void rejectsKeyWithoutOneOrTwoAttributes() {
        fails(ErrorCode.INVALID_PROPERTY, "key", () -> get().key(Map.of()).build());
        Map<String, DynamoAttributeValue> three = new LinkedHashMap<>();
        three.put("a", DynamoAttributeValue.fromString("1"));
        three.put("b", DynamoAttributeValue.fromString("2"));
        three.put("c", DynamoAttributeValue.fromString("3"));
        fails(ErrorCode.INVALID_PROPERTY, "key", () -> get().key(three).build());
        failsFrom(new DynamoGetItemProvider(), "{\"table\": \"MyTable\", \"key\": {}}", ErrorCode.INVALID_PROPERTY, "key");
    }

    @Test
    void rejectsKeyAttributesThatAreNotStringNumberOrBinary() {
        fails(ErrorCode.INVALID_PROPERTY, "key.id", () -> get().key("id", DynamoAttributeValue.fromBoolean(true)).build());
        failsFrom(new DynamoUpdateItemProvider(),
                "{\"table\": \"MyTable\", \"key\": {\"id\": {\"SS\": [\"a\"]}}}", ErrorCode.INVALID_PROPERTY, "key.id");
    }

    @Test
    void rejectsEmptyKeyValuesAndNullAttributes() {
        fails(ErrorCode.INVALID_PROPERTY, "key.id", () -> get().key("id", DynamoAttributeValue.fromString("")).build());
        fails(ErrorCode.INVALID_PROPERTY, "key.id", () -> get().key("id", null).build());
        Map<String, DynamoAttributeValue> nullName = new HashMap<>();
        nullName.put(null, DynamoAttributeValue.fromString("a"));
        fails(ErrorCode.INVALID_PROPERTY, "key", () -> get().key(nullName).build());
        fails(ErrorCode.INVALID_PROPERTY, "key." + "k".repeat(256),
                () -> get().key(Map.of("k".repeat(256), DynamoAttributeValue.fromString("a"))).build());
    }

    @Test
    void rejectsEmptyItem() {
        fails(ErrorCode.INVALID_PROPERTY, "item", () -> DynamoPutItem.builder(STATE).table("T12").item(Map.of()).build());
    }

    @Test
    void rejectsWholeMapsThatAreNeitherAttributesNorRunTimeValues() {
        fails(ErrorCode.INVALID_PROPERTY, "key",
                () -> get().key(ObjectValue.builder().put("id", "a").build()).build());
        fails(ErrorCode.INVALID_PROPERTY, "item",
                () -> DynamoPutItem.builder(STATE).table("T12").item(JsonPath.DISCARD).build());
        failsFrom(new DynamoPutItemProvider(), "{\"table\": \"T12\", \"item\": \"x\"}", ErrorCode.INVALID_PROPERTY, "item");
    }

    @Test
    void rejectsAttributeValuesWithTwoTypesInWorkflowFiles() {
        failsFrom(new DynamoPutItemProvider(),
                "{\"table\": \"T12\", \"item\": {\"id\": {\"S\": \"a\", \"N\": \"1\"}}}", ErrorCode.INVALID_PROPERTY, "item.id");
    }

    @Test
    void rejectsNumbersWrittenAsJsonNumbersInWorkflowFiles() {
        TaskValidationException ex = failsFrom(new DynamoPutItemProvider(),
                "{\"table\": \"T12\", \"item\": {\"id\": {\"S\": \"a\"}, \"n\": {\"N\": 10}}}",
                ErrorCode.INVALID_PROPERTY, "item.n.N");
        assertTrue(ex.getMessage().contains("\"N\": \"10\""), ex.getMessage());
    }

    // ---- expressions and placeholders ----

    @Test
    void rejectsPlaceholderNamesWithoutTheirPrefix() {
        fails(ErrorCode.INVALID_PROPERTY, "expressionAttributeNames.name",
                () -> get().expressionAttributeName("name", "n").projectionExpression("name").build());
        fails(ErrorCode.INVALID_PROPERTY, "expressionAttributeValues.val",
                () -> update().expressionAttributeValue("val", DynamoAttributeValue.fromNumber(1))
                        .updateExpression("SET a = val").build());
        fails(ErrorCode.INVALID_PROPERTY, "expressionAttributeNames.#a-b",
                () -> get().expressionAttributeName("#a-b", "n").build());
    }

    @Test
    void rejectsEmptyPlaceholderMapsAndEmptyAttributeNames() {
        fails(ErrorCode.INVALID_PROPERTY, "expressionAttributeNames",
                () -> get().expressionAttributeNames(Map.of()).build());
        fails(ErrorCode.INVALID_PROPERTY, "expressionAttributeValues",
                () -> update().expressionAttributeValues(Map.of()).build());
        fails(ErrorCode.INVALID_PROPERTY, "expressionAttributeNames.#n",
                () -> get().expressionAttributeName("#n", "").projectionExpression("#n").build());
        fails(ErrorCode.INVALID_PROPERTY, "expressionAttributeNames.#n",
                () -> get().expressionAttributeName("#n", (String) null).projectionExpression("#n").build());
    }

    @Test
    void rejectsPlaceholdersNoExpressionUses() {
        TaskValidationException ex = fails(ErrorCode.INVALID_PROPERTY, "expressionAttributeNames.#n",
                () -> get().expressionAttributeName("#n", "name").build());
        assertTrue(ex.detail().contains("unused"), ex.detail());
        fails(ErrorCode.INVALID_PROPERTY, "expressionAttributeValues.:b",
                () -> update().expressionAttributeValue(":a", DynamoAttributeValue.fromNumber(1))
                        .expressionAttributeValue(":b", DynamoAttributeValue.fromNumber(2))
                        .updateExpression("SET x = :a").build());
        failsFrom(new DynamoDeleteItemProvider(),
                "{\"table\": \"T12\", \"key\": {\"id\": {\"S\": \"a\"}}, \"expressionAttributeValues\": {\":v\": {\"S\": \"x\"}}}",
                ErrorCode.INVALID_PROPERTY, "expressionAttributeValues.:v");
    }

    @Test
    void rejectsExpressionsUsingUndefinedPlaceholders() {
        fails(ErrorCode.INVALID_PROPERTY, "updateExpression",
                () -> update().updateExpression("SET #a = :v")
                        .expressionAttributeValue(":v", DynamoAttributeValue.fromNumber(1)).build());
        fails(ErrorCode.INVALID_PROPERTY, "conditionExpression",
                () -> update().updateExpression("SET a = :v").conditionExpression("b < :max")
                        .expressionAttributeValue(":v", DynamoAttributeValue.fromNumber(1)).build());
        fails(ErrorCode.INVALID_PROPERTY, "projectionExpression", () -> get().projectionExpression("#x, y").build());
    }

    @Test
    void skipsUnusedPlaceholderCheckWhenAnExpressionIsDynamic() {
        update().updateExpression(JsonPath.stringAt("$.update"))
                .expressionAttributeValue(":v", DynamoAttributeValue.fromNumber(1))
                .expressionAttributeName("#n", "name")
                .build();
        update().updateExpression("SET a = :v").expressionAttributeValues(JsonPath.objectAt("$.values")).build();
    }

    @Test
    void rejectsBlankAndOversizedExpressions() {
        fails(ErrorCode.INVALID_PROPERTY, "updateExpression", () -> update().updateExpression(" ").build());
        fails(ErrorCode.INVALID_PROPERTY, "conditionExpression",
                () -> update().conditionExpression("attribute_exists(a) AND " + "a".repeat(4096)).build());
        fails(ErrorCode.INVALID_PROPERTY, "projectionExpression",
                () -> get().projectionExpression(List.of()).build());
        failsFrom(new DynamoPutItemProvider(),
                "{\"table\": \"T12\", \"item\": {\"id\": {\"S\": \"a\"}}, \"conditionExpression\": 5}",
                ErrorCode.INVALID_PROPERTY, "conditionExpression");
    }

    // ---- return options ----

    @Test
    void rejectsReturnValuesEachActionRefuses() {
        fails(ErrorCode.INVALID_PROPERTY, "returnValues", () -> DynamoPutItem.builder(STATE).table("T12")
                .item("id", DynamoAttributeValue.fromString("a")).returnValues(DynamoReturnValues.ALL_NEW).build());
        fails(ErrorCode.INVALID_PROPERTY, "returnValues", () -> DynamoDeleteItem.builder(STATE).table("T12")
                .key("id", DynamoAttributeValue.fromString("a")).returnValues(DynamoReturnValues.UPDATED_OLD).build());
        fails(ErrorCode.INVALID_PROPERTY, "returnValuesOnConditionCheckFailure",
                () -> update().returnValuesOnConditionCheckFailure(DynamoReturnValues.UPDATED_NEW).build());
        failsFrom(new DynamoPutItemProvider(),
                "{\"table\": \"T12\", \"item\": {\"id\": {\"S\": \"a\"}}, \"returnValues\": \"UPDATED_NEW\"}",
                ErrorCode.INVALID_PROPERTY, "returnValues");
        failsFrom(new DynamoUpdateItemProvider(),
                "{\"table\": \"T12\", \"key\": {\"id\": {\"S\": \"a\"}}, \"returnValues\": \"EVERYTHING\"}",
                ErrorCode.INVALID_PROPERTY, "returnValues");
        failsFrom(new DynamoGetItemProvider(),
                "{\"table\": \"T12\", \"key\": {\"id\": {\"S\": \"a\"}}, \"returnConsumedCapacity\": \"ALL\"}",
                ErrorCode.INVALID_PROPERTY, "returnConsumedCapacity");
    }

    @Test
    void acceptsEveryReturnValueOnUpdateItem() {
        for (DynamoReturnValues v : DynamoReturnValues.values()) {
            update().returnValues(v).build();
        }
    }

    @Test
    void rejectsConsistentReadThatIsNotABoolean() {
        failsFrom(new DynamoGetItemProvider(),
                "{\"table\": \"T12\", \"key\": {\"id\": {\"S\": \"a\"}}, \"consistentRead\": \"yes\"}",
                ErrorCode.INVALID_PROPERTY, "consistentRead");
        fails(ErrorCode.INVALID_PROPERTY, "consistentRead", () -> get().consistentRead(Value.of("yes")).build());
    }

    // ---- patterns ----

    @Test
    void rejectsCallbackAndSyncPatterns() {
        fails(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "integrationPattern",
                () -> get().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
        fails(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "integrationPattern",
                () -> update().integrationPattern(IntegrationPattern.RUN_JOB).build());
        ObjectNode props = (ObjectNode) ExpectedJson.parse("{\"table\": \"T12\", \"key\": {\"id\": {\"S\": \"a\"}}}");
        fails(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "integrationPattern",
                () -> new DynamoDeleteItemProvider().create(TaskRequest.of(STATE, "dynamodb:deleteItem", props,
                        IntegrationPattern.WAIT_FOR_TASK_TOKEN, QueryLanguage.JSONPATH, null)));
    }

    // ---- query languages ----

    @Test
    void rejectsJsonataInAJsonPathState() {
        fails(ErrorCode.QUERY_LANGUAGE_MISMATCH, "item.Text.S", () -> DynamoPutItem.builder(STATE).table("T12")
                .item("Text", DynamoAttributeValue.fromString("{% $states.input.text %}")).build());
        fails(ErrorCode.QUERY_LANGUAGE_MISMATCH, "table",
                () -> get().table(JsonataExpression.of("$states.input.table")).build());
        fails(ErrorCode.QUERY_LANGUAGE_MISMATCH, "updateExpression",
                () -> update().updateExpression("{% $states.input.update %}").build());
    }

    @Test
    void rejectsJsonPathInAJsonataState() {
        fails(ErrorCode.QUERY_LANGUAGE_MISMATCH, "key.id.S", () -> DynamoGetItem.builder(STATE)
                .queryLanguage(QueryLanguage.JSONATA).table("T12")
                .key("id", DynamoAttributeValue.fromString(JsonPath.stringAt("$.id"))).build());
        fails(ErrorCode.QUERY_LANGUAGE_MISMATCH, "item", () -> DynamoPutItem.builder(STATE)
                .queryLanguage(QueryLanguage.JSONATA).table("T12").item(JsonPath.objectAt("$.item")).build());
        failsFrom(new DynamoGetItemProvider(), "{\"table\": \"T12\", \"key\": {\"id\": {\"S.$\": \"$.id\"}}}",
                QueryLanguage.JSONATA, ErrorCode.QUERY_LANGUAGE_MISMATCH, "key.id.S.$");
        failsFrom(new DynamoGetItemProvider(), "{\"table.$\": \"$.t\", \"key\": {\"id\": {\"S\": \"a\"}}}",
                QueryLanguage.JSONATA, ErrorCode.QUERY_LANGUAGE_MISMATCH, "table.$");
    }

    // ---- workflow-file shape ----

    @Test
    void rejectsUnknownPropertiesSuggestingTheClosest() {
        TaskValidationException ex = failsFrom(new DynamoGetItemProvider(),
                "{\"tabel\": \"T12\", \"table\": \"T12\", \"key\": {\"id\": {\"S\": \"a\"}}}",
                ErrorCode.UNKNOWN_PROPERTY, "tabel");
        assertTrue(ex.getMessage().contains("\"table\""), ex.getMessage());
        failsFrom(new DynamoUpdateItemProvider(),
                "{\"table\": \"T12\", \"key\": {\"id\": {\"S\": \"a\"}}, \"returnValue\": \"ALL_NEW\"}",
                ErrorCode.UNKNOWN_PROPERTY, "returnValue");
        failsFrom(new DynamoGetItemProvider(),
                "{\"table\": \"T12\", \"key\": {\"id\": {\"S\": \"a\"}}, \"updateExpression\": \"SET a = :b\"}",
                ErrorCode.UNKNOWN_PROPERTY, "updateExpression");
    }

    @Test
    void rejectsBothPlainAndPathFormsOfOneProperty() {
        failsFrom(new DynamoGetItemProvider(),
                "{\"table\": \"T12\", \"table.$\": \"$.t\", \"key\": {\"id\": {\"S\": \"a\"}}}",
                ErrorCode.CONFLICTING_PROPERTIES, "table");
    }

    @Test
    void rejectsProjectionGivenAsPath() {
        failsFrom(new DynamoGetItemProvider(),
                "{\"table\": \"T12\", \"key\": {\"id\": {\"S\": \"a\"}}, \"projectionExpression.$\": \"$.p\"}",
                ErrorCode.INVALID_PROPERTY, "projectionExpression.$");
    }

    @Test
    void rejectsExpressionAttributeNamesThatAreNotAnObject() {
        failsFrom(new DynamoGetItemProvider(),
                "{\"table\": \"T12\", \"key\": {\"id\": {\"S\": \"a\"}}, \"expressionAttributeNames\": [\"#a\"]}",
                ErrorCode.INVALID_PROPERTY, "expressionAttributeNames");
    }
}
