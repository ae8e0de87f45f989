package io.github.sfntasks.provider.sqs;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.provider.support.MessageAttribute;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.testing.ExpectedJson;
import io.github.sfntasks.testing.ValidationAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every invalid input gives a {@link TaskValidationException} naming the state and the property. */
class SqsSendMessageValidationTest {

    private static final String QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/Queue";
    private static final String FIFO_QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo";

    private final SqsSendMessageProvider provider = new SqsSendMessageProvider();

    private static SqsSendMessage.Builder valid() {
        return SqsSendMessage.builder("Send").queue(QUEUE).messageBody(TaskInput.fromText("hello"));
    }

    private static TaskValidationException assertInvalid(ErrorCode code, String property, Executable build) {
        return ValidationAssertions.assertInvalid(code, "Send", property, build);
    }

    private TaskValidationException assertWorkflowInvalid(ErrorCode code, String property, String properties) {
        return assertWorkflowInvalid(code, property, properties, QueryLanguage.JSONPATH);
    }

    private TaskValidationException assertWorkflowInvalid(ErrorCode code, String property, String properties, QueryLanguage language) {
        return assertInvalid(code, property, () -> provider.create(
                TaskRequest.of("Send", SqsSendMessage.TYPE_ID, ExpectedJson.object(properties), null, language, null)));
    }

    @Test
    void rejectsMissingQueue() {
        assertInvalid(ErrorCode.MISSING_PROPERTY, "queue",
                () -> SqsSendMessage.builder("Send").messageBody(TaskInput.fromText("x")).build());
        assertWorkflowInvalid(ErrorCode.MISSING_PROPERTY, "queue", "{\"messageBody\": \"x\"}");
    }

