package io.github.sfntasks.provider.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.testing.ExpectedJson;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One case file of {@code src/test/resources/apigateway}: the workflow form of a state (state name, type id,
 * pattern, query language, properties), the render context, and the expected state and statements
 * (where each expected value comes from: {@code src/test/resources/apigateway/README.md}).
 */
final class Cases {

    private final String name;
    private final JsonNode node;

    private Cases(String name, JsonNode node) {
        this.name = name;
        this.node = node;
    }

    static Cases load(String name) {
        return new Cases(name, ExpectedJson.read(Cases.class, "/apigateway/" + name + ".json"));
    }

    RenderContext context() {
        JsonNode c = node.get("context");
        return c == null ? ExpectedJson.CONTEXT : RenderContext.of(c.get(0).asText(), c.get(1).asText(), c.get(2).asText());
    }

    /** @return the request the workflow reader would hand to the provider */
    TaskRequest request() {
        JsonNode pattern = node.get("integrationPattern");
        JsonNode language = node.get("queryLanguage");
        QueryLanguage ql = language == null ? null : QueryLanguage.fromAslName(language.asText());
        StateOptions options = ql == null ? null : StateOptions.builder().queryLanguage(ql).build();
        return TaskRequest.of(node.get("stateName").asText(), node.get("typeId").asText(),
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
        ExpectedJson.assertRenders(task, context(), node.get("state"), node.get("statements"), name);
    }
}
