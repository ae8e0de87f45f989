package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;

import java.util.List;

/** The {@code dynamodb:getItem} provider: {@link DynamoGetItem} from a workflow file. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class DynamoGetItemProvider extends ServiceTaskProvider {

    /** For {@code ServiceLoader}. */
    public DynamoGetItemProvider() {
        super(DynamoGetItem.TYPE_ID, DynamoGetItem.PATTERNS, "Get an item from an Amazon DynamoDB table",
                () -> DynamoSchema.request(DynamoItemTask.Target.KEY)
                        .optional("consistentRead", JsonSchema.bool().description("Strongly consistent read (default false)").dynamic())
                        .optional("expressionAttributeNames", DynamoSchema.names())
                        .optional("projectionExpression", JsonSchema.string().minLength(1).pattern("\\S")
                                .description("Attributes to return, comma-separated"))
                        .optional("returnConsumedCapacity", DynamoSchema.choice(List.of(DynamoConsumedCapacity.values()))));
    }

    @Override
    protected DynamoGetItem.Builder read(TaskRequest request, PropertyReader p) {
        return DynamoProperties.read(DynamoGetItem.builder(request.stateName()), request, p)
                .consistentRead(p.booleanValue("consistentRead"))
                .names(DynamoProperties.names(p))
                .projectionExpression(p.string("projectionExpression"))
                .returnConsumedCapacity(p.enumValue("returnConsumedCapacity", DynamoConsumedCapacity.class));
    }
}
