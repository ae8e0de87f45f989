package io.github.sfntasks.provider.sqs;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.provider.support.MessageAttributes;
import io.github.sfntasks.provider.support.MessageTask;
import io.github.sfntasks.provider.support.MessageTaskBuilder;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.provider.support.MessageAttribute;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Sends a message to an SQS queue ({@code arn:<partition>:states:::sqs:sendMessage}), as the AWS
 * CDK's {@code SqsSendMessage}.
 *
 * <pre>{@code
 * import io.github.sfntasks.provider.support.MessageAttribute;
 *
 * SqsSendMessage.builder("Send1")
 *     .queue("https://sqs.us-east-1.amazonaws.com/123456789012/Queue")
 *     .messageBody(TaskInput.fromJsonPathAt("$.message"))
 *     .messageAttribute("priority", MessageAttribute.of(1))
 *     .build();
 * }</pre>
 *
 * <p>Properties (the workflow-file names are the same):
 * <ul>
 *   <li>{@code queue} (required) &mdash; the queue URL ({@code https://sqs.us-east-1.amazonaws.com/123456789012/q}),
 *       the queue ARN ({@code arn:aws:sqs:us-east-1:123456789012:q}), or a queue name in the render
 *       context's region and account; a path or expression gives the URL at run time. Where the CDK
 *       takes an {@code IQueue}, we take its identifier: the API's {@code QueueUrl} is rendered, built
 *       from an ARN or name as {@code https://sqs.<region>.<domain>/<account>/<name>} with the
 *       partition's domain ({@code amazonaws.com}; {@code amazonaws.com.cn} in {@code aws-cn};
 *       {@code c2s.ic.gov}, {@code sc2s.sgov.gov}, {@code cloud.adc-e.uk}, {@code csp.hci.ic.gov} in
 *       the ISO partitions; {@code amazonaws.eu} in {@code aws-eusc}; {@code ${AWS::URLSuffix}} for
 *       {@code ${AWS::Partition}}). The ARN for IAM is derived from a URL the same way back. Placeholders: a URL,
 *       ARN or name may hold them ({@code https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/orders-${Stage}},
 *       {@code orders-${Stage}}) and keeps them where they are; a whole placeholder ({@code ${FulfilmentQueue}}, a CDK
 *       {@code queue.getQueueUrl()} token) is the queue URL, as the CDK passes {@code queueUrl}, rendered as written;
 *       its ARN is then {@code queueArn}'s.</li>
 *   <li>{@code queueArn} (grant-only) &mdash; the ARN for the grant of a queue that holds placeholders
 *       ({@code ${FulfilmentQueue.Arn}}, {@code queue.getQueueArn()}); needed for one given as one placeholder URL,
 *       whose ARN cannot be derived (else the grant widens, with a warning); refused for a literal queue.</li>
 *   <li>{@code messageBody} (required) &mdash; text, a JSON object (Step Functions sends it as JSON
 *       text), or a path, intrinsic function or JSONata expression. Literal text: 1 character to
 *       1 MiB of the XML character set SQS takes.</li>
 *   <li>{@code delay} &mdash; 0 to 900 seconds ({@code DelaySeconds}); a {@link Duration} in Java, whole
 *       seconds in a workflow file, or a path or expression. Not for FIFO queues (set at queue level).</li>
 *   <li>{@code messageGroupId} &mdash; 1 to 128 characters of {@code a-z A-Z 0-9} and punctuation;
 *       required for a FIFO queue (name ending {@code .fifo}); on a standard queue it enables fair queues.</li>
 *   <li>{@code messageDeduplicationId} &mdash; same characters; FIFO queues only.</li>
 *   <li>{@code messageAttributes} &mdash; at most 10, name to {@link MessageAttribute} (the API's value
 *       model, shared with SNS); string values hold only the XML character set; in a workflow
 *       file {@code {"name": {"value": ..., "dataType": "Number"}}} (value also as {@code "value.$"}).
 *       Names: 1 to 256 of {@code A-Z a-z 0-9 _ - .}, no leading, trailing or double period, no
 *       {@code AWS.}/{@code Amazon.} prefix.</li>
 *   <li>{@code encryptionMasterKey} &mdash; the KMS key (ARN, or key id in the context's account) of
 *       a queue encrypted with a customer managed key (SSE-KMS), for its grant; SQS-managed keys need none.</li>
 * </ul>
 *
 * <p>Patterns: REQUEST_RESPONSE (default) and WAIT_FOR_TASK_TOKEN; the task token must travel in
 * {@code messageBody} or in a message attribute.
 *
 * <p>IAM: {@code sqs:SendMessage} on the queue ARN (derived from a URL when a URL is given), as the
 * CDK grants; a queue chosen at run time gets {@code arn:<partition>:sqs:<region>:<account>:*}.
 * The ARN of a URL takes the URL's region, account and name, and the partition of its endpoint domain,
 * whatever the render context's: {@code amazonaws.com.cn} is {@code aws-cn}, {@code amazonaws.eu}
 * {@code aws-eusc}, the ISO domains their ISO partitions, {@code ${AWS::URLSuffix}}
 * {@code ${AWS::Partition}}; {@code amazonaws.com} serves two partitions, told apart by the region
 * ({@code us-gov-*} is {@code aws-us-gov}, any other {@code aws}). So in a CloudFormation template
 * ({@link RenderContext#cloudFormation()}) {@code https://sqs.eu-west-1.amazonaws.com/111122223333/q} is
 * granted as {@code arn:aws:sqs:eu-west-1:111122223333:q}. Only {@code amazonaws.com} with a placeholder
 * region ({@code https://sqs.${AWS::Region}.amazonaws.com/...}) leaves the partition open; it is then the
 * render context's ({@code ${AWS::Partition}} in a template), as Step Functions reaches queues in its
 * own partition only. With
 * {@code encryptionMasterKey}: {@code kms:Decrypt} and {@code kms:GenerateDataKey} on the key, what
 * the SQS developer guide lists for producers to an SSE-KMS queue.
 *
 * <p>Differences from the CDK:
 * <ul>
 *   <li>{@code messageAttributes} is ours: the CDK's {@code SqsSendMessage} has none.</li>
 *   <li>The CDK grants {@code kms:GenerateDataKey*} for an encrypted queue; we grant
 *       {@code kms:GenerateDataKey}, which is all {@code SendMessage} uses.</li>
 *   <li>For a queue imported by ARN the CDK builds the URL with the stack's URL suffix
 *       ({@code AWS::URLSuffix}); we use the domain of the ARN's own partition, the same value when
 *       the queue is in the stack's partition.</li>
 *   <li>A dynamic queue is granted {@code arn:<partition>:sqs:<region>:<account>:*}; the CDK cannot
 *       express one, and AWS's generated policy grants {@code *}. A queue of another account or
 *       region, chosen at run time, needs a grant of your own.</li>
 *   <li>We refuse at build time what SQS would refuse at run time: a delay above 900 s or on a FIFO
 *       queue, a missing group id on a FIFO queue, a deduplication id on a standard queue, ids that are
 *       too long or hold other characters, an empty body, more than 10 attributes.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-sqs.html">Send messages to an Amazon SQS queue with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html">SQS SendMessage API</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class SqsSendMessage extends MessageTask {

    /** The provider type id. */
    public static final String TYPE_ID = "sqs:sendMessage";

    /** The patterns Step Functions supports for SQS. */
    public static final Set<IntegrationPattern> PATTERNS = Collections.unmodifiableSet(
            EnumSet.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN));

    /** The most message attributes SendMessage takes. */
    public static final int MAX_MESSAGE_ATTRIBUTES = 10;

    /** What SQS takes in message attributes: at most 10, XML characters only. */
    static final MessageAttributes.Rules MESSAGE_ATTRIBUTE_RULES =
            MessageAttributes.Rules.of("SQS").withMaxCount(MAX_MESSAGE_ATTRIBUTES).withXmlCharactersOnly();

    /** The longest delay SendMessage takes, in seconds. */
    public static final int MAX_DELAY_SECONDS = 900;

    /** The largest message body SendMessage takes, in bytes (1 MiB). */
    public static final int MAX_BODY_BYTES = 1_048_576;

    private static final Pattern KEY = Pattern.compile(Arn.KMS_KEY_PATTERN);

    private final Value queue;
    private final QueueReference staticQueue;
    private final TaskInput messageBody;
    private final Value delay;
    private final String encryptionMasterKey;
    private final String queueArn;

    /** A queue in IAM: {@code arn:<partition>:sqs:<region>:<account>:<name>}. */
    static final ResourceArn QUEUE = ResourceArn.of("sqs", "").wholePlaceholderIsArn();

    private SqsSendMessage(Builder b) {
        super(b, TYPE_ID, PATTERNS, MESSAGE_ATTRIBUTE_RULES);
        this.queue = require(b.queue, "queue");
        this.messageBody = require(b.messageBody, "messageBody");
        this.delay = b.delayDuration != null ? Literal.of(seconds(b.delayDuration)) : b.delay;
        this.encryptionMasterKey = b.encryptionMasterKey;
        this.queueArn = b.queueArn;

        if (queue instanceof Literal l) {
            if (!l.isText()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "queue", "must be a queue URL, ARN or name, was " + l);
            }
            this.staticQueue = located(() -> QueueReference.parse(l.text()));
        } else {
            check(queue, "queue");
            this.staticQueue = null;
        }
        checkBody();
        if (delay instanceof Literal) {
            checkRange(delay, "delay", 0, MAX_DELAY_SECONDS);
        } else {
            check(delay, "delay");
        }
        if (queueArn != null) {
            if (staticQueue == null || !io.github.sfntasks.api.Placeholders.contains(((Literal) queue).text())) {
                throw invalid(ErrorCode.CONFLICTING_PROPERTIES, "queueArn", "is only for a queue that holds placeholders"
                        + " (its URL ${Queue}, queue.getQueueUrl()); the ARN of a literal queue is derived from it");
            }
            located(() -> {
                QUEUE.check(queueArn, "queueArn");
                return null;
            });
            if (!QUEUE.isArn(queueArn)) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "queueArn", "must be the queue's ARN (arn:aws:sqs:us-east-1:123456789012:q,"
                        + " or a placeholder such as ${Queue.Arn}), was \"" + queueArn + "\"");
            }
        }
        boolean fifoKnown = staticQueue != null && staticQueue.fifoKnown();
        if (checkFifo("queue", fifoKnown ? staticQueue.name() : null) && delay != null) {
            throw invalid(ErrorCode.CONFLICTING_PROPERTIES, "delay",
                    "a FIFO queue (" + staticQueue.name() + ") takes a delay only at queue level, not per message");
        }
        if (encryptionMasterKey != null && !KEY.matcher(encryptionMasterKey).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "encryptionMasterKey",
                    "must be a KMS key ARN (arn:aws:kms:us-east-1:123456789012:key/<key-id>) or a key id, was \""
                            + encryptionMasterKey + "\"");
        }
        requireTaskTokenIfCallback(ObjectValue.builder()
                .put("messageBody", messageBody.value())
                .put("messageAttributes", MessageAttributes.values(messageAttributes()))
                .build(), "messageBody");
    }

    /** Runs a step whose errors know no state yet, and names this state in them. */
    private <T> T located(Supplier<T> step) {
        try {
            return step.get();
        } catch (TaskValidationException e) {
            throw e.locate(stateName(), null);
        }
    }

    private long seconds(Duration d) {
        if (d.isNegative() || d.getNano() != 0) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "delay", "must be whole seconds from 0 to 900, was " + d);
        }
        if (d.getSeconds() > MAX_DELAY_SECONDS) {
            throw invalid(ErrorCode.OUT_OF_RANGE, "delay", "must be between 0 and 900 seconds, was " + d.getSeconds());
        }
        return d.getSeconds();
    }

    private void checkBody() {
        Value v = messageBody.value();
        check(v, "messageBody");
        if (v instanceof ArrayValue || v instanceof Literal l && !l.isText() && !l.node().isObject()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "messageBody",
                    "must be text, a JSON object, or a path or expression giving one, was " + v);
        }
        if (v instanceof Literal l && l.isText()) {
            String text = l.text();
            if (text.isEmpty()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "messageBody", "must not be empty");
            }
            located(() -> {
                MessageAttributes.checkXmlCharacters(text, "SQS", "messageBody");
                return null;
            });
            if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
                throw invalid(ErrorCode.OUT_OF_RANGE, "messageBody", "must be at most 1 MiB (1,048,576 bytes) of UTF-8");
            }
        }
    }


    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the queue: a literal URL, ARN or name, or a dynamic value */
    public Value queue() {
        return queue;
    }

    /** @return the message body */
    public TaskInput messageBody() {
        return messageBody;
    }

    /** @return the delay in seconds (a literal or dynamic value), or {@code null} for the queue's default */
    public Value delay() {
        return delay;
    }

    /** @return the KMS key (ARN or id) that encrypts the queue, or {@code null} */
    public String encryptionMasterKey() {
        return encryptionMasterKey;
    }

    @Override
    protected String resource(RenderContext context) {
        return context.integrationArn(TYPE_ID, integrationPattern());
    }

    @Override
    protected Value parameters(RenderContext context) {
        return ObjectValue.builder()
                .put("QueueUrl", staticQueue != null ? Literal.of(located(() -> staticQueue.url(context))) : queue)
                .put("MessageBody", messageBody.value())
                .putIfNotNull("DelaySeconds", delay)
                .putIfNotNull("MessageDeduplicationId", messageDeduplicationId())
                .putIfNotNull("MessageGroupId", messageGroupId())
                .putIfNotNull("MessageAttributes", messageAttributes() == null ? null : MessageAttributes.render(messageAttributes()))
                .build();
    }

    @Override
    protected void grants(Grants g) {
        String resource;
        if (staticQueue == null) {
            resource = g.resource("queue", queue, QUEUE);
        } else if (queueArn != null) {
            resource = queueArn;
        } else if (staticQueue.isPlaceholderUrl()) {
            {
                resource = QUEUE.wildcard(g.context());
                g.widened("queue", "the queue is a placeholder URL, whose ARN cannot be derived, so sqs:SendMessage names"
                        + " every queue of the account and region: " + resource + "; give queueArn (${Queue.Arn},"
                        + " queue.getQueueArn()) to name the one queue");
            }
        } else {
            resource = staticQueue.arn(g.context());
        }
        g.allow("sqs:SendMessage", resource);
        g.kmsDataKey(encryptionMasterKey);
    }

    /** @return the queue ARN given for the grant of a placeholder queue URL, or {@code null} */
    public String queueArn() {
        return queueArn;
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this).copyMessage(this);
        b.queue = queue;
        b.messageBody = messageBody;
        b.delay = delay;
        b.encryptionMasterKey = encryptionMasterKey;
        b.queueArn = queueArn;
        return b;
    }

    /** Builds an {@link SqsSendMessage}. */
    public static final class Builder extends MessageTaskBuilder<Builder, SqsSendMessage> {
        private Value queue;
        private TaskInput messageBody;
        private Duration delayDuration;
        private Value delay;
        private String encryptionMasterKey;
        private String queueArn;

        private Builder(String stateName) {
            super(stateName);
        }

        /** @param queue a queue URL, ARN, or a name in the render context's region and account @return this builder */
        public Builder queue(String queue) {
            this.queue = queue == null ? null : Literal.of(queue);
            return this;
        }

        /** @param queue the queue URL chosen at run time (a path, intrinsic or expression) @return this builder */
        public Builder queue(Value queue) {
            this.queue = queue;
            return this;
        }

        /** @param body the message body: text, an object, a path or an expression @return this builder */
        public Builder messageBody(TaskInput body) {
            this.messageBody = body;
            return this;
        }

        /** @param delay how long the message stays invisible, 0 to 900 whole seconds @return this builder */
        public Builder delay(Duration delay) {
            this.delayDuration = delay;
            this.delay = null;
            return this;
        }

        /** @param delay the delay in seconds as a number, path, intrinsic or expression @return this builder */
        public Builder delay(Value delay) {
            this.delay = delay;
            this.delayDuration = null;
            return this;
        }

        /** @param key the KMS key ARN or key id that encrypts the queue @return this builder */
        public Builder encryptionMasterKey(String key) {
            this.encryptionMasterKey = key;
            return this;
        }

        /**
         * The queue's ARN, for the grant, when {@code queue} is one placeholder standing for its URL
         * ({@code ${FulfilmentQueue}}, a CDK {@code queue.getQueueUrl()} token), whose ARN cannot be derived: grant-only,
         * never rendered. Without it such a queue is granted every queue of the account and region, with a warning.
         *
         * @param arn the ARN, or a placeholder for it ({@code ${FulfilmentQueue.Arn}}, {@code queue.getQueueArn()})
         * @return this builder
         */
        public Builder queueArn(String arn) {
            this.queueArn = arn;
            return this;
        }

        @Override
        protected SqsSendMessage newTask() {
            return new SqsSendMessage(this);
        }
    }
}
