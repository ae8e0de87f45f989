package io.github.sfntasks.provider.eventbridge;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;

/**
 * One event sent by {@link EventBridgePutEvents}, as the AWS CDK's {@code EventBridgePutEventsEntry}: a
 * {@code PutEventsRequestEntry} of the EventBridge API. The entry is a plain value; it is checked when the task
 * is built, so errors name the state and the entry ({@code entries[1].source}).
 *
 * <pre>{@code
 * EventBridgePutEventsEntry.builder()
 *     .detail(TaskInput.fromObject(Map.of("Message", "Hello from Step Functions!")))
 *     .detailType("MessageFromStepFunctions")
 *     .source("step.functions")
 *     .eventBus("MyEventBus1")
 *     .build();
 * }</pre>
 *
 * @param detail the event body ({@code Detail}): an object, a JSON text, a path or a JSONata expression
 * @param detailType the detail type ({@code DetailType}), 1 to 128 characters, or a dynamic value
 * @param source the source ({@code Source}), 1 to 256 characters not starting with {@code aws.}, or a dynamic value
 * @param eventBus the bus: its name or ARN, a dynamic value, or {@code null} for the account's default bus
 * @see <a href="https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html">PutEventsRequestEntry</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public record EventBridgePutEventsEntry(TaskInput detail, Value detailType, Value source, Value eventBus) {

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this entry's values, for copies */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.detail = detail;
        b.detailType = detailType;
        b.source = source;
        b.eventBus = eventBus;
        return b;
    }

    /** Builds an {@link EventBridgePutEventsEntry}; all setters accept {@code null} (unset). */
    public static final class Builder {
        private TaskInput detail;
        private Value detailType;
        private Value source;
        private Value eventBus;

        private Builder() {
        }

        /** @param detail the event body @return this builder */
        public Builder detail(TaskInput detail) {
            this.detail = detail;
            return this;
        }

        /** @param detailType the detail type @return this builder */
        public Builder detailType(String detailType) {
            this.detailType = detailType == null ? null : Literal.of(detailType);
            return this;
        }

        /** @param detailType the detail type, a path, intrinsic function or JSONata expression @return this builder */
        public Builder detailType(Value detailType) {
            this.detailType = detailType;
            return this;
        }

        /** @param source the event source, not starting with {@code aws.} @return this builder */
        public Builder source(String source) {
            this.source = source == null ? null : Literal.of(source);
            return this;
        }

        /** @param source the event source, a path, intrinsic function or JSONata expression @return this builder */
        public Builder source(Value source) {
            this.source = source;
            return this;
        }

        /**
         * @param eventBus the bus name or ARN ({@code arn:<partition>:events:<region>:<account>:event-bus/<name>});
         *                 {@code null} for the default bus
         * @return this builder
         */
        public Builder eventBus(String eventBus) {
            this.eventBus = eventBus == null ? null : Literal.of(eventBus);
            return this;
        }

        /** @param eventBus the bus chosen at run time (a path, intrinsic function or JSONata expression) @return this builder */
        public Builder eventBus(Value eventBus) {
            this.eventBus = eventBus;
            return this;
        }

        /** @return the entry (checked when the task is built) */
        public EventBridgePutEventsEntry build() {
            return new EventBridgePutEventsEntry(detail, detailType, source, eventBus);
        }
    }
}
