package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.tasks.DynamoDeleteItem;

import java.util.List;

/** {@code dynamodb:deleteItem} as the CDK's {@code DynamoDeleteItem}, with an imported table. */
public final class DynamoDeleteItemCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "dynamodb:deleteItem";

    /** For ServiceLoader. */
    public DynamoDeleteItemCdkFactory() {
        super(TYPE_ID);
    }


    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        DynamoDeleteItem.Builder b = DynamoDeleteItem.Builder.create(stack, stateName)
                .table(DynamoCdkProps.table(stack, p))
                .key(DynamoCdkProps.attributes(p, "key"));
        DynamoCdkProps.applyWrite(b, p);
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return DynamoCdkProps.differences(TYPE_ID, "DeleteItem", true);
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        return DynamoCdkProps.arbitraries(TYPE_ID);
    }
}
