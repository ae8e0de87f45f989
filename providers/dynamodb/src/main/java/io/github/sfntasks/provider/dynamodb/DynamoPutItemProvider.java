package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;

/** The {@code dynamodb:putItem} provider: {@link DynamoPutItem} from a workflow file. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class DynamoPutItemProvider extends ServiceTaskProvider {

    /** For {@code ServiceLoader}. */
    public DynamoPutItemProvider() {
        super(DynamoPutItem.TYPE_ID, DynamoPutItem.PATTERNS, "Put an item into an Amazon DynamoDB table",
                () -> DynamoSchema.write(DynamoItemTask.Target.ITEM, "Condition the write must meet", DynamoPutItem.RETURN_VALUES));
    }

    @Override
    protected DynamoPutItem.Builder read(TaskRequest request, PropertyReader p) {
        return DynamoProperties.readWrite(DynamoPutItem.builder(request.stateName()), request, p);
    }
}
