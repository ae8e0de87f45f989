package com.example.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Synthesizes OrderStack and checks that the workflow references the stack's own function, table, queue and log group.
 * The expected values are CloudFormation's for resources of the same template: a function's ARN is
 * {@code Fn::GetAtt [id, Arn]}, {@code Ref} of a table is its name and of a queue its URL (the return values of
 * AWS::DynamoDB::Table and AWS::SQS::Queue), a queue's and a log group's ARN {@code Fn::GetAtt [id, Arn]} (the log
 * group's ends in {@code :*}, as Step Functions' LoggingConfiguration takes it).
 */
class OrderStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theWorkflowReferencesTheFunctionTheTableTheQueueAndTheLogGroupOfItsStack() throws Exception {
        JsonNode template = JSON.valueToTree(Template.fromStack(new OrderStack(new App(), "OrderStack", null)).toJSON());
        String fn = logicalId(template, "AWS::Lambda::Function");
        String table = logicalId(template, "AWS::DynamoDB::Table");
        String queue = logicalId(template, "AWS::SQS::Queue");
        String logs = logicalId(template, "AWS::Logs::LogGroup");
        JsonNode machine = template.get("Resources").get(logicalId(template, "AWS::StepFunctions::StateMachine"));

        // The definition's placeholders, filled in by CloudFormation: ${OrderFunction.Arn} under the key
        // OrderFunctionArn; the queue's ARN is only in the grant.
        assertEquals(JSON.readTree("{\"OrderFunctionArn\": {\"Fn::GetAtt\": [\"" + fn + "\", \"Arn\"]},"
                + " \"OrdersTable\": {\"Ref\": \"" + table + "\"}, \"OrdersQueue\": {\"Ref\": \"" + queue + "\"}}"),
                machine.at("/Properties/DefinitionSubstitutions"));
        // order.yaml's StateMachineOptions: logging (level ERROR, no execution data) to the stack's log group, X-Ray.
        assertEquals(JSON.readTree("{\"Destinations\": [{\"CloudWatchLogsLogGroup\": {\"LogGroupArn\": {\"Fn::GetAtt\": [\""
                + logs + "\", \"Arn\"]}}}], \"IncludeExecutionData\": false, \"Level\": \"ERROR\"}"),
                machine.at("/Properties/LoggingConfiguration"));
        assertEquals(JSON.readTree("{\"Enabled\": true}"), machine.at("/Properties/TracingConfiguration"));

        // The role's grants name the same resources (as the CDK's LambdaInvoke, DynamoPutItem, SqsSendMessage do).
        String role = machine.at("/Properties/RoleArn/Fn::GetAtt/0").asText();
        JsonNode statements = null;
        for (JsonNode r : template.get("Resources")) {
            if (r.path("Type").asText().equals("AWS::IAM::Policy") && r.at("/Properties/Roles/0/Ref").asText().equals(role)) {
                statements = r.at("/Properties/PolicyDocument/Statement");
            }
        }
        assertTrue(statements != null, "the machine's role has a policy");
        String policy = statements.toString();
        assertTrue(policy.contains("{\"Action\":\"lambda:InvokeFunction\",\"Effect\":\"Allow\",\"Resource\":[{\"Fn::GetAtt\":[\""
                + fn + "\",\"Arn\"]},{\"Fn::Join\":[\"\",[{\"Fn::GetAtt\":[\"" + fn + "\",\"Arn\"]},\":*\"]]}]}"), policy);
        assertTrue(policy.contains("{\"Action\":\"dynamodb:PutItem\",\"Effect\":\"Allow\",\"Resource\":{\"Fn::Join\":[\"\",[\"arn:\","
                + "{\"Ref\":\"AWS::Partition\"},\":dynamodb:\",{\"Ref\":\"AWS::Region\"},\":\",{\"Ref\":\"AWS::AccountId\"},"
                + "\":table/\",{\"Ref\":\"" + table + "\"}]]}}"), policy);
        assertTrue(policy.contains("{\"Action\":\"sqs:SendMessage\",\"Effect\":\"Allow\",\"Resource\":{\"Fn::GetAtt\":[\""
                + queue + "\",\"Arn\"]}}"), policy);
        assertTrue(policy.contains("xray:PutTraceSegments"), "tracing's grants: " + policy);
        assertTrue(policy.contains("logs:CreateLogDelivery"), "logging's grants: " + policy);
    }

    @Test
    void cfnLintFindsNoErrorInTheSynthesizedTemplate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("OrderStack.template.json");
        Files.writeString(file, JSON.writeValueAsString(
                Template.fromStack(new OrderStack(new App(), "OrderStack", null)).toJSON()));
        CfnLint.Result lint = CfnLint.run(file);
        // The CDK's own output carries warnings (W3005: a DependsOn that a GetAtt already implies), which are the
        // CDK's, not this project's: errors only.
        assertEquals(0, lint.exitCode() & CfnLint.ERRORS, "cfn-lint found errors:\n" + lint.output());
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
}
