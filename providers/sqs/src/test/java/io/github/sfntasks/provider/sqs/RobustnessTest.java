package io.github.sfntasks.provider.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Odd values for every property, plain and as {@code ".$"}, in both query languages and every
 * pattern: the provider either builds a task that renders, or throws {@link TaskValidationException}
 * naming the state; never another exception.
 */
class RobustnessTest {

    private static final List<String> PROPERTIES = List.of("queue", "messageBody", "delay", "messageGroupId", "messageDeduplicationId", "messageAttributes", "encryptionMasterKey", "unknown");
    private static final List<String> VALUES = List.of("null", "0", "-1", "901", "1.5", "1e400", "true", "\"\"", "\"x\"",
            "\" \"", "\"\\u0000\"", "[]", "[null]", "[[1]]", "{}", "{\"a\": 1}", "{\"default\": 1}", "{\"v\": {\"value\": 1}}",
            "{\"v\": {\"value\": [1, {\"a\": 1}]}}", "{\"v\": {\"value.$\": \"$.a\", \"dataType\": \"Binary\"}}",
            "{\"v\": {\"value\": \"{% $x %}\"}}", "{\"v\": null}", "{\"v\": {\"value\": 1e400}}", "{\"v\": {\"value\": [1e400]}}", "\"{% $states.input %}\"", "\"{% %}\"", "\"$.a\"",
            "\"$$.Task.Token\"", "\"States.Format('{}', $.a)\"", "\"States.Nope()\"", "\"arn:aws:sqs:us-east-1:123456789012:q.fifo\"",
            "\"https://sqs.us-east-1.amazonaws.com/123456789012/q.fifo\"", "\"t.fifo\"");

    private final SqsSendMessageProvider provider = new SqsSendMessageProvider();

    @Test
    void throwsOnlyTaskValidationExceptionAndRendersWhatItBuilds() {
        int built = 0;
        for (QueryLanguage language : QueryLanguage.values()) {
            for (IntegrationPattern pattern : IntegrationPattern.values()) {
                for (String property : PROPERTIES) {
                    for (String suffix : List.of("", ".$")) {
                        for (String value : VALUES) {
                            ObjectNode props = Fixture.object("{\"queue\": \"https://sqs.us-east-1.amazonaws.com/123456789012/q\", \"messageBody\": \"x\"}");
                            JsonNode v = Fixture.read(value);
                            props.remove(property);
                            props.set(property + suffix, v);
                            try {
                                Task task = provider.create(new TaskRequest("S", SqsSendMessage.TYPE_ID, props, pattern, language, null));
                                assertNotNull(task.toState(Fixture.CONTEXT));
                                assertNotNull(task.policyStatements(Fixture.CONTEXT));
                                assertNotNull(task.toState(RenderContext.cloudFormation()));
                                built++;
                            } catch (TaskValidationException e) {
                                if (!"S".equals(e.stateName())) {
                                    fail("no state name for " + property + suffix + "=" + value + ": " + e.getMessage());
                                }
                            } catch (RuntimeException e) {
                                throw new AssertionError(language + " " + pattern + " " + property + suffix + "=" + value, e);
                            }
                        }
                    }
                }
            }
        }
        if (built == 0) {
            fail("nothing built");
        }
    }
}
