package io.github.sfntasks.conformance.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.conformance.generation.GenerationContext;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import test.sfntasks.providers.TestPublishProvider;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ProviderArbitraries#requestProperties}: the whole properties object comes from the provider's generator
 * (never from the schema), values the schema refuses are dropped, the generator is asked once per language and
 * pattern, and the task token still goes into WAIT_FOR_TASK_TOKEN requests.
 */
class RequestPropertiesTest {

    private static final String VALID = "{\"topic\":\"orders\",\"message\":\"hello\"}";
    private static final String WITH_SUBJECT = "{\"topic\":\"orders\",\"message\":{\"a\":1},\"subject\":\"Hi\"}";
    /** The test double's topic pattern is {@code ^[A-Za-z0-9_-]{1,256}$}: a space is refused. */
    private static final String SCHEMA_INVALID = "{\"topic\":\"not a topic\",\"message\":\"x\"}";

    @Test
    void theWholeRequestComesFromTheGeneratorAndStaysSchemaValid() {
        Set<GenerationContext> asked = ConcurrentHashMap.newKeySet();
        ProviderArbitraries whole = new ProviderArbitraries() {
            @Override
            public String typeId() {
                return "sns:publish";
            }

            @Override
            public Optional<Arbitrary<ObjectNode>> requestProperties(GenerationContext context) {
                asked.add(context);
                return Optional.of(Arbitraries.of(VALID, WITH_SUBJECT, SCHEMA_INVALID).map(s -> (ObjectNode) Json.read(s)));
            }
        };
        CaseGenerator g = new CaseGenerator(new TestPublishProvider(), List.of(whole), false);
        List<TaskCase> cases = g.valid().sampleStream().limit(400).toList();
        Set<String> plain = ConcurrentHashMap.newKeySet();
        for (TaskCase c : cases) {
            ObjectNode p = c.properties().deepCopy();
            IntegrationPattern effective = c.integrationPattern() != null ? c.integrationPattern() : IntegrationPattern.REQUEST_RESPONSE;
            if (effective == IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
                // the test double's first free-form property, "message", carries the token (an object)
                assertTrue(p.path("message").isObject(), () -> "token carrier in " + c);
                assertTrue(p.get("message").toString().contains("Task.Token"), () -> "task token in " + c);
                continue;
            }
            plain.add(p.toString());
        }
        // nothing from the schema-driven generator, never the value the schema refuses, both valid values seen
        assertEquals(Set.of(Json.read(VALID).toString(), Json.read(WITH_SUBJECT).toString()), plain);
        assertTrue(asked.stream().anyMatch(c -> c.queryLanguage() == QueryLanguage.JSONATA), "asked for JSONata states");
        assertTrue(asked.stream().anyMatch(c -> c.queryLanguage() == QueryLanguage.JSONPATH), "asked for JSONPath states");
        // one fixed arbitrary per language and pattern (null, REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN)
        assertEquals(6, asked.size(), () -> "contexts " + asked);
    }

    @Test
    void withoutOneTheSchemaDrives() {
        ProviderArbitraries none = ProviderArbitraries.properties("sns:publish", (name, context) -> Optional.empty());
        CaseGenerator g = new CaseGenerator(new TestPublishProvider(), List.of(none), false);
        long distinct = g.valid().sampleStream().limit(200).map(c -> c.properties().toString()).distinct().count();
        assertTrue(distinct > 50, "varied schema-driven requests: " + distinct);
    }
}
