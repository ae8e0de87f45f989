package io.github.sfntasks.provider.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.StateOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Any JSON in any property, in both query languages and both patterns, gives either a task that renders or a
 * TaskValidationException naming the state: never another exception.
 */
class RobustnessTest {

    private static final List<String> SAMPLES = List.of("null", "true", "1", "1.5", "\"\"", "\"x\"", "\"GET\"",
            "\"prod\"", "\"/a\"", "\"$default\"", "\"IAM_ROLE\"", "\"RESOURCE_POLICY\"", "\"us-west-2\"", "[]", "[1]",
            "[\"a\"]", "{}", "{\"a\": 1}", "{\"a\": [\"b\"]}", "{\"Host\": [\"b\"]}", "{\"a.$\": \"$.x\"}",
            "{\"a.$\": 5}", "{\"a\": \"{% [$states.context.Task.Token] %}\"}", "{\"a\": \"{% %}\"}",
            "\"{% $states.input.x %}\"", "\"{% (( %}\"", "\"$.x\"", "\"States.Array($$.Task.Token)\"", "\"$$.Task.Token\"",
            "\"States.Nope(1)\"");

    private static final List<String> NAMES = List.of("api", "apiId", "stageName", "method", "apiPath", "headers",
            "queryParameters", "requestBody", "authType", "region", "typo");

    @Test
    void anyValueInAnyPropertyFailsOnlyWithTaskValidationException() throws Exception {
        List<TaskProvider> providers = List.of(new CallApiGatewayRestApiEndpointProvider(),
                new CallApiGatewayHttpApiEndpointProvider());
        int built = 0;
        for (TaskProvider provider : providers) {
            for (QueryLanguage language : QueryLanguage.values()) {
                for (IntegrationPattern pattern : List.of(IntegrationPattern.REQUEST_RESPONSE,
                        IntegrationPattern.WAIT_FOR_TASK_TOKEN)) {
                    for (String name : NAMES) {
                        for (String suffix : List.of("", ".$")) {
                            for (String sample : SAMPLES) {
                                ObjectNode props = (ObjectNode) Cases.MAPPER.readTree(
                                        "{\"api\": \"a1b2c3d4e5\", \"apiId\": \"a1b2c3d4e5\", \"stageName\": \"prod\","
                                                + " \"method\": \"GET\"}");
                                props.remove(provider instanceof CallApiGatewayRestApiEndpointProvider ? "apiId" : "api");
                                props.remove(name);
                                JsonNode value = Cases.MAPPER.readTree(sample);
                                props.set(name + suffix, value);
                                StateOptions options = StateOptions.builder().queryLanguage(language).build();
                                TaskRequest request = new TaskRequest("S", provider.typeId(), props, pattern, language, options);
                                if (attempt(provider, request)) {
                                    built++;
                                }
                            }
                        }
                    }
                }
            }
        }
        // some of them must be valid, or the test proves nothing
        if (built == 0) {
            fail("no combination built");
        }
    }

    private static boolean attempt(TaskProvider provider, TaskRequest request) {
        try {
            Task task = provider.create(request);
            for (RenderContext ctx : List.of(Cases.CTX, RenderContext.cloudFormation())) {
                assertNotNull(task.toState(ctx));
                task.policyStatements(ctx);
            }
            return true;
        } catch (TaskValidationException e) {
            assertEquals("S", e.stateName(), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError(request.properties() + " in " + request.queryLanguage() + ": " + e, e);
        }
    }
}
