package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkInputs;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueAttributes;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.tasks.SqsSendMessage;

import java.util.List;
import java.util.Map;

/**
 * {@code sqs:sendMessage} as the CDK's {@code SqsSendMessage}, with an imported queue: {@code Queue.fromQueueArn} of
 * the ARN given (or of a name's ARN in the stack's region and account), and for a URL
 * {@code Queue.fromQueueAttributes} with the URL and the ARN it names (as a CDK user imports a queue known by URL); an
 * encrypted queue's key as the import's {@code keyArn}. The CDK's {@code SqsSendMessage} has no message attributes
 * and takes neither a queue nor a delay chosen at run time: such requests are not expressible.
 */
public final class SqsSendMessageCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "sqs:sendMessage";
    private static final RenderContext CDK = LambdaInvokeCdkFactory.CDK;

    /** For ServiceLoader. */
    public SqsSendMessageCdkFactory() {
        super(TYPE_ID);
    }


    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        if (p.has("messageAttributes")) {
            throw new NotExpressible("messageAttributes (the CDK's SqsSendMessage has none)");
        }
        String queue = MessageCdk.destination(p, "queue");
        QueueAttributes.Builder attributes = QueueAttributes.builder();
        if (queue.startsWith("https://")) {
            attributes.queueArn(ResourceLocators.queueArn(queue, CDK)).queueUrl(queue);
        } else {
            attributes.queueArn(queue.startsWith("arn:") ? queue : CDK.arn("sqs", queue));
        }
        if (p.has("encryptionMasterKey")) {
            attributes.keyArn(MessageCdk.keyArn(p.get("encryptionMasterKey").asText()));
        }
        SqsSendMessage.Builder b = SqsSendMessage.Builder.create(stack, stateName)
                .queue(Queue.fromQueueAttributes(stack, "Queue", attributes.build()))
                .messageBody(CdkInputs.taskInput(p, "messageBody"));
        if (p.has("delay.$")) {
            throw new NotExpressible("a delay chosen at run time (the CDK takes a Duration)");
        }
        JsonNode delay = p.get("delay");
        if (delay != null) {
            if (!delay.isIntegralNumber()) {
                throw new NotExpressible("a delay as a JSONata expression (the CDK takes a Duration)");
            }
            b.delay(Duration.seconds(delay.asLong()));
        }
        MessageCdk.ids(b, p);
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(
                new AllowedDifference(TYPE_ID, "queue-url-on-the-arns-partition-domain",
                        "the QueueUrl of a queue given by ARN is on the endpoint domain of the ARN's partition"
                                + " (amazonaws.com.cn for aws-cn); the CDK's imported queue builds it on the stack's URL suffix",
                        "https://docs.aws.amazon.com/general/latest/gr/sqs-service.html",
                        c -> c.properties().path("queue").asText("").startsWith("arn:")
                                && !c.properties().path("queue").asText("").startsWith("arn:aws:"),
                        (c, ours, cdk) -> {
                            JsonNode params = ResourceLocators.parameters((ObjectNode) ours.get("state"));
                            String url = params.path("QueueUrl").asText("");
                            String cdkUrl = ResourceLocators.parameters((ObjectNode) cdk.get("state")).path("QueueUrl").asText("");
                            if (params.isObject() && !url.equals(cdkUrl) && withoutDomain(url).equals(withoutDomain(cdkUrl))) {
                                ((ObjectNode) params).put("QueueUrl", cdkUrl);
                            }
                        }),
                new AllowedDifference(TYPE_ID, "kms-generate-data-key",
                        "an encrypted queue's key is granted kms:GenerateDataKey and kms:Decrypt, what a producer needs;"
                                + " the CDK grants kms:GenerateDataKey* (also GenerateDataKeyWithoutPlaintext and the pair variants)",
                        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html",
                        c -> c.properties().has("encryptionMasterKey"),
                        (c, ours, cdk) -> MessageCdk.replaceAction(ours, cdk, "kms:GenerateDataKey", "kms:GenerateDataKey*")));
    }

    /** @return {@code https://sqs.<region>.<domain>/<account>/<name>} without its domain */
    private static String withoutDomain(String url) {
        return url.replaceFirst("^https://sqs\\.([^./]+)\\.[^/]+/", "https://sqs.$1/");
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        Arbitrary<String> arn = Arbitraries.of("arn:aws:sqs:us-east-1:123456789012:", "arn:aws:sqs:eu-west-1:210987654321:",
                "arn:aws-cn:sqs:cn-north-1:210987654321:", "arn:aws-us-gov:sqs:us-gov-west-1:210987654321:");
        Arbitrary<String> url = Arbitraries.of("https://sqs.us-east-1.amazonaws.com/123456789012/",
                "https://sqs.eu-west-1.amazonaws.com/210987654321/", "https://sqs.cn-north-1.amazonaws.com.cn/210987654321/",
                "https://sqs.us-gov-west-1.amazonaws.com/210987654321/", "https://eu-west-1.queue.amazonaws.com/210987654321/",
                "https://queue.amazonaws.com/123456789012/");
        Arbitrary<String> queue = Arbitraries.oneOf(MessageCdk.names(),
                Combinators.combine(arn, MessageCdk.names()).as(String::concat),
                Combinators.combine(url, MessageCdk.names()).as(String::concat));
        return List.of(MessageCdk.arbitraries(TYPE_ID, Map.of("queue", queue, "encryptionMasterKey", MessageCdk.keys())));
    }
}
