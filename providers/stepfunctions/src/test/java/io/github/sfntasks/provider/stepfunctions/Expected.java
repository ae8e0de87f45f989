package io.github.sfntasks.provider.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reads expected renderings from {@code src/test/resources} and compares tasks with them. */
final class Expected {

    static final RenderContext CTX = RenderContext.of("aws", "us-east-1", "123456789012");
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Expected() {
    }

    /** @param resource a class-path resource @return its JSON */
    static JsonNode read(String resource) {
        try (InputStream in = Expected.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param json JSON text @return the object */
    static ObjectNode json(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param task a task @return {@code {"state": ..., "statements": [...]}} in {@link #CTX} */
    static JsonNode render(Task task) {
        ObjectNode out = MAPPER.createObjectNode();
        out.set("state", task.toState(CTX));
        ArrayNode statements = out.putArray("statements");
        for (PolicyStatement s : task.policyStatements(CTX)) {
            statements.add(s.toJson());
        }
        // A round trip through text makes number node types (int vs long) comparable with parsed files.
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that {@code task} renders the file's state and statements (tree equality) and renders the same
     * bytes twice.
     */
    static void assertRenders(String resource, Task task) {
        assertEquals(read(resource), render(task), resource);
        try {
            assertEquals(MAPPER.writeValueAsString(render(task)), MAPPER.writeValueAsString(render(task)),
                    "rendering must be deterministic");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts a {@link TaskValidationException} naming the state and the property. */
    static TaskValidationException assertInvalid(String stateName, String property, Executable build) {
        TaskValidationException e = assertThrows(TaskValidationException.class, build);
        assertEquals(stateName, e.stateName(), e.getMessage());
        assertEquals(property, e.property(), e.getMessage());
        return e;
    }
}
