package io.github.sfntasks.provider.sns;

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
class SnsPublishProviderTest {

    private final SnsPublishProvider provider = new SnsPublishProvider();

    @Test
    void hasTypeIdAndPatternsOfSnsPublish() {
        assertEquals("sns:publish", provider.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN),
                provider.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, provider.defaultIntegrationPattern());
    }

    @Test
    void registersTheSameProvidersInModuleInfoAndServiceFile() {
        ProviderRegistration.assertAgrees(SnsPublishProvider.class, SnsPublishProvider.class);
    }

    @Test
    void describesEveryPropertyInItsSchema() {
        ObjectNode schema = provider.propertiesSchema();
        assertNotSame(schema, provider.propertiesSchema());
        assertEquals("sns:publish", schema.get("title").textValue());
        JsonNode props = schema.get("properties");
        for (String name : List.of("topic", "topic.$", "message", "message.$", "subject", "subject.$", "messageAttributes",
                "messagePerSubscriptionType", "messageGroupId", "messageGroupId.$", "messageDeduplicationId",
                "messageDeduplicationId.$", "masterKey")) {
            assertTrue(props.has(name), name);
        }
        assertFalse(schema.get("additionalProperties").booleanValue());
        assertEquals("Binary", props.at("/messageAttributes/additionalProperties/properties/dataType/enum/3").textValue());
    }

    @Test
    void schemaPatternsAgreeWithTheTaskChecks() {
        Pattern topic = Pattern.compile(SnsPublish.TOPIC_REGEX);
        for (String ok : List.of("arn:aws:sns:us-east-1:123456789012:Topic", "orders.fifo", "my_topic-1",
                "arn:aws-cn:sns:cn-north-1:123456789012:t", "arn:aws-us-gov:sns:us-gov-west-1:123456789012:t",
                "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:t")) {
            assertTrue(topic.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("arn:aws:sqs:us-east-1:123456789012:q", "a b", "t.fifo.fifo", "")) {
            assertFalse(topic.matcher(bad).matches(), bad);
        }
        Pattern name = Pattern.compile(MessageAttributes.NAME_PATTERN);
        assertTrue(name.matcher("my.attr_1-x").matches());
        assertFalse(name.matcher("AwS.x").matches());
        Pattern key = Pattern.compile(Arn.KMS_KEY_PATTERN);
        assertTrue(key.matcher("1234abcd-12ab-34cd-56ef-1234567890ab").matches());
        assertTrue(key.matcher("mrk-1234abcd12ab34cd56ef1234567890ab").matches());
        assertFalse(key.matcher("alias/aws/sns").matches());
    }
}
