package io.github.sfntasks.provider.apigateway;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.testing.Robustness;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    private static final String[] NAMES = {"api", "apiId", "stageName", "method", "apiPath", "headers",
            "queryParameters", "requestBody", "authType", "region", "typo"};

    private static Robustness check(Robustness r) {
        return r.withProperties(NAMES).withValues(SAMPLES).withStateQueryLanguage(true)
                .withPatterns(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    }

    @Test
    void anyValueInAnyPropertyOfRestFailsOnlyWithTaskValidationException() {
        check(Robustness.of(new CallApiGatewayRestApiEndpointProvider(),
                "{\"api\": \"a1b2c3d4e5\", \"stageName\": \"prod\", \"method\": \"GET\"}")).assertOnlyValidationErrors();
    }

    @Test
    void anyValueInAnyPropertyOfHttpFailsOnlyWithTaskValidationException() {
        check(Robustness.of(new CallApiGatewayHttpApiEndpointProvider(),
                "{\"apiId\": \"a1b2c3d4e5\", \"stageName\": \"prod\", \"method\": \"GET\"}")).assertOnlyValidationErrors();
    }
}
