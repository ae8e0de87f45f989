package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkInputs;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.TopicAttributes;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.tasks.MessageAttribute;
import software.amazon.awscdk.services.stepfunctions.tasks.MessageAttributeDataType;
import software.amazon.awscdk.services.stepfunctions.tasks.SnsPublish;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * {@code sns:publish} as the CDK's {@code SnsPublish}, with an imported topic ({@code Topic.fromTopicArn} of the ARN
 * given, or of a name's ARN in the stack's region and account). A FIFO topic published to without a deduplication id
 * is imported with content-based deduplication on, the only FIFO topic SNS takes such a message for (the CDK's
 * {@code SnsPublish} refuses it otherwise). A topic chosen at run time is not expressible.
 */
public final class SnsPublishCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "sns:publish";
    private static final RenderContext CDK = LambdaInvokeCdkFactory.CDK;
    private static final String ATTRIBUTES_DOC = "https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html";

    /** For ServiceLoader. */
    public SnsPublishCdkFactory() {
        super(TYPE_ID);
    }


    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        String topic = MessageCdk.destination(p, "topic");
        String arn = topic.startsWith("arn:") ? topic : CDK.arn("sns", topic);
        TopicAttributes.Builder attributes = TopicAttributes.builder().topicArn(arn);
        if (arn.endsWith(".fifo") && !p.has("messageDeduplicationId") && !p.has("messageDeduplicationId.$")) {
            attributes.contentBasedDeduplication(true);
        }
        SnsPublish.Builder b = SnsPublish.Builder.create(stack, stateName)
                .topic(Topic.fromTopicAttributes(stack, "Topic", attributes.build()))
                .message(CdkInputs.taskInput(p, "message"));
        String subject = CdkProps.string(p, "subject");
        if (subject != null) {
            b.subject(subject);
        }
        MessageCdk.ids(b, p);
        if (p.has("messagePerSubscriptionType")) {
            b.messagePerSubscriptionType(p.get("messagePerSubscriptionType").asBoolean());
        }
        if (p.has("messageAttributes")) {
            b.messageAttributes(messageAttributes(p.get("messageAttributes")));
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    /** @return the attributes as a CDK user writes them: the value as given, {@code JsonPath.stringAt} of a path */
    private static Map<String, MessageAttribute> messageAttributes(JsonNode attributes) {
        Map<String, MessageAttribute> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = attributes.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode a = e.getValue();
            Object value;
            if (a.has("value.$")) {
                value = JsonPath.stringAt(a.get("value.$").asText());
            } else {
                JsonNode v = a.get("value");
                if (v.isArray()) {
                    v.forEach(item -> {
                        if (item.isNull()) {
                            throw new NotExpressible("a null list item in a message attribute (jsii drops it on the way to the CDK)");
                        }
                    });
                }
                value = CdkOptions.plain(v);
            }
            MessageAttribute.Builder m = MessageAttribute.builder().value(value);
            if (a.has("dataType")) {
                m.dataType(MessageAttributeDataType.valueOf(a.get("dataType").asText().replace('.', '_').toUpperCase(java.util.Locale.ROOT)));
            }
            out.put(e.getKey(), m.build());
        }
        return out;
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(
                new AllowedDifference(TYPE_ID, "master-key-grant",
                        "a topic encrypted with a customer managed key (masterKey) needs kms:GenerateDataKey and"
                                + " kms:Decrypt on the key to be published to; the CDK's SnsPublish grants no KMS permission",
                        "https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html",
                        c -> c.properties().has("masterKey"),
                        (c, ours, cdk) -> {
                            String key = MessageCdk.keyArn(c.properties().get("masterKey").asText());
                            var kept = Json.NODES.arrayNode();
                            for (JsonNode s : ours.get("statements")) {
                                boolean kms = Json.texts(s.get("Action")).stream().allMatch(a -> a.startsWith("kms:"))
                                        && Json.texts(s.get("Resource")).equals(List.of(key));
                                if (!kms) {
                                    kept.add(s);
                                }
                            }
                            ours.set("statements", kept);
                        }),
                AllowedDifference.cdkRefuses(TYPE_ID, "explicit-string-array",
                        "a list sent with the explicit data type String.Array is taken, as SNS takes it; the CDK's check"
                                + " refuses every list item that is not null when the data type is given",
                        ATTRIBUTES_DOC,
                        c -> anyAttribute(c, (type, value) -> "String.Array".equals(type) && value != null && value.isArray()
                                && value.size() > 0)),
                AllowedDifference.cdkRefuses(TYPE_ID, "data-type-of-text-or-number",
                        "a Number or String.Array given as text, and a number sent as String, are taken, as SNS takes them"
                                + " (the value is sent as StringValue text); the CDK refuses a data type its JavaScript type"
                                + " does not match",
                        ATTRIBUTES_DOC,
                        c -> anyAttribute(c, (type, value) -> value != null
                                && (value.isTextual() && !JsonataExpression.isExpression(value.textValue())
                                        && ("Number".equals(type) || "String.Array".equals(type))
                                    || value.isNumber() && "String".equals(type)))),
                new AllowedDifference(TYPE_ID, "expression-keeps-data-type",
                        "an attribute value given as a JSONata expression is sent with the data type given (Number,"
                                + " String.Array), which decides how SNS reads the value; the CDK sends String for every"
                                + " expression but Binary",
                        ATTRIBUTES_DOC,
                        c -> c.queryLanguage() == QueryLanguage.JSONATA && anyAttribute(c, (type, value) -> value != null
                                && value.isTextual() && JsonataExpression.isExpression(value.textValue())
                                && ("Number".equals(type) || "String.Array".equals(type))),
                        (c, ours, cdk) -> {
                            JsonNode mine = ResourceLocators.parameters((ObjectNode) ours.get("state")).path("MessageAttributes");
                            JsonNode theirs = ResourceLocators.parameters((ObjectNode) cdk.get("state")).path("MessageAttributes");
                            mine.properties().forEach(e -> {
                                JsonNode other = theirs.path(e.getKey());
                                String value = e.getValue().path("StringValue").asText("");
                                if (JsonataExpression.isExpression(value) && value.equals(other.path("StringValue").asText(null))
                                        && "String".equals(other.path("DataType").asText(null))) {
                                    ((ObjectNode) e.getValue()).put("DataType", "String");
                                }
                            });
                        }));
    }

    /** @return whether an attribute of the request has a data type and plain value that {@code test} holds for */
    private static boolean anyAttribute(TaskCase c, BiPredicate<String, JsonNode> test) {
        JsonNode attributes = c.properties().path("messageAttributes");
        Iterator<JsonNode> it = attributes.elements();
        while (it.hasNext()) {
            JsonNode a = it.next();
            if (test.test(a.path("dataType").asText(null), a.get("value"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        Arbitrary<String> arn = Arbitraries.of("arn:aws:sns:us-east-1:123456789012:", "arn:aws:sns:eu-west-1:210987654321:",
                "arn:aws-cn:sns:cn-north-1:210987654321:", "arn:aws-us-gov:sns:us-gov-west-1:210987654321:");
        Arbitrary<String> topic = Arbitraries.oneOf(MessageCdk.names(), Combinators.combine(arn, MessageCdk.names()).as(String::concat));
        return List.of(MessageCdk.arbitraries(TYPE_ID, Map.of("topic", topic, "masterKey", MessageCdk.keys())));
    }
}
