package io.github.sfntasks.provider.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.support.MessageAttributes;
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
}
