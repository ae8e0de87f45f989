package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.conformance.cdk.CdkComparison;
import io.github.sfntasks.conformance.cdk.CdkDifferential;
import io.github.sfntasks.conformance.cdk.CdkRenderer;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.internal.Json;
import io.github.sfntasks.core.TaskRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SNS and SQS factories on requests chosen to meet each documented difference once, and where none applies.
 * Expected outcomes are reasoned from the CDK v2.263 source (aws-stepfunctions-tasks lib/sqs/send-message.js and
 * lib/sns/publish.js, aws-sqs Queue.fromQueueAttributes, aws-sns Topic.fromTopicAttributes) and the providers' Javadoc.
 */
class MessageCdkFactoriesTest {

    private static final TaskRegistry REGISTRY = TaskRegistry.load();

    private static CdkComparison compare(String typeId, String properties, QueryLanguage language) {
        TaskProvider provider = REGISTRY.providers().stream().filter(p -> p.typeId().equals(typeId)).findFirst().orElseThrow();
        CdkTaskFactory factory = CdkTaskFactory.find(typeId).orElseThrow();
        TaskCase c = new TaskCase(typeId, "Send", (ObjectNode) Json.read(properties.replace('\'', '"')), null, language, null);
        return CdkDifferential.compare(provider, factory, CdkRenderer.shared(), c);
    }

    private static void assertOutcome(CdkComparison.Kind kind, List<String> applied, CdkComparison r) {
        assertEquals(kind, r.kind(), r::toString);
        assertEquals(applied, r.applied(), r::toString);
    }

    @Test
    void sqsQueueByUrlArnOrNameRendersAsTheCdkDoes() {
        // a URL is imported with its URL and the ARN it names; an aws ARN's URL is built on amazonaws.com by both sides
        for (String queue : List.of("https://sqs.cn-north-1.amazonaws.com.cn/210987654321/q",
                "https://eu-west-1.queue.amazonaws.com/210987654321/q", "arn:aws:sqs:eu-west-1:210987654321:q", "q")) {
            assertOutcome(CdkComparison.Kind.IDENTICAL, List.of(),
                    compare("sqs:sendMessage", "{'queue': '" + queue + "', 'messageBody': 'm', 'delay': 5}", QueryLanguage.JSONPATH));
        }
        assertOutcome(CdkComparison.Kind.IDENTICAL, List.of(), compare("sqs:sendMessage",
                "{'queue': 'q.fifo', 'messageBody': {'a.$': '$.a'}, 'messageGroupId.$': '$.g', 'messageDeduplicationId': 'd'}",
                QueryLanguage.JSONPATH));
    }

    @Test
    void sqsDocumentedDifferences() {
        // Queue.fromQueueAttributes builds https://sqs.<region>.<stack URL suffix>/...: amazonaws.com for the aws-cn ARN
        assertOutcome(CdkComparison.Kind.DOCUMENTED, List.of("queue-url-on-the-arns-partition-domain"),
                compare("sqs:sendMessage", "{'queue': 'arn:aws-cn:sqs:cn-north-1:210987654321:q', 'messageBody': 'm'}",
                        QueryLanguage.JSONPATH));
        // send-message.js grants kms:Decrypt and kms:GenerateDataKey* on the imported queue's key
        assertOutcome(CdkComparison.Kind.DOCUMENTED, List.of("kms-generate-data-key"), compare("sqs:sendMessage",
                "{'queue': 'q', 'messageBody': 'm', 'encryptionMasterKey': '1234abcd-12ab-34cd-56ef-1234567890ab'}",
                QueryLanguage.JSONPATH));
        assertEquals(CdkComparison.Kind.NOT_EXPRESSIBLE, compare("sqs:sendMessage",
                "{'queue': 'q', 'messageBody': 'm', 'messageAttributes': {'a': {'value': 1}}}", QueryLanguage.JSONPATH).kind());
    }

    @Test
    void snsRendersAsTheCdkDoes() {
        // a FIFO topic without a deduplication id: imported with content-based deduplication, as SNS then needs
        assertOutcome(CdkComparison.Kind.IDENTICAL, List.of(), compare("sns:publish",
                "{'topic': 'arn:aws-cn:sns:cn-north-1:210987654321:t.fifo', 'message': 'm', 'messageGroupId': 'g',"
                        + " 'subject.$': '$.s', 'messageAttributes': {'n': {'value': 4.5}, 'l': {'value': ['a', 1, true]},"
                        + " 'p': {'value.$': '$.p', 'dataType': 'Number'}, 'b': {'value': 'aGk=', 'dataType': 'Binary'},"
                        + " 't': {'value': true, 'dataType': 'String'}}}", QueryLanguage.JSONPATH));
        assertOutcome(CdkComparison.Kind.IDENTICAL, List.of(), compare("sns:publish",
                "{'topic': 't', 'message': {'default': 'd', 'email': 'e'}, 'messagePerSubscriptionType': true}",
                QueryLanguage.JSONPATH));
    }

    @Test
    void snsDocumentedDifferences() {
        assertOutcome(CdkComparison.Kind.DOCUMENTED, List.of("master-key-grant"), compare("sns:publish",
                "{'topic': 't', 'message': 'm', 'masterKey': 'mrk-1234abcd12ab34cd56ef1234567890ab'}", QueryLanguage.JSONPATH));
        // publish.js validateMessageAttribute: an explicit String.Array refuses every non-null item
        assertOutcome(CdkComparison.Kind.DOCUMENTED, List.of("explicit-string-array"), compare("sns:publish",
                "{'topic': 't', 'message': 'm', 'messageAttributes': {'l': {'value': ['a'], 'dataType': 'String.Array'}}}",
                QueryLanguage.JSONPATH));
        // ... a string with the data type Number, a number with String
        assertOutcome(CdkComparison.Kind.DOCUMENTED, List.of("data-type-of-text-or-number"), compare("sns:publish",
                "{'topic': 't', 'message': 'm', 'messageAttributes': {'n': {'value': '4', 'dataType': 'Number'}}}",
                QueryLanguage.JSONPATH));
        assertOutcome(CdkComparison.Kind.DOCUMENTED, List.of("data-type-of-text-or-number"), compare("sns:publish",
                "{'topic': 't', 'message': 'm', 'messageAttributes': {'n': {'value': 4, 'dataType': 'String'}}}",
                QueryLanguage.JSONPATH));
        // renderMessageAttributeValue: a JSONata expression that is not Binary gets DataType String
        assertOutcome(CdkComparison.Kind.DOCUMENTED, List.of("expression-keeps-data-type"), compare("sns:publish",
                "{'topic': 't', 'message': 'm', 'messageAttributes': {'n': {'value': '{% $states.input.n %}', 'dataType': 'Number'}}}",
                QueryLanguage.JSONATA));
    }
}