    @Test
    void rejectsMissingMessageBody() {
        assertInvalid(ErrorCode.MISSING_PROPERTY, "messageBody", () -> SqsSendMessage.builder("Send").queue(QUEUE).build());
        assertWorkflowInvalid(ErrorCode.MISSING_PROPERTY, "messageBody", "{\"queue\": \"" + QUEUE + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/123456789012/q", "arn:aws:sns:us-east-1:123456789012:t",
        "arn:aws-xyz:sqs:us-east-1:123456789012:q", "my queue", ""})
    void rejectsQueueThatIsNeitherUrlNorArnNorName(String queue) {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "queue", () -> valid().queue(queue).build());
    }

    @Test
    void rejectsNonStringQueue() {
        assertWorkflowInvalid(ErrorCode.INVALID_PROPERTY, "queue", "{\"queue\": 1, \"messageBody\": \"x\"}");
    }

    @Test
    void rejectsDelayAbove900Seconds() {
        valid().delay(Duration.ofSeconds(900)).build();
        assertInvalid(ErrorCode.OUT_OF_RANGE, "delay", () -> valid().delay(Duration.ofSeconds(901)).build());
        assertWorkflowInvalid(ErrorCode.OUT_OF_RANGE, "delay", "{\"queue\": \"" + QUEUE + "\", \"messageBody\": \"x\", \"delay\": 901}");
    }

    @Test
    void rejectsNegativeDelay() {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "delay", () -> valid().delay(Duration.ofSeconds(-1)).build());
        assertWorkflowInvalid(ErrorCode.OUT_OF_RANGE, "delay", "{\"queue\": \"" + QUEUE + "\", \"messageBody\": \"x\", \"delay\": -1}");
    }

    @Test
    void rejectsFractionalDelay() {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "delay", () -> valid().delay(Duration.ofMillis(1500)).build());
        assertWorkflowInvalid(ErrorCode.INVALID_PROPERTY, "delay", "{\"queue\": \"" + QUEUE + "\", \"messageBody\": \"x\", \"delay\": 1.5}");
        assertWorkflowInvalid(ErrorCode.INVALID_PROPERTY, "delay", "{\"queue\": \"" + QUEUE + "\", \"messageBody\": \"x\", \"delay\": \"30\"}");
    }

    @Test
    void rejectsDelayOnFifoQueue() {
        assertInvalid(ErrorCode.CONFLICTING_PROPERTIES, "delay",
                () -> valid().queue(FIFO_QUEUE).messageGroupId("g").delay(Duration.ofSeconds(5)).build());
    }

    @Test
    void requiresMessageGroupIdForFifoQueue() {
        assertInvalid(ErrorCode.MISSING_PROPERTY, "messageGroupId", () -> valid().queue(FIFO_QUEUE).build());
        assertInvalid(ErrorCode.MISSING_PROPERTY, "messageGroupId", () -> valid().queue("orders.fifo").build());
    }

    @Test
    void rejectsDeduplicationIdOnStandardQueue() {
        assertInvalid(ErrorCode.CONFLICTING_PROPERTIES, "messageDeduplicationId",
                () -> valid().messageDeduplicationId("d").build());
    }

    @Test
    void rejectsMoreThan10MessageAttributes() {
        SqsSendMessage.Builder ten = valid();
        for (int i = 0; i < 10; i++) {
            ten.messageAttribute("a" + i, MessageAttribute.of(i));
        }
        ten.build();
        SqsSendMessage.Builder eleven = ten.messageAttribute("a10", MessageAttribute.of(10));
        assertInvalid(ErrorCode.OUT_OF_RANGE, "messageAttributes", eleven::build);
    }

    @Test
    void rejectsEmptyBody() {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "messageBody", () -> valid().messageBody(TaskInput.fromText("")).build());
    }

    @Test
    void rejectsBodyWithCharacterSqsRefuses() {
        TaskValidationException e = assertInvalid(ErrorCode.INVALID_PROPERTY, "messageBody",
                () -> valid().messageBody(TaskInput.fromText("bell\u0007")).build());
        assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
        valid().messageBody(TaskInput.fromText("tab\tline\nreturn\r emoji \uD83D\uDE00")).build();
    }

    @Test
    void rejectsBodyLargerThan1MiB() {
        valid().messageBody(TaskInput.fromText("x".repeat(SqsSendMessage.MAX_BODY_BYTES))).build();
        assertInvalid(ErrorCode.OUT_OF_RANGE, "messageBody",
                () -> valid().messageBody(TaskInput.fromText("x".repeat(SqsSendMessage.MAX_BODY_BYTES + 1))).build());
    }

    @Test
    void rejectsNumericOrNullOrArrayBody() {
        assertWorkflowInvalid(ErrorCode.INVALID_PROPERTY, "messageBody", "{\"queue\": \"" + QUEUE + "\", \"messageBody\": 42}");
        assertWorkflowInvalid(ErrorCode.INVALID_PROPERTY, "messageBody", "{\"queue\": \"" + QUEUE + "\", \"messageBody\": null}");
        assertWorkflowInvalid(ErrorCode.INVALID_PROPERTY, "messageBody", "{\"queue\": \"" + QUEUE + "\", \"messageBody\": [1]}");
    }

    @Test
    void rejectsAttributeTextWithCharacterSqsRefuses() {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "messageAttributes.a.value",
                () -> valid().messageAttribute("a", MessageAttribute.of("nul\u0000")).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alias/aws/sqs", "arn:aws:kms:us-east-1:123456789012:alias/k", "not-a-key"})
    void rejectsEncryptionKeyThatIsNotAKey(String key) {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "encryptionMasterKey", () -> valid().encryptionMasterKey(key).build());
    }

    @Test
    void rejectsUnknownProperty() {
        assertWorkflowInvalid(ErrorCode.UNKNOWN_PROPERTY, "delaySeconds",
                "{\"queue\": \"" + QUEUE + "\", \"messageBody\": \"x\", \"delaySeconds\": 5}");
        TaskValidationException e = assertWorkflowInvalid(ErrorCode.UNKNOWN_PROPERTY, "mesageBody",
                "{\"queue\": \"" + QUEUE + "\", \"messageBody\": \"x\", \"mesageBody\": \"y\"}");
        assertTrue(e.getMessage().contains("\"messageBody\""), e.getMessage());
    }

    @Test
    void rejectsJsonataExpressionInJsonPathState() {
        assertInvalid(ErrorCode.QUERY_LANGUAGE_MISMATCH, "messageBody",
                () -> valid().messageBody(TaskInput.fromJsonata("$states.input.m")).build());
        assertInvalid(ErrorCode.QUERY_LANGUAGE_MISMATCH, "delay",
                () -> valid().delay(JsonataExpression.of("$states.input.d")).build());
        assertWorkflowInvalid(ErrorCode.QUERY_LANGUAGE_MISMATCH, "queue",
                "{\"queue\": \"{% $states.input.q %}\", \"messageBody\": \"x\"}");
    }

    @Test
    void rejectsJsonPathInJsonataState() {
        assertInvalid(ErrorCode.QUERY_LANGUAGE_MISMATCH, "queue", () -> valid().queryLanguage(QueryLanguage.JSONATA)
                .queue(JsonPath.stringAt("$.queueUrl")).build());
        assertWorkflowInvalid(ErrorCode.QUERY_LANGUAGE_MISMATCH, "messageBody.$",
                "{\"queue\": \"" + QUEUE + "\", \"messageBody.$\": \"$.m\"}", QueryLanguage.JSONATA);
        assertInvalid(ErrorCode.QUERY_LANGUAGE_MISMATCH, "messageAttributes.a.value", () -> valid()
                .queryLanguage(QueryLanguage.JSONATA).messageAttribute("a", MessageAttribute.of(JsonPath.stringAt("$.a"))).build());
    }

    @Test
    void requiresTaskTokenForCallback() {
        assertInvalid(ErrorCode.TASK_TOKEN_REQUIRED, "messageBody",
                () -> valid().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
    }

    @Test
    void rejectsRunJobPattern() {
        assertInvalid(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "integrationPattern",
                () -> valid().integrationPattern(IntegrationPattern.RUN_JOB).build());
    }

    @Test
    void refusesToGuessUrlDomainOfUnknownPartition() {
        SqsSendMessage task = valid().queue("Queue").build();
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> task.toState(RenderContext.of("aws-future", "xx-east-1", "123456789012")));
        assertEquals("Send", e.stateName());
        assertEquals("queue", e.property());
        assertEquals(ErrorCode.INVALID_RENDER_CONTEXT, e.code());
    }

    @Test
    void rejectsPathForStaticOnlyProperty() {
        assertWorkflowInvalid(ErrorCode.INVALID_PROPERTY, "encryptionMasterKey.$",
                "{\"queue\": \"" + QUEUE + "\", \"messageBody\": \"x\", \"encryptionMasterKey.$\": \"$.k\"}");
    }

    @Test
    void rejectsLiteralDelayThatIsNotANumber() {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "delay", () -> valid().delay(Literal.of("soon")).build());
    }
}
