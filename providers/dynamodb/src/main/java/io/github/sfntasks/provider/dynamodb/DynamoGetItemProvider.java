package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;

import java.util.Set;

/** The {@code dynamodb:getItem} provider: {@link DynamoGetItem} from a workflow file. */
@ApiStatus(ApiStatus.Status.STABLE)
public final class DynamoGetItemProvider implements TaskProvider {

    private static final ObjectNode SCHEMA = DynamoSchema.refine(JsonSchema.object()
            .required("table", DynamoSchema.table())
            .required("key", DynamoSchema.attributeMap("Primary key: 1 or 2 attributes in DynamoDB JSON ({\"id\": {\"S\": \"x\"}})"))
            .optional("consistentRead", JsonSchema.bool().description("Strongly consistent read (default false)").dynamic())
            .optional("expressionAttributeNames", DynamoSchema.names())
            .optional("projectionExpression", JsonSchema.string().minLength(1).pattern("\\S")
                    .description("Attributes to return, comma-separated"))
            .optional("returnConsumedCapacity", JsonSchema.enumOf(DynamoConsumedCapacity.values())
                    .description("INDEXES, TOTAL or NONE"))
            .toDocument(DynamoGetItem.TYPE_ID));

    /** For {@code ServiceLoader}. */
    public DynamoGetItemProvider() {
    }

    @Override
    public String typeId() {
        return DynamoGetItem.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return DynamoGetItem.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Get an item from an Amazon DynamoDB table";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
        DynamoGetItem.Builder b = DynamoGetItem.builder(request.stateName()).apply(request)
                .table(DynamoProperties.table(p))
                .key(DynamoProperties.attributes(p, request, "key"))
                .consistentRead(p.booleanValue("consistentRead"))
                .names(DynamoProperties.names(p))
                .projectionExpression(p.string("projectionExpression"))
                .returnConsumedCapacity(p.enumValue("returnConsumedCapacity", DynamoConsumedCapacity.class));
        p.finish();
        return b.build();
    }
}
