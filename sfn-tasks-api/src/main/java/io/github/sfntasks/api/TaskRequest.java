package io.github.sfntasks.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.support.PropertyReader;

import java.util.Objects;

/**
 * What a workflow file says about one Task state, handed to {@link TaskProvider#create(TaskRequest)}.
 *
 * @param stateName the state's name
 * @param typeId the type id as the workflow file wrote it ({@code aws-sdk:s3:getObject} reaches the
 *               provider registered as {@code aws-sdk}); {@code null} when built by hand
 * @param properties the provider properties as written ({@code "key.$"} marks a path or intrinsic)
 * @param integrationPattern the requested pattern, or {@code null} for the provider's default
 * @param queryLanguage the state's effective query language (its own or the machine's)
 * @param options the common state options read from the state's ASL fields
 */
@ApiStatus(ApiStatus.Status.STABLE)
public record TaskRequest(String stateName, String typeId, ObjectNode properties, IntegrationPattern integrationPattern,
                          QueryLanguage queryLanguage, StateOptions options) {

    /** Fills absent parts: no properties is {@code {}}, no language JSONPath, no options none. */
    public TaskRequest {
        Objects.requireNonNull(stateName, "stateName");
        properties = properties == null ? JsonNodeFactory.instance.objectNode() : properties.deepCopy();
        queryLanguage = queryLanguage == null ? QueryLanguage.JSONPATH : queryLanguage;
        options = options == null ? StateOptions.NONE : options;
    }

    /**
     * @param stateName the state's name
     * @param properties the properties
     * @return a request with the default pattern, JSONPath and no options
     */
    public static TaskRequest of(String stateName, ObjectNode properties) {
        return new TaskRequest(stateName, null, properties, null, null, null);
    }

    /** @return a fresh reader of the properties (it tracks which were read, see {@link PropertyReader#finish()}) */
    public PropertyReader reader() {
        return PropertyReader.of(stateName, properties, queryLanguage);
    }
}
