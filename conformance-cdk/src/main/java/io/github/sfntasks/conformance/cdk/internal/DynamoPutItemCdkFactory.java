package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.tasks.DynamoPutItem;

import java.util.List;

/** {@code dynamodb:putItem} as the CDK's {@code DynamoPutItem}, with an imported table. */
public final class DynamoPutItemCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "dynamodb:putItem";

    /** For ServiceLoader. */
    public DynamoPutItemCdkFactory() {
        super(TYPE_ID);
    }


    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        DynamoPutItem.Builder b = DynamoPutItem.Builder.create(stack, stateName)
                .table(DynamoCdkProps.table(stack, p))
                .item(DynamoCdkProps.attributes(p, "item"));
        DynamoCdkProps.applyWrite(b, p);
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return DynamoCdkProps.differences(TYPE_ID, "PutItem", true);
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        return DynamoCdkProps.arbitraries(TYPE_ID);
    }
}
