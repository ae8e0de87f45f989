package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.testing.ExpectedJson;
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
        TaskRequest request = TaskRequest.of(stateName, typeId, (ObjectNode) ExpectedJson.read(ReadmeExamplesTest.class, "/dynamodb/readme/" + properties),
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
        ExpectedJson.load(ReadmeExamplesTest.class, "/dynamodb/readme/get-item.expected.json").assertRenders(typed);
        ExpectedJson.load(ReadmeExamplesTest.class, "/dynamodb/readme/get-item.expected.json").assertRenders(workflow("dynamodb:getItem", "Get Item", "get-item.properties.json", null));
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
        ExpectedJson.load(ReadmeExamplesTest.class, "/dynamodb/readme/put-item-result-path.expected.json").assertRenders(typed);
        ExpectedJson.load(ReadmeExamplesTest.class, "/dynamodb/readme/put-item-result-path.expected.json").assertRenders(workflow("dynamodb:putItem", "PutItem", "put-item-result-path.properties.json",
                StateOptions.builder().resultPath("$.Item").build()));
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
        ExpectedJson.load(ReadmeExamplesTest.class, "/dynamodb/readme/put-item.expected.json").assertRenders(typed);
        ExpectedJson.load(ReadmeExamplesTest.class, "/dynamodb/readme/put-item.expected.json").assertRenders(workflow("dynamodb:putItem", "PutItem", "put-item.properties.json", null));
    }

    // README "DeleteItem": key MessageId from_string("message-007"), table=my_table, result_path=JsonPath.DISCARD
    @Test
    void deleteItemExampleRendersThroughBuilderAndWorkflow() {
        Task typed = DynamoDeleteItem.builder("DeleteItem")
                .key(Map.of("MessageId", DynamoAttributeValue.fromString("message-007")))
                .table("MyTable")
                .resultPath(JsonPath.DISCARD)
                .build();
        ExpectedJson.load(ReadmeExamplesTest.class, "/dynamodb/readme/delete-item.expected.json").assertRenders(typed);
        ExpectedJson.load(ReadmeExamplesTest.class, "/dynamodb/readme/delete-item.expected.json").assertRenders(workflow("dynamodb:deleteItem", "DeleteItem", "delete-item.properties.json",
                StateOptions.builder().resultPath(JsonPath.DISCARD).build()));
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
        ExpectedJson.load(ReadmeExamplesTest.class, "/dynamodb/readme/update-item.expected.json").assertRenders(typed);
        ExpectedJson.load(ReadmeExamplesTest.class, "/dynamodb/readme/update-item.expected.json").assertRenders(workflow("dynamodb:updateItem", "UpdateItem", "update-item.properties.json", null));
    }
}
