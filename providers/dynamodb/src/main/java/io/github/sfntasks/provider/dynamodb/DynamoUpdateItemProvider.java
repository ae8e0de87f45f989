package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;

/** The {@code dynamodb:updateItem} provider: {@link DynamoUpdateItem} from a workflow file. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class DynamoUpdateItemProvider extends ServiceTaskProvider {

    /** For {@code ServiceLoader}. */
    public DynamoUpdateItemProvider() {
        super(DynamoUpdateItem.TYPE_ID, DynamoUpdateItem.PATTERNS, "Update an item of an Amazon DynamoDB table",
                () -> DynamoSchema.write(DynamoItemTask.Target.KEY, "Condition the item must meet to be updated",
                        DynamoUpdateItem.RETURN_VALUES)
                        .optional("updateExpression", DynamoSchema.expression("Attributes to change, how, and their new values")));
    }

    @Override
    protected DynamoUpdateItem.Builder read(TaskRequest request, PropertyReader p) {
        return DynamoProperties.readWrite(DynamoUpdateItem.builder(request.stateName()), request, p)
                .updateExpression(p.stringValue("updateExpression"));
    }
}
