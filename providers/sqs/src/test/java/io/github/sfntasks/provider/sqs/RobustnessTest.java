package io.github.sfntasks.provider.sqs;

import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.testing.Robustness;
import org.junit.jupiter.api.Test;

/**
 * Odd values for every property, plain and as {@code ".$"}, in both query languages and every
 * pattern: the provider either builds a task that renders, or throws {@link TaskValidationException}
 * naming the state; never another exception.
 */
class RobustnessTest {

    @Test
    void throwsOnlyTaskValidationExceptionAndRendersWhatItBuilds() {
        Robustness.of(new SqsSendMessageProvider(), "{\"queue\": \"https://sqs.us-east-1.amazonaws.com/123456789012/q\", \"messageBody\": \"x\"}")
                .withProperties("queue", "messageBody", "delay", "messageGroupId", "messageDeduplicationId", "messageAttributes", "encryptionMasterKey", "unknown")
                .assertOnlyValidationErrors();
    }
}
