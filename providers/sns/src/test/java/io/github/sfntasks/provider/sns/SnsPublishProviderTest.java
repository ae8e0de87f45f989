package io.github.sfntasks.provider.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.provider.support.MessageAttributes;
import io.github.sfntasks.api.value.TaskInput;
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

    /**
     * The rules between properties as JSON Schema (draft 2020-12 {@code if}/{@code then}, {@code not}, {@code anyOf}),
     * written by hand from the SNS Publish API reference: MessageGroupId "required for FIFO topics",
     * MessageDeduplicationId "applies only to FIFO topics", and with MessageStructure {@code json} the message "must
     * contain at least a top-level JSON key of default with a value that is a string". A property counts as given
     * plainly or as {@code name.$}; a topic or message chosen at run time is SNS's to check.
     */
    @Test
    void schemaStatesTheRulesBetweenProperties() {
        List<JsonNode> rules = new java.util.ArrayList<>();
        provider.propertiesSchema().get("allOf").forEach(r -> {
            if (r.has("if")) {
                rules.add(r);
            }
        });
        String given = "{'anyOf': [{'required': ['%1$s']}, {'required': ['%1$s.$']}]}";
        String fifo = "{'properties': {'topic': {'type': 'string', 'pattern': '\\\\.fifo$'}}, 'required': ['topic']}";
        assertEquals(json("{'if': " + fifo + ", 'then': " + given.formatted("messageGroupId") + "}"), rules.get(0));
        assertEquals(json("{'if': {'allOf': [{'properties': {'topic': {'type': 'string', 'pattern': 'TOPIC'}}, 'required': ['topic']},"
                + " {'not': " + fifo + "}]}, 'then': {'not': " + given.formatted("messageDeduplicationId") + "}}"),
                json(rules.get(1).toString().replace(SnsPublish.TOPIC_REGEX.replace("\\", "\\\\"), "TOPIC")));
        JsonNode perType = rules.get(2);
        assertEquals(json("{'properties': {'messagePerSubscriptionType': {'const': true}}, 'required': ['messagePerSubscriptionType']}"),
                perType.get("if"));
        JsonNode object = perType.at("/then/properties/message/anyOf/0");
        assertEquals(json("{'type': 'object', 'anyOf': [{'required': ['default'], 'properties': {'default': {'type': 'string'}}},"
                + " {'required': ['default.$']}]}"), object);
        assertEquals(JsonSchema.JSONATA_PATTERN, perType.at("/then/properties/message/anyOf/2/pattern").textValue());
        // JSON text: what the task parses ({"default": "..."}) matches; text that is no such object does not
        Pattern text = Pattern.compile(perType.at("/then/properties/message/anyOf/1/pattern").textValue());
        for (String ok : List.of("{\"default\": \"hi\"}", " {\"email\":\"e\",\"default\":\"d\"}\n")) {
            assertTrue(text.matcher(ok).find(), ok);
            SnsPublish.builder("P").topic("t").messagePerSubscriptionType(true).message(TaskInput.fromText(ok)).build();
        }
        for (String bad : List.of("hi", "{\"email\": \"e\"}", "[\"default\"]")) {
            assertFalse(text.matcher(bad).find(), bad);
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
