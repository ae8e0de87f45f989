package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.tasks.DynamoGetItem;
import software.amazon.awscdk.services.stepfunctions.tasks.DynamoProjectionExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code dynamodb:getItem} as the CDK's {@code DynamoGetItem}, with an imported table. */
public final class DynamoGetItemCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "dynamodb:getItem";

    /** For ServiceLoader. */
    public DynamoGetItemCdkFactory() {
        super(TYPE_ID);
    }


    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        DynamoGetItem.Builder b = DynamoGetItem.Builder.create(stack, stateName)
                .table(DynamoCdkProps.table(stack, p))
                .key(DynamoCdkProps.attributes(p, "key"));
        JsonNode consistent = p.get("consistentRead");
        if (p.has("consistentRead.$") || consistent != null && !consistent.isBoolean() && !consistent.isNull()) {
            throw new NotExpressible("consistentRead chosen at run time (the CDK takes a boolean)");
        }
        if (consistent != null && consistent.isBoolean()) {
            b.consistentRead(consistent.booleanValue());
        }
        Map<String, String> names = DynamoCdkProps.names(p);
        if (names != null) {
            b.expressionAttributeNames(names);
        }
        JsonNode projection = p.get("projectionExpression");
        if (projection != null && projection.isTextual()) {
            b.projectionExpression(projection(projection.textValue()));
        }
        if (DynamoCdkProps.consumedCapacity(p) != null) {
            b.returnConsumedCapacity(DynamoCdkProps.consumedCapacity(p));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    /**
     * Our {@code projectionExpression} is the expression's text; the CDK takes {@link DynamoProjectionExpression}s
     * and joins their text with commas. One expression per comma-separated part, each holding its part as one step,
     * gives the CDK back the same text (the CDK checks nothing in a step).
     */
    private static List<DynamoProjectionExpression> projection(String text) {
        List<DynamoProjectionExpression> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            out.add(new DynamoProjectionExpression().withAttribute(part));
        }
        return out;
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return DynamoCdkProps.differences(TYPE_ID, "GetItem", false);
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        return DynamoCdkProps.arbitraries(TYPE_ID);
    }
}
