package io.github.sfntasks.provider.sns;

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
        Robustness.of(new SnsPublishProvider(), "{\"topic\": \"arn:aws:sns:us-east-1:123456789012:t\", \"message\": \"x\"}")
                .withProperties("topic", "message", "subject", "messageAttributes", "messagePerSubscriptionType", "messageGroupId", "messageDeduplicationId", "masterKey", "unknown")
                .assertOnlyValidationErrors();
    }
}
