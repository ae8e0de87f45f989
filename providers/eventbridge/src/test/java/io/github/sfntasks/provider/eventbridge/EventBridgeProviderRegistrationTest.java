package io.github.sfntasks.provider.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventBridgeProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(EventBridgePutEventsProvider.class, EventBridgePutEventsProvider.class);
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
        // the bus names a resource: its literal form, then the placeholder form
        JsonNode busPattern = entry.get("properties").get("eventBus").get("anyOf").get(0).get("anyOf").get(0).get("pattern");
        assertTrue(Pattern.compile(busPattern.asText()).matcher("MyEventBus1").matches());
        assertTrue(Pattern.compile(busPattern.asText())
                .matcher("arn:aws:events:us-east-1:123456789012:event-bus/MyEventBus1").matches());
    }
}
