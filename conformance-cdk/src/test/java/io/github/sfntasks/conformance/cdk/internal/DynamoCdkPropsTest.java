package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkDifferential;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.internal.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DynamoDB differences explain exactly what they document and nothing more. The CDK sides are written from the
 * CDK's source (aws-stepfunctions-tasks/lib/dynamodb, 2.263): {@code TableName: props.table.tableRef.tableName}, the
 * grant on {@code Stack.of(this).formatArn({service: "dynamodb", resource: "table", resourceName: tableName})}, and
 * {@code listFromJsonPath(v)} / {@code booleanFromJsonPath(v)} giving {@code {L: v}} / {@code {BOOL: v}}.
 */
class DynamoCdkPropsTest {

    private static final String OTHER_ACCOUNT_ARN = "arn:aws:dynamodb:eu-west-1:210987654321:table/Orders";
    private static final String STACK_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders";

    private static ObjectNode render(String params, String... statements) {
        return (ObjectNode) Json.read("{\"state\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::dynamodb:putItem\","
                + "\"Parameters\":" + params + "},\"statements\":[" + String.join(",", statements) + "]}");
    }

    private static String grant(String resource) {
        return "{\"Effect\":\"Allow\",\"Action\":\"dynamodb:PutItem\",\"Resource\":\"" + resource + "\"}";
    }

    private static TaskCase request(String properties) {
        return new TaskCase("dynamodb:putItem", "Put", (ObjectNode) Json.read(properties), null, null, null);
    }

    /** Applies the differences that apply, as {@code CdkDifferential.compare} does; returns what is left. */
    private static String left(TaskCase c, ObjectNode ours, ObjectNode cdk) {
        List<AllowedDifference> differences = DynamoCdkProps.differences("dynamodb:putItem", "PutItem", true);
        for (AllowedDifference d : differences) {
            if (d.appliesTo().test(c)) {
                d.normalizer().normalize(c, ours, cdk);
            }
        }
        return CdkDifferential.difference(ours, cdk);
    }

    @Test
    void aTableArnOfAnotherAccountIsTheDocumentedDifferenceAlsoBesideOtherGrants() {
        TaskCase c = request("{\"table\":\"" + OTHER_ACCOUNT_ARN + "\",\"item\":{\"id\":{\"S\":\"1\"}}}");
        String role = "{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"arn:aws:iam::210987654321:role/R\"}";
        ObjectNode ours = render("{\"Item\":{\"id\":{\"S\":\"1\"}},\"TableName\":\"" + OTHER_ACCOUNT_ARN + "\"}",
                grant(OTHER_ACCOUNT_ARN), role);
        ObjectNode cdk = render("{\"Item\":{\"id\":{\"S\":\"1\"}},\"TableName\":\"Orders\"}", grant(STACK_ARN), role);
        assertNotNull(CdkDifferential.difference(ours, cdk));
        assertNull(left(c, ours, cdk));
    }

    @Test
    void aTableArnDoesNotExcuseAnotherTableOrAnotherAction() {
        TaskCase c = request("{\"table\":\"" + OTHER_ACCOUNT_ARN + "\",\"item\":{\"id\":{\"S\":\"1\"}}}");
        ObjectNode ours = render("{\"Item\":{\"id\":{\"S\":\"1\"}},\"TableName\":\"" + OTHER_ACCOUNT_ARN + "\"}",
                grant(OTHER_ACCOUNT_ARN));
        ObjectNode cdk = render("{\"Item\":{\"id\":{\"S\":\"1\"}},\"TableName\":\"Other\"}", grant(STACK_ARN));
        assertTrue(left(c, ours, cdk).contains("TableName"), "a TableName naming another table stays a mismatch");

        ours = render("{\"Item\":{\"id\":{\"S\":\"1\"}},\"TableName\":\"" + OTHER_ACCOUNT_ARN + "\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\",\"Resource\":\"" + OTHER_ACCOUNT_ARN + "\"}");
        cdk = render("{\"Item\":{\"id\":{\"S\":\"1\"}},\"TableName\":\"Orders\"}", grant(STACK_ARN));
        assertTrue(left(c, ours, cdk).startsWith("grants differ"), "a broader action on the ARN stays a mismatch");
    }

    @Test
    void aTableByNameHasNoDocumentedDifference() {
        TaskCase c = request("{\"table\":\"Orders\",\"item\":{\"id\":{\"S\":\"1\"}}}");
        ObjectNode ours = render("{\"Item\":{\"id\":{\"S\":\"1\"}},\"TableName\":\"Orders\"}", grant(OTHER_ACCOUNT_ARN));
        ObjectNode cdk = render("{\"Item\":{\"id\":{\"S\":\"1\"}},\"TableName\":\"Orders\"}", grant(STACK_ARN));
        assertTrue(left(c, ours, cdk).startsWith("grants differ"));
    }

    @Test
    void listAndBooleanPathsKeepTheirDollarWhereTheCdkDropsIt() {
        TaskCase c = request("{\"table\":\"Orders\",\"item\":{\"tags\":{\"L.$\":\"$.tags\"},"
                + "\"m\":{\"M\":{\"on\":{\"BOOL.$\":\"$.on\"}}}}}");
        ObjectNode ours = render("{\"Item\":{\"tags\":{\"L.$\":\"$.tags\"},\"m\":{\"M\":{\"on\":{\"BOOL.$\":\"$.on\"}}}},"
                + "\"TableName\":\"Orders\"}", grant(STACK_ARN));
        ObjectNode cdk = render("{\"Item\":{\"tags\":{\"L\":\"$.tags\"},\"m\":{\"M\":{\"on\":{\"BOOL\":\"$.on\"}}}},"
                + "\"TableName\":\"Orders\"}", grant(STACK_ARN));
        assertNull(left(c, ours, cdk));
    }

    @Test
    void listPathsMustStillBeTheSamePath() {
        TaskCase c = request("{\"table\":\"Orders\",\"item\":{\"tags\":{\"L.$\":\"$.tags\"},\"s\":{\"S.$\":\"$.s\"}}}");
        ObjectNode ours = render("{\"Item\":{\"tags\":{\"L.$\":\"$.tags\"}},\"TableName\":\"Orders\"}", grant(STACK_ARN));
        ObjectNode cdk = render("{\"Item\":{\"tags\":{\"L\":\"$.other\"}},\"TableName\":\"Orders\"}", grant(STACK_ARN));
        assertNotNull(left(c, ours, cdk));

        // S.$ is rendered alike by both (JsonPath.stringAt): no excuse for "S"
        ours = render("{\"Item\":{\"s\":{\"S.$\":\"$.s\"}},\"TableName\":\"Orders\"}", grant(STACK_ARN));
        cdk = render("{\"Item\":{\"s\":{\"S\":\"$.s\"}},\"TableName\":\"Orders\"}", grant(STACK_ARN));
        assertNotNull(left(c, ours, cdk));
    }

    @Test
    void onlyTheWriteTasksTakeListAndBooleanPaths() {
        assertEquals(List.of("table-arn-as-given"),
                DynamoCdkProps.differences("dynamodb:getItem", "GetItem", false).stream().map(AllowedDifference::id).toList());
        assertFalse(DynamoCdkProps.differences("dynamodb:getItem", "GetItem", false).get(0).source().isBlank());
    }
}
