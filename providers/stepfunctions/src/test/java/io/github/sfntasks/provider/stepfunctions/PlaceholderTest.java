package io.github.sfntasks.provider.stepfunctions;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.iam.PolicyStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Placeholders in {@code stateMachine}, {@code activity} and {@code kmsKey}. Expected values are written from the AWS
 * CDK's rules, not taken from a render: StepFunctionsStartExecution renders {@code StateMachineArn:
 * stateMachine.stateMachineArn} and grants {@code states:StartExecution} on it, so a whole placeholder is the ARN;
 * executions are this provider's documented {@code execution:<name>:*}; StepFunctionsInvokeActivity's Resource is
 * {@code activity.activityArn}.
 */
class PlaceholderTest {

    private static final RenderContext CFN = RenderContext.cloudFormation();
    private static final RenderContext AWS = RenderContext.of("aws", "us-east-1", "123456789012");
    private static final String MACHINE_ARN = "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${ChildName}";

    private static String states(RenderContext c, String resource) {
        return "arn:" + c.partition() + ":states:" + c.region() + ":" + c.account() + ":" + resource;
    }

    private static StepFunctionsStartExecution start(String machine, IntegrationPattern pattern) {
        return StepFunctionsStartExecution.builder("Child").stateMachine(machine).integrationPattern(pattern).build();
    }

    @Test
    void aWholePlaceholderIsTheStateMachineArnAndRunJobWidensTheExecutionsWithAWarning() {
        for (RenderContext c : List.of(CFN, AWS)) {
            for (String m : List.of("${ChildStateMachine}", "${Child.Arn}", "${Token[TOKEN.42]}")) {
                StepFunctionsStartExecution plain = start(m, IntegrationPattern.REQUEST_RESPONSE);
                assertEquals(m, plain.toState(c).at("/Parameters/StateMachineArn").textValue());
                assertEquals(List.of(PolicyStatement.allow("states:StartExecution", m)), plain.policyStatements(c));
                assertEquals(List.of(), plain.warnings(c));
                StepFunctionsStartExecution job = start(m, IntegrationPattern.RUN_JOB);
                assertEquals(PolicyStatement.allow(List.of("states:DescribeExecution", "states:StopExecution"),
                        List.of(states(c, "execution:*"))), job.policyStatements(c).get(1));
                List<TaskWarning> w = job.warnings(c);
                assertEquals(1, w.size());
                assertEquals(WarningCode.WIDENED_GRANT, w.get(0).code());
                assertEquals("stateMachine", w.get(0).property());
                assertEquals("Child", w.get(0).stateName());
            }
        }
    }

    @Test
    void aNameOrAnArnWithPlaceholdersKeepsTheExecutionsNarrow() {
        for (RenderContext c : List.of(CFN, AWS)) {
            StepFunctionsStartExecution named = start("child-${Stage}", IntegrationPattern.RUN_JOB);
            assertEquals(states(c, "stateMachine:child-${Stage}"), named.toState(c).at("/Parameters/StateMachineArn").textValue());
            assertEquals(List.of(states(c, "stateMachine:child-${Stage}")), named.policyStatements(c).get(0).resources());
            assertEquals(List.of(states(c, "execution:child-${Stage}:*")), named.policyStatements(c).get(1).resources());
            assertEquals(List.of(), named.warnings(c));
            StepFunctionsStartExecution arn = start(MACHINE_ARN, IntegrationPattern.RUN_JOB);
            assertEquals(MACHINE_ARN, arn.toState(c).at("/Parameters/StateMachineArn").textValue());
            assertEquals(List.of(MACHINE_ARN), arn.policyStatements(c).get(0).resources());
            assertEquals(List.of("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${ChildName}:*"),
                    arn.policyStatements(c).get(1).resources());
            StepFunctionsStartExecution aliased = start(MACHINE_ARN + ":${Alias}", IntegrationPattern.REQUEST_RESPONSE);
            assertEquals(List.of(MACHINE_ARN, MACHINE_ARN + ":${Alias}"), aliased.policyStatements(c).get(0).resources());
        }
    }

