package io.github.sfntasks.conformance.iam;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.conformance.internal.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourceActionsTest {

    private static final RenderContext CN = RenderContext.of("aws-cn", "cn-north-1", "222222222222");

    @Test
    void parsesIntegrationsAndDirectArns() {
        var p = ResourceActions.parse("arn:aws:states:::states:startExecution.sync:2").orElseThrow();
        assertEquals("states:startExecution", p.key());
        assertEquals(".sync:2", p.suffix());
        assertTrue(p.runJob());
        assertEquals("aws-sdk:s3:getObject", ResourceActions.parse("arn:aws:states:::aws-sdk:s3:getObject.waitForTaskToken").orElseThrow().key());
        assertEquals("arn:lambda:function", ResourceActions.parse("arn:aws:lambda:us-east-1:123456789012:function:f:1").orElseThrow().key());
        assertFalse(ResourceActions.parse("not an arn").isPresent());
    }

    @Test
    void everyRowNamesItsAwsPage() {
        for (ResourceRule r : ResourceActions.standard().rules()) {
            assertTrue(r.source().startsWith("https://docs.aws.amazon.com/"), r::toString);
        }
    }

    @Test
    void syncAddsTheManagedRuleAndTheExecutionGrants() {
        ObjectNode state = (ObjectNode) Json.read("""
                {"Type": "Task", "Resource": "arn:aws-cn:states:::states:startExecution.sync",
                 "Parameters": {"StateMachineArn": "arn:aws-cn:states:cn-north-1:222222222222:stateMachine:child", "Input.$": "$"}}""");
        var req = ResourceActions.standard().requirements(state, CN);
        assertTrue(req.problems().isEmpty(), req.problems()::toString);
        List<String> touched = req.touched().stream().map(t -> t.action() + " " + t.arn()).toList();
        assertTrue(touched.contains("states:StartExecution arn:aws-cn:states:cn-north-1:222222222222:stateMachine:child"), touched::toString);
        assertTrue(touched.contains("states:DescribeExecution arn:aws-cn:states:cn-north-1:222222222222:execution:child:sfn-conformance-execution"));
        assertTrue(touched.contains("events:PutRule arn:aws-cn:events:cn-north-1:222222222222:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"));
    }

    @Test
    void lambdaNamesPartialArnsAndQualifiers() {
        assertEquals("arn:aws-cn:lambda:cn-north-1:222222222222:function:f", ResourceLocators.lambdaArn("f", CN));
        assertEquals("arn:aws-cn:lambda:cn-north-1:123456789012:function:f:1", ResourceLocators.lambdaArn("123456789012:function:f:1", CN));
        ObjectNode state = (ObjectNode) Json.read("""
                {"Type": "Task", "Resource": "arn:aws-cn:states:::lambda:invoke",
                 "Parameters": {"FunctionName": "f", "Qualifier": "prod"}}""");
        var t = ResourceActions.standard().requirements(state, CN).touched().get(0);
        assertEquals("arn:aws-cn:lambda:cn-north-1:222222222222:function:f:prod", t.arn());
        assertEquals("arn:aws-cn:lambda:cn-north-1:222222222222:function:sfn-conformance-sibling", t.sibling());
    }

    @Test
    void sdkActionsTakeTheIamPrefix() {
        assertEquals(List.of("states:StartSyncExecution"), ResourceActions.sdkAction("aws-sdk:sfn:startSyncExecution"));
        assertEquals(List.of("s3:GetObject"), ResourceActions.sdkAction("aws-sdk:s3:getObject"));
    }

    @Test
    void globsAsIamDoes() {
        assertTrue(IamGlob.resourceMatches("arn:aws:lambda:*:*:function:f:*", "arn:aws:lambda:r:1:function:f:1"));
        assertFalse(IamGlob.resourceMatches("arn:aws:lambda:*:*:function:f:*", "arn:aws:lambda:r:1:function:f"));
        assertTrue(IamGlob.resourceMatches("arn:aws:states:r:1:execution:child*", "arn:aws:states:r:1:execution:child:x"));
        assertTrue(IamGlob.actionMatches("Lambda:Invoke*", "lambda:InvokeFunction"));
        assertTrue(IamGlob.resourceMatches("a?c", "abc"));
    }
}
