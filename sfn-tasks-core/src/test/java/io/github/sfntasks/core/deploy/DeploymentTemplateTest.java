package io.github.sfntasks.core.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.workflow.WorkflowReader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes expected here are CloudFormation's and Terraform's own: AWS::StepFunctions::StateMachine takes
 * RoleArn, DefinitionString and DefinitionSubstitutions (a key per ${key} of the definition); an IAM role's inline
 * policies are Policies[].PolicyDocument; AWS::IAM::RolePolicy takes RoleName; Terraform's JSON syntax writes
 * references as "${...}" templates and a literal "${" as "$${". Linting the full output is DeploymentLintersTest's
 * job (sfn-tasks-cli), with cfn-lint and terraform validate.
 */
class DeploymentTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static StateMachine read(String json) {
        return new WorkflowReader(TaskRegistry.load()).read("t.json", json);
    }

    private static final String INVOKE = "{\"StartAt\": \"Charge\", \"States\": {\"Charge\": {\"Type\": \"Task\","
            + " \"Provider\": \"lambda:invoke\", \"Properties\": {\"lambdaFunction\": \"${ChargeFunction.Arn}\","
            + " \"payload\": {\"note\": \"cost: ${$.price}\", \"stage\": \"${Stage}\"}}, \"End\": true}}}";

    private static ObjectNode base() throws Exception {
        return (ObjectNode) JSON.readTree("{\"Resources\": {\"ChargeFunction\": {\"Type\": \"AWS::Lambda::Function\","
                + " \"Properties\": {}}}}");
    }

    @Test
    void cloudFormationReferencesTheTemplatesResourcesAndParametrisesTheRest() throws Exception {
        JsonNode t = DeploymentTemplate.tree(read(INVOKE), DeploymentFormat.CLOUDFORMATION,
                DeploymentOptions.defaults().withBaseTemplate(base()));
        assertTrue(t.at("/Resources/ChargeFunction").isObject(), "the base template's resources are kept");
        assertEquals("String", t.at("/Parameters/Stage/Type").asText());
        JsonNode props = t.at("/Resources/StateMachine/Properties");
        assertEquals("[\"StateMachineRole\",\"Arn\"]", props.at("/RoleArn/Fn::GetAtt").toString());
        JsonNode subs = props.get("DefinitionSubstitutions");
        assertEquals("[\"ChargeFunction\",\"Arn\"]", subs.at("/ChargeFunctionArn/Fn::GetAtt").toString());
        assertEquals("Stage", subs.at("/Stage/Ref").asText());
        JsonNode definition = JSON.readTree(props.get("DefinitionString").asText());
        JsonNode params = definition.at("/States/Charge/Parameters");
        assertEquals("${ChargeFunctionArn}", params.get("FunctionName").asText());
        assertEquals("${Stage}", params.at("/Payload/stage").asText());
        assertEquals("cost: ${$.price}", params.at("/Payload/note").asText(), "literal text is left alone");
        JsonNode policy = t.at("/Resources/StateMachineRole/Properties/Policies/0/PolicyDocument");
        assertEquals("lambda:InvokeFunction", policy.at("/Statement/0/Action").asText());
        assertEquals("${ChargeFunction.Arn}", policy.at("/Statement/0/Resource/0/Fn::Sub").asText());
        assertFalse(t.at("/Resources/StateMachineOwnPolicy").isObject(), "nothing names the machine itself");
    }

    @Test
    void anAttributeOfAResourceTheTemplateLacksIsAnError() {
        SfnTasksException e = assertThrows(SfnTasksException.class, () -> DeploymentTemplate.tree(read(INVOKE),
                DeploymentFormat.CLOUDFORMATION, DeploymentOptions.defaults()));
        assertEquals(ErrorCode.DEPLOYMENT_TEMPLATE, e.code());
        assertTrue(e.reason().contains("${ChargeFunction.Arn} names an attribute of ChargeFunction"), e.reason());
    }

    @Test
    void anEmptyPolicyWritesNoPolicy() {
        JsonNode t = DeploymentTemplate.tree(read("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}"),
                DeploymentFormat.CLOUDFORMATION, DeploymentOptions.defaults());
        assertTrue(t.at("/Resources/StateMachineRole/Properties/Policies").isMissingNode());
        assertTrue(t.at("/Resources/StateMachineOwnPolicy").isMissingNode());
        assertTrue(t.at("/Resources/StateMachine/Properties/DefinitionSubstitutions").isMissingNode());
    }

    @Test
    void grantsOnTheMachineItselfGoToTheirOwnPolicy() {
        String dm = "{\"StartAt\": \"Each\", \"States\": {\"Each\": {\"Type\": \"Map\", \"ItemProcessor\": {\"ProcessorConfig\":"
                + " {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"}, \"StartAt\": \"P\", \"States\": {\"P\":"
                + " {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}}}";
        JsonNode t = DeploymentTemplate.tree(read(dm), DeploymentFormat.CLOUDFORMATION, DeploymentOptions.defaults().withLogicalId("Orders"));
        JsonNode own = t.at("/Resources/OrdersOwnPolicy");
        assertEquals("AWS::IAM::RolePolicy", own.get("Type").asText());
        assertEquals("OrdersRole", own.at("/Properties/RoleName/Ref").asText());
        assertTrue(own.at("/Properties/PolicyDocument").toString()
                .contains("stateMachine:${Orders.Name}"), own.toString());
        assertTrue(t.at("/Resources/OrdersRole/Properties/Policies").isMissingNode(), "no other grant");
        // Terraform: the own policy reads the created machine's name
        JsonNode tf = DeploymentTemplate.tree(read(dm), DeploymentFormat.TERRAFORM, DeploymentOptions.defaults().withLogicalId("Orders"));
        assertTrue(tf.at("/resource/aws_iam_role_policy/orders_own/policy").asText()
                .contains("stateMachine:${aws_sfn_state_machine.orders.name}"), tf.toString());
    }

    @Test
    void samCannotEncryptAndSaysSo() {
        StateMachine m = read("{\"StateMachineOptions\": {\"encryptionConfiguration\": {\"kmsKey\": \"${Key.Arn}\"}},"
                + " \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}");
        SfnTasksException e = assertThrows(SfnTasksException.class,
                () -> DeploymentTemplate.tree(m, DeploymentFormat.SAM, DeploymentOptions.defaults()));
        assertTrue(e.reason().contains("no encryption property"), e.reason());
        assertTrue(e.reason().contains("${Key.Arn} names an attribute of Key"), "every problem at once: " + e.reason());
    }

    @Test
    void aCdkTokenCannotBeFilledByATemplate() {
        StateMachine m = read(INVOKE.replace("${ChargeFunction.Arn}", "${Token[TOKEN.31]}"));
        SfnTasksException e = assertThrows(SfnTasksException.class,
                () -> DeploymentTemplate.tree(m, DeploymentFormat.TERRAFORM, DeploymentOptions.defaults()));
        assertTrue(e.reason().contains("${Token[TOKEN.31]} is an AWS CDK token"), e.reason());
    }

    @Test
    void terraformTurnsPlaceholdersIntoVariablesAndEscapesLiteralInterpolation() {
        JsonNode t = DeploymentTemplate.tree(read(INVOKE), DeploymentFormat.TERRAFORM, DeploymentOptions.defaults());
        assertEquals("string", t.at("/variable/ChargeFunction_Arn/type").asText());
        assertEquals("string", t.at("/variable/Stage/type").asText());
        String definition = t.at("/resource/aws_sfn_state_machine/state_machine/definition").asText();
        assertTrue(definition.contains("\"FunctionName\" : \"${var.ChargeFunction_Arn}\""), definition);
        assertTrue(definition.contains("cost: $${$.price}"), definition);
        assertTrue(definition.contains("arn:${data.aws_partition.current.partition}:states:::lambda:invoke"), definition);
        assertEquals("${aws_iam_role.state_machine.arn}", t.at("/resource/aws_sfn_state_machine/state_machine/role_arn").asText());
    }

    @Test
    void yamlHoldsTheDefinitionAsABlockAndQuotesEveryString() throws Exception {
        String yaml = DeploymentTemplate.render(read(INVOKE), DeploymentFormat.SAM, TemplateSyntax.YAML,
                DeploymentOptions.defaults().withBaseTemplate(base()));
        assertTrue(yaml.startsWith("AWSTemplateFormatVersion: \"2010-09-09\"\nTransform: \"AWS::Serverless-2016-10-31\"\n"), yaml);
        assertTrue(yaml.contains("\n      Policies:\n        - Version: \"2012-10-17\"\n"), yaml);
        assertThrows(SfnTasksException.class, () -> DeploymentTemplate.render(read(INVOKE), DeploymentFormat.TERRAFORM,
                TemplateSyntax.YAML, DeploymentOptions.defaults()));
        String cfn = DeploymentTemplate.render(read(INVOKE), DeploymentFormat.CLOUDFORMATION, TemplateSyntax.YAML,
                DeploymentOptions.defaults().withBaseTemplate(base()));
        assertTrue(cfn.contains("      DefinitionString: |\n        {\n          \"StartAt\" : \"Charge\",\n"), cfn);
    }

    @Test
    void aLogicalIdTakenByTheBaseTemplateIsAnError() throws Exception {
        SfnTasksException e = assertThrows(SfnTasksException.class, () -> DeploymentTemplate.tree(read(INVOKE),
                DeploymentFormat.CLOUDFORMATION, DeploymentOptions.defaults().withBaseTemplate(base()).withLogicalId("ChargeFunction")));
        assertTrue(e.reason().contains("already has a resource ChargeFunction"), e.reason());
        assertThrows(SfnTasksException.class, () -> DeploymentOptions.defaults().withLogicalId("state-machine"));
    }
}
