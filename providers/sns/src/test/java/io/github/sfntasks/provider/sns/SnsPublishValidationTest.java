package io.github.sfntasks.provider.sns;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.provider.support.MessageAttribute;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.testing.ExpectedJson;
import io.github.sfntasks.testing.ValidationAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every invalid input gives a {@link TaskValidationException} naming the state and the property. */
class SnsPublishValidationTest {

    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:Topic";
    private static final String FIFO_TOPIC = "arn:aws:sns:us-east-1:123456789012:orders.fifo";

    private final SnsPublishProvider provider = new SnsPublishProvider();

    private static SnsPublish.Builder valid() {
        return SnsPublish.builder("Publish").topic(TOPIC).message(TaskInput.fromText("hello"));
    }

    private static TaskValidationException assertInvalid(ErrorCode code, String property, Executable build) {
        return ValidationAssertions.assertInvalid(code, "Publish", property, build);
    }

    private TaskValidationException assertWorkflowInvalid(ErrorCode code, String property, String properties) {
        return assertWorkflowInvalid(code, property, properties, QueryLanguage.JSONPATH);
    }

    private TaskValidationException assertWorkflowInvalid(ErrorCode code, String property, String properties, QueryLanguage language) {
        return assertInvalid(code, property, () -> provider.create(
                TaskRequest.of("Publish", SnsPublish.TYPE_ID, ExpectedJson.object(properties), null, language, null)));
    }

    @Test
    void rejectsMissingTopic() {
        assertInvalid(ErrorCode.MISSING_PROPERTY, "topic",
                () -> SnsPublish.builder("Publish").message(TaskInput.fromText("x")).build());
        assertWorkflowInvalid(ErrorCode.MISSING_PROPERTY, "topic", "{\"message\": \"x\"}");
    }

    @Test
    void rejectsMissingMessage() {
        assertInvalid(ErrorCode.MISSING_PROPERTY, "message", () -> SnsPublish.builder("Publish").topic(TOPIC).build());
        assertWorkflowInvalid(ErrorCode.MISSING_PROPERTY, "message", "{\"topic\": \"" + TOPIC + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:sqs:us-east-1:123456789012:queue", "my topic", "", "arn:aws:sns:us-east-1:123:t"})
    void rejectsTopicThatIsNeitherArnNorName(String topic) {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "topic", () -> valid().topic(topic).build());
    }

    @Test
    void rejectsTopicNameLongerThan256Characters() {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "topic", () -> valid().topic("t".repeat(257)).build());
    }

    @Test
    void rejectsNonStringTopic() {
        assertWorkflowInvalid(ErrorCode.INVALID_PROPERTY, "topic", "{\"topic\": 42, \"message\": \"x\"}");
    }

