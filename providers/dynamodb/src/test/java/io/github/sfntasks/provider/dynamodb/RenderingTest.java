package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rendering beyond the README: the AWS documentation's examples, every property of each task, JSONata states, whole
 * maps from paths, table ARNs, dynamic tables and placeholder render contexts. Expected values:
 * {@code src/test/resources/dynamodb/README.md}.
 */
class RenderingTest {

    private static Task create(TaskProvider provider, String stateName, String properties, QueryLanguage language,
                               StateOptions options) {
        return provider.create(TaskRequest.of(stateName, provider.typeId(), (ObjectNode) ExpectedJson.read(RenderingTest.class, "/dynamodb/" + properties), null,
                language, options));
    }

    // AWS "Call DynamoDB with Step Functions": the "Read Next Message from DynamoDB" state (JSONPath).
    @Test
    void awsDocsGetItemExampleRendersWithConsistentReadDefault() {
        StateOptions options = StateOptions.builder().resultPath("$.DynamoDB").build();
        ExpectedJson.load(RenderingTest.class, "/dynamodb/aws-docs/get-item-jsonpath.expected.json").assertRenders(create(new DynamoGetItemProvider(), "Read Next Message from DynamoDB",
                "aws-docs/get-item-jsonpath.properties.json", QueryLanguage.JSONPATH, options));
        Task typed = DynamoGetItem.builder("Read Next Message from DynamoDB")
                .table("TransferDataRecords-DDBTable-3I41R5L5EAGT")
                .key("MessageId", DynamoAttributeValue.fromString(JsonPath.stringAt("$.List[0]")))
                .resultPath("$.DynamoDB")
                .build();
        ExpectedJson.load(RenderingTest.class, "/dynamodb/aws-docs/get-item-jsonpath.expected.json").assertRenders(typed);
    }

    // AWS "Call DynamoDB with Step Functions": the same state in a JSONata state machine (Arguments).
    @Test
    void awsDocsJsonataGetItemExampleRendersArguments() {
        ExpectedJson.load(RenderingTest.class, "/dynamodb/aws-docs/get-item-jsonata.expected.json").assertRenders(create(new DynamoGetItemProvider(), "Read next Message from DynamoDB",
                "aws-docs/get-item-jsonata.properties.json", QueryLanguage.JSONATA, null));
        Task typed = DynamoGetItem.builder("Read next Message from DynamoDB")
                .inheritQueryLanguage(QueryLanguage.JSONATA)
                .table("DYNAMO_DB_TABLE_NAME")
                .key("MessageId", DynamoAttributeValue.fromString("{% $List[0] %}"))
                .build();
        ExpectedJson.load(RenderingTest.class, "/dynamodb/aws-docs/get-item-jsonata.expected.json").assertRenders(typed);
    }

    @Test
    void tableFromPathRendersTableNamePathAndGrantsEveryTableOfTheAccount() {
        ExpectedJson.load(RenderingTest.class, "/dynamodb/aws-docs/dynamic-table.expected.json").assertRenders(create(new DynamoDeleteItemProvider(), "Delete", "aws-docs/dynamic-table.properties.json",
                QueryLanguage.JSONPATH, null));
        Task typed = DynamoDeleteItem.builder("Delete")
                .table(JsonPath.stringAt("$.tableName"))
                .key("MessageId", DynamoAttributeValue.fromString(JsonPath.stringAt("$.id")))
                .build();
        ExpectedJson.load(RenderingTest.class, "/dynamodb/aws-docs/dynamic-table.expected.json").assertRenders(typed);
    }

