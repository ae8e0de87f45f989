package com.example.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntasks.core.deploy.DeploymentOptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CloudFormation and SAM templates this project's build renders (sfn-tasks-maven-plugin, goal {@code render},
 * phase generate-resources: order.yaml added to resources.yaml), read back and linted. Expected values are
 * CloudFormation's for resources of the same template: {@code Ref} of an AWS::DynamoDB::Table is its name and of an
 * AWS::SQS::Queue its URL, {@code GetAtt X.Arn} the ARN of a function, a queue or a log group (their "Return values"
 * in the CloudFormation reference); the grants are those the CDK's LambdaInvoke, DynamoPutItem and SqsSendMessage give,
 * plus AWS's documented logging and X-Ray grants ("IAM policies for CloudWatch Logs / X-Ray" in the Step Functions guide).
 */
class DeployTemplatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CLOUDFORMATION = Path.of("target/sfn-tasks/cloudformation/order/template.yaml");
    private static final Path SAM = Path.of("target/sfn-tasks/sam/order/template.yaml");
    private static final List<String> RESOURCES = List.of("OrderFunctionRole", "OrderFunction", "OrdersTable", "OrdersQueue", "OrderLogs");

    @Test
    void theCloudFormationTemplateAddsTheMachineToTheResourcesAndReferencesThem() throws Exception {
        JsonNode t = read(CLOUDFORMATION);
        for (String id : RESOURCES) {
            assertTrue(t.at("/Resources/" + id + "/Type").isTextual(), "resources.yaml's " + id + " is kept");
        }
        JsonNode machine = t.at("/Resources/StateMachine");
        assertEquals("AWS::StepFunctions::StateMachine", machine.path("Type").asText());
        assertEquals(JSON.readTree("{\"Fn::GetAtt\": [\"StateMachineRole\", \"Arn\"]}"), machine.at("/Properties/RoleArn"));
        JsonNode substitutions = machine.at("/Properties/DefinitionSubstitutions");
        assertReferences(substitutions);
        String definition = machine.at("/Properties/DefinitionString").asText();
        assertTrue(definition.contains("\"${OrderFunctionArn}\"") && definition.contains("\"${OrdersTable}\"")
                && definition.contains("\"${OrdersQueue}\""), definition);
        // Step Functions takes the log group's ARN ending in ":*", which is what GetAtt Arn of a log group returns.
        assertEquals(JSON.readTree("{\"Level\": \"ERROR\", \"IncludeExecutionData\": false, \"Destinations\":"
                + " [{\"CloudWatchLogsLogGroup\": {\"LogGroupArn\": {\"Fn::Sub\": \"${OrderLogs.Arn}\"}}}]}"),
                machine.at("/Properties/LoggingConfiguration"));
        assertEquals(JSON.readTree("{\"Enabled\": true}"), machine.at("/Properties/TracingConfiguration"));
        assertGrants(t.at("/Resources/StateMachineRole/Properties/Policies/0/PolicyDocument/Statement"));
    }

    @Test
    void theSamTemplateIsTheSameMachineAsAServerlessStateMachine() throws Exception {
        JsonNode t = read(SAM);
        assertEquals("AWS::Serverless-2016-10-31", t.path("Transform").asText());
        for (String id : RESOURCES) {
            assertTrue(t.at("/Resources/" + id + "/Type").isTextual(), "resources.yaml's " + id + " is kept");
        }
        JsonNode machine = t.at("/Resources/StateMachine");
        assertEquals("AWS::Serverless::StateMachine", machine.path("Type").asText());
        assertReferences(machine.at("/Properties/DefinitionSubstitutions"));
        assertEquals("Validate order", machine.at("/Properties/Definition/StartAt").asText());
        assertEquals(JSON.readTree("{\"Fn::Sub\": \"${OrderLogs.Arn}\"}"),
                machine.at("/Properties/Logging/Destinations/0/CloudWatchLogsLogGroup/LogGroupArn"));
        assertGrants(machine.at("/Properties/Policies/0/Statement"));
    }

    @Test
    void cfnLintAcceptsBothTemplates() throws Exception {
        CfnLint.Result lint = CfnLint.run(CLOUDFORMATION, SAM);
        assertEquals(0, lint.exitCode(), "cfn-lint found problems:\n" + lint.output());
    }

    private static void assertReferences(JsonNode substitutions) throws IOException {
        assertEquals(JSON.readTree("{\"Fn::GetAtt\": [\"OrderFunction\", \"Arn\"]}"), substitutions.get("OrderFunctionArn"));
        assertEquals(JSON.readTree("{\"Ref\": \"OrdersTable\"}"), substitutions.get("OrdersTable"));
        assertEquals(JSON.readTree("{\"Ref\": \"OrdersQueue\"}"), substitutions.get("OrdersQueue"));
    }

    private static void assertGrants(JsonNode statements) throws IOException {
        Map<String, String> expected = Map.of(
                "dynamodb:PutItem", "{\"Fn::Sub\": \"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${OrdersTable}\"}",
                "lambda:InvokeFunction", "[{\"Fn::Sub\": \"${OrderFunction.Arn}\"}, {\"Fn::Sub\": \"${OrderFunction.Arn}:*\"}]",
                "sqs:SendMessage", "{\"Fn::Sub\": \"${OrdersQueue.Arn}\"}",
                "logs:CreateLogDelivery", "\"*\"",
                "xray:PutTraceSegments", "\"*\"");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            JsonNode found = null;
            for (JsonNode s : statements) {
                JsonNode a = s.get("Action");
                if (a.asText().equals(e.getKey()) || a.isArray() && a.toString().contains("\"" + e.getKey() + "\"")) {
                    found = s;
                }
            }
            assertTrue(found != null, "a statement allows " + e.getKey() + ": " + statements);
            assertEquals("Allow", found.path("Effect").asText());
            assertEquals(JSON.readTree(e.getValue()), found.get("Resource"), e.getKey());
        }
        assertEquals(4, statements.size(), "no other grant: " + statements);
    }

    /** Reads a rendered template back with sfn-tasks' own template reader (YAML, long-form intrinsics). */
    private static JsonNode read(Path file) {
        assertTrue(Files.isRegularFile(file), file + " was rendered by the build (mvn generate-resources)");
        return DeploymentOptions.defaults().withBaseTemplate(file).baseTemplate();
    }
}
