package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.state.StateOptions;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A Task state a workflow file wrote in plain ASL ({@code Resource} + {@code Parameters}): rendered
 * back as written (Retry and Catch from its options, so the graph can add to them). No grants are
 * derived for it; the machine reports a warning.
 */
final class RawTask implements Task {

    private final String stateName;
    private final ObjectNode raw;
    private final StateOptions options;
    private final QueryLanguage language;

    RawTask(String stateName, ObjectNode raw, StateOptions options, QueryLanguage language) {
        this.stateName = stateName;
        this.raw = raw.deepCopy();
        this.options = options;
        this.language = language;
    }

    @Override
    public String stateName() {
        return stateName;
    }

    @Override
    public String typeId() {
        return "asl:task";
    }

    @Override
    public IntegrationPattern integrationPattern() {
        JsonNode r = raw.get("Resource");
        String resource = r != null && r.isTextual() ? r.textValue() : "";
        if (resource.endsWith(".waitForTaskToken")) {
            return IntegrationPattern.WAIT_FOR_TASK_TOKEN;
        }
        return resource.contains(".sync") ? IntegrationPattern.RUN_JOB : IntegrationPattern.REQUEST_RESPONSE;
    }

    @Override
    public QueryLanguage queryLanguage() {
        return language;
    }

    @Override
    public StateOptions options() {
        return options;
    }

    @Override
    public ObjectNode toState(RenderContext context) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ObjectNode handlers = JsonNodeFactory.instance.objectNode();
        options.writeErrorHandling(handlers, List.of(), language);
        boolean wroteHandlers = false;
        Iterator<Map.Entry<String, JsonNode>> it = raw.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (k.equals("Retry") || k.equals("Catch")) {
                if (!wroteHandlers) {
                    out.setAll(handlers);
                    wroteHandlers = true;
                }
                continue;
            }
            out.set(k, e.getValue().deepCopy());
        }
        if (!wroteHandlers) {
            out.setAll(handlers);
        }
        return out;
    }

    @Override
    public List<PolicyStatement> policyStatements(RenderContext context) {
        return List.of();
    }

    @Override
    public Task withOptions(StateOptions newOptions) {
        return new RawTask(stateName, raw, newOptions, language);
    }
}
