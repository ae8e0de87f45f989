package io.github.sfntasks.provider.support;

import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.Value;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The base of the builder of a {@link MessageTask}: the setters of the message group id, the message
 * deduplication id and the message attributes, alike for SNS and SQS. They are checked when the task
 * is built.
 *
 * <pre>{@code
 * SqsSendMessage.builder("Send")
 *     .queue("orders.fifo")
 *     .messageBody(TaskInput.fromJsonPathAt("$.order"))
 *     .messageGroupId(JsonPath.stringAt("$.customerId"))
 *     .messageAttribute("priority", MessageAttribute.of(1))
 *     .build();
 * }</pre>
 *
 * @param <B> the concrete builder type
 * @param <T> the task type it builds
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public abstract class MessageTaskBuilder<B extends MessageTaskBuilder<B, T>, T extends MessageTask> extends TaskBuilder<B, T> {

    Value messageGroupId;
    Value messageDeduplicationId;
    LinkedHashMap<String, MessageAttribute> messageAttributes;

    /** @param stateName the state's name */
    protected MessageTaskBuilder(String stateName) {
        super(stateName);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Copies the message group id, deduplication id and attributes of {@code task}; for
     * {@code toBuilder()} implementations, beside {@link #copyCommon}.
     *
     * @param task the task to copy from
     * @return this builder
     */
    public final B copyMessage(MessageTask task) {
        this.messageGroupId = task.messageGroupId();
        this.messageDeduplicationId = task.messageDeduplicationId();
        this.messageAttributes = task.messageAttributes() == null ? null : new LinkedHashMap<>(task.messageAttributes());
        return self();
    }

    /**
     * @param id the message group id: required for a FIFO queue or topic; on a standard one it enables fair queues
     * @return this builder
     */
    public B messageGroupId(String id) {
        return messageGroupId(id == null ? null : Literal.of(id));
    }

    /** @param id the message group id as a path, intrinsic or expression @return this builder */
    public B messageGroupId(Value id) {
        this.messageGroupId = id;
        return self();
    }

    /** @param id the message deduplication id, for FIFO queues and topics only @return this builder */
    public B messageDeduplicationId(String id) {
        return messageDeduplicationId(id == null ? null : Literal.of(id));
    }

    /** @param id the message deduplication id as a path, intrinsic or expression @return this builder */
    public B messageDeduplicationId(Value id) {
        this.messageDeduplicationId = id;
        return self();
    }

    /**
     * @param attributes the message attributes, replacing those set (iteration order is kept:
     *                   pass a {@code LinkedHashMap} for a stable order)
     * @return this builder
     */
    public B messageAttributes(Map<String, MessageAttribute> attributes) {
        this.messageAttributes = attributes == null ? null : new LinkedHashMap<>(attributes);
        return self();
    }

    /**
     * @param name the attribute name
     * @param attribute the attribute, appended (or replacing one of the same name)
     * @return this builder
     */
    public B messageAttribute(String name, MessageAttribute attribute) {
        if (messageAttributes == null) {
            messageAttributes = new LinkedHashMap<>();
        }
        messageAttributes.put(name, attribute);
        return self();
    }
}
