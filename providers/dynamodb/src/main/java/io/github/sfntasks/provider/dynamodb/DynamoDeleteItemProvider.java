package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.support.PropertyReader;

/** The {@code dynamodb:deleteItem} provider: {@link DynamoDeleteItem} from a workflow file. */
@ApiStatus(ApiStatus.Status.STABLE)
public final class DynamoDeleteItemProvider extends DynamoItemProvider implements TaskProvider {

    /** For {@code ServiceLoader}. */
    public DynamoDeleteItemProvider() {
        super(DynamoDeleteItem.TYPE_ID, "Delete an item from an Amazon DynamoDB table",
                DynamoSchema.write(DynamoItemTask.Target.KEY, "Condition the item must meet to be deleted",
                        DynamoDeleteItem.RETURN_VALUES));
    }

    @Override
    DynamoDeleteItem.Builder read(TaskRequest request, PropertyReader p) {
        return DynamoProperties.readWrite(DynamoDeleteItem.builder(request.stateName()), request, p);
    }
}