    @Test
    void rejectsEmptyMessage() {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "message", () -> valid().message(TaskInput.fromText("")).build());
    }

    @Test
    void rejectsNumericOrNullMessage() {
        assertWorkflowInvalid(ErrorCode.INVALID_PROPERTY, "message", "{\"topic\": \"" + TOPIC + "\", \"message\": 42}");
        assertWorkflowInvalid(ErrorCode.INVALID_PROPERTY, "message", "{\"topic\": \"" + TOPIC + "\", \"message\": null}");
    }

    @Test
    void rejectsSubjectLongerThan100Characters() {
        valid().subject("s".repeat(100)).build();
        assertInvalid(ErrorCode.INVALID_PROPERTY, "subject", () -> valid().subject("s".repeat(101)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two\nlines", "tab\there", "caf\u00e9"})
    void rejectsSubjectThatIsNotPrintableAscii(String subject) {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "subject", () -> valid().subject(subject).build());
    }

    @Test
    void requiresMessageGroupIdForFifoTopic() {
        assertInvalid(ErrorCode.MISSING_PROPERTY, "messageGroupId", () -> valid().topic(FIFO_TOPIC).build());
        assertInvalid(ErrorCode.MISSING_PROPERTY, "messageGroupId", () -> valid().topic("orders.fifo").build());
    }

    @Test
    void rejectsDeduplicationIdOnStandardTopic() {
        assertInvalid(ErrorCode.CONFLICTING_PROPERTIES, "messageDeduplicationId",
                () -> valid().messageDeduplicationId("d-1").build());
    }

    @Test
    void rejectsPerSubscriptionMessageWithoutDefault() {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "message", () -> valid().messagePerSubscriptionType(true)
                .message(TaskInput.fromObject(Map.of("email", "hi"))).build());
        assertInvalid(ErrorCode.INVALID_PROPERTY, "message", () -> valid().messagePerSubscriptionType(true)
                .message(TaskInput.fromObject(Map.of("default", 1))).build());
        assertInvalid(ErrorCode.INVALID_PROPERTY, "message", () -> valid().messagePerSubscriptionType(true)
                .message(TaskInput.fromText("not json")).build());
        assertInvalid(ErrorCode.INVALID_PROPERTY, "message", () -> valid().messagePerSubscriptionType(true)
                .message(TaskInput.fromText("{\"email\": \"x\"}")).build());
    }

    @Test
    void acceptsPerSubscriptionMessageAsJsonTextOrPath() {
        valid().messagePerSubscriptionType(true).message(TaskInput.fromText("{\"default\": \"x\"}")).build();
        valid().messagePerSubscriptionType(true).message(TaskInput.fromJsonPathAt("$.message")).build();
        valid().messagePerSubscriptionType(true).message(TaskInput.fromObject(Map.of("default", JsonPath.stringAt("$.m")))).build();
    }

    @Test
    void acceptsMoreThanTenAttributesAsSnsSetsNoLimit() {
        SnsPublish.Builder b = valid();
        for (int i = 0; i < 11; i++) {
            b.messageAttribute("a" + i, MessageAttribute.of(i));
        }
        assertEquals(11, b.build().messageAttributes().size());
    }

    @Test
    void rejectsMisspelledPropertyWithSuggestion() {
        TaskValidationException e = assertWorkflowInvalid(ErrorCode.UNKNOWN_PROPERTY, "mesage",
                "{\"topic\": \"" + TOPIC + "\", \"message\": \"x\", \"mesage\": \"y\"}");
        assertTrue(e.getMessage().contains("\"message\""), e.getMessage());
    }

    @Test
    void rejectsPlainAndDollarFormOfOneProperty() {
        assertWorkflowInvalid(ErrorCode.CONFLICTING_PROPERTIES, "message",
                "{\"topic\": \"" + TOPIC + "\", \"message\": \"x\", \"message.$\": \"$.m\"}");
    }

    @Test
    void rejectsJsonataExpressionInJsonPathState() {
        assertInvalid(ErrorCode.QUERY_LANGUAGE_MISMATCH, "message",
                () -> valid().message(TaskInput.fromJsonata("$states.input.m")).build());
        assertInvalid(ErrorCode.QUERY_LANGUAGE_MISMATCH, "subject",
                () -> valid().subject(JsonataExpression.of("$states.input.s")).build());
    }

    @Test
    void rejectsJsonPathInJsonataState() {
        assertInvalid(ErrorCode.QUERY_LANGUAGE_MISMATCH, "topic", () -> valid().queryLanguage(QueryLanguage.JSONATA)
                .topic(JsonPath.stringAt("$.topic")).build());
        assertInvalid(ErrorCode.QUERY_LANGUAGE_MISMATCH, "messageAttributes.place.value", () -> valid()
                .queryLanguage(QueryLanguage.JSONATA)
                .messageAttribute("place", MessageAttribute.of(JsonPath.stringAt("$.place"))).build());
        assertWorkflowInvalid(ErrorCode.QUERY_LANGUAGE_MISMATCH, "message.$",
                "{\"topic\": \"" + TOPIC + "\", \"message.$\": \"$.m\"}", QueryLanguage.JSONATA);
    }

    @Test
    void requiresTaskTokenForCallback() {
        assertInvalid(ErrorCode.TASK_TOKEN_REQUIRED, "message",
                () -> valid().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
    }

    @Test
    void rejectsRunJobPattern() {
        assertInvalid(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "integrationPattern",
                () -> valid().integrationPattern(IntegrationPattern.RUN_JOB).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alias/aws/sns", "arn:aws:kms:us-east-1:123456789012:alias/my-key", "key"})
    void rejectsMasterKeyThatIsNotAKey(String key) {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "masterKey", () -> valid().masterKey(key).build());
    }

    @Test
    void rejectsPathForStaticOnlyProperty() {
        assertWorkflowInvalid(ErrorCode.INVALID_PROPERTY, "messagePerSubscriptionType.$",
                "{\"topic\": \"" + TOPIC + "\", \"message\": \"x\", \"messagePerSubscriptionType.$\": \"$.b\"}");
    }
}
