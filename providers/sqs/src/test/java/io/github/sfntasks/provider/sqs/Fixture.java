package io.github.sfntasks.provider.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
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

/**
 * An expected rendering kept in {@code src/test/resources/sqs/*.json}: the workflow-file properties,
 * the expected state and the expected policy statements (see the README there for their sources).
 */
final class Fixture {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final RenderContext CONTEXT = RenderContext.of("aws", "us-east-1", "123456789012");

    private final String name;
    private final JsonNode node;

    private Fixture(String name, JsonNode node) {
        this.name = name;
        this.node = node;
    }

    static Fixture load(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream("/sqs/" + name)) {
            assertNotNull(in, "missing fixture " + name);
            return new Fixture(name, MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a fresh copy of the workflow-file properties */
    ObjectNode properties() {
        return node.get("properties").deepCopy();
    }

    RenderContext context() {
        JsonNode c = node.get("context");
        return c == null ? CONTEXT
                : RenderContext.of(c.get("partition").textValue(), c.get("region").textValue(), c.get("account").textValue());
    }

    /**
     * Asserts the task renders the expected state and statements, byte-identically twice.
     *
     * @return the rendered state and statements as text, to compare two forms of one task
     */
    String assertRenders(Task task) {
        RenderContext ctx = context();
        String state = write(task.toState(ctx));
        String policy = write(policy(task, ctx));
        assertEquals(state, write(task.toState(ctx)), name + ": state renders the same bytes twice");
        assertEquals(policy, write(policy(task, ctx)), name + ": statements render the same bytes twice");
        assertEquals(node.get("state"), read(state), name + ": state");
        assertEquals(node.get("policyStatements"), read(policy), name + ": policy statements");
        return state + "\n" + policy;
    }

    private static ArrayNode policy(Task task, RenderContext ctx) {
        ArrayNode a = MAPPER.createArrayNode();
        for (PolicyStatement s : task.policyStatements(ctx)) {
            a.add(s.toJson());
        }
        return a;
    }

    static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param json JSON text @return it as an object node */
    static ObjectNode object(String json) {
        return (ObjectNode) read(json);
    }
}
