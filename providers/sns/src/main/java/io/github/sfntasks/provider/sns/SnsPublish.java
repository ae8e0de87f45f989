package io.github.sfntasks.provider.sns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.provider.support.MessageAttributes;
import io.github.sfntasks.provider.support.MessageTask;
import io.github.sfntasks.provider.support.MessageTaskBuilder;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.provider.support.MessageAttribute;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Publishes a message to an SNS topic ({@code arn:<partition>:states:::sns:publish}), as the AWS
 * CDK's {@code SnsPublish}.
 *
 * <pre>{@code
 * import io.github.sfntasks.provider.support.MessageAttribute;
 *
 * SnsPublish.builder("Publish1")
 *     .topic("arn:aws:sns:us-east-1:123456789012:Topic")
 *     .message(TaskInput.fromJsonPathAt("$.state.message"))
 *     .messageAttribute("place", MessageAttribute.of(JsonPath.stringAt("$.place")))
 *     .messageAttribute("people", MessageAttribute.of(4))
 *     .build();
 * }</pre>
 *
 * <p>Properties (the workflow-file names are the same):
 * <ul>
 *   <li>{@code topic} (required) &mdash; the topic ARN, or a topic name in the render context's region
 *       and account; a path or expression chooses it at run time. Where the CDK takes an
 *       {@code ITopic}, we take what the Publish API's {@code TopicArn} takes. Placeholders are values: a text
 *       that is one placeholder as a whole ({@code ${AlertsTopic}}, {@code ${Token[TOKEN.31]}}) is the topic ARN,
 *       as the CDK passes {@code topicArn}, rendered and granted as it is; {@code alerts-${Stage}} is a name (the
 *       ARN is built around it); {@code arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${TopicName}}
 *       an ARN. Only the literal parts are checked; an IAM wildcard in any position is refused. Whether such a
 *       topic is FIFO is known only when its name ends with a literal {@code .fifo}; otherwise the FIFO ids are
 *       SNS's to check at run time.</li>
 *   <li>{@code message} (required) &mdash; text, a JSON object (Step Functions sends it as JSON text),
 *       or a path, intrinsic function or JSONata expression; rendered as {@code Message}.</li>
 *   <li>{@code subject} &mdash; the e-mail subject: 1 to 100 printable ASCII characters, no line breaks.</li>
 *   <li>{@code messageAttributes} &mdash; name to {@link MessageAttribute} (the API's value model,
 *       shared with SQS); in a workflow file
 *       {@code {"name": {"value": ..., "dataType": "Number"}}} (value also as {@code "value.$"}).
 *       Names: 1 to 256 of {@code A-Z a-z 0-9 _ - .}, no leading, trailing or double period, no
 *       {@code AWS.}/{@code Amazon.} prefix. SNS sets no count limit of its own; a subscribed SQS
 *       queue with raw message delivery drops messages with more than 10 attributes.</li>
 *   <li>{@code messagePerSubscriptionType} &mdash; sends {@code MessageStructure: "json"}: the message
 *       must then be a JSON object (or JSON text of one) with a string {@code default} member, plus
 *       one member per protocol. SNS sends message attributes only when this is off.</li>
 *   <li>{@code messageGroupId} &mdash; 1 to 128 characters of {@code a-z A-Z 0-9} and punctuation;
 *       required for a FIFO topic (name ending {@code .fifo}); on a standard topic it activates fair
 *       queues in subscribed SQS standard queues.</li>
 *   <li>{@code messageDeduplicationId} &mdash; same characters; FIFO topics only.</li>
 *   <li>{@code masterKey} &mdash; the KMS key (ARN or key id) of an encrypted topic, for its grant. A whole
 *       placeholder ({@code ${TopicKey.Arn}}, {@code ${Token[TOKEN.32]}}) is the key ARN, as the CDK's
 *       {@code keyArn}; a key id holding placeholders is made an ARN in the context's region and account.</li>
 * </ul>
 *
 * <p>Patterns: REQUEST_RESPONSE (default) and WAIT_FOR_TASK_TOKEN; the task token must travel in
 * {@code message} or in a message attribute.
 *
 * <p>IAM: {@code sns:Publish} on the topic ARN, as the CDK grants; a topic chosen at run time gets
 * {@code arn:<partition>:sns:<region>:<account>:*}, with a {@code WIDENED_GRANT} warning. With {@code masterKey}: {@code kms:Decrypt} and
 * {@code kms:GenerateDataKey} on the key, which a publisher to an encrypted topic needs.
 *
 * <p>Differences from the CDK:
 * <ul>
 *   <li>A dynamic topic is granted {@code arn:<partition>:sns:<region>:<account>:*}; the CDK cannot
 *       express one, and AWS's own generated policy grants {@code *}. SNS publishes only within a
 *       region, so this covers every topic the account can publish to there.</li>
 *   <li>{@code masterKey} is ours: the CDK grants no KMS permission for encrypted topics.</li>
 *   <li>For a FIFO topic the CDK also requires {@code messageDeduplicationId} unless the topic has
 *       content-based deduplication; we cannot know that from the ARN, so SNS checks it at run time.</li>
 *   <li>The CDK refuses an explicit {@code String.Array} data type on any list (a bug in its check);
 *       we accept lists of strings, numbers, booleans and nulls, as SNS does. We also accept a
 *       {@code Number} or {@code String.Array} given as text, and a number as {@code String}, where
 *       the CDK throws.</li>
 *   <li>An attribute value given as a JSONata expression is sent with the data type given
 *       ({@code Number}, {@code String.Array}); the CDK sends {@code String} for every expression but
 *       a {@code Binary} one.</li>
 *   <li>We refuse at build time what SNS would refuse at run time: empty or null values, a
 *       deduplication id on a standard topic, a missing group id on a FIFO topic, a subject that is
 *       not printable ASCII.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-sns.html">Publish to Amazon SNS with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/sns/latest/api/API_Publish.html">SNS Publish API</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class SnsPublish extends MessageTask {

    /** The provider type id. */
    public static final String TYPE_ID = "sns:publish";

    /** The patterns Step Functions supports for SNS. */
    public static final Set<IntegrationPattern> PATTERNS = Collections.unmodifiableSet(
            EnumSet.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN));

    /** A topic name: up to 256 letters, digits, {@code _} and {@code -}, {@code .fifo} included. */
    static final String TOPIC_NAME = "(?:[A-Za-z0-9_-]{1,251}\\.fifo|[A-Za-z0-9_-]{1,256})";
    /** A topic ARN or name. */
    static final String TOPIC_REGEX = "^(?:arn:" + Arn.PARTITION_PATTERN + ":sns:" + Arn.REGION_PATTERN + ":"
            + Arn.ACCOUNT_PATTERN + ":)?" + TOPIC_NAME + "$";
    /** What SNS takes in message attributes: no count limit of its own, any characters. */
    static final MessageAttributes.Rules MESSAGE_ATTRIBUTE_RULES = MessageAttributes.Rules.of("SNS");

    /** A subject: 1 to 100 printable ASCII characters. */
    static final String SUBJECT_REGEX = "^[ -~]{1,100}$";

    /** A topic in IAM: {@code arn:<partition>:sns:<region>:<account>:<name>}; a whole placeholder is the ARN (the CDK's {@code topicArn}). */
    static final ResourceArn TOPIC_ARN = ResourceArn.of("sns", "").wholePlaceholderIsArn();
    /** A KMS key in IAM: {@code arn:<partition>:kms:<region>:<account>:key/<id>}; a whole placeholder is the ARN (the CDK's {@code keyArn}). */
    static final ResourceArn KEY_ARN = ResourceArn.of("kms", "key/").wholePlaceholderIsArn();

    private static final Pattern TOPIC = Pattern.compile(TOPIC_REGEX);
    private static final Pattern SUBJECT = Pattern.compile(SUBJECT_REGEX);
    private static final Pattern KEY = Pattern.compile(Arn.KMS_KEY_PATTERN);
    /** Reads a message given as JSON text; created on first use. */
    private static final class Json {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    private final Value topic;
    private final TaskInput message;
    private final Value subject;
    private final boolean messagePerSubscriptionType;
    private final String masterKey;

    private SnsPublish(Builder b) {
        super(b, TYPE_ID, PATTERNS, MESSAGE_ATTRIBUTE_RULES);
        this.topic = require(b.topic, "topic");
        this.message = require(b.message, "message");
        this.subject = b.subject;
        this.messagePerSubscriptionType = b.messagePerSubscriptionType;
        this.masterKey = b.masterKey;

        if (topic instanceof Literal l) {
            if (!l.isText() || !(Placeholders.contains(l.text()) ? fits(l.text(), TOPIC_ARN, SnsPublish::topicChar)
                    : TOPIC.matcher(l.text()).matches())) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "topic",
                        "must be a topic ARN (arn:aws:sns:us-east-1:123456789012:my-topic) or a topic name of up to"
                                + " 256 letters, digits, '_' or '-' (FIFO: ending .fifo), was " + l);
            }
            TOPIC_ARN.check(l.text(), "topic");
        } else {
            check(topic, "topic");
        }
        checkMessage();
        checkPattern(subject, "subject", SUBJECT, "must be 1 to 100 printable ASCII characters, without line breaks");
        checkFifo("topic", staticTopicName());
        if (masterKey != null && !(Placeholders.contains(masterKey) ? fits(masterKey, KEY_ARN, SnsPublish::keyChar)
                : KEY.matcher(masterKey).matches())) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "masterKey",
                    "must be a KMS key ARN (arn:aws:kms:us-east-1:123456789012:key/<key-id>) or a key id, was \""
                            + masterKey + "\"");
        }
        if (masterKey != null) {
            KEY_ARN.check(masterKey, "masterKey");
        }
        requireTaskTokenIfCallback(ObjectValue.builder()
                .put("message", message.value())
                .put("messageAttributes", MessageAttributes.values(messageAttributes()))
                .build(), "message");
    }

    private void checkMessage() {
        Value v = message.value();
        check(v, "message");
        if (v instanceof ArrayValue || v instanceof Literal l && !l.isText() && !l.node().isObject()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "message",
                    "must be text, a JSON object, or a path or expression giving one, was " + v);
        }
        if (v instanceof Literal l && l.isText() && l.text().isEmpty()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "message", "must not be empty");
        }
        if (!messagePerSubscriptionType) {
            return;
        }
        ObjectValue object = v instanceof Literal l && l.isText() ? Values.asObject(Literal.of(parseObject(l.text())))
                : Values.asObject(v);
        if (object == null) {
            return; // a path or expression: known only at run time
        }
        Value defaultMessage = object.get("default");
        if (defaultMessage == null || defaultMessage instanceof Literal d && !d.isText()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "message",
                    "with messagePerSubscriptionType the message must be a JSON object with a string \"default\""
                            + " member (and one member per protocol, such as \"email\" or \"sqs\")");
        }
    }

    private JsonNode parseObject(String text) {
        try {
            JsonNode n = Json.INSTANCE.readTree(text);
            if (n != null && n.isObject()) {
                return n;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw invalid(ErrorCode.INVALID_PROPERTY, "message",
                "with messagePerSubscriptionType a text message must be a JSON object, such as {\"default\": \"hello\"}");
    }


    /**
     * @return the topic name when the topic is static and whether it is FIFO is known, else {@code null}; a name that
     *         ends in a placeholder ({@code alerts-${Stage}}, a whole {@code ${AlertsTopic}}) may or may not end
     *         {@code .fifo}, so SNS checks the FIFO ids at run time
     */
    private String staticTopicName() {
        if (!(topic instanceof Literal l) || Placeholders.isWhole(l.text())) {
            return null;
        }
        Arn arn = Arn.parse(l.text());
        String name = arn == null ? l.text() : arn.resource();
        return Placeholders.contains(name) && !name.endsWith(".fifo") ? null : name;
    }

    /**
     * Whether a topic or key holding placeholders fits by its literal parts: a whole placeholder (the ARN), an ARN of
     * the kind's service whose name part has allowed characters only, or such a name.
     */
    private static boolean fits(String text, ResourceArn kind, java.util.function.IntPredicate allowed) {
        if (Placeholders.isWhole(text)) {
            return true;
        }
        String name = text;
        if (text.startsWith("arn:")) {
            Arn arn = Arn.parse(text);
            if (arn == null || !arn.service().equals(kind.service()) || !arn.resource().startsWith(kind.resourcePrefix())
                    || !literalFits(arn.partition(), Arn.PARTITION_PATTERN) || !literalFits(arn.region(), Arn.REGION_PATTERN)
                    || !literalFits(arn.account(), Arn.ACCOUNT_PATTERN)) {
                return false;
            }
            name = arn.resource().substring(kind.resourcePrefix().length());
        }
        return !name.isEmpty() && Placeholders.firstDisallowed(name, allowed) < 0;
    }

    /** @return whether an ARN part is a placeholder or holds one (checked at deploy time), or else matches {@code regex} */
    private static boolean literalFits(String part, String regex) {
        return Placeholders.contains(part) || part.matches(regex);
    }

    private static boolean topicChar(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
    }

    private static boolean keyChar(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-');
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the topic: a literal ARN or name, or a dynamic value */
    public Value topic() {
        return topic;
    }

    /** @return the message */
    public TaskInput message() {
        return message;
    }

    /** @return the subject, or {@code null} */
    public Value subject() {
        return subject;
    }

    /** @return whether a different message is sent per protocol ({@code MessageStructure: "json"}) */
    public boolean messagePerSubscriptionType() {
        return messagePerSubscriptionType;
    }

    /** @return the KMS key (ARN or id) of an encrypted topic, or {@code null} */
    public String masterKey() {
        return masterKey;
    }

    @Override
    protected String resource(RenderContext context) {
        return context.integrationArn(TYPE_ID, integrationPattern());
    }

    @Override
    protected Value parameters(RenderContext context) {
        return ObjectValue.builder()
                .put("TopicArn", topic instanceof Literal l ? Literal.of(TOPIC_ARN.arn(l.text(), context)) : topic)
                .put("Message", message.value())
                .putIfNotNull("MessageDeduplicationId", messageDeduplicationId())
                .putIfNotNull("MessageGroupId", messageGroupId())
                .putIfNotNull("MessageStructure", messagePerSubscriptionType ? "json" : null)
                .putIfNotNull("MessageAttributes", messageAttributes() == null ? null : MessageAttributes.render(messageAttributes()))
                .putIfNotNull("Subject", subject)
                .build();
    }

    @Override
    protected void grants(Grants g) {
        g.allow("sns:Publish", g.resource("topic", topic, TOPIC_ARN));
        if (masterKey != null) {
            g.allow(List.of("kms:Decrypt", "kms:GenerateDataKey"), List.of(g.resource(masterKey, KEY_ARN)));
        }
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this).copyMessage(this);
        b.topic = topic;
        b.message = message;
        b.subject = subject;
        b.messagePerSubscriptionType = messagePerSubscriptionType;
        b.masterKey = masterKey;
        return b;
    }

    /** Builds an {@link SnsPublish}. */
    public static final class Builder extends MessageTaskBuilder<Builder, SnsPublish> {
        private Value topic;
        private TaskInput message;
        private Value subject;
        private boolean messagePerSubscriptionType;
        private String masterKey;

        private Builder(String stateName) {
            super(stateName);
        }

        /** @param topic a topic ARN, or a topic name in the render context's region and account @return this builder */
        public Builder topic(String topic) {
            this.topic = topic == null ? null : Literal.of(topic);
            return this;
        }

        /** @param topic the topic ARN chosen at run time (a path, intrinsic or expression) @return this builder */
        public Builder topic(Value topic) {
            this.topic = topic;
            return this;
        }

        /** @param message the message: text, an object, a path or an expression @return this builder */
        public Builder message(TaskInput message) {
            this.message = message;
            return this;
        }

        /** @param subject the e-mail subject @return this builder */
        public Builder subject(String subject) {
            this.subject = subject == null ? null : Literal.of(subject);
            return this;
        }

        /** @param subject the subject as a path, intrinsic or expression @return this builder */
        public Builder subject(Value subject) {
            this.subject = subject;
            return this;
        }

        /** @param perType whether to send a different message per protocol @return this builder */
        public Builder messagePerSubscriptionType(boolean perType) {
            this.messagePerSubscriptionType = perType;
            return this;
        }

        /** @param key the KMS key ARN or key id that encrypts the topic @return this builder */
        public Builder masterKey(String key) {
            this.masterKey = key;
            return this;
        }

        @Override
        protected SnsPublish newTask() {
            return new SnsPublish(this);
        }
    }
}
