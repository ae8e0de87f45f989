package io.github.sfntasks.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.core.graph.Chain;
import io.github.sfntasks.core.workflow.WorkflowException;
import io.github.sfntasks.provider.dynamodb.DynamoAttributeValue;
import io.github.sfntasks.provider.dynamodb.DynamoPutItem;
import io.github.sfntasks.provider.lambda.LambdaInvoke;
import io.github.sfntasks.provider.sqs.SqsSendMessage;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sqs.Queue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Synthesizes stacks through jsii (one Node.js kernel for the class) and reads the CloudFormation template. Every
 * expected value is what the CloudFormation the CDK emits for a resource created in the same stack must be: a
 * function's ARN is {@code Fn::GetAtt [id, Arn]}, a table's name and a queue's URL are {@code Ref id} (the
 * CloudFormation return values of AWS::DynamoDB::Table and AWS::SQS::Queue), a queue's ARN {@code Fn::GetAtt [id, Arn]};
 * grants are the ones the CDK's own tasks give (aws-stepfunctions-tasks: LambdaInvoke grants
 * {@code lambda:InvokeFunction} on the function and {@code <arn>:*}; DynamoPutItem {@code dynamodb:PutItem} on the
 * table ARN built with {@code Stack.formatArn}; SqsSendMessage {@code sqs:SendMessage} on the queue ARN).
 */
class SfnTasksStateMachineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final class Resources {
        final Stack stack;
        final Function fn;
        final Table table;
        final Queue queue;

