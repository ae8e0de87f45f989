package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.iam.PolicyStatement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Loads expected JSON from {@code src/test/resources/dynamodb} and compares rendered tasks with it. */
final class Expected {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final RenderContext CONTEXT = RenderContext.of("aws", "us-east-1", "123456789012");

    private Expected() {
    }

    /** @param resource a path under {@code dynamodb/} @return its JSON */
    static JsonNode json(String resource) {
        try (InputStream in = Expected.class.getResourceAsStream("/dynamodb/" + resource)) {
            assertNotNull(in, "missing test resource dynamodb/" + resource);
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param resource a path under {@code dynamodb/} holding an object @return the object */
    static ObjectNode object(String resource) {
        return (ObjectNode) json(resource);
    }

    /** @param text JSON @return the tree */
    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the policy statements of {@code task} as a JSON array */
    static ArrayNode policy(Task task, RenderContext context) {
        ArrayNode out = MAPPER.createArrayNode();
        task.policyStatements(context).stream().map(PolicyStatement::toJson).forEach(out::add);
        return out;
    }

    /**
     * Asserts that {@code task} renders the {@code state} and {@code policy} of an expected file, and that rendering
     * twice gives the same bytes.
     */
    static void assertRenders(Task task, String expectedResource) {
        JsonNode expected = json(expectedResource);
        assertEquals(expected.get("state"), task.toState(CONTEXT), "state of " + expectedResource);
        assertEquals(expected.get("policy"), policy(task, CONTEXT), "policy of " + expectedResource);
        assertDeterministic(task);
    }

    /** Asserts that two renderings give byte-identical JSON. */
    static void assertDeterministic(Task task) {
        try {
            assertEquals(MAPPER.writeValueAsString(task.toState(CONTEXT)), MAPPER.writeValueAsString(task.toState(CONTEXT)));
            assertEquals(MAPPER.writeValueAsString(policy(task, CONTEXT)), MAPPER.writeValueAsString(policy(task, CONTEXT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
