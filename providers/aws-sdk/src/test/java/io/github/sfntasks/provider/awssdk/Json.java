package io.github.sfntasks.provider.awssdk;

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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Reading expected JSON from test resources and comparing rendered tasks with it. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final RenderContext CTX = RenderContext.of("aws", "us-east-1", "123456789012");

    private Json() {
    }

    static JsonNode resource(String name) {
        try (InputStream in = Json.class.getResourceAsStream("/aws-sdk/" + name)) {
            assertNotNull(in, "missing test resource aws-sdk/" + name);
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArrayNode statements(List<PolicyStatement> statements) {
        ArrayNode a = MAPPER.createArrayNode();
        statements.forEach(s -> a.add(s.toJson()));
        return a;
    }

    /** Asserts the state and the role's statements, and that rendering twice gives the same bytes. */
    static void assertRenders(Task task, String stateResource, String policyResource) {
        assertEquals(resource(stateResource), task.toState(CTX), stateResource);
        if (policyResource != null) {
            assertEquals(resource(policyResource), statements(task.policyStatements(CTX)), policyResource);
        }
        assertEquals(task.toState(CTX).toString(), task.toState(CTX).toString(), "rendering is deterministic");
        assertEquals(statements(task.policyStatements(CTX)).toString(), statements(task.policyStatements(CTX)).toString());
    }
}
