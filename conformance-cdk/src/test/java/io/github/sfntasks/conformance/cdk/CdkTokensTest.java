package io.github.sfntasks.conformance.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.core.graph.Chain;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.graph.TaskState;
import io.github.sfntasks.provider.dynamodb.DynamoAttributeValue;
import io.github.sfntasks.provider.dynamodb.DynamoGetItem;
import io.github.sfntasks.provider.lambda.LambdaInvoke;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.stepfunctions.CfnStateMachine;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A CDK v2 Java app that creates a Lambda function and a DynamoDB table and hands {@code fn.getFunctionArn()} and
 * {@code table.getTableName()} (CDK tokens, {@code ${Token[TOKEN.n]}}) to our typed builders, renders with the
 * stack's own partition, region and account tokens ({@code Aws.PARTITION}...), and puts the definition and the
 * statements into a {@code CfnStateMachine} and a role. The synthesized template must reference the created
 * resources: the definition through {@code Fn::GetAtt [function, Arn]} and {@code Ref table}, the policy the same,
 * exactly where the CDK's own LambdaInvoke and DynamoGetItem put them (the function ARN and {@code ARN:*}; the table
 * ARN built as {@code arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/<name>}).
 */
class CdkTokensTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void functionAndTableTokensFlowThroughOurBuildersIntoTheSynthesizedTemplate() throws Exception {
        App app = CdkRenderer.shared().app();
        Stack stack = new Stack(app, "SfnTasksTokens");
        Function fn = Function.Builder.create(stack, "ValidateFunction").runtime(Runtime.NODEJS_20_X).handler("index.handler")
                .code(Code.fromInline("exports.handler = async () => ({})")).build();
        Table table = Table.Builder.create(stack, "OrdersTable")
                .partitionKey(Attribute.builder().name("id").type(AttributeType.STRING).build()).build();

        LambdaInvoke validate = LambdaInvoke.builder("Validate").lambdaFunction(fn.getFunctionArn()).build();
        DynamoGetItem load = DynamoGetItem.builder("Load").table(table.getTableName())
                .key("id", DynamoAttributeValue.fromString("order-1")).build();
        StateMachine machine = StateMachine.builder(Chain.start(TaskState.of(validate)).next(TaskState.of(load))).build();
        StateMachine.Rendered rendered = machine.render(RenderContext.of(Aws.PARTITION, Aws.REGION, Aws.ACCOUNT_ID));

        Role role = Role.Builder.create(stack, "MachineRole").assumedBy(new ServicePrincipal("states.amazonaws.com")).build();
        for (io.github.sfntasks.api.iam.PolicyStatement s : machine.policy(RenderContext.of(Aws.PARTITION, Aws.REGION, Aws.ACCOUNT_ID))
                .statements()) {
            role.addToPolicy(software.amazon.awscdk.services.iam.PolicyStatement.Builder.create()
                    .actions(s.actions()).resources(s.resources()).build());
        }
        CfnStateMachine.Builder.create(stack, "Machine").roleArn(role.getRoleArn())
                .definitionString(rendered.definitionJson()).build();

        JsonNode template = JSON.valueToTree(Template.fromStack(stack).toJSON());
        String fnId = logicalId(template, "AWS::Lambda::Function");
        String tableId = logicalId(template, "AWS::DynamoDB::Table");

        // The definition: a Fn::Join whose parts hold the function's Arn and the table's Ref.
        JsonNode definition = template.at("/Resources").findValue("DefinitionString");
        List<JsonNode> parts = new ArrayList<>();
        definition.at("/Fn::Join/1").forEach(parts::add);
        assertTrue(parts.contains(getAttArn(fnId)), () -> "the definition names the function: " + definition);
        assertTrue(parts.contains(ref(tableId)), () -> "the definition names the table: " + definition);
        String text = definition.toString();
        assertTrue(!text.contains("${Token["), () -> "no token is left unresolved: " + text);

        // The policy: lambda:InvokeFunction on the function ARN and ARN:* ; dynamodb:GetItem on the table's ARN.
        JsonNode statements = template.at("/Resources").findValue("PolicyDocument").get("Statement");
        JsonNode invoke = statement(statements, "lambda:InvokeFunction");
        assertEquals(getAttArn(fnId), invoke.get("Resource").get(0));
        assertEquals(JSON.readTree("{\"Fn::Join\": [\"\", [{\"Fn::GetAtt\": [\"" + fnId + "\", \"Arn\"]}, \":*\"]]}"),
                invoke.get("Resource").get(1));
        JsonNode get = statement(statements, "dynamodb:GetItem");
        JsonNode tableArn = get.get("Resource");
        assertEquals(JSON.readTree("{\"Fn::Join\": [\"\", [\"arn:\", {\"Ref\": \"AWS::Partition\"}, \":dynamodb:\","
                + " {\"Ref\": \"AWS::Region\"}, \":\", {\"Ref\": \"AWS::AccountId\"}, \":table/\", {\"Ref\": \"" + tableId + "\"}]]}"),
                tableArn);
    }

    private static String logicalId(JsonNode template, String type) {
        for (var it = template.get("Resources").properties().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (type.equals(e.getValue().path("Type").asText())) {
                return e.getKey();
            }
        }
        throw new AssertionError("no " + type + " in " + template);
    }

    private static JsonNode getAttArn(String id) throws Exception {
        return JSON.readTree("{\"Fn::GetAtt\": [\"" + id + "\", \"Arn\"]}");
    }

    private static JsonNode ref(String id) throws Exception {
        return JSON.readTree("{\"Ref\": \"" + id + "\"}");
    }

    private static JsonNode statement(JsonNode statements, String action) {
        for (JsonNode s : statements) {
            JsonNode a = s.get("Action");
            if (a.asText().equals(action) || a.isArray() && a.toString().contains("\"" + action + "\"")) {
                return s;
            }
        }
        throw new AssertionError("no statement for " + action + " in " + statements);
    }
}
