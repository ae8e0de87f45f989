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

/** The {@code dynamodb:putItem} provider: {@link DynamoPutItem} from a workflow file. */
@ApiStatus(ApiStatus.Status.STABLE)
public final class DynamoPutItemProvider implements TaskProvider {

    private static final ObjectNode SCHEMA = DynamoSchema.refine(JsonSchema.object()
            .required("table", DynamoSchema.table())
            .required("item", DynamoSchema.attributeMap("The item's attributes in DynamoDB JSON ({\"id\": {\"S\": \"x\"}})"))
            .optional("conditionExpression", DynamoSchema.expression("Condition the write must meet"))
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
            .toDocument(DynamoPutItem.TYPE_ID));

    /** For {@code ServiceLoader}. */
    public DynamoPutItemProvider() {
    }

    @Override
    public String typeId() {
        return DynamoPutItem.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return DynamoPutItem.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Put an item into an Amazon DynamoDB table";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
        DynamoPutItem.Builder b = DynamoPutItem.builder(request.stateName()).apply(request)
                .table(DynamoProperties.table(p))
                .item(DynamoProperties.attributes(p, request, "item"))
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
