package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The providers are registered twice, alike, and describe themselves consistently. */
class ProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(DynamoGetItemProvider.class, DynamoGetItemProvider.class, DynamoPutItemProvider.class,
                DynamoDeleteItemProvider.class, DynamoUpdateItemProvider.class);
    }

    @Test
    void serviceLoaderFindsTheFourProvidersWithTheirTypeIds() {
        Set<String> ids = new TreeSet<>();
        for (TaskProvider p : ServiceLoader.load(TaskProvider.class)) {
            if (p.getClass().getPackageName().equals("io.github.sfntasks.provider.dynamodb")) {
                ids.add(p.typeId());
                assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE), p.integrationPatterns());
                assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern());
            }
        }
        assertEquals(Set.of("dynamodb:getItem", "dynamodb:putItem", "dynamodb:deleteItem", "dynamodb:updateItem"), ids);
    }

    private static Set<String> properties(TaskProvider p) {
        Set<String> names = new TreeSet<>();
        p.propertiesSchema().get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> withPaths(String... names) {
        Set<String> out = new TreeSet<>();
        for (String n : names) {
            out.add(n);
        }
        return out;
    }

    @Test
    void schemasListExactlyTheCdkPropertiesEachTaskReads() {
        assertEquals(withPaths("table", "table.$", "key", "key.$", "consistentRead", "consistentRead.$",
                "expressionAttributeNames", "projectionExpression", "returnConsumedCapacity"),
                properties(new DynamoGetItemProvider()));
        Set<String> write = withPaths("table", "table.$", "conditionExpression", "conditionExpression.$",
                "expressionAttributeNames", "expressionAttributeValues", "expressionAttributeValues.$",
                "returnConsumedCapacity", "returnItemCollectionMetrics", "returnValues", "returnValuesOnConditionCheckFailure");
        Set<String> put = new TreeSet<>(write);
        put.add("item");
        put.add("item.$");
        assertEquals(put, properties(new DynamoPutItemProvider()));
        Set<String> delete = new TreeSet<>(write);
        delete.add("key");
        delete.add("key.$");
        assertEquals(delete, properties(new DynamoDeleteItemProvider()));
        Set<String> update = new TreeSet<>(delete);
        update.add("updateExpression");
        update.add("updateExpression.$");
        assertEquals(update, properties(new DynamoUpdateItemProvider()));
    }

    @Test
    void schemaReferencesResolveAndCopiesAreFresh() {
        for (TaskProvider p : List.of(new DynamoGetItemProvider(), new DynamoPutItemProvider(),
                new DynamoDeleteItemProvider(), new DynamoUpdateItemProvider())) {
            ObjectNode schema = p.propertiesSchema();
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").textValue());
            assertEquals(p.typeId(), schema.get("title").textValue());
            JsonNode defs = schema.get("$defs");
            List<String> refs = new ArrayList<>();
            collectRefs(schema, refs);
            assertTrue(!refs.isEmpty());
            for (String ref : refs) {
                assertTrue(ref.startsWith("#/$defs/") && defs.has(ref.substring("#/$defs/".length())), ref);
            }
            assertNotSame(schema, p.propertiesSchema());
            assertEquals(schema, p.propertiesSchema());
            assertTrue(!p.description().equals(p.typeId()));
        }
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (n.equals("$ref")) {
                    out.add(node.get(n).textValue());
                } else {
                    collectRefs(node.get(n), out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectRefs(item, out));
        }
    }
}