    @Test
    void getItemWithEveryPropertyAndTableArnRendersArnAsTableNameAndGrantsIt() {
        StateOptions options = StateOptions.builder().comment("read an order").build();
        ExpectedJson.load(RenderingTest.class, "/dynamodb/features/get-item-full.expected.json").assertRenders(create(new DynamoGetItemProvider(), "Get order", "features/get-item-full.properties.json",
                QueryLanguage.JSONPATH, options));
        Map<String, DynamoAttributeValue> key = new LinkedHashMap<>();
        key.put("customerId", DynamoAttributeValue.fromString(JsonPath.stringAt("$.customer")));
        key.put("orderNo", DynamoAttributeValue.fromNumber(42));
        Task typed = DynamoGetItem.builder("Get order")
                .comment("read an order")
                .table("arn:aws:dynamodb:eu-west-1:210987654321:table/Orders")
                .key(key)
                .consistentRead(true)
                .expressionAttributeName("#s", "status")
                .expressionAttributeName("#t", "tags")
                .projectionExpression(
                        new DynamoProjectionExpression().withAttribute("#s"),
                        new DynamoProjectionExpression().withAttribute("lines").atIndex(0).withAttribute("sku"),
                        new DynamoProjectionExpression().withAttribute("#t"))
                .returnConsumedCapacity(DynamoConsumedCapacity.TOTAL)
                .build();
        ExpectedJson.load(RenderingTest.class, "/dynamodb/features/get-item-full.expected.json").assertRenders(typed);
    }

    @Test
    void updateItemWithEveryPropertyRendersInTheCdkOrder() {
        ExpectedJson.load(RenderingTest.class, "/dynamodb/features/update-item-full.expected.json").assertRenders(create(new DynamoUpdateItemProvider(), "Count", "features/update-item-full.properties.json",
                QueryLanguage.JSONPATH, null));
        Task typed = DynamoUpdateItem.builder("Count")
                .table("Counters")
                .key("pk", DynamoAttributeValue.fromString("counter"))
                .key("sk", DynamoAttributeValue.fromBinary("AQID"))
                .conditionExpression("attribute_exists(#c) AND #c < :max")
                .expressionAttributeName("#c", "count")
                .expressionAttributeName("#u", JsonPath.stringAt("$.userAttribute"))
                .expressionAttributeValue(":inc", DynamoAttributeValue.fromNumber(1))
                .expressionAttributeValue(":max", DynamoAttributeValue.numberFromString("1000"))
                .expressionAttributeValue(":who", DynamoAttributeValue.fromString(JsonPath.executionName()))
                .returnConsumedCapacity(DynamoConsumedCapacity.INDEXES)
                .returnItemCollectionMetrics(DynamoItemCollectionMetrics.SIZE)
                .returnValues(DynamoReturnValues.UPDATED_NEW)
                .returnValuesOnConditionCheckFailure(DynamoReturnValues.ALL_OLD)
                .updateExpression("SET #c = #c + :inc, #u = :who")
                .build();
        ExpectedJson.load(RenderingTest.class, "/dynamodb/features/update-item-full.expected.json").assertRenders(typed);
    }

