package io.github.sfntasks.provider.support;

import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.Value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The base of a task that sends one message to Amazon SNS or Amazon SQS ({@code sns:publish},
 * {@code sqs:sendMessage}): the message group id, the message deduplication id and the message
 * attributes, which both APIs take alike, with the checks both services make. Built by a
 * {@link MessageTaskBuilder}.
 *
 * <p>A task's constructor passes its service's attribute rules, then checks the FIFO rules once the destination is
 * known ({@link #checkFifo}, with a null name when the destination is chosen at run time); its parameters put the
 * two ids. From {@code SnsPublish}:
 *
 * <pre>{@code
 * super(b, TYPE_ID, PATTERNS, MESSAGE_ATTRIBUTE_RULES);
 * ...
 * checkFifo("topic", staticTopicName());
 * ...
 *         .putIfNotNull("MessageDeduplicationId", messageDeduplicationId())
 *         .putIfNotNull("MessageGroupId", messageGroupId())
 * }</pre>
 *
 * <p>The constructor checks the two ids ({@link #FIFO_ID_PATTERN}) and the attributes (the shared
 * rules of {@link MessageAttributes} and the service's {@link MessageAttributes.Rules}); errors name
 * this state and the property.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public abstract class MessageTask extends ServiceTask {

    /**
     * A message group or deduplication id: 1 to 128 ASCII letters, digits and punctuation, as the SNS
     * Publish and SQS SendMessage API references say. Java and ECMA-262 (JSON Schema) read it alike.
     */
    public static final String FIFO_ID_PATTERN = "^[!-~]{1,128}$";

    private static final Pattern FIFO_ID = Pattern.compile(FIFO_ID_PATTERN);
    private static final String FIFO_ID_RULE =
            "must be 1 to 128 characters of a-z, A-Z, 0-9 and punctuation (!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~)";

    private final Value messageGroupId;
    private final Value messageDeduplicationId;
    private final Map<String, MessageAttribute> messageAttributes;

    /**
     * Takes and checks the common parts and the message's ids and attributes.
     *
     * @param builder the builder
     * @param typeId the task's type id
     * @param supported the patterns the integration supports
     * @param attributeRules what the service takes in message attributes
     * @throws TaskValidationException naming this state and the property when something is invalid
     */
    protected MessageTask(MessageTaskBuilder<?, ?> builder, String typeId, Set<IntegrationPattern> supported,
            MessageAttributes.Rules attributeRules) {
        super(builder, typeId, supported);
        this.messageGroupId = builder.messageGroupId;
        this.messageDeduplicationId = builder.messageDeduplicationId;
        this.messageAttributes = builder.messageAttributes == null ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.messageAttributes));
        checkPattern(messageGroupId, "messageGroupId", FIFO_ID, FIFO_ID_RULE);
        checkPattern(messageDeduplicationId, "messageDeduplicationId", FIFO_ID, FIFO_ID_RULE);
        try {
            MessageAttributes.check(messageAttributes, queryLanguage(), attributeRules);
        } catch (TaskValidationException e) {
            throw e.locate(stateName(), null);
        }
    }

    /** @return the message group id, or {@code null} */
    public Value messageGroupId() {
        return messageGroupId;
    }

    /** @return the message deduplication id, or {@code null} */
    public Value messageDeduplicationId() {
        return messageDeduplicationId;
    }

    /** @return the message attributes in order (unmodifiable), or {@code null} when none were set */
    public Map<String, MessageAttribute> messageAttributes() {
        return messageAttributes;
    }

    /**
     * The rules of a FIFO destination (a queue or topic whose name ends {@code .fifo}), for one known
     * at build time: a FIFO destination needs a message group id, and a standard one takes no
     * deduplication id (a group id it takes, for fair queues). A destination chosen at run time is
     * the service's to check.
     *
     * @param kind what the destination is, for messages ({@code queue}, {@code topic})
     * @param name the destination's name, or {@code null} when it is chosen at run time
     * @return whether the destination is a known FIFO one
     * @throws TaskValidationException ({@link ErrorCode#MISSING_PROPERTY} {@code messageGroupId},
     *         {@link ErrorCode#CONFLICTING_PROPERTIES} {@code messageDeduplicationId}) when a rule is broken
     */
    protected final boolean checkFifo(String kind, String name) {
        if (name == null) {
            return false;
        }
        boolean fifo = name.endsWith(".fifo");
        if (fifo && messageGroupId == null) {
            throw invalid(ErrorCode.MISSING_PROPERTY, "messageGroupId", "is required for the FIFO " + kind + " " + name);
        }
        if (!fifo && messageDeduplicationId != null) {
            throw invalid(ErrorCode.CONFLICTING_PROPERTIES, "messageDeduplicationId",
                    "applies only to FIFO " + kind + "s (names ending .fifo); " + name + " is a standard " + kind);
        }
        return fifo;
    }
}
