package io.github.sfntasks.provider.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.state.StateOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * One case file of {@code src/test/resources/apigateway}: the workflow form of a state (state name, type id,
 * pattern, query language, properties), the render context, and the expected state and statements
 * (where each expected value comes from: {@code src/test/resources/apigateway/README.md}).
 */
final class Cases {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final RenderContext CTX = RenderContext.of("aws", "us-east-1", "123456789012");

    private final String name;
    private final JsonNode node;

    private Cases(String name, JsonNode node) {
        this.name = name;
        this.node = node;
    }

    static Cases load(String name) {
        try (InputStream in = Cases.class.getResourceAsStream("/apigateway/" + name + ".json")) {
            assertNotNull(in, "missing test resource apigateway/" + name + ".json");
            return new Cases(name, MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RenderContext context() {
        JsonNode c = node.get("context");
        return c == null ? CTX : RenderContext.of(c.get(0).asText(), c.get(1).asText(), c.get(2).asText());
    }

    /** @return the request the workflow reader would hand to the provider */
    TaskRequest request() {
        JsonNode pattern = node.get("integrationPattern");
        JsonNode language = node.get("queryLanguage");
        QueryLanguage ql = language == null ? null : QueryLanguage.fromAslName(language.asText());
        StateOptions options = ql == null ? null : StateOptions.builder().queryLanguage(ql).build();
        return new TaskRequest(node.get("stateName").asText(), node.get("typeId").asText(),
                (ObjectNode) node.get("properties"),
                pattern == null ? null : IntegrationPattern.valueOf(pattern.asText()), ql, options);
    }

    /** @return the task built through the provider (the workflow form) */
    Task fromWorkflow(TaskProvider provider) {
        assertEquals(provider.typeId(), node.get("typeId").asText(), name + ": provider");
        return provider.create(request());
    }

    /** Asserts state and statements equal the expected ones, and that rendering twice gives the same bytes. */
    void assertRenders(Task task) {
        RenderContext ctx = context();
        ObjectNode state = task.toState(ctx);
        // Compared as written: 12 built from a Java int is a LongNode in memory, an IntNode once read back.
        assertEquals(node.get("state"), reread(state), name + ": state");
        ArrayNode statements = statements(task, ctx);
        assertEquals(node.get("statements"), reread(statements), name + ": statements");
        try {
            assertEquals(MAPPER.writeValueAsString(state), MAPPER.writeValueAsString(task.toState(ctx)),
                    name + ": state bytes differ between two renders");
            assertEquals(MAPPER.writeValueAsString(statements), MAPPER.writeValueAsString(statements(task, ctx)),
                    name + ": statement bytes differ between two renders");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode reread(JsonNode node) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArrayNode statements(Task task, RenderContext ctx) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        task.policyStatements(ctx).stream().map(PolicyStatement::toJson).forEach(a::add);
        return a;
    }
}
