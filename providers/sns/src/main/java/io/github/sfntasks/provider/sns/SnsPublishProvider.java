package io.github.sfntasks.provider.sns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.provider.support.MessageAttributes;
import io.github.sfntasks.provider.support.MessageTask;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;
import io.github.sfntasks.api.value.TaskInput;

/** The {@code sns:publish} provider: {@link SnsPublish} from a workflow file. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class SnsPublishProvider extends ServiceTaskProvider {

    /** A topic ARN or name of a FIFO topic (the name ends {@code .fifo}). */
    private static final String FIFO = "\\.fifo$";
    /** JSON text of an object with a string {@code default} member, as far as a pattern can tell (SnsPublish parses it). */
    private static final String JSON_OBJECT_WITH_DEFAULT = "^\\s*\\{[\\s\\S]*\"default\"\\s*:\\s*\"[\\s\\S]*\\}\\s*$";
    /** Reads the schema written as JSON text; created on first use. */
    private static final class Json {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }
    /**
     * The message messagePerSubscriptionType takes: one member per protocol, {@code default} for the others. Any object
     * is a message too; this alternative names the shape (and lets generators make one).
     */
    private static JsonSchema perProtocol() {
        return json("{'type': 'object', 'required': ['default'],"
                + " 'properties': {'default': {'type': 'string', 'description': 'the message for protocols without a member of their own'}},"
                + " 'additionalProperties': {},"
                + " 'description': 'with messagePerSubscriptionType: a message per protocol (email, sqs, lambda...), default for the others'}");
    }

    private static JsonSchema schema() {
        return JsonSchema.object()
                .required("topic", JsonSchema.resource(JsonSchema.string().pattern(SnsPublish.TOPIC_REGEX), SnsPublish.TOPIC_ARN)
                        .description("Topic ARN, or a topic name in the render context's region and account;"
                                + " a whole placeholder is the topic ARN").dynamic())
                .required("message", JsonSchema.anyOf(JsonSchema.string().minLength(1), JsonSchema.freeObject(), perProtocol())
                        .description("Text or a JSON object; with messagePerSubscriptionType an object with a string \"default\"")
                        .dynamic())
                .optional("subject", JsonSchema.string().pattern(SnsPublish.SUBJECT_REGEX)
                        .description("E-mail subject: 1 to 100 printable ASCII characters").dynamic())
                .optional(MessageAttributes.PROPERTY, MessageAttributes.schema(SnsPublish.MESSAGE_ATTRIBUTE_RULES))
                .optional("messagePerSubscriptionType", JsonSchema.bool()
                        .description("Send MessageStructure \"json\": a different message per protocol"))
                .optional("messageGroupId", JsonSchema.string().pattern(MessageTask.FIFO_ID_PATTERN)
                        .description("Message group id; required for FIFO topics").dynamic())
                .optional("messageDeduplicationId", JsonSchema.string().pattern(MessageTask.FIFO_ID_PATTERN)
                        .description("Message deduplication id; FIFO topics only").dynamic())
                .optional("masterKey", JsonSchema.resource(JsonSchema.string().pattern(Arn.KMS_KEY_PATTERN), SnsPublish.KEY_ARN)
                        .description("KMS key ARN or key id of an encrypted topic, for its grant; a whole placeholder is the key ARN"))
                // What SnsPublish refuses for a topic known at build time (a topic chosen at run time is SNS's to check):
                // a FIFO topic needs a group id, a standard topic takes no deduplication id.
                .rule(JsonSchema.propertyMatches("topic", FIFO), JsonSchema.present("messageGroupId"))
                .rule(JsonSchema.allOf(JsonSchema.propertyMatches("topic", SnsPublish.TOPIC_REGEX),
                                JsonSchema.not(JsonSchema.propertyMatches("topic", FIFO))),
                        JsonSchema.absent("messageDeduplicationId"))
                // MessageStructure "json": a message given here must be an object with a string "default" member (or JSON
                // text of one); a path or expression is checked at run time.
                .rule(json("{'properties': {'messagePerSubscriptionType': {'const': true}}, 'required': ['messagePerSubscriptionType']}"),
                        json("{'properties': {'message': {'anyOf': ["
                                + "{'type': 'object', 'anyOf': [{'required': ['default'], 'properties': {'default': {'type': 'string'}}},"
                                + " {'required': ['default.$']}]},"
                                + "{'type': 'string', 'pattern': '" + escape(JSON_OBJECT_WITH_DEFAULT) + "'},"
                                + "{'type': 'string', 'pattern': '" + escape(JsonSchema.JSONATA_PATTERN) + "'}]}}}"));
    }

    /** @param text a schema, with {@code '} for {@code "} @return it */
    private static JsonSchema json(String text) {
        try {
            return JsonSchema.raw((ObjectNode) Json.INSTANCE.readTree(text.replace('\'', '"')));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param regex a pattern @return it as a JSON string body */
    private static String escape(String regex) {
        return regex.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** For {@code ServiceLoader}. */
    public SnsPublishProvider() {
        super(SnsPublish.TYPE_ID, SnsPublish.PATTERNS, "Publish a message to an Amazon SNS topic", SnsPublishProvider::schema);
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
