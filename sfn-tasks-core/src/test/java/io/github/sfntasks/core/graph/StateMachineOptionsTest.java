package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.workflow.Problem;
import io.github.sfntasks.core.workflow.WorkflowException;
import io.github.sfntasks.core.workflow.WorkflowReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected grants are AWS's: "Logging using CloudWatch Logs" (cw-logs.html#cloudwatch-iam-policy) lists the eight
 * log-delivery actions on "*"; "AWS X-Ray and Step Functions" (xray-iam.html) the four X-Ray actions on "*";
 * "Data at rest encryption" (encryption-at-rest.html) kms:Decrypt and kms:GenerateDataKey on the key with
 * kms:EncryptionContext:aws:states:stateMachineArn equal to the machine's ARN.
 */
class StateMachineOptionsTest {

    private static final RenderContext CTX = RenderContext.of("aws", "us-east-1", "123456789012");
    private static final String LOG_GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/order:*";
    private static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private static StateMachine read(String json) {
        return new WorkflowReader(TaskRegistry.load()).read("test.json", json);
    }

    private static final String PASS = "\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}";

    @Test
    void noOptionsNoGrants() {
        StateMachine m = read("{" + PASS + "}");
        assertTrue(m.options().isEmpty());
        assertTrue(m.policyStatements(CTX).isEmpty());
    }

    @Test
    void loggingGrantsTheLogDeliveryActionsOnStarAsAwsDocuments() {
        StateMachine m = read("{\"StateMachineOptions\": {\"logs\": {\"level\": \"ALL\", \"includeExecutionData\": true,"
                + " \"destination\": \"" + LOG_GROUP + "\"}}, " + PASS + "}");
        assertEquals(StateMachineOptions.LogLevel.ALL, m.options().logs().level());
        assertTrue(m.options().logs().includeExecutionData());
        List<PolicyStatement> s = m.policyStatements(CTX);
        assertEquals(1, s.size());
        assertEquals(List.of("logs:CreateLogDelivery", "logs:DeleteLogDelivery", "logs:DescribeLogGroups",
                "logs:DescribeResourcePolicies", "logs:GetLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                "logs:UpdateLogDelivery"), s.get(0).actions());
        assertEquals(List.of("*"), s.get(0).resources());
    }

    @Test
    void loggingOffNeedsNoDestinationAndNoGrant() {
        StateMachine m = read("{\"StateMachineOptions\": {\"logs\": {\"level\": \"OFF\"}}, " + PASS + "}");
        assertTrue(m.policyStatements(CTX).isEmpty());
    }

    @Test
    void tracingGrantsTheFourXrayActions() {
        StateMachine m = read("{\"StateMachineOptions\": {\"tracingEnabled\": true}, " + PASS + "}");
        assertEquals(List.of(PolicyStatement.allow(List.of("xray:GetSamplingRules", "xray:GetSamplingTargets",
                "xray:PutTelemetryRecords", "xray:PutTraceSegments"), List.of("*"))), m.policyStatements(CTX));
    }

    @Test
    void customerManagedKeyIsGrantedForThisMachineOnly() {
        StateMachine m = StateMachine.builder(PassState.builder("A").build())
                .options(StateMachineOptions.builder().stateMachineName("order").encryption(KEY, 300).build()).build();
        PolicyStatement s = m.policyStatements(CTX).get(0);
        assertEquals(List.of("kms:Decrypt", "kms:GenerateDataKey"), s.actions());
        assertEquals(List.of(KEY), s.resources());
        assertEquals(List.of(PolicyStatement.Condition.of("StringEquals", "kms:EncryptionContext:aws:states:stateMachineArn",
                "arn:aws:states:us-east-1:123456789012:stateMachine:order")), s.conditions());
    }

    @Test
    void anUnnamedMachineNamesItselfWithThePlaceholder() {
        StateMachine m = StateMachine.builder(PassState.builder("A").build())
                .options(StateMachineOptions.builder().encryption(KEY, null).build()).build();
        assertEquals("arn:aws:states:us-east-1:123456789012:stateMachine:${StateMachine.Name}",
                m.policyStatements(CTX).get(0).conditions().get(0).values().get(0));
    }

    @Test
    void loggingWithoutDestinationIsAnError() {
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> StateMachineOptions.builder().logs(StateMachineOptions.LogLevel.ERROR, false, null).build());
        assertEquals(ErrorCode.INVALID_MACHINE_OPTIONS, e.code());
        assertEquals("StateMachineOptions.logs.destination", e.property());
    }

    @Test
    void everyProblemOfTheSectionIsLocated() {
        String text = "{\n\"StateMachineOptions\": {\n  \"stateMachineType\": \"FAST\",\n  \"tracingEnabled\": \"yes\",\n"
                + "  \"colour\": 1\n},\n" + PASS + "}";
        WorkflowException e = assertThrows(WorkflowException.class, () -> read(text));
        List<Problem> p = e.problems();
        assertEquals(3, p.size(), p.toString());
        assertEquals(3, p.get(0).line());
        assertEquals("StateMachineOptions.stateMachineType", p.get(0).property());
        assertEquals(4, p.get(1).line());
        assertEquals(5, p.get(2).line());
        assertTrue(p.stream().allMatch(x -> x.code() == ErrorCode.INVALID_MACHINE_OPTIONS), p.toString());
    }

    @Test
    void badNameAndReusePeriodAreRefused() {
        assertEquals(ErrorCode.INVALID_MACHINE_OPTIONS, assertThrows(TaskValidationException.class,
                () -> StateMachineOptions.builder().stateMachineName("order workflow").build()).code());
        assertEquals(ErrorCode.OUT_OF_RANGE, assertThrows(TaskValidationException.class,
                () -> StateMachineOptions.builder().encryption(KEY, 59).build()).code());
        StateMachineOptions.builder().stateMachineName("orders-${Stage}").build(); // a placeholder is checked for its literal part
    }

    @Test
    void expressRefusesCallbacksAndNamesTheState() {
        // AWS "Choosing workflow type": Express workflows do not support .sync or .waitForTaskToken, nor activities.
        String def = "{\"StateMachineOptions\": {\"stateMachineType\": \"EXPRESS\"}, \"StartAt\": \"Wait\", \"States\": {"
                + "\"Wait\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
                + " \"Parameters\": {\"QueueUrl\": \"q\", \"MessageBody\": {\"t.$\": \"$$.Task.Token\"}}, \"End\": true}}}";
        WorkflowException e = assertThrows(WorkflowException.class, () -> read(def));
        assertEquals(ErrorCode.NOT_SUPPORTED_BY_EXPRESS, e.problems().get(0).code());
        assertEquals("Wait", e.problems().get(0).stateName());
        StateMachine standard = read(def.replace("EXPRESS", "STANDARD"));
        assertThrows(TaskValidationException.class, () -> standard.withOptions(
                StateMachineOptions.builder().stateMachineType(StateMachineOptions.Type.EXPRESS).build()));
        StateMachine requestResponse = read(def.replace(".waitForTaskToken", "").replace("\"t.$\": \"$$.Task.Token\"", "\"a\": 1"));
        assertEquals(StateMachineOptions.Type.EXPRESS, requestResponse.options().effectiveType());
    }

    @Test
    void theSectionIsNotWrittenIntoTheDefinition() {
        StateMachine m = read("{\"StateMachineOptions\": {\"tracingEnabled\": true}, " + PASS + "}");
        assertFalse(m.definition(CTX).has("StateMachineOptions"));
        assertEquals("{\"tracingEnabled\":true}", m.options().toJson().toString());
    }
}
