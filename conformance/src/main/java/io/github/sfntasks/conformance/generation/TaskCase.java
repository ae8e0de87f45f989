package io.github.sfntasks.conformance.generation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;

import java.util.Objects;

/**
 * One generated request to a provider: what a workflow file's Task state would say. The kit's properties take
 * these as their generated parameter, so a failing property reports the case that broke it (shrunk).
 *
 * @param typeId the provider type id
 * @param stateName the state's name
 * @param properties the {@code Properties} object ({@code "name.$"} members are paths or intrinsic calls); copied
 * @param integrationPattern the requested pattern, or {@code null} for the provider's default
 * @param queryLanguage the state's query language
 * @param options the common state options
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public record TaskCase(String typeId, String stateName, ObjectNode properties, IntegrationPattern integrationPattern,
                       QueryLanguage queryLanguage, StateOptions options) {

    /** Copies the properties; no language means JSONPath, no options none. */
    public TaskCase {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(stateName, "stateName");
        properties = Objects.requireNonNull(properties, "properties").deepCopy();
        queryLanguage = queryLanguage == null ? QueryLanguage.JSONPATH : queryLanguage;
        options = options == null ? StateOptions.NONE : options;
    }

    /** @return a copy of the properties (a case never changes) */
    @Override
    public ObjectNode properties() {
        return properties.deepCopy();
    }

    /** @return the request a workflow file would make of these properties */
    public TaskRequest request() {
        return TaskRequest.of(stateName, typeId, properties, integrationPattern, queryLanguage, options);
    }

    /**
     * @param provider the provider the case is for
     * @return the pattern the task should end up with: the requested one, or the provider's default
     */
    public IntegrationPattern effectivePattern(TaskProvider provider) {
        return integrationPattern != null ? integrationPattern : provider.defaultIntegrationPattern();
    }

    /** @param newProperties other properties @return a copy with them */
    public TaskCase withProperties(ObjectNode newProperties) {
        return new TaskCase(typeId, stateName, newProperties, integrationPattern, queryLanguage, options);
    }

    /** @param pattern another pattern, or {@code null} @return a copy with it */
    public TaskCase withIntegrationPattern(IntegrationPattern pattern) {
        return new TaskCase(typeId, stateName, properties, pattern, queryLanguage, options);
    }

    /** @param name another state name @return a copy with it */
    public TaskCase withStateName(String name) {
        return new TaskCase(typeId, name, properties, integrationPattern, queryLanguage, options);
    }

    /** @param newOptions other options @return a copy with them */
    public TaskCase withOptions(StateOptions newOptions) {
        return new TaskCase(typeId, stateName, properties, integrationPattern, queryLanguage, newOptions);
    }

    @Override
    public String toString() {
        return "TaskCase{" + typeId + ", state \"" + stateName + "\", " + queryLanguage.aslName()
                + ", pattern " + (integrationPattern == null ? "(default)" : integrationPattern)
                + ", properties " + properties + ", options " + options + "}";
    }
}