    @Test
    void putItemWithEveryAttributeTypeRendersDynamoJson() {
        ExpectedJson.load(RenderingTest.class, "/dynamodb/features/put-item-all-types.expected.json").assertRenders(create(new DynamoPutItemProvider(), "Put everything",
                "features/put-item-all-types.properties.json", QueryLanguage.JSONPATH, null));
        Map<String, DynamoAttributeValue> person = new LinkedHashMap<>();
        person.put("Name", DynamoAttributeValue.fromString("Joe"));
        person.put("Age", DynamoAttributeValue.fromNumber(35));
        person.put("Nick", DynamoAttributeValue.fromString(JsonPath.stringAt("$.nick")));
        Task typed = DynamoPutItem.builder("Put everything")
                .table("Everything")
                .item("id", DynamoAttributeValue.fromString("item-1"))
                .item("name", DynamoAttributeValue.fromString(JsonPath.stringAt("$.name")))
                .item("price", DynamoAttributeValue.fromNumber(new BigDecimal("123.45")))
                .item("count", DynamoAttributeValue.numberFromString(
                        IntrinsicFunction.format("{}", JsonPath.numberAt("$.count"))))
                .item("data", DynamoAttributeValue.fromBinary("dGhpcyB0ZXh0IGlzIGJhc2U2NC1lbmNvZGVk"))
                .item("animals", DynamoAttributeValue.fromStringSet(List.of("Giraffe", "Hippo", "Zebra")))
                .item("tags", DynamoAttributeValue.fromStringSet(JsonPath.listAt("$.tags")))
                .item("measures", DynamoAttributeValue.fromNumberSet(List.of(42.2, -19, 7.5, 3.14)))
                .item("ids", DynamoAttributeValue.numberSetFromStrings(JsonPath.listAt("$.ids")))
                .item("weather", DynamoAttributeValue.fromBinarySet(List.of("U3Vubnk=", "UmFpbnk=", "U25vd3k=")))
                .item("person", DynamoAttributeValue.fromMap(person))
                .item("profile", DynamoAttributeValue.mapFromJsonPath("$.profile"))
                .item("breakfast", DynamoAttributeValue.fromList(List.of(DynamoAttributeValue.fromString("Cookies"),
                        DynamoAttributeValue.fromString("Coffee"), DynamoAttributeValue.fromNumber(3.14159))))
                .item("items", DynamoAttributeValue.listFromJsonPath("$.items"))
                .item("nothing", DynamoAttributeValue.fromNull(true))
                .item("active", DynamoAttributeValue.fromBoolean(true))
                .item("verified", DynamoAttributeValue.booleanFromJsonPath(JsonPath.stringAt("$.verified")))
                .conditionExpression("attribute_not_exists(id)")
                .returnValues(DynamoReturnValues.ALL_OLD)
                .build();
        ExpectedJson.load(RenderingTest.class, "/dynamodb/features/put-item-all-types.expected.json").assertRenders(typed);
    }

    @Test
    void jsonataStateRendersArgumentsWithExpressionsAndGrantsEveryTableForDynamicTable() {
        StateOptions options = StateOptions.builder().queryLanguage(QueryLanguage.JSONATA)
                .output(JsonataExpression.parse("{% $states.result.Attributes %}")).build();
        ExpectedJson.load(RenderingTest.class, "/dynamodb/features/jsonata-put-item.expected.json").assertRenders(create(new DynamoPutItemProvider(), "Put", "features/jsonata-put-item.properties.json",
                QueryLanguage.JSONATA, options));
        Task typed = DynamoPutItem.builder("Put")
                .queryLanguage(QueryLanguage.JSONATA)
                .table("{% $states.input.table %}")
                .item("id", DynamoAttributeValue.fromString("{% $states.input.id %}"))
                .item("total", DynamoAttributeValue.numberFromString("{% $string($states.input.total) %}"))
                .item("tags", DynamoAttributeValue.fromStringSet(List.of("static", "{% $states.input.tag %}")))
                .item("profile", DynamoAttributeValue.mapFromJsonata("{% $states.input.profile %}"))
                .item("lines", DynamoAttributeValue.listFromJsonata("$states.input.lines"))
                .item("paid", DynamoAttributeValue.booleanFromJsonata("{% $states.input.paid %}"))
                .conditionExpression("attribute_not_exists(id)")
                .output(JsonataExpression.of("$states.result.Attributes"))
                .build();
        ExpectedJson.load(RenderingTest.class, "/dynamodb/features/jsonata-put-item.expected.json").assertRenders(typed);
    }

    @Test
    void wholeItemValuesAndConditionFromPathsRenderUnderDotDollarKeys() {
        ExpectedJson.load(RenderingTest.class, "/dynamodb/features/item-from-path.expected.json").assertRenders(create(new DynamoPutItemProvider(), "Put event", "features/item-from-path.properties.json",
                QueryLanguage.JSONPATH, null));
        Task typed = DynamoPutItem.builder("Put event")
                .table("Events")
                .item(JsonPath.objectAt("$.event"))
                .expressionAttributeValues(JsonPath.objectAt("$.values"))
                .conditionExpression(JsonPath.stringAt("$.condition"))
                .build();
        ExpectedJson.load(RenderingTest.class, "/dynamodb/features/item-from-path.expected.json").assertRenders(typed);
    }

