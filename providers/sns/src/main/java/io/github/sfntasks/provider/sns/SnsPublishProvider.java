package io.github.sfntasks.provider.sns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.MessageAttributes;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.value.TaskInput;

import java.io.UncheckedIOException;
import java.util.Set;

/** The {@code sns:publish} provider: {@link SnsPublish} from a workflow file. */
@ApiStatus(ApiStatus.Status.STABLE)
public final class SnsPublishProvider implements TaskProvider {

    private static final ObjectNode SCHEMA = schema();

    /** For {@code ServiceLoader}. */
    public SnsPublishProvider() {
    }

    @Override
    public String typeId() {
        return SnsPublish.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return SnsPublish.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Publish a message to an Amazon SNS topic";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
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
        p.finish();
        return b.build();
    }

    private static ObjectNode schema() {
        ObjectNode doc = JsonSchema.object()
                .required("topic", JsonSchema.string().pattern(SnsPublish.TOPIC_REGEX)
                        .description("Topic ARN, or a topic name in the render context's region and account").dynamic())
                .required("message", JsonSchema.any()
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
                        .description("KMS key ARN or key id of an encrypted topic, for its grant"))
                .toDocument(SnsPublish.TYPE_ID);
        ObjectNode message = (ObjectNode) doc.get("properties").get("message").get("anyOf").get(0);
        message.removeAll();
        message.putArray("anyOf").add(parse("{\"type\": \"string\", \"minLength\": 1}")).add(parse("{\"type\": \"object\"}"));
        return doc;
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
