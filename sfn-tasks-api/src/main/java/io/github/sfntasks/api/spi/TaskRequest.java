package io.github.sfntasks.api.spi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.state.StateOptions;

import java.util.Objects;

/**
 * What a workflow file says about one Task state, handed to {@link TaskProvider#create(TaskRequest)}.
 * Immutable: the properties are copied in and copied out, so neither the caller nor the provider can
 * change a request another one reads. New parts are added to the {@link Builder}, so providers and
 * callers compile unchanged when the request grows.
 *
 * <pre>{@code
 * TaskRequest request = TaskRequest.builder("Send")
 *     .typeId("sqs:sendMessage")
 *     .properties(props)
 *     .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
 *     .build();
 * PropertyReader p = PropertyReader.of(request);   // a provider reads its properties through this
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.2")
public final class TaskRequest {

    private final String stateName;
    private final String typeId;
    private final ObjectNode properties;
    private final IntegrationPattern integrationPattern;
    private final QueryLanguage queryLanguage;
    private final StateOptions options;

    private TaskRequest(Builder b) {
        this.stateName = Objects.requireNonNull(b.stateName, "stateName");
        this.typeId = b.typeId;
        this.properties = b.properties == null ? JsonNodeFactory.instance.objectNode() : b.properties.deepCopy();
        this.integrationPattern = b.integrationPattern;
        this.queryLanguage = b.queryLanguage == null ? QueryLanguage.JSONPATH : b.queryLanguage;
        this.options = b.options == null ? StateOptions.NONE : b.options;
    }

    /**
     * @param stateName the state's name
     * @return a builder: no properties is {@code {}}, no language JSONPath, no options none, no pattern the
     *         provider's default
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /**
     * @param stateName the state's name
     * @param properties the properties (copied)
     * @return a request with the default pattern, JSONPath and no options
     */
    public static TaskRequest of(String stateName, ObjectNode properties) {
        return builder(stateName).properties(properties).build();
    }

    /**
     * All parts at once; {@link #builder(String)} reads better where some are left out.
     *
     * @param stateName the state's name
     * @param typeId the type id as written, or {@code null}
     * @param properties the properties (copied), or {@code null} for none
     * @param integrationPattern the requested pattern, or {@code null} for the provider's default
     * @param queryLanguage the effective query language, or {@code null} for JSONPath
     * @param options the common options, or {@code null} for none
     * @return the request
     */
    public static TaskRequest of(String stateName, String typeId, ObjectNode properties, IntegrationPattern integrationPattern,
                                 QueryLanguage queryLanguage, StateOptions options) {
        return builder(stateName).typeId(typeId).properties(properties).integrationPattern(integrationPattern)
                .queryLanguage(queryLanguage).options(options).build();
    }

    /** @return the state's name */
    public String stateName() {
        return stateName;
    }

    /**
     * @return the type id as the workflow file wrote it ({@code aws-sdk:s3:getObject} reaches the provider
     *         registered as {@code aws-sdk}); {@code null} when built by hand
     */
    public String typeId() {
        return typeId;
    }

    /** @return a copy of the provider properties as written ({@code "key.$"} marks a path or intrinsic) */
    public ObjectNode properties() {
        return properties.deepCopy();
    }

    /** @return the requested pattern, or {@code null} for the provider's default */
    public IntegrationPattern integrationPattern() {
        return integrationPattern;
    }

    /** @return the state's effective query language (its own or the machine's) */
    public QueryLanguage queryLanguage() {
        return queryLanguage;
    }

    /** @return the common state options read from the state's ASL fields */
    public StateOptions options() {
        return options;
    }

    /** @return a builder holding this request's parts, to change some */
    public Builder toBuilder() {
        return builder(stateName).typeId(typeId).properties(properties).integrationPattern(integrationPattern)
                .queryLanguage(queryLanguage).options(options);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskRequest r && stateName.equals(r.stateName) && Objects.equals(typeId, r.typeId)
                && properties.equals(r.properties) && integrationPattern == r.integrationPattern
                && queryLanguage == r.queryLanguage && options.equals(r.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stateName, typeId, properties, integrationPattern, queryLanguage, options);
    }

    @Override
    public String toString() {
        return "TaskRequest{state \"" + stateName + "\", " + typeId + ", " + queryLanguage.aslName()
                + ", pattern " + (integrationPattern == null ? "(default)" : integrationPattern)
                + ", properties " + properties + "}";
    }

    /** Builds a {@link TaskRequest}. */
    public static final class Builder {
        private String stateName;
        private String typeId;
        private ObjectNode properties;
        private IntegrationPattern integrationPattern;
        private QueryLanguage queryLanguage;
        private StateOptions options;

        private Builder(String stateName) {
            this.stateName = stateName;
        }

        /** @param name the state's name @return this builder */
        public Builder stateName(String name) {
            this.stateName = name;
            return this;
        }

        /** @param id the type id as written, or {@code null} @return this builder */
        public Builder typeId(String id) {
            this.typeId = id;
            return this;
        }

        /** @param props the properties, copied when built; {@code null} for none @return this builder */
        public Builder properties(ObjectNode props) {
            this.properties = props;
            return this;
        }

        /** @param pattern the requested pattern, or {@code null} for the default @return this builder */
        public Builder integrationPattern(IntegrationPattern pattern) {
            this.integrationPattern = pattern;
            return this;
        }

        /** @param language the effective query language, or {@code null} for JSONPath @return this builder */
        public Builder queryLanguage(QueryLanguage language) {
            this.queryLanguage = language;
            return this;
        }

        /** @param stateOptions the common options, or {@code null} for none @return this builder */
        public Builder options(StateOptions stateOptions) {
            this.options = stateOptions;
            return this;
        }

        /** @return the request @throws NullPointerException when the state name is missing */
        public TaskRequest build() {
            return new TaskRequest(this);
        }
    }
}