    @Test
    void cloudFormationContextKeepsPlaceholdersInResourceAndGrant() {
        Task task = DynamoGetItem.builder("Get").table("MyTable")
                .key("id", DynamoAttributeValue.fromString("x")).build();
        RenderContext cfn = RenderContext.cloudFormation();
        assertEquals("arn:${AWS::Partition}:states:::dynamodb:getItem", task.toState(cfn).get("Resource").textValue());
        JsonNode expected = ExpectedJson.parse("[{\"Effect\":\"Allow\",\"Action\":\"dynamodb:GetItem\","
                + "\"Resource\":\"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/MyTable\"}]");
        assertEquals(expected, ExpectedJson.statements(task, cfn));
    }

    @Test
    void credentialsAddAssumeRoleGrantAfterTheDynamoGrant() {
        Task task = DynamoGetItem.builder("Get").table("MyTable")
                .key("id", DynamoAttributeValue.fromString("x"))
                .credentialsRoleArn("arn:aws:iam::111122223333:role/Reader")
                .build();
        JsonNode expected = ExpectedJson.parse("[{\"Effect\":\"Allow\",\"Action\":\"dynamodb:GetItem\","
                + "\"Resource\":\"arn:aws:dynamodb:us-east-1:123456789012:table/MyTable\"},"
                + "{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"arn:aws:iam::111122223333:role/Reader\"}]");
        assertEquals(expected, ExpectedJson.statements(task, ExpectedJson.CONTEXT));
    }

    @Test
    void toBuilderCopiesEveryProperty() {
        List<Task> tasks = List.of(
                create(new DynamoGetItemProvider(), "G", "features/get-item-full.properties.json", QueryLanguage.JSONPATH, null),
                create(new DynamoUpdateItemProvider(), "U", "features/update-item-full.properties.json", QueryLanguage.JSONPATH, null),
                create(new DynamoPutItemProvider(), "P", "features/put-item-all-types.properties.json", QueryLanguage.JSONPATH, null),
                create(new DynamoDeleteItemProvider(), "D", "aws-docs/dynamic-table.properties.json", QueryLanguage.JSONPATH, null));
        for (Task task : tasks) {
            Task copy = ((ServiceTask) task).toBuilder().build();
            assertEquals(task.toState(ExpectedJson.CONTEXT), copy.toState(ExpectedJson.CONTEXT));
            assertEquals(ExpectedJson.statements(task, ExpectedJson.CONTEXT), ExpectedJson.statements(copy, ExpectedJson.CONTEXT));
        }
    }

    @Test
    void accessorsReturnWhatWasGiven() {
        DynamoUpdateItem task = (DynamoUpdateItem) create(new DynamoUpdateItemProvider(), "U",
                "features/update-item-full.properties.json", QueryLanguage.JSONPATH, null);
        assertEquals(List.of("pk", "sk"), List.copyOf(task.key().keySet()));
        assertEquals(DynamoAttributeValue.fromBinary("AQID"), task.key().get("sk"));
        assertEquals(DynamoReturnValues.UPDATED_NEW, task.returnValues());
        assertEquals(Value.of("SET #c = #c + :inc, #u = :who"), task.updateExpression());
        assertEquals(JsonPath.stringAt("$.userAttribute"), task.expressionAttributeNames().get("#u"));
        assertEquals(List.of(":inc", ":max", ":who"), List.copyOf(task.expressionAttributeValues().keySet()));
        DynamoPutItem put = (DynamoPutItem) create(new DynamoPutItemProvider(), "P",
                "features/item-from-path.properties.json", QueryLanguage.JSONPATH, null);
        assertEquals(JsonPath.of("$.event"), put.dynamicItem());
        assertEquals(null, put.item());
    }
}
