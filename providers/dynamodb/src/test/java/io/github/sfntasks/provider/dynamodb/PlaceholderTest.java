package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Placeholders in {@code table}, for the four item tasks. Expected values are written from the AWS CDK's rules, not
 * taken from a render: the CDK renders {@code TableName: table.tableName} and grants
 * {@code Stack.formatArn({service: "dynamodb", resource: "table", resourceName: tableName})}, i.e.
 * {@code arn:<partition>:dynamodb:<region>:<account>:table/<token>}; so a whole placeholder is the table's name. A
 * CloudFormation {@code ${X.Arn}} is the ARN ({@code Fn::GetAtt X.Arn}) and is granted as it is.
 */
class PlaceholderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RenderContext CFN = RenderContext.cloudFormation();
    private static final RenderContext AWS = RenderContext.of("aws", "us-east-1", "123456789012");
    private static final String ARN = "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${OrdersTable}";

    /** Each task, built on a table, with its action. */
    private record Kind(String action, Function<String, DynamoItemTask> build, TaskProvider provider, String properties) {
    }

    private static final DynamoAttributeValue ID = DynamoAttributeValue.fromString("o-1");
    private static final List<Kind> KINDS = List.of(
            new Kind("GetItem", t -> DynamoGetItem.builder("Get").table(t).key("id", ID).build(), new DynamoGetItemProvider(),
                    "{\"key\": {\"id\": {\"S\": \"o-1\"}}}"),
            new Kind("PutItem", t -> DynamoPutItem.builder("Get").table(t).item("id", ID).build(), new DynamoPutItemProvider(),
                    "{\"item\": {\"id\": {\"S\": \"o-1\"}}}"),
            new Kind("DeleteItem", t -> DynamoDeleteItem.builder("Get").table(t).key("id", ID).build(), new DynamoDeleteItemProvider(),
                    "{\"key\": {\"id\": {\"S\": \"o-1\"}}}"),
            new Kind("UpdateItem", t -> DynamoUpdateItem.builder("Get").table(t).key("id", ID).updateExpression("SET a = :a")
                    .expressionAttributeValue(":a", ID).build(), new DynamoUpdateItemProvider(),
                    "{\"key\": {\"id\": {\"S\": \"o-1\"}}, \"updateExpression\": \"SET a = :a\","
                            + " \"expressionAttributeValues\": {\":a\": {\"S\": \"o-1\"}}}"));

    private static String tableArn(RenderContext c, String name) {
        return "arn:" + c.partition() + ":dynamodb:" + c.region() + ":" + c.account() + ":table/" + name;
    }

    @Test
    void aPlaceholderNameRendersUntouchedAndIsGrantedInTheTableArn() {
        for (Kind k : KINDS) {
            for (RenderContext c : List.of(CFN, AWS)) {
                for (String name : List.of("${OrdersTable}", "${Token[TOKEN.42]}", "orders-${Stage}")) {
                    DynamoItemTask task = k.build.apply(name);
                    assertEquals(name, task.toState(c).at("/Parameters/TableName").textValue(), k.action);
                    assertEquals(List.of(PolicyStatement.allow("dynamodb:" + k.action, tableArn(c, name))),
                            task.policyStatements(c), k.action + " " + name);
                    assertEquals(List.of(), task.warnings(c));
                }
            }
        }
    }

    @Test
    void anArnPlaceholderIsRenderedAndGrantedAsItIs() {
        for (Kind k : KINDS) {
            for (RenderContext c : List.of(CFN, AWS)) {
                for (String arn : List.of("${Orders.Arn}", ARN)) {
                    DynamoItemTask task = k.build.apply(arn);
                    assertEquals(arn, task.toState(c).at("/Parameters/TableName").textValue());
                    assertEquals(List.of(PolicyStatement.allow("dynamodb:" + k.action, arn)), task.policyStatements(c));
                }
            }
        }
    }

    @Test
    void aWorkflowFileReachesTheSameTask() throws Exception {
        for (Kind k : KINDS) {
            for (String table : List.of("${OrdersTable}", "${Token[TOKEN.42]}", "orders-${Stage}", ARN)) {
                ObjectNode props = (ObjectNode) JSON.readTree(k.properties);
                props.put("table", table);
                Task read = k.provider.create(TaskRequest.of("Get", props));
                DynamoItemTask built = k.build.apply(table);
                assertEquals(built.toState(CFN), read.toState(CFN));
                assertEquals(built.policyStatements(CFN), read.policyStatements(CFN));
            }
        }
    }

    @Test
    void aWildcardInAnyPositionOfTheTableIsRefusedNamingStateAndProperty() {
        for (String bad : List.of("arn:*:dynamodb:us-east-1:123456789012:table/Orders",
                "arn:aws:dynamodb:*:123456789012:table/Orders", "arn:aws:dynamodb:us-east-1:*:table/Orders",
                "arn:aws:dynamodb:us-east-1:123456789012:table/*", "arn:aws:dynamodb:us-?:123456789012:table/Orders",
                "arn:${AWS::Partition}:dynamodb:${AWS::Region}:*:table/${OrdersTable}", "orders-${Stage}*", "${Orders}?")) {
            for (Kind k : KINDS) {
                TaskValidationException e = assertThrows(TaskValidationException.class, () -> k.build.apply(bad), bad);
                assertEquals("table", e.property(), bad);
                assertEquals("Get", e.stateName(), bad);
            }
        }
    }

    @Test
    void theLiteralPartsAroundPlaceholdersAreChecked() {
        for (String bad : List.of("orders table-${Stage}", "arn:aws:sqs:us-east-1:123456789012:${Queue}",
                "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:stream/${X}", "${!OrdersTable}")) {
            TaskValidationException e = assertThrows(TaskValidationException.class, () -> KINDS.get(0).build.apply(bad), bad);
            assertEquals("table", e.property(), bad);
        }
    }

    @Test
    void aTableChosenAtRunTimeIsGrantedAccountWideWithAWarning() {
        DynamoGetItem task = DynamoGetItem.builder("Get").table(JsonPath.stringAt("$.table")).key("id", ID).build();
        assertEquals(List.of(PolicyStatement.allow("dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:123456789012:table/*")),
                task.policyStatements(AWS));
        List<TaskWarning> w = task.warnings(AWS);
        assertEquals(1, w.size());
        assertEquals(WarningCode.WIDENED_GRANT, w.get(0).code());
        assertEquals("Get", w.get(0).stateName());
        assertEquals("table", w.get(0).property());
    }

    @Test
    void theSchemasAdmitPlaceholdersAndNameTheResource() {
        for (Kind k : KINDS) {
            ObjectNode s = k.provider.propertiesSchema();
            assertEquals("dynamodb:table/", s.at("/properties/table/anyOf/0/x-sfn-resource").textValue(), k.action);
            Pattern p = Pattern.compile(s.at("/properties/table/anyOf/0/anyOf/1/pattern").textValue());
            for (String t : List.of("${OrdersTable}", "${Token[TOKEN.42]}", "orders-${Stage}", ARN)) {
                assertTrue(p.matcher(t).find(), t);
            }
        }
    }
}
