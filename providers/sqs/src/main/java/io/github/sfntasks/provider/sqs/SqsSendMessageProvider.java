package io.github.sfntasks.provider.sqs;

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

/** The {@code sqs:sendMessage} provider: {@link SqsSendMessage} from a workflow file. */
@ApiStatus(ApiStatus.Status.STABLE)
public final class SqsSendMessageProvider implements TaskProvider {

    private static final ObjectNode SCHEMA = schema();

    /** For {@code ServiceLoader}. */
    public SqsSendMessageProvider() {
    }

    @Override
    public String typeId() {
        return SqsSendMessage.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return SqsSendMessage.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Send a message to an Amazon SQS queue";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
        SqsSendMessage.Builder b = SqsSendMessage.builder(request.stateName()).apply(request)
                .queue(p.requiredValue("queue"))
                .messageBody(TaskInput.fromValue(p.requiredValue("messageBody")))
                .delay(p.numberValue("delay"))
                .messageGroupId(p.stringValue("messageGroupId"))
                .messageDeduplicationId(p.stringValue("messageDeduplicationId"))
                .messageAttributes(MessageAttributes.read(p))
                .encryptionMasterKey(p.string("encryptionMasterKey"));
        p.finish();
        return b.build();
    }

    private static ObjectNode schema() {
        ObjectNode doc = JsonSchema.object()
                .required("queue", JsonSchema.string().pattern(QueueReference.QUEUE_REGEX)
                        .description("Queue URL, queue ARN, or a queue name in the render context's region and account").dynamic())
                .required("messageBody", JsonSchema.any()
                        .description("Text (1 character to 1 MiB) or a JSON object").dynamic())
                .optional("delay", JsonSchema.integer().minimum(0).maximum(SqsSendMessage.MAX_DELAY_SECONDS)
                        .description("DelaySeconds: 0 to 900 whole seconds; not for FIFO queues").dynamic())
                .optional("messageGroupId", JsonSchema.string().pattern(SqsSendMessage.FIFO_ID_REGEX)
                        .description("Message group id; required for FIFO queues").dynamic())
                .optional("messageDeduplicationId", JsonSchema.string().pattern(SqsSendMessage.FIFO_ID_REGEX)
                        .description("Message deduplication id; FIFO queues only").dynamic())
                .optional(MessageAttributes.PROPERTY, MessageAttributes.schema(SqsSendMessage.MESSAGE_ATTRIBUTE_RULES))
                .optional("encryptionMasterKey", JsonSchema.string().pattern(Arn.KMS_KEY_PATTERN)
                        .description("KMS key ARN or key id of an SSE-KMS queue, for its grant"))
                .toDocument(SqsSendMessage.TYPE_ID);
        ObjectNode body = (ObjectNode) doc.get("properties").get("messageBody").get("anyOf").get(0);
        body.removeAll();
        body.putArray("anyOf").add(parse("{\"type\": \"string\", \"minLength\": 1}")).add(parse("{\"type\": \"object\"}"));
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