    @Test
    void anActivityPlaceholderIsTheResourceAndItsKeyIsGranted() {
        for (RenderContext c : List.of(CFN, AWS)) {
            for (String a : List.of("${SubmitJob}", "${SubmitJob.Arn}", "${Token[TOKEN.42]}",
                    "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:activity:${SubmitJobName}")) {
                StepFunctionsInvokeActivity task = StepFunctionsInvokeActivity.builder("Submit").activity(a)
                        .kmsKey("${ActivityKey.Arn}").build();
                assertEquals(a, task.toState(c).get("Resource").textValue());
                assertEquals(PolicyStatement.allow(List.of("kms:Decrypt", "kms:GenerateDataKey"), List.of("${ActivityKey.Arn}"))
                        .withConditions(PolicyStatement.Condition.of("StringEquals",
                                "kms:EncryptionContext:aws:states:activityArn", a)), task.policyStatements(c).get(0));
            }
            StepFunctionsInvokeActivity named = StepFunctionsInvokeActivity.builder("Submit").activity("submit-${Stage}").build();
            assertEquals(states(c, "activity:submit-${Stage}"), named.toState(c).get("Resource").textValue());
        }
    }

    @Test
    void aWildcardInAnyPositionIsRefusedNamingStateAndProperty() {
        for (String bad : List.of("arn:*:states:us-east-1:123456789012:stateMachine:Child",
                "arn:aws:states:*:123456789012:stateMachine:Child", "arn:aws:states:us-east-1:*:stateMachine:Child",
                "arn:aws:states:us-east-1:123456789012:stateMachine:Ch?ld", "arn:${AWS::Partition}:states:*:${AWS::AccountId}:stateMachine:${N}",
                "child-${Stage}*")) {
            TaskValidationException e = assertThrows(TaskValidationException.class,
                    () -> start(bad, IntegrationPattern.REQUEST_RESPONSE), bad);
            assertEquals("Child", e.stateName(), bad);
            assertEquals("stateMachine", e.property(), bad);
            String activity = bad.replace("stateMachine:", "activity:");
            TaskValidationException ea = assertThrows(TaskValidationException.class,
                    () -> StepFunctionsInvokeActivity.builder("Submit").activity(activity).build(), activity);
            assertEquals("Submit", ea.stateName(), activity);
            assertEquals("activity", ea.property(), activity);
        }
        for (String bad : List.of("arn:*:kms:us-east-1:123456789012:key/${K}", "arn:aws:kms:*:123456789012:key/${K}",
                "arn:aws:kms:us-east-1:123456789012:key/*")) {
            TaskValidationException e = assertThrows(TaskValidationException.class,
                    () -> StepFunctionsInvokeActivity.builder("Submit").activity("a").kmsKey(bad).build(), bad);
            assertEquals("kmsKey", e.property(), bad);
        }
    }

    @Test
    void theLiteralPartsAroundPlaceholdersAreChecked() {
        for (String bad : List.of("child name-${Stage}", "arn:aws:lambda:us-east-1:123456789012:function:${F}",
                "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:activity:${N}", "${!Child}")) {
            TaskValidationException e = assertThrows(TaskValidationException.class,
                    () -> start(bad, IntegrationPattern.REQUEST_RESPONSE), bad);
            assertEquals("stateMachine", e.property(), bad);
        }
    }

    @Test
    void theSchemasNameTheResources() {
        assertEquals("states:stateMachine:", new StepFunctionsStartExecutionProvider().propertiesSchema()
                .at("/properties/stateMachine/anyOf/0/x-sfn-resource").textValue());
        assertEquals("states:activity:", new StepFunctionsInvokeActivityProvider().propertiesSchema()
                .at("/properties/activity/x-sfn-resource").textValue());
        assertEquals("kms:key/", new StepFunctionsInvokeActivityProvider().propertiesSchema()
                .at("/properties/kmsKey/x-sfn-resource").textValue());
    }
}