        Resources() {
            stack = new Stack(new App(), "Orders");
            fn = Function.Builder.create(stack, "ValidateFunction").runtime(Runtime.NODEJS_24_X).handler("index.handler")
                    .code(Code.fromInline("exports.handler = async () => ({})")).build();
            table = Table.Builder.create(stack, "OrdersTable")
                    .partitionKey(Attribute.builder().name("id").type(AttributeType.STRING).build()).build();
            queue = Queue.Builder.create(stack, "OrdersQueue").build();
        }
    }

    @Test
    void tokensOfTheTypedBuildersReferenceTheStacksResourcesInDefinitionAndPolicy() throws Exception {
        Resources r = new Resources();
        SfnTasksStateMachine machine = SfnTasksStateMachine.Builder.create(r.stack, "OrderWorkflow")
                // As the README's "Deploy with the CDK" shows it, plus a queue.
                .definition(Chain.start(LambdaInvoke.builder("Validate").lambdaFunction(r.fn.getFunctionArn()).build())
                        .next(DynamoPutItem.builder("Save").table(r.table.getTableName())
                                .item("id", DynamoAttributeValue.fromString(JsonPath.stringAt("$.id"))).build())
                        .next(SqsSendMessage.builder("Announce").queue(r.queue.getQueueUrl())
                                .queueArn(r.queue.getQueueArn()).messageBody(TaskInput.fromJsonPathAt("$")).build()))
                .build();
        JsonNode template = template(r.stack);
        String fnId = logicalId(template, "AWS::Lambda::Function");
        String tableId = logicalId(template, "AWS::DynamoDB::Table");
        String queueId = logicalId(template, "AWS::SQS::Queue");
        JsonNode sm = resource(template, "AWS::StepFunctions::StateMachine");
        String roleId = sm.at("/Properties/RoleArn/Fn::GetAtt/0").asText();

        // The definition: a Fn::Join (the CDK's rendering of a string holding tokens) naming the three resources.
        JsonNode definition = sm.at("/Properties/DefinitionString");
        List<JsonNode> parts = new ArrayList<>();
        definition.at("/Fn::Join/1").forEach(parts::add);
        assertTrue(parts.contains(getAtt(fnId, "Arn")), () -> "the definition names the function: " + definition);
        assertTrue(parts.contains(ref(tableId)), () -> "the definition names the table: " + definition);
        assertTrue(parts.contains(ref(queueId)), () -> "the definition names the queue by URL: " + definition);
        assertFalse(definition.toString().contains("${Token["), () -> "no token is left unresolved: " + definition);
        assertTrue(sm.at("/Properties/DefinitionSubstitutions").isMissingNode(), "no substitution was needed");

        // The role: assumed by Step Functions, and the machine's.
        JsonNode role = template.at("/Resources/" + roleId);
        assertEquals("states.amazonaws.com",
                role.at("/Properties/AssumeRolePolicyDocument/Statement/0/Principal/Service").asText(), role::toString);
        assertEquals(getAtt(roleId, "Arn"), sm.at("/Properties/RoleArn"), sm::toString);

        // The policy, attached to that role.
        JsonNode policy = resource(template, "AWS::IAM::Policy");
        assertEquals(ref(roleId), policy.at("/Properties/Roles/0"));
        JsonNode statements = policy.at("/Properties/PolicyDocument/Statement");
        JsonNode invoke = statement(statements, "lambda:InvokeFunction");
        assertEquals(JSON.readTree("[{\"Fn::GetAtt\": [\"" + fnId + "\", \"Arn\"]},"
                + " {\"Fn::Join\": [\"\", [{\"Fn::GetAtt\": [\"" + fnId + "\", \"Arn\"]}, \":*\"]]}]"), invoke.get("Resource"));
        assertEquals(tableArn(tableId), statement(statements, "dynamodb:PutItem").get("Resource"));
        assertEquals(getAtt(queueId, "Arn"), statement(statements, "sqs:SendMessage").get("Resource"));
        assertEquals(3, statements.size(), statements::toString);

        assertEquals("Validate", machine.getDefinition().get("StartAt").asText());
        assertTrue(machine.getWarnings().isEmpty(), () -> machine.getWarnings().toString());
    }

    @Test
    void aWorkflowFilesPlaceholdersBecomeDefinitionSubstitutionsAndGrantsOnTheirValues() throws Exception {
        Resources r = new Resources();
        SfnTasksStateMachine.Builder.create(r.stack, "OrderWorkflow")
                .workflowFile(Path.of("src/test/resources/orders-placeholders.yaml"))
                .substitution("OrdersTable", r.table.getTableName())
                .substitution("OrdersQueueUrl", r.queue.getQueueUrl())
                .substitution("OrdersQueueArn", r.queue.getQueueArn())
                .build();
        JsonNode template = template(r.stack);
        String tableId = logicalId(template, "AWS::DynamoDB::Table");
        String queueId = logicalId(template, "AWS::SQS::Queue");
        JsonNode sm = resource(template, "AWS::StepFunctions::StateMachine");

        // The definition keeps ${OrdersTable} and ${OrdersQueueUrl}, which CloudFormation fills in from
        // DefinitionSubstitutions; the queue's ARN is grant-only (queueArn), so it is no substitution of the definition.
        String definition = sm.at("/Properties/DefinitionString").toString();
        assertTrue(definition.contains("${OrdersTable}") && definition.contains("${OrdersQueueUrl}"), definition);
        assertEquals(JSON.readTree("{\"OrdersTable\": {\"Ref\": \"" + tableId + "\"}, \"OrdersQueueUrl\": {\"Ref\": \""
                + queueId + "\"}}"), sm.at("/Properties/DefinitionSubstitutions"));

        // The grants take the values themselves: an IAM policy has no substitutions.
        JsonNode statements = resource(template, "AWS::IAM::Policy").at("/Properties/PolicyDocument/Statement");
        assertEquals(tableArn(tableId), statement(statements, "dynamodb:PutItem").get("Resource"));
        assertEquals(getAtt(queueId, "Arn"), statement(statements, "sqs:SendMessage").get("Resource"));
    }

    @Test
    void aGrantPlaceholderWithoutValueAndAnUnusedSubstitutionAreReportedTogetherAndAddNothing() {
        Resources r = new Resources();
        SfnTasksException e = assertThrows(SfnTasksException.class, () -> SfnTasksStateMachine.Builder.create(r.stack, "OrderWorkflow")
                .workflowFile("src/test/resources/orders-placeholders.yaml")
                .substitution("OrdersQueueUrl", r.queue.getQueueUrl())
                .substitution("OrdersQueueArn", r.queue.getQueueArn())
                .substitution("OrderTable", r.table.getTableName()) // a typo: the placeholder is OrdersTable
                .build());
        assertEquals(ErrorCode.UNRESOLVED_PLACEHOLDER, e.code());
        assertTrue(e.getMessage().contains("${OrdersTable} in the grant of dynamodb:PutItem has no value"), e::getMessage);
        assertTrue(e.getMessage().contains("substitution \"OrderTable\" names no placeholder"), e::getMessage);
        assertTrue(r.stack.getNode().tryFindChild("OrderWorkflow") == null, "nothing was added to the stack");
    }

    @Test
    void optionsMapOntoTheStateMachineAndTheCdkAddsTheirGrants() throws Exception {
        Resources r = new Resources();
        LogGroup logs = LogGroup.Builder.create(r.stack, "OrderLogs").build();
        SfnTasksStateMachine.Builder.create(r.stack, "OrderWorkflow")
                .definition(LambdaInvoke.builder("Validate").lambdaFunction(r.fn.getFunctionArn()).build())
                .options(SfnTasksOptions.builder().type(SfnTasksOptions.Type.EXPRESS)
                        .logs(logs, SfnTasksOptions.LogLevel.ALL, true).tracing(true).stateMachineName("orders").build())
                .build();
        JsonNode template = template(r.stack);
        JsonNode props = resource(template, "AWS::StepFunctions::StateMachine").get("Properties");
        assertEquals("EXPRESS", props.get("StateMachineType").asText());
        assertEquals("orders", props.get("StateMachineName").asText());
        assertEquals(JSON.readTree("{\"Enabled\": true}"), props.get("TracingConfiguration"));
        assertEquals(JSON.readTree("{\"Destinations\": [{\"CloudWatchLogsLogGroup\": {\"LogGroupArn\": {\"Fn::GetAtt\": [\""
                + logicalId(template, "AWS::Logs::LogGroup") + "\", \"Arn\"]}}}], \"IncludeExecutionData\": true, \"Level\": \"ALL\"}"),
                props.get("LoggingConfiguration"));
        // AWS: "IAM policies for CloudWatch Logs" (logs:CreateLogDelivery...) and "IAM policies for X-Ray"
        // (xray:PutTraceSegments...) for Step Functions; the CDK StateMachine adds both to the role we gave it.
        JsonNode statements = resource(template, "AWS::IAM::Policy").at("/Properties/PolicyDocument/Statement");
        statement(statements, "logs:CreateLogDelivery");
        statement(statements, "xray:PutTraceSegments");
        statement(statements, "lambda:InvokeFunction");
    }

    @Test
    void theMachinesOwnOptionsMapOntoTheStateMachineAsOptionsDo() throws Exception {
        // The options of the core model (a workflow file's StateMachineOptions section) reach the CDK StateMachine
        // as SfnTasksOptions do: AWS::StepFunctions::StateMachine's StateMachineType, StateMachineName and
        // TracingConfiguration; the CDK adds the X-Ray grants itself (so our own are not added twice).
        Resources r = new Resources();
        io.github.sfntasks.core.graph.StateMachine machine = io.github.sfntasks.core.graph.StateMachine
                .builder(LambdaInvoke.builder("Validate").lambdaFunction(r.fn.getFunctionArn()).build())
                .options(io.github.sfntasks.core.graph.StateMachineOptions.builder()
                        .stateMachineType(io.github.sfntasks.core.graph.StateMachineOptions.Type.EXPRESS)
                        .tracingEnabled(true).stateMachineName("orders").build())
                .build();
        SfnTasksStateMachine.Builder.create(r.stack, "OrderWorkflow").stateMachine(machine).build();
        JsonNode template = template(r.stack);
        JsonNode props = resource(template, "AWS::StepFunctions::StateMachine").get("Properties");
        assertEquals("EXPRESS", props.get("StateMachineType").asText());
        assertEquals("orders", props.get("StateMachineName").asText());
        assertEquals(JSON.readTree("{\"Enabled\": true}"), props.get("TracingConfiguration"));
        JsonNode statements = resource(template, "AWS::IAM::Policy").at("/Properties/PolicyDocument/Statement");
        long xray = 0;
        for (JsonNode st : statements) {
            if (st.get("Action").toString().contains("xray:PutTraceSegments")) {
                xray++;
            }
        }
        assertEquals(1, xray, statements::toString);

        Resources r2 = new Resources();
        assertThrows(IllegalArgumentException.class, () -> SfnTasksStateMachine.Builder.create(r2.stack, "OrderWorkflow")
                .stateMachine(machine).options(SfnTasksOptions.builder().tracing(true).build()).build());
    }

    @Test
    void placeholdersOfTheMachinesOwnOptionsTakeTheirValuesAndDottedNamesBecomePlainKeys() throws Exception {
        // examples/deploy/order.yaml's shape: ${OrderFunction.Arn}, ${OrdersQueue.Arn} and a StateMachineOptions
        // section whose log destination and KMS key are resources of the same stack. Expected, from CloudFormation's
        // AWS::StepFunctions::StateMachine reference: LoggingConfiguration's LogGroupArn is the log group's ARN as
        // given (GetAtt Arn of an AWS::Logs::LogGroup already ends in ":*", which Step Functions requires; nothing is
        // appended), EncryptionConfiguration's KmsKeyId the key's ARN, and DefinitionSubstitutions' keys are the
        // definition's own placeholders (letters and digits: OrderFunction.Arn -> OrderFunctionArn).
        Resources r = new Resources();
        LogGroup logs = LogGroup.Builder.create(r.stack, "OrderLogs").build();
        software.amazon.awscdk.services.kms.Key key = software.amazon.awscdk.services.kms.Key.Builder.create(r.stack, "OrderKey").build();
        SfnTasksStateMachine.Builder.create(r.stack, "OrderWorkflow")
                .workflowFile("src/test/resources/orders-options.yaml")
                .substitution("OrderFunction.Arn", r.fn.getFunctionArn())
                .substitution("OrdersQueue", r.queue.getQueueUrl())
                .substitution("OrdersQueue.Arn", r.queue.getQueueArn())
                .substitution("OrderLogs.Arn", logs.getLogGroupArn())
                .substitution("OrderKey.Arn", key.getKeyArn())
                .build();
        JsonNode template = template(r.stack);
        String fnId = logicalId(template, "AWS::Lambda::Function");
        String queueId = logicalId(template, "AWS::SQS::Queue");
        JsonNode props = resource(template, "AWS::StepFunctions::StateMachine").get("Properties");

        assertEquals(JSON.readTree("{\"OrderFunctionArn\": " + getAtt(fnId, "Arn") + ", \"OrdersQueue\": "
                + ref(queueId) + "}"), props.get("DefinitionSubstitutions"));
        String definition = props.get("DefinitionString").toString();
        assertTrue(definition.contains("${OrderFunctionArn}") && !definition.contains("${OrderFunction.Arn}"), definition);
        assertEquals(JSON.readTree("{\"Destinations\": [{\"CloudWatchLogsLogGroup\": {\"LogGroupArn\": "
                + getAtt(logicalId(template, "AWS::Logs::LogGroup"), "Arn") + "}}], \"IncludeExecutionData\": false,"
                + " \"Level\": \"ERROR\"}"), props.get("LoggingConfiguration"));
        assertEquals(JSON.readTree("{\"Type\": \"CUSTOMER_MANAGED_KMS_KEY\", \"KmsKeyId\": "
                + getAtt(logicalId(template, "AWS::KMS::Key"), "Arn") + ", \"KmsDataKeyReusePeriodSeconds\": 120}"),
                props.get("EncryptionConfiguration"));
        assertEquals(JSON.readTree("{\"Enabled\": true}"), props.get("TracingConfiguration"));
        JsonNode statements = resource(template, "AWS::IAM::Policy").at("/Properties/PolicyDocument/Statement");
        assertEquals(getAtt(queueId, "Arn"), statement(statements, "sqs:SendMessage").get("Resource"));
        statement(statements, "logs:CreateLogDelivery");
        statement(statements, "kms:GenerateDataKey");
    }

    @Test
    void anOptionsPlaceholderWithoutValueIsReported() {
        Resources r = new Resources();
        SfnTasksException e = assertThrows(SfnTasksException.class, () -> SfnTasksStateMachine.Builder.create(r.stack, "W")
                .workflowFile("src/test/resources/orders-options.yaml")
                .substitution("OrderFunction.Arn", r.fn.getFunctionArn())
                .substitution("OrdersQueue", r.queue.getQueueUrl())
                .substitution("OrdersQueue.Arn", r.queue.getQueueArn())
                .build());
        assertTrue(e.getMessage().contains("${OrderLogs.Arn} in the log destination has no value"), e::getMessage);
        assertTrue(e.getMessage().contains("${OrderKey.Arn} in the KMS key has no value"), e::getMessage);
        assertTrue(r.stack.getNode().tryFindChild("W") == null, "nothing was added to the stack");
    }

    @Test
    void aBrokenWorkflowFileFailsWithItsLocatedProblems() {
        Resources r = new Resources();
        WorkflowException e = assertThrows(WorkflowException.class, () -> SfnTasksStateMachine.Builder.create(r.stack, "W")
                .workflowFile("src/test/resources/broken.yaml").build());
        String message = e.getMessage();
        assertTrue(message.contains("broken.yaml:5:"), message);
        assertTrue(message.contains("Save order"), message);
    }

    @Test
    void exactlyOneSourceOfStatesIsRequired() {
        Resources r = new Resources();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SfnTasksStateMachine.Builder.create(r.stack, "W").build());
        assertTrue(e.getMessage().contains("exactly one of"), e::getMessage);
        assertThrows(IllegalArgumentException.class,
                () -> SfnTasksStateMachine.Builder.create(r.stack, "W").substitution("AWS::Region", "x"));
        assertThrows(IllegalArgumentException.class, () -> SfnTasksOptions.builder().stateMachineName("no spaces").build());
    }

    private static JsonNode template(Stack stack) {
        return JSON.valueToTree(Template.fromStack(stack).toJSON());
    }

    /** The table ARN as the CDK's Stack.formatArn builds it for a table given by name. */
    private static JsonNode tableArn(String tableId) throws Exception {
        return JSON.readTree("{\"Fn::Join\": [\"\", [\"arn:\", {\"Ref\": \"AWS::Partition\"}, \":dynamodb:\","
                + " {\"Ref\": \"AWS::Region\"}, \":\", {\"Ref\": \"AWS::AccountId\"}, \":table/\", {\"Ref\": \"" + tableId + "\"}]]}");
    }

    private static String logicalId(JsonNode template, String type) {
        String found = null;
        for (var it = template.get("Resources").properties().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (type.equals(e.getValue().path("Type").asText())) {
                if (found != null) {
                    throw new AssertionError("two " + type + " in " + template);
                }
                found = e.getKey();
            }
        }
        if (found == null) {
            throw new AssertionError("no " + type + " in " + template);
        }
        return found;
    }

    private static JsonNode resource(JsonNode template, String type) {
        return template.get("Resources").get(logicalId(template, type));
    }

    private static JsonNode getAtt(String id, String attribute) throws Exception {
        return JSON.readTree("{\"Fn::GetAtt\": [\"" + id + "\", \"" + attribute + "\"]}");
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
