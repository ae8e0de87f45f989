package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.TaskBuilder;

import java.util.Set;

/**
 * What the four DynamoDB providers share: identity, the request/response pattern, the schema document, and
 * {@link #create(TaskRequest)}, which reads a state's properties with {@link #read}, reports unknown ones and builds.
 * The public providers still say {@code implements TaskProvider}: this class is package-private, so their own
 * declarations are what users and Javadoc see.
 */
abstract class DynamoItemProvider implements TaskProvider {

    private final String typeId;
    private final String description;
    private final ObjectNode schema;

    /**
     * @param properties the schema of the task's properties, made into a document titled with the type id
     */
    DynamoItemProvider(String typeId, String description, JsonSchema properties) {
        this.typeId = typeId;
        this.description = description;
        this.schema = properties.toDocument(typeId);
    }

    @Override
    public String typeId() {
        return typeId;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return DynamoItemTask.REQUEST_RESPONSE;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return schema.deepCopy();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
        TaskBuilder<?, ?> b = read(request, p);
        p.finish();
        return b.build();
    }

    /** @return a builder holding the request's common options and every property the task reads */
    abstract TaskBuilder<?, ?> read(TaskRequest request, PropertyReader p);
}
