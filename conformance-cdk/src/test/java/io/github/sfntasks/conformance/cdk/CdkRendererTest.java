package io.github.sfntasks.conformance.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders every case with the shared (RESOLVE-mode) renderer, prints it, writes {@code out/<case>.json} and checks it. */
class CdkRendererTest {

    static final Path OUT = Path.of(System.getProperty("cdkharness.outDir", "target/cdk-out"));
    static CdkRenderer renderer;

    @BeforeAll
    static void start() {
        long t0 = System.nanoTime();
        renderer = CdkRenderer.shared();
        renderer.app();
        System.out.printf("[cdk] shared App ready after %.0f ms (jsii start-up in this JVM: %.0f ms)%n",
                (System.nanoTime() - t0) / 1e6, CdkRenderer.jsiiStartupNanos() / 1e6);
    }

    private static CdkResult renderCase(String caseName) {
        BiFunction<Stack, String, IChainable> f = TaskCases.all().get(caseName);
        CdkResult r = renderer.render(f);
        // The render and its raw form (before intrinsic resolution) go to files under OUT, not into the build log.
        CdkRenderer.write(OUT, caseName, r);
        CdkRenderer.writeRaw(OUT.resolve("raw"), caseName, r);
        assertTrue(r.unresolved().isEmpty(), () -> "unresolved intrinsics: " + r.unresolved());
        assertFalse(r.state().has("End"));
        assertEquals("Task", r.state().path("Type").asText());
        return r;
    }

    private static Set<String> actions(CdkResult r) {
        Set<String> s = new TreeSet<>();
        for (JsonNode st : r.statements()) {
            JsonNode a = st.path("Action");
            if (a.isArray()) {
                a.forEach(x -> s.add(x.asText()));
            } else {
                s.add(a.asText());
            }
        }
        return s;
    }

    private static List<String> resources(JsonNode statement) {
        List<String> l = new ArrayList<>();
        JsonNode r = statement.path("Resource");
        if (r.isArray()) {
            r.forEach(x -> l.add(x.asText()));
        } else {
            l.add(r.asText());
        }
        return l;
    }

    @Test
    void lambdaInvokeDefault() {
        CdkResult r = renderCase("LambdaInvoke");
        assertEquals("arn:aws:states:::lambda:invoke", r.state().path("Resource").asText());
        assertEquals(TaskCases.FUNCTION_ARN, r.state().at("/Parameters/FunctionName").asText());
        assertEquals("$", r.state().at("/Parameters/Payload.$").asText());
        assertEquals(4, r.state().at("/Retry/0/ErrorEquals").size(), "default retryOnServiceExceptions");
        assertEquals(Set.of("lambda:InvokeFunction"), actions(r));
        assertEquals(List.of(TaskCases.FUNCTION_ARN, TaskCases.FUNCTION_ARN + ":*"), resources(r.statements().get(0)));
    }

    @Test
    void lambdaInvokePayloadResponseOnly() {
        CdkResult r = renderCase("LambdaInvoke-payloadResponseOnly");
        assertEquals(TaskCases.FUNCTION_ARN, r.state().path("Resource").asText());
        assertFalse(r.state().has("Parameters"));
        assertEquals(Set.of("lambda:InvokeFunction"), actions(r));
    }

    @Test
    void lambdaInvokeWaitForTaskToken() {
        CdkResult r = renderCase("LambdaInvoke-waitForTaskToken");
        assertEquals("arn:aws:states:::lambda:invoke.waitForTaskToken", r.state().path("Resource").asText());
        assertEquals("$$.Task.Token", r.state().at("/Parameters/Payload/token.$").asText());
        assertEquals("$.input", r.state().at("/Parameters/Payload/input.$").asText());
        assertEquals("x", r.state().at("/Parameters/Payload/literal").asText());
        assertEquals(Set.of("lambda:InvokeFunction"), actions(r));
    }

    @Test
    void sqsSendMessage() {
        CdkResult r = renderCase("SqsSendMessage");
        assertEquals("arn:aws:states:::sqs:sendMessage", r.state().path("Resource").asText());
        assertEquals("https://sqs.us-east-1.amazonaws.com/123456789012/my-queue",
                r.state().at("/Parameters/QueueUrl").asText());
        assertEquals("$.body", r.state().at("/Parameters/MessageBody.$").asText());
        assertEquals(Set.of("sqs:SendMessage"), actions(r));
        assertEquals(List.of(TaskCases.QUEUE_ARN), resources(r.statements().get(0)));
    }

    @Test
    void snsPublish() {
        CdkResult r = renderCase("SnsPublish");
        assertEquals("arn:aws:states:::sns:publish", r.state().path("Resource").asText());
        assertEquals(TaskCases.TOPIC_ARN, r.state().at("/Parameters/TopicArn").asText());
        assertEquals("$.message", r.state().at("/Parameters/Message.$").asText());
        assertEquals(Set.of("sns:Publish"), actions(r));
        assertEquals(List.of(TaskCases.TOPIC_ARN), resources(r.statements().get(0)));
    }

    @Test
    void dynamoPutItem() {
        CdkResult r = renderCase("DynamoPutItem");
        assertEquals("arn:aws:states:::dynamodb:putItem", r.state().path("Resource").asText());
        assertEquals(TaskCases.TABLE_NAME, r.state().at("/Parameters/TableName").asText());
        assertEquals("$.id", r.state().at("/Parameters/Item/pk/S.$").asText());
        assertEquals("order", r.state().at("/Parameters/Item/kind/S").asText());
        assertEquals(Set.of("dynamodb:PutItem"), actions(r));
        assertEquals(List.of("arn:aws:dynamodb:us-east-1:123456789012:table/my-table"),
                resources(r.statements().get(0)));
    }

    @Test
    void stepFunctionsStartExecutionRunJob() {
        CdkResult r = renderCase("StepFunctionsStartExecution-runJob");
        assertEquals("arn:aws:states:::states:startExecution.sync:2", r.state().path("Resource").asText());
        assertEquals(TaskCases.STATE_MACHINE_ARN, r.state().at("/Parameters/StateMachineArn").asText());
        assertTrue(actions(r).containsAll(Set.of("states:StartExecution", "states:DescribeExecution",
                "states:StopExecution", "events:PutTargets", "events:PutRule", "events:DescribeRule")),
                () -> actions(r).toString());
    }

    @Test
    void everyCaseRendersWithoutUnresolvedTokens() {
        for (Map.Entry<String, BiFunction<Stack, String, IChainable>> e : TaskCases.all().entrySet()) {
            CdkResult r = renderer.render(e.getValue());
            assertTrue(r.unresolved().isEmpty(), e.getKey() + ": " + r.unresolved());
            assertTrue(r.statements().size() >= 1, e.getKey());
            assertTrue(r.statements() instanceof ArrayNode);
        }
    }
}
