package io.github.sfntasks.provider.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.support.MessageAttributes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The provider's identity, schema and registration. */
class SqsSendMessageProviderTest {

    private final SqsSendMessageProvider provider = new SqsSendMessageProvider();

    @Test
    void hasTypeIdAndPatternsOfSnsPublish() {
        assertEquals("sqs:sendMessage", provider.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN),
                provider.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, provider.defaultIntegrationPattern());
    }

    @Test
    void registersTheSameProvidersInModuleInfoAndServiceFile() throws IOException {
        String moduleInfo = Files.readString(Path.of("src/main/java/module-info.java"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("provides\\s+io\\.github\\.sfntasks\\.api\\.TaskProvider\\s+with\\s+([^;]+);").matcher(moduleInfo);
        assertTrue(m.find(), "module-info provides TaskProvider");
        Set<String> declared = new TreeSet<>();
        for (String s : m.group(1).split(",")) {
            declared.add(s.trim());
        }
        Set<String> listed = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/services/io.github.sfntasks.api.TaskProvider")) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    listed.add(line.trim());
                }
            }
        }
        assertEquals(declared, listed);
        List<String> found = new ArrayList<>();
        ServiceLoader.load(TaskProvider.class).forEach(p -> found.add(p.getClass().getName()));
        assertTrue(found.containsAll(listed), "ServiceLoader finds " + listed + " among " + found);
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
