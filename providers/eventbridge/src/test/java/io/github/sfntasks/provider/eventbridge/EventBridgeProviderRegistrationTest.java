package io.github.sfntasks.provider.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.TaskProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventBridgeProviderRegistrationTest {

    @Test
    void moduleInfoAndServiceFileListTheSameProviders() throws IOException {
        String moduleInfo = Files.readString(Path.of("src/main/java/module-info.java"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("provides\\s+io\\.github\\.sfntasks\\.api\\.TaskProvider\\s+with\\s+([^;]+);")
                .matcher(moduleInfo);
        assertTrue(m.find(), "module-info.java provides TaskProvider");
        List<String> provided = new ArrayList<>();
        for (String s : m.group(1).split(",")) {
            provided.add(s.strip());
        }
        List<String> listed = new ArrayList<>();
        for (String line : Files.readAllLines(
                Path.of("src/main/resources/META-INF/services/io.github.sfntasks.api.TaskProvider"))) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                listed.add(line.strip());
            }
        }
        assertEquals(provided, listed);
    }

    @Test
    void serviceLoaderFindsThePutEventsProvider() {
        List<String> typeIds = new ArrayList<>();
        for (TaskProvider p : ServiceLoader.load(TaskProvider.class)) {
            typeIds.add(p.typeId());
        }
        assertTrue(typeIds.contains("events:putEvents"), typeIds.toString());
    }

    @Test
    void providerDescribesItself() {
        TaskProvider p = new EventBridgePutEventsProvider();
        assertEquals("events:putEvents", p.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN),
                p.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern());
    }

    @Test
    void schemaStatesTheEntryLimitsAndIsAFreshCopy() {
        TaskProvider p = new EventBridgePutEventsProvider();
        ObjectNode schema = p.propertiesSchema();
        assertNotSame(schema, p.propertiesSchema());
        assertEquals("events:putEvents", schema.get("title").asText());
        JsonNode entries = schema.get("properties").get("entries");
        assertEquals(1, entries.get("minItems").asInt());
        assertEquals(10, entries.get("maxItems").asInt());
        JsonNode entry = entries.get("items");
        assertEquals(false, entry.get("additionalProperties").asBoolean());
        for (String name : List.of("detail", "detailType", "source", "eventBus")) {
            assertTrue(entry.get("properties").has(name), name);
            assertTrue(entry.get("properties").has(name + ".$"), name + ".$");
        }
        JsonNode sourcePattern = entry.get("properties").get("source").get("anyOf").get(0).get("pattern");
        assertTrue(Pattern.compile(sourcePattern.asText()).matcher("step.functions").find());
        assertTrue(!Pattern.compile(sourcePattern.asText()).matcher("aws.events").find());
        JsonNode detail = entry.get("properties").get("detail").get("anyOf").get(0).get("anyOf");
        assertEquals("object", detail.get(0).get("type").asText());
        Pattern text = Pattern.compile(detail.get(1).get("pattern").asText());
        assertTrue(text.matcher("{\"a\":1}").find());
        assertTrue(!text.matcher("hello").find());
        JsonNode busPattern = entry.get("properties").get("eventBus").get("anyOf").get(0).get("pattern");
        assertTrue(Pattern.compile(busPattern.asText()).matcher("MyEventBus1").matches());
        assertTrue(Pattern.compile(busPattern.asText())
                .matcher("arn:aws:events:us-east-1:123456789012:event-bus/MyEventBus1").matches());
    }
}
