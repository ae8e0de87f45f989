package io.github.sfntasks.provider.support;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What SNS Publish and SQS SendMessage share, on a task of this test's own ({@link Send}, to a destination named
 * at build time or chosen at run time). Expected values from the SNS Publish and SQS SendMessage API references:
 * MessageGroupId and MessageDeduplicationId are 1 to 128 characters of a-z, A-Z, 0-9 and punctuation; a FIFO queue
 * or topic (name ending .fifo) requires MessageGroupId; MessageDeduplicationId applies only to FIFO ones; a group id
 * on a standard queue or topic is taken (fair queues).
 */
class MessageTaskTest {

    /** A task that sends to {@code destination} (a name, or {@code null} for one chosen at run time). */
    static final class Send extends MessageTask {
        private final String destination;

        private Send(Builder b) {
            super(b, "test:send", EnumSet.of(IntegrationPattern.REQUEST_RESPONSE), MessageAttributes.Rules.of("SQS").withMaxCount(2));
            this.destination = b.destination;
            checkFifo("queue", destination);
        }

        @Override
        protected String resource(RenderContext context) {
            return "arn:aws:states:::test:send";
        }

        @Override
        protected Value parameters(RenderContext context) {
            return ObjectValue.builder()
                    .putIfNotNull("MessageDeduplicationId", messageDeduplicationId())
                    .putIfNotNull("MessageGroupId", messageGroupId())
                    .putIfNotNull("MessageAttributes", messageAttributes() == null ? null : MessageAttributes.render(messageAttributes()))
                    .build();
        }

        @Override
        protected List<PolicyStatement> grants(RenderContext context) {
            return List.of();
        }

        @Override
        public Builder toBuilder() {
            Builder b = new Builder(stateName()).copyCommon(this).copyMessage(this);
            b.destination = destination;
            return b;
        }

        static final class Builder extends MessageTaskBuilder<Builder, Send> {
            private String destination;

            Builder(String stateName) {
                super(stateName);
            }

            Builder to(String name) {
                this.destination = name;
                return this;
            }

            @Override
            protected Send newTask() {
                return new Send(this);
            }
        }
    }

    private static Send.Builder to(String destination) {
        return new Send.Builder("S").to(destination);
    }

    private static TaskValidationException assertRefused(ErrorCode code, String property, Executable build) {
        TaskValidationException e = assertThrows(TaskValidationException.class, build);
        assertEquals(code, e.code(), e.getMessage());
        assertEquals("S", e.stateName(), e.getMessage());
        assertEquals(property, e.property(), e.getMessage());
        return e;
    }

    @Test
    void idsAreOneTo128PrintableAsciiCharacters() {
        to("q.fifo").messageGroupId("g".repeat(128)).messageDeduplicationId("!~" + "d".repeat(126)).build();
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageGroupId", () -> to("q").messageGroupId("g".repeat(129)).build());
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageGroupId", () -> to("q").messageGroupId("gr\u00fcn").build());
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageDeduplicationId",
                () -> to("q.fifo").messageGroupId("g").messageDeduplicationId("a b").build());
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageDeduplicationId",
                () -> to("q.fifo").messageGroupId("g").messageDeduplicationId("").build());
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageGroupId", () -> to("q").messageGroupId(Literal.of(7)).build());
    }

    @Test
    void aFifoDestinationNeedsAGroupId() {
        TaskValidationException e = assertRefused(ErrorCode.MISSING_PROPERTY, "messageGroupId", () -> to("orders.fifo").build());
        assertTrue(e.getMessage().contains("is required for the FIFO queue orders.fifo"), e.getMessage());
        to("orders.fifo").messageGroupId(JsonPath.stringAt("$.customer")).build();
    }

    @Test
    void aStandardDestinationTakesAGroupIdButNoDeduplicationId() {
        to("orders").messageGroupId("tenant-1").build();
        TaskValidationException e = assertRefused(ErrorCode.CONFLICTING_PROPERTIES, "messageDeduplicationId",
                () -> to("orders").messageDeduplicationId("d-1").build());
        assertTrue(e.getMessage().contains("applies only to FIFO queues (names ending .fifo); orders is a standard queue"),
                e.getMessage());
    }

    @Test
    void aDestinationChosenAtRunTimeIsTheServicesToCheck() {
        to(null).build();
        to(null).messageDeduplicationId("d-1").build();
    }

    @Test
    void idsFollowTheQueryLanguage() {
        assertRefused(ErrorCode.QUERY_LANGUAGE_MISMATCH, "messageGroupId",
                () -> to("q").queryLanguage(QueryLanguage.JSONATA).messageGroupId(JsonPath.stringAt("$.g")).build());
    }

    @Test
    void attributeErrorsNameTheStateAndTheServiceRulesApply() {
        assertRefused(ErrorCode.INVALID_PROPERTY, "messageAttributes.AWS.x", () -> to("q").messageAttribute("AWS.x", MessageAttribute.of(1)).build());
        assertRefused(ErrorCode.OUT_OF_RANGE, "messageAttributes", () -> to("q").messageAttribute("a", MessageAttribute.of(1))
                .messageAttribute("b", MessageAttribute.of(2)).messageAttribute("c", MessageAttribute.of(3)).build());
    }

    @Test
    void settersTakeTextOrValuesAndKeepAttributeOrder() {
        Send task = to("q.fifo").messageGroupId("g").messageDeduplicationId(JsonPath.stringAt("$.id"))
                .messageAttribute("z", MessageAttribute.of(1)).messageAttribute("a", MessageAttribute.of("x")).build();
        assertEquals(Literal.of("g"), task.messageGroupId());
        assertEquals(JsonPath.stringAt("$.id"), task.messageDeduplicationId());
        assertEquals(List.of("z", "a"), List.copyOf(task.messageAttributes().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> task.messageAttributes().clear());
        Map<String, MessageAttribute> replacing = new LinkedHashMap<>();
        replacing.put("only", MessageAttribute.of(true));
        assertEquals(List.of("only"), List.copyOf(to("q").messageAttribute("z", MessageAttribute.of(1))
                .messageAttributes(replacing).build().messageAttributes().keySet()));
        Send none = to("q").messageGroupId((String) null).build();
        assertNull(none.messageGroupId());
        assertNull(none.messageAttributes());
    }

    @Test
    void toBuilderCopiesTheMessageParts() {
        Send task = to("q.fifo").messageGroupId("g").messageDeduplicationId("d")
                .messageAttribute("n", MessageAttribute.of(4)).build();
        Send copy = task.toBuilder().build();
        assertEquals(task.toState(RenderContext.of("aws", "us-east-1", "123456789012")),
                copy.toState(RenderContext.of("aws", "us-east-1", "123456789012")));
        assertEquals("{\"MessageDeduplicationId\":\"d\",\"MessageGroupId\":\"g\","
                        + "\"MessageAttributes\":{\"n\":{\"DataType\":\"Number\",\"StringValue\":\"4\"}}}",
                copy.toState(RenderContext.of("aws", "us-east-1", "123456789012")).get("Parameters").toString());
        Send changed = task.toBuilder().messageAttribute("m", MessageAttribute.of(5)).build();
        assertEquals(1, task.messageAttributes().size(), "the copy does not share the original's map");
        assertFalse(changed.messageAttributes().isEmpty());
    }
}
