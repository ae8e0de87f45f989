package io.github.sfntasks.conformance.cdk;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;

import java.util.Map;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast RESOLVE mode must give exactly what a full synthesis (Template.fromStack) puts in the template. */
class ModesAgreeTest {

    @Test
    void resolveModeEqualsSynthMode() {
        CdkRenderer fast = CdkRenderer.shared();
        CdkRenderer synth = new CdkRenderer(CdkRenderer.Mode.SYNTH, Map.of(), true);
        for (Map.Entry<String, BiFunction<Stack, String, IChainable>> e : TaskCases.all().entrySet()) {
            CdkResult a = fast.render(e.getValue());
            CdkResult b = synth.render(e.getValue());
            assertEquals(a.state(), b.state(), e.getKey() + " state");
            assertEquals(a.statements(), b.statements(), e.getKey() + " statements");
            assertEquals(a.rawDefinition(), b.rawDefinition(), e.getKey() + " raw definition");
            System.out.printf("[modes] %-36s RESOLVE %6.1f ms   SYNTH %6.1f ms   identical%n",
                    e.getKey(), a.renderNanos() / 1e6, b.renderNanos() / 1e6);
        }
    }

    @Test
    void featureFlagsReachTheApp() {
        // Default renderer = CDK v2 defaults for an app without cdk.json: minimizePolicies is off.
        CdkResult plain = CdkRenderer.shared().render(TaskCases.all().get("StepFunctionsStartExecution-runJob"));
        CdkRenderer minimizing = new CdkRenderer(CdkRenderer.Mode.RESOLVE,
                Map.of("@aws-cdk/aws-iam:minimizePolicies", true), true);
        CdkResult min = minimizing.render(TaskCases.all().get("StepFunctionsStartExecution-runJob"));
        System.out.println("[flags] StartExecution RUN_JOB statements, default flags:      " + plain.statements());
        System.out.println("[flags] StartExecution RUN_JOB statements, minimizePolicies: " + min.statements());
        assertEquals(plain.state(), min.state());
        assertEquals(3, plain.statements().size());
    }

    @Test
    void placeholderModeKeepsPseudoParameters() {
        CdkRenderer placeholders = new CdkRenderer(CdkRenderer.Mode.RESOLVE, Map.of(), false);
        CdkResult r = placeholders.render(TaskCases.all().get("SqsSendMessage"));
        assertEquals("https://sqs.us-east-1.${AWS::URLSuffix}/123456789012/my-queue",
                r.state().at("/Parameters/QueueUrl").asText());
        CdkResult l = placeholders.render(TaskCases::lambdaDefault);
        assertEquals("arn:${AWS::Partition}:states:::lambda:invoke", l.state().path("Resource").asText());
        assertTrue(l.unresolved().isEmpty());
    }
}
