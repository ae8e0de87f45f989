package io.github.sfntasks.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.state.StateOptions;

import java.util.List;
import java.util.Set;

/** A provider of {@code fake:echo}: one string property {@code text}; {@code "boom"} fails with another exception. */
public final class Fake implements TaskProvider {

    @Override
    public String typeId() {
        return "fake:echo";
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return Set.of(IntegrationPattern.REQUEST_RESPONSE);
    }

    @Override
    public ObjectNode propertiesSchema() {
        return JsonNodeFactory.instance.objectNode().put("title", typeId());
    }

    @Override
    public Task create(TaskRequest request) {
        if (request.properties().size() != 1 || !request.properties().path("text").isTextual()) {
            throw new TaskValidationException(io.github.sfntasks.api.ErrorCode.INVALID_PROPERTY, request.stateName(), "text", "needs exactly a string text");
        }
        String text = request.properties().get("text").textValue();
        if (text.equals("boom")) {
            throw new IllegalStateException("boom");
        }
        return new Echo(request.stateName(), text);
    }

    record Echo(String stateName, String text) implements Task {
        @Override
        public String typeId() {
            return "fake:echo";
        }

        @Override
        public IntegrationPattern integrationPattern() {
            return IntegrationPattern.REQUEST_RESPONSE;
        }

        @Override
        public QueryLanguage queryLanguage() {
            return QueryLanguage.JSONPATH;
        }

        @Override
        public StateOptions options() {
            return StateOptions.NONE;
        }

        @Override
        public ObjectNode toState(RenderContext context) {
            ObjectNode s = JsonNodeFactory.instance.objectNode().put("Type", "Pass");
            s.putObject("Result").put("text", text).put("count", 12L);
            return s;
        }

        @Override
        public List<PolicyStatement> policyStatements(RenderContext context) {
            return List.of();
        }

        @Override
        public Task withOptions(StateOptions options) {
            return this;
        }
    }
}
