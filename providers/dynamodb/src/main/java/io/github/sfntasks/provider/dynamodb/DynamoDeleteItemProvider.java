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

/** The {@code dynamodb:deleteItem} provider: {@link DynamoDeleteItem} from a workflow file. */
@ApiStatus(ApiStatus.Status.STABLE)
public final class DynamoDeleteItemProvider implements TaskProvider {

    private static final ObjectNode SCHEMA = DynamoSchema.refine(JsonSchema.object()
            .required("table", DynamoSchema.table())
            .required("key", DynamoSchema.attributeMap("Primary key: 1 or 2 attributes in DynamoDB JSON ({\"id\": {\"S\": \"x\"}})"))
            .optional("conditionExpression", DynamoSchema.expression("Condition the item must meet to be deleted"))
            .optional("expressionAttributeNames", DynamoSchema.names())
            .optional("expressionAttributeValues", DynamoSchema.attributeMap("Placeholders (:value) for values in the expressions"))
            .optional("returnConsumedCapacity", JsonSchema.enumOf(DynamoConsumedCapacity.values())
                    .description("INDEXES, TOTAL or NONE"))
            .optional("returnItemCollectionMetrics", JsonSchema.enumOf(DynamoItemCollectionMetrics.values())
                    .description("SIZE or NONE"))
            .optional("returnValues", JsonSchema.enumOf(DynamoReturnValues.NONE, DynamoReturnValues.ALL_OLD)
                    .description("NONE or ALL_OLD"))
            .optional("returnValuesOnConditionCheckFailure", JsonSchema.enumOf(DynamoReturnValues.NONE, DynamoReturnValues.ALL_OLD)
                    .description("NONE or ALL_OLD: the item returned when the condition fails"))
            .toDocument(DynamoDeleteItem.TYPE_ID));

    /** For {@code ServiceLoader}. */
    public DynamoDeleteItemProvider() {
    }

    @Override
    public String typeId() {
        return DynamoDeleteItem.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return DynamoDeleteItem.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Delete an item from an Amazon DynamoDB table";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
        DynamoDeleteItem.Builder b = DynamoDeleteItem.builder(request.stateName()).apply(request)
                .table(DynamoProperties.table(p))
                .key(DynamoProperties.attributes(p, request, "key"))
                .conditionExpression(p.stringValue("conditionExpression"))
                .names(DynamoProperties.names(p))
                .expressionAttributeValues(DynamoProperties.attributes(p, request, "expressionAttributeValues"))
                .returnConsumedCapacity(p.enumValue("returnConsumedCapacity", DynamoConsumedCapacity.class))
                .returnItemCollectionMetrics(p.enumValue("returnItemCollectionMetrics", DynamoItemCollectionMetrics.class))
                .returnValues(p.enumValue("returnValues", DynamoReturnValues.class))
                .returnValuesOnConditionCheckFailure(p.enumValue("returnValuesOnConditionCheckFailure", DynamoReturnValues.class));
        p.finish();
        return b.build();
    }
}
