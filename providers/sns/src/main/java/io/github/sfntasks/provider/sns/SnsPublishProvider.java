package io.github.sfntasks.provider.sns;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.MessageAttributes;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;
import io.github.sfntasks.api.value.TaskInput;

/** The {@code sns:publish} provider: {@link SnsPublish} from a workflow file. */
@ApiStatus(ApiStatus.Status.STABLE)
public final class SnsPublishProvider extends ServiceTaskProvider {

    private static final JsonSchema SCHEMA = JsonSchema.object()
            .required("topic", JsonSchema.string().pattern(SnsPublish.TOPIC_REGEX)
                    .description("Topic ARN, or a topic name in the render context's region and account").dynamic())
            .required("message", JsonSchema.anyOf(JsonSchema.string().minLength(1), JsonSchema.freeObject())
                    .description("Text or a JSON object; with messagePerSubscriptionType an object with a string \"default\"")
                    .dynamic())
            .optional("subject", JsonSchema.string().pattern(SnsPublish.SUBJECT_REGEX)
                    .description("E-mail subject: 1 to 100 printable ASCII characters").dynamic())
            .optional(MessageAttributes.PROPERTY, MessageAttributes.schema(SnsPublish.MESSAGE_ATTRIBUTE_RULES))
            .optional("messagePerSubscriptionType", JsonSchema.bool()
                    .description("Send MessageStructure \"json\": a different message per protocol"))
            .optional("messageGroupId", JsonSchema.string().pattern(SnsPublish.FIFO_ID_REGEX)
                    .description("Message group id; required for FIFO topics").dynamic())
            .optional("messageDeduplicationId", JsonSchema.string().pattern(SnsPublish.FIFO_ID_REGEX)
                    .description("Message deduplication id; FIFO topics only").dynamic())
            .optional("masterKey", JsonSchema.string().pattern(Arn.KMS_KEY_PATTERN)
                    .description("KMS key ARN or key id of an encrypted topic, for its grant"));

    /** For {@code ServiceLoader}. */
    public SnsPublishProvider() {
        super(SnsPublish.TYPE_ID, SnsPublish.PATTERNS, "Publish a message to an Amazon SNS topic", SCHEMA);
    }

    @Override
    protected SnsPublish.Builder read(TaskRequest request, PropertyReader p) {
        SnsPublish.Builder b = SnsPublish.builder(request.stateName()).apply(request)
                .topic(p.requiredValue("topic"))
                .message(TaskInput.fromValue(p.requiredValue("message")))
                .subject(p.stringValue("subject"))
                .messageAttributes(MessageAttributes.read(p))
                .messageGroupId(p.stringValue("messageGroupId"))
                .messageDeduplicationId(p.stringValue("messageDeduplicationId"))
                .masterKey(p.string("masterKey"));
        Boolean perType = p.bool("messagePerSubscriptionType");
        if (perType != null) {
            b.messagePerSubscriptionType(perType);
        }
        return b;
    }
}
