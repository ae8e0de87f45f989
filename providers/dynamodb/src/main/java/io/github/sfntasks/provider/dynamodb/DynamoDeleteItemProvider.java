package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;

/** The {@code dynamodb:deleteItem} provider: {@link DynamoDeleteItem} from a workflow file. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class DynamoDeleteItemProvider extends ServiceTaskProvider {

    /** For {@code ServiceLoader}. */
    public DynamoDeleteItemProvider() {
        super(DynamoDeleteItem.TYPE_ID, DynamoDeleteItem.PATTERNS, "Delete an item from an Amazon DynamoDB table",
                () -> DynamoSchema.write(DynamoItemTask.Target.KEY, "Condition the item must meet to be deleted",
                        DynamoDeleteItem.RETURN_VALUES));
    }

    @Override
    protected DynamoDeleteItem.Builder read(TaskRequest request, PropertyReader p) {
        return DynamoProperties.readWrite(DynamoDeleteItem.builder(request.stateName()), request, p);
    }
}
