package io.github.sfntasks.provider.sqs;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.provider.support.MessageAttributes;
import io.github.sfntasks.provider.support.MessageTask;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;
import io.github.sfntasks.api.value.TaskInput;

/** The {@code sqs:sendMessage} provider: {@link SqsSendMessage} from a workflow file. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class SqsSendMessageProvider extends ServiceTaskProvider {

    /** A queue URL, ARN or name of a FIFO queue (the name ends {@code .fifo}). */
    private static final String FIFO = "\\.fifo$";

    /**
     * A queue holding placeholders: the characters of a URL, ARN or name around them, at least one placeholder, and not
     * a whole {@code ${X.Arn}} (an ARN cannot give the URL SendMessage takes).
     */
    private static final String PLACEHOLDER_QUEUE = "^(?!\\$\\{[^}]*\\.Arn\\}$)(?=[\\s\\S]*" + io.github.sfntasks.api.Placeholders.PATTERN + ")(?:[A-Za-z0-9_.:/-]|"
            + io.github.sfntasks.api.Placeholders.PATTERN + ")+$";

    private static JsonSchema schema() {
        return JsonSchema.object()
                .required("queue", JsonSchema.anyOf(JsonSchema.string().pattern(QueueReference.LITERAL_QUEUE_REGEX),
                                JsonSchema.string().pattern(PLACEHOLDER_QUEUE)
                                        .description("a queue URL, ARN or name holding placeholders; a whole one is the URL"))
                        .annotation("x-sfn-resource", "sqs:")
                        .description("Queue URL, queue ARN, or a queue name in the render context's region and account;"
                                + " placeholders allowed (a whole one is the URL)").dynamic())
                .required("messageBody", JsonSchema.anyOf(JsonSchema.string().minLength(1), JsonSchema.freeObject())
                        .description("Text (1 character to 1 MiB) or a JSON object").dynamic())
                .optional("delay", JsonSchema.integer().minimum(0).maximum(SqsSendMessage.MAX_DELAY_SECONDS)
                        .description("DelaySeconds: 0 to 900 whole seconds; not for FIFO queues").dynamic())
                .optional("messageGroupId", JsonSchema.string().pattern(MessageTask.FIFO_ID_PATTERN)
                        .description("Message group id; required for FIFO queues").dynamic())
                .optional("messageDeduplicationId", JsonSchema.string().pattern(MessageTask.FIFO_ID_PATTERN)
                        .description("Message deduplication id; FIFO queues only").dynamic())
                .optional(MessageAttributes.PROPERTY, MessageAttributes.schema(SqsSendMessage.MESSAGE_ATTRIBUTE_RULES))
                .optional("queueArn", JsonSchema.resource(JsonSchema.string().pattern("^arn:" + Arn.PARTITION_PATTERN
                                + ":sqs:" + Arn.REGION_PATTERN + ":" + Arn.ACCOUNT_PATTERN + ":" + QueueReference.LITERAL_NAME + "$"),
                                SqsSendMessage.QUEUE).annotation("x-sfn-grantOnly", true)
                        .description("Grant-only: the ARN of a queue given as one placeholder URL"))
                .optional("encryptionMasterKey", JsonSchema.string().pattern(Arn.KMS_KEY_PATTERN)
                        .description("KMS key ARN or key id of an SSE-KMS queue, for its grant"))
                // What SqsSendMessage refuses for a queue known at build time (a queue chosen at run time is SQS's to check):
                // a FIFO queue needs a group id and takes no per-message delay; a standard queue takes no deduplication id.
                .rule(JsonSchema.propertyMatches("queue", FIFO),
                        JsonSchema.allOf(JsonSchema.present("messageGroupId"), JsonSchema.absent("delay")))
                // queueArn names the grant of a queue that holds placeholders, and only of that
                .rule(JsonSchema.present("queueArn"), JsonSchema.propertyMatches("queue", PLACEHOLDER_QUEUE))
                .rule(JsonSchema.allOf(JsonSchema.propertyMatches("queue", QueueReference.LITERAL_QUEUE_REGEX),
                                JsonSchema.not(JsonSchema.propertyMatches("queue", FIFO))),
                        JsonSchema.absent("messageDeduplicationId"));
    }

    /** For {@code ServiceLoader}. */
    public SqsSendMessageProvider() {
        super(SqsSendMessage.TYPE_ID, SqsSendMessage.PATTERNS, "Send a message to an Amazon SQS queue", SqsSendMessageProvider::schema);
    }

    @Override
    protected SqsSendMessage.Builder read(TaskRequest request, PropertyReader p) {
        return SqsSendMessage.builder(request.stateName()).apply(request)
                .queue(p.requiredValue("queue"))
                .messageBody(TaskInput.fromValue(p.requiredValue("messageBody")))
                .delay(p.numberValue("delay"))
                .messageGroupId(p.stringValue("messageGroupId"))
                .messageDeduplicationId(p.stringValue("messageDeduplicationId"))
                .messageAttributes(MessageAttributes.read(p))
                .encryptionMasterKey(p.string("encryptionMasterKey"))
                .queueArn(p.string("queueArn"));
    }
}
