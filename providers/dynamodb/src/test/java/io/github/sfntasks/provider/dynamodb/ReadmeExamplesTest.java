package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every DynamoDB example of the seed README (aws-stepfunctions-tasks v1, section "DynamoDB", and the PutItem of
 * section "ResultPath"), built with the typed builder and from a workflow file's properties. Expected values:
 * {@code src/test/resources/dynamodb/README.md}.
 */
class ReadmeExamplesTest {

    private static Task workflow(String typeId, String stateName, String properties, StateOptions options) {
        TaskRequest request = new TaskRequest(stateName, typeId, Expected.object("readme/" + properties),
                null, QueryLanguage.JSONPATH, options);
        return switch (typeId) {
            case "dynamodb:getItem" -> new DynamoGetItemProvider().create(request);
            case "dynamodb:putItem" -> new DynamoPutItemProvider().create(request);
            case "dynamodb:deleteItem" -> new DynamoDeleteItemProvider().create(request);
            default -> new DynamoUpdateItemProvider().create(request);
        };
    }

    // README "GetItem": tasks.DynamoGetItem(self, "Get Item", key={"message_id": from_string("message-007")}, table=my_table)
    @Test
    void getItemExampleRendersThroughBuilderAndWorkflow() {
        Task typed = DynamoGetItem.builder("Get Item")
                .key(Map.of("message_id", DynamoAttributeValue.fromString("message-007")))
                .table("MyTable")
                .build();
        Expected.assertRenders(typed, "readme/get-item.expected.json");
        Expected.assertRenders(workflow("dynamodb:getItem", "Get Item", "get-item.properties.json", null),
                "readme/get-item.expected.json");
    }

    // README "ResultPath": tasks.DynamoPutItem(self, "PutItem", item={"MessageId": from_string("message-id")},
    //     table=my_table, result_path="$.Item")
    @Test
    void putItemWithResultPathExampleRendersThroughBuilderAndWorkflow() {
        Task typed = DynamoPutItem.builder("PutItem")
                .item(Map.of("MessageId", DynamoAttributeValue.fromString("message-id")))
                .table("MyTable")
                .resultPath("$.Item")
                .build();
        Expected.assertRenders(typed, "readme/put-item-result-path.expected.json");
        Expected.assertRenders(workflow("dynamodb:putItem", "PutItem", "put-item-result-path.properties.json",
                StateOptions.builder().resultPath("$.Item").build()), "readme/put-item-result-path.expected.json");
    }

    // README "PutItem": item MessageId from_string("message-007"), Text from_string(JsonPath.string_at("$.bar")),
    //     TotalCount from_number(10)
    @Test
    void putItemExampleRendersThroughBuilderAndWorkflow() {
        Map<String, DynamoAttributeValue> item = new LinkedHashMap<>();
        item.put("MessageId", DynamoAttributeValue.fromString("message-007"));
        item.put("Text", DynamoAttributeValue.fromString(JsonPath.stringAt("$.bar")));
        item.put("TotalCount", DynamoAttributeValue.fromNumber(10));
        Task typed = DynamoPutItem.builder("PutItem").item(item).table("MyTable").build();
        Expected.assertRenders(typed, "readme/put-item.expected.json");
        Expected.assertRenders(workflow("dynamodb:putItem", "PutItem", "put-item.properties.json", null),
                "readme/put-item.expected.json");
    }

    // README "DeleteItem": key MessageId from_string("message-007"), table=my_table, result_path=JsonPath.DISCARD
    @Test
    void deleteItemExampleRendersThroughBuilderAndWorkflow() {
        Task typed = DynamoDeleteItem.builder("DeleteItem")
                .key(Map.of("MessageId", DynamoAttributeValue.fromString("message-007")))
                .table("MyTable")
                .resultPath(JsonPath.DISCARD)
                .build();
        Expected.assertRenders(typed, "readme/delete-item.expected.json");
        Expected.assertRenders(workflow("dynamodb:deleteItem", "DeleteItem", "delete-item.properties.json",
                StateOptions.builder().resultPath(JsonPath.DISCARD).build()), "readme/delete-item.expected.json");
    }

    // README "UpdateItem": key MessageId, expression_attribute_values ":val" number_from_string(string_at(
    //     "$.Item.TotalCount.N")), ":rand" from_number(20), update_expression "SET TotalCount = :val + :rand"
    @Test
    void updateItemExampleRendersThroughBuilderAndWorkflow() {
        Task typed = DynamoUpdateItem.builder("UpdateItem")
                .key("MessageId", DynamoAttributeValue.fromString("message-007"))
                .table("MyTable")
                .expressionAttributeValue(":val",
                        DynamoAttributeValue.numberFromString(JsonPath.stringAt("$.Item.TotalCount.N")))
                .expressionAttributeValue(":rand", DynamoAttributeValue.fromNumber(20))
                .updateExpression("SET TotalCount = :val + :rand")
                .build();
        Expected.assertRenders(typed, "readme/update-item.expected.json");
        Expected.assertRenders(workflow("dynamodb:updateItem", "UpdateItem", "update-item.properties.json", null),
                "readme/update-item.expected.json");
    }
}
