package io.github.sfntasks.benchmarks.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comparison itself, on templates written here in the shape the CDK synthesizes (an environment-specific
 * stack: ARNs of the stack's own partition as {@code Fn::Join} with {@code Ref AWS::Partition}, the definition
 * as one {@code DefinitionString}, the role's grants in an {@code AWS::IAM::Policy}). The comparison with the
 * real CDK apps is {@code CdkMixParityTest}, which needs Node and the npm installs.
 */
class MixCheckTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RenderContext CONTEXT = RenderContext.of("aws", "us-east-1", "123456789012");
    private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:fn-0";

    /**
     * Task 0 of the mix as the CDK v2's LambdaInvoke renders it (aws-stepfunctions-tasks/lib/lambda/invoke.ts):
     * the function's ARN as FunctionName, the payload path, the built-in retrier (4 errors, 2 s, 6 attempts,
     * back-off 2), and lambda:InvokeFunction on the function and its versions ({@code fn}, {@code fn:*}).
     */
    private static final String LAMBDA_STATE = """
            {"End": true,
             "Retry": [{"ErrorEquals": ["Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException",
                        "Lambda.AWSLambdaException", "Lambda.SdkClientException"],
                        "IntervalSeconds": 2, "MaxAttempts": 6, "BackoffRate": 2}],
             "Type": "Task",
             "Resource": "arn:aws:states:::lambda:invoke",
             "Parameters": {"FunctionName": "%s", "Payload.$": "$.order"}}
            """;
    private static final String LAMBDA_GRANT = """
            [{"Action": "lambda:InvokeFunction", "Effect": "Allow", "Resource": ["%1$s", "%1$s:*"]}]
            """.formatted(FN);

    @Test
    void resolvesJoinsAndThePseudoParameters() throws Exception {
        JsonNode node = MAPPER.readTree("""
                {"a": {"Fn::Join": ["", ["https://sqs.", {"Ref": "AWS::Region"}, ".", {"Ref": "AWS::URLSuffix"}, "/",
                                         {"Ref": "AWS::AccountId"}, "/q"]]},
                 "b": [{"Fn::Join": [":", ["arn", {"Ref": "AWS::Partition"}, "sns"]]}]}
                """);
        JsonNode resolved = MixCheck.resolve(node, CONTEXT);
        assertEquals("https://sqs.us-east-1.amazonaws.com/123456789012/q", resolved.get("a").asText());
        assertEquals("arn:aws:sns", resolved.get("b").get(0).asText());
    }

    @Test
    void refusesReferencesToResources() throws Exception {
        assertThrows(IllegalArgumentException.class,
                () -> MixCheck.resolve(MAPPER.readTree("{\"Ref\": \"Queue4D5A7\"}"), CONTEXT));
        assertThrows(IllegalArgumentException.class,
                () -> MixCheck.resolve(MAPPER.readTree("{\"Fn::GetAtt\": [\"Queue4D5A7\", \"Arn\"]}"), CONTEXT));
    }

    @Test
    void theFirstTaskOfTheMixIsTheCdksLambdaInvoke() throws Exception {
        MixCheck.Result result = MixCheck.compare(1, template(oneState(LAMBDA_STATE.formatted(FN)), LAMBDA_GRANT), false);
        assertTrue(result.same(), result.differences().toString());
        assertTrue(result.report().contains(
                "per state: Resource the same in 1/1, Parameters in 1/1, the whole state in 1/1"), result.report().toString());
    }

    @Test
    void reportsAParameterThatDiffers() throws Exception {
        MixCheck.Result result = MixCheck.compare(1,
                template(oneState(LAMBDA_STATE.formatted(FN.replace("fn-0", "fn-1"))), LAMBDA_GRANT), false);
        assertFalse(result.same());
        assertEquals(1, result.differences().size(), result.differences().toString());
        assertTrue(result.differences().get(0).startsWith("T0.Parameters: ours "), result.differences().toString());
    }

    @Test
    void reportsAGrantOnFewerResources() throws Exception {
        String narrower = "[{\"Action\": \"lambda:InvokeFunction\", \"Effect\": \"Allow\", \"Resource\": \"" + FN + "\"}]";
        MixCheck.Result result = MixCheck.compare(1, template(oneState(LAMBDA_STATE.formatted(FN)), narrower), false);
        assertEquals(java.util.List.of("lambda:InvokeFunction: ours on 2 resources, CDK on 1"), result.differences());
    }

    @Test
    void reportsAMissingAction() throws Exception {
        String more = LAMBDA_GRANT.replace("]\n", ", {\"Action\": \"sqs:SendMessage\", \"Effect\": \"Allow\", \"Resource\": \"*\"}]\n");
        MixCheck.Result result = MixCheck.compare(1, template(oneState(LAMBDA_STATE.formatted(FN)), more), false);
        assertFalse(result.same());
        assertTrue(result.differences().get(0).startsWith("actions: ours [lambda:InvokeFunction], CDK"),
                result.differences().toString());
    }

    @Test
    void reportsStatesInAnotherOrder() throws Exception {
        String ours = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}, \"B\": {\"Type\": \"Pass\", \"End\": true}}}";
        String cdk = "{\"StartAt\": \"B\", \"States\": {\"B\": {\"Type\": \"Pass\", \"Next\": \"A\"}, \"A\": {\"Type\": \"Pass\", \"End\": true}}}";
        MixCheck.Result result = MixCheck.compare((ObjectNode) MAPPER.readTree(ours), policy("[]"),
                template(cdk, "[]"), CONTEXT, false);
        assertEquals(java.util.List.of("states in chain order: ours [A, B], CDK [B, A]"), result.differences());
    }

    /**
     * The CDK grants states:DescribeExecution/StopExecution on {@code execution:<name>*} (start-execution.ts);
     * sfn-tasks on {@code execution:<name>:*}, as AWS's IAM page for Step Functions shows. Expected there, and
     * only there.
     */
    @Test
    void acceptsTheCdksExecutionWildcardOnlyForTheExecutionActions() throws Exception {
        String definition = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}";
        String executions = "arn:aws:states:us-east-1:123456789012:execution:child-4";
        ObjectNode ours = policy("[{\"Action\": [\"states:DescribeExecution\", \"states:StopExecution\"], \"Effect\": \"Allow\","
                + " \"Resource\": \"" + executions + ":*\"}]");
        JsonNode cdk = template(definition, "[{\"Action\": [\"states:DescribeExecution\", \"states:StopExecution\"],"
                + " \"Effect\": \"Allow\", \"Resource\": \"" + executions + "*\"}]");
        MixCheck.Result result = MixCheck.compare((ObjectNode) MAPPER.readTree(definition), ours, cdk, CONTEXT, false);
        assertTrue(result.same(), result.differences().toString());
        assertTrue(result.report().stream().anyMatch(l -> l.startsWith("expected difference in 2 of them")), result.report().toString());

        ObjectNode start = policy("[{\"Action\": \"states:StartExecution\", \"Effect\": \"Allow\", \"Resource\": \"" + executions + ":*\"}]");
        JsonNode cdkStart = template(definition, "[{\"Action\": \"states:StartExecution\", \"Effect\": \"Allow\","
                + " \"Resource\": \"" + executions + "*\"}]");
        assertFalse(MixCheck.compare((ObjectNode) MAPPER.readTree(definition), start, cdkStart, CONTEXT, false).same());
    }

    /** The CDK v1's LambdaInvoke retrier (1.204.0) lists three errors, without Lambda.ClientExecutionTimeoutException. */
    @Test
    void acceptsTheCdkV1LambdaRetrierOnlyForATemplateMarkedV1() throws Exception {
        String v1State = LAMBDA_STATE.formatted(FN).replace("\"Lambda.ClientExecutionTimeoutException\", ", "");
        JsonNode v1 = template(oneState(v1State), LAMBDA_GRANT);
        MixCheck.Result marked = MixCheck.compare(1, v1, true);
        assertTrue(marked.same(), marked.differences().toString());
        assertTrue(marked.report().stream().anyMatch(l -> l.startsWith("expected difference in 1 of the states")), marked.report().toString());
        MixCheck.Result unmarked = MixCheck.compare(1, v1, false);
        assertEquals(1, unmarked.differences().size());
        assertTrue(unmarked.differences().get(0).startsWith("T0.Retry: "), unmarked.differences().toString());
    }

    private static String oneState(String state) {
        return "{\"StartAt\": \"T0\", \"States\": {\"T0\": " + state + "}}";
    }

    private static ObjectNode policy(String statements) throws Exception {
        ObjectNode policy = JsonNodeFactory.instance.objectNode().put("Version", "2012-10-17");
        policy.set("Statement", MAPPER.readTree(statements));
        return policy;
    }

    /**
     * A template as the CDK writes it: the definition compact, as one DefinitionString joined around each
     * {@code arn:<partition>}, and the statements with {@code arn:aws:states:} written the same way.
     */
    private static JsonNode template(String definitionJson, String statementsJson) throws Exception {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        ObjectNode resources = t.putObject("Resources");
        ObjectNode machine = resources.putObject("Machine6FC8AE80");
        machine.put("Type", "AWS::StepFunctions::StateMachine");
        machine.putObject("Properties").set("DefinitionString",
                joinedAroundPartition(MAPPER.writeValueAsString(MAPPER.readTree(definitionJson))));
        ObjectNode policy = resources.putObject("MachineRoleDefaultPolicy7E8F0778");
        policy.put("Type", "AWS::IAM::Policy");
        ArrayNode statements = (ArrayNode) MAPPER.readTree(statementsJson);
        for (JsonNode s : statements) {
            JsonNode r = s.get("Resource");
            if (r.isTextual() && r.asText().startsWith("arn:aws:states:")) {
                ((ObjectNode) s).set("Resource", joinedAroundPartition(r.asText()));
            }
        }
        policy.putObject("Properties").putObject("PolicyDocument").put("Version", "2012-10-17").set("Statement", statements);
        return t;
    }

    private static JsonNode joinedAroundPartition(String text) {
        ObjectNode join = JsonNodeFactory.instance.objectNode();
        ArrayNode args = join.putArray("Fn::Join");
        args.add("");
        ArrayNode parts = args.addArray();
        String[] pieces = text.split("arn:aws:", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                parts.add("arn:");
                parts.addObject().put("Ref", "AWS::Partition");
                parts.add(":" + pieces[i]);
            } else {
                parts.add(pieces[i]);
            }
        }
        return join;
    }
}
