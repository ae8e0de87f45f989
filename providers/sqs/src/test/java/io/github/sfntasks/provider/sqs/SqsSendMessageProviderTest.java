package io.github.sfntasks.provider.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.provider.support.MessageAttributes;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The provider's identity, schema and registration. */
class SqsSendMessageProviderTest {

    private final SqsSendMessageProvider provider = new SqsSendMessageProvider();

    @Test
    void hasTypeIdAndPatternsOfSqsSendMessage() {
        assertEquals("sqs:sendMessage", provider.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN),
                provider.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, provider.defaultIntegrationPattern());
    }

    @Test
    void registersTheSameProvidersInModuleInfoAndServiceFile() {
        ProviderRegistration.assertAgrees(SqsSendMessageProvider.class, SqsSendMessageProvider.class);
    }

    @Test
    void describesEveryPropertyInItsSchema() {
        ObjectNode schema = provider.propertiesSchema();
        assertNotSame(schema, provider.propertiesSchema());
        assertEquals("sqs:sendMessage", schema.get("title").textValue());
        JsonNode props = schema.get("properties");
        for (String name : List.of("queue", "queue.$", "messageBody", "messageBody.$", "delay", "delay.$",
                "messageGroupId", "messageGroupId.$", "messageDeduplicationId", "messageDeduplicationId.$",
                "messageAttributes", "encryptionMasterKey")) {
            assertTrue(props.has(name), name);
        }
        assertFalse(schema.get("additionalProperties").booleanValue());
        assertEquals("Binary", props.at("/messageAttributes/additionalProperties/properties/dataType/enum/3").textValue());
        assertEquals(10, props.at("/messageAttributes/maxProperties").asInt());
        assertEquals(900, props.at("/delay/anyOf/0/maximum").asInt());
    }

    @Test
    void schemaPatternsAgreeWithTheTaskChecks() {
        Pattern queue = Pattern.compile(QueueReference.QUEUE_REGEX);
        for (String ok : List.of("https://sqs.us-east-1.amazonaws.com/123456789012/Queue", "arn:aws:sqs:us-east-1:123456789012:q",
                "orders.fifo", "https://sqs.cn-north-1.amazonaws.com.cn/123456789012/q", "https://queue.amazonaws.com/123456789012/q")) {
            assertTrue(queue.matcher(ok).matches(), ok);
            QueueReference.parse(ok);
        }
        Pattern name = Pattern.compile(MessageAttributes.NAME_PATTERN);
        assertTrue(name.matcher("my.attr_1-x").matches());
        assertFalse(name.matcher("AwS.x").matches());
        Pattern key = Pattern.compile(Arn.KMS_KEY_PATTERN);
        assertTrue(key.matcher("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab").matches());
        assertFalse(key.matcher("alias/aws/sqs").matches());
    }

    /**
     * The FIFO rules as JSON Schema (draft 2020-12 {@code if}/{@code then}, {@code not}, {@code anyOf}): written by hand
     * from the SQS SendMessage API reference (MessageGroupId "required" for FIFO queues, DelaySeconds "FIFO queues
     * don't support per-message delays", MessageDeduplicationId "applies only to FIFO queues"); a property counts as
     * given plainly or as {@code name.$}. The condition is on a queue given as text: a queue chosen at run time is SQS's
     * to check; so is one that holds placeholders (its name, and so whether it is FIFO, is known only at deploy time).
     */
    @Test
    void schemaStatesTheFifoRules() throws Exception {
        JsonNode allOf = provider.propertiesSchema().get("allOf");
        List<JsonNode> rules = new java.util.ArrayList<>();
        allOf.forEach(r -> {
            if (r.has("if") && !r.get("if").toString().contains("queueArn")) { // the FIFO rules only
                rules.add(r);
            }
        });
        String given = "{'anyOf': [{'required': ['%1$s']}, {'required': ['%1$s.$']}]}";
        assertEquals(List.of(
                json("{'if': {'properties': {'queue': {'type': 'string', 'pattern': '\\\\.fifo$'}}, 'required': ['queue']},"
                        + " 'then': {'allOf': [" + given.formatted("messageGroupId") + ", {'not': " + given.formatted("delay") + "}]}}"),
                json("{'if': {'allOf': [{'properties': {'queue': {'type': 'string', 'pattern': 'QUEUE'}}, 'required': ['queue']},"
                        + " {'not': {'properties': {'queue': {'type': 'string', 'pattern': '\\\\.fifo$'}}, 'required': ['queue']}}]},"
                        + " 'then': {'not': " + given.formatted("messageDeduplicationId") + "}}")),
                rules.stream().map(r -> json(r.toString().replace(QueueReference.LITERAL_QUEUE_REGEX.replace("\\", "\\\\"), "QUEUE"))).toList());
        // the condition's pattern finds exactly the queues the task takes for FIFO queues
        Pattern fifo = Pattern.compile(rules.get(0).at("/if/properties/queue/pattern").textValue());
        for (String q : List.of("orders.fifo", "arn:aws:sqs:us-east-1:123456789012:o.fifo",
                "https://sqs.us-east-1.amazonaws.com/123456789012/o.fifo", "orders", "fifo", "o-fifo",
                "https://sqs.us-east-1.amazonaws.com/123456789012/fifo")) {
            assertEquals(QueueReference.parse(q).isFifo(), fifo.matcher(q).find(), q);
        }
    }

    private static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text.replace('\'', '"'));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
