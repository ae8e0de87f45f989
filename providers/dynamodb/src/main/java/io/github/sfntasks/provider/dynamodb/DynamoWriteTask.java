package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What PutItem, DeleteItem and UpdateItem share beyond {@link DynamoItemTask}: the condition expression, the
 * expression attribute values and the return options, with their checks and their Parameters members.
 */
abstract class DynamoWriteTask extends DynamoItemTask {

    /** The {@code ReturnValues} PutItem and DeleteItem accept, and every write's {@code ReturnValuesOnConditionCheckFailure}. */
    static final Set<DynamoReturnValues> NONE_OR_ALL_OLD =
            Collections.unmodifiableSet(EnumSet.of(DynamoReturnValues.NONE, DynamoReturnValues.ALL_OLD));

    private final Value conditionExpression;
    private final AttributeMap expressionAttributeValues;
    private final DynamoItemCollectionMetrics returnItemCollectionMetrics;
    private final DynamoReturnValues returnValues;
    private final DynamoReturnValues returnValuesOnConditionCheckFailure;

    /**
     * @param returnValuesAllowed the {@code ReturnValues} the action accepts
     * @param onFailureAllowed the {@code ReturnValuesOnConditionCheckFailure} it accepts
     * @param expressions the action's own expressions (UpdateItem's {@code updateExpression}): checked after
     *                    {@code conditionExpression}, and searched for placeholders before it
     */
    DynamoWriteTask(WriteBuilder<?, ?> b, String typeId, String action, Set<DynamoReturnValues> returnValuesAllowed,
                    Set<DynamoReturnValues> onFailureAllowed, DynamoRules.Expression... expressions) {
        super(b, typeId, action);
        this.conditionExpression = b.conditionExpression;
        this.expressionAttributeValues = b.expressionAttributeValues;
        this.returnItemCollectionMetrics = b.returnItemCollectionMetrics;
        this.returnValues = b.returnValues;
        this.returnValuesOnConditionCheckFailure = b.returnValuesOnConditionCheckFailure;

        DynamoRules.Expression condition = new DynamoRules.Expression("conditionExpression", conditionExpression);
        checkExpression(condition);
        for (DynamoRules.Expression e : expressions) {
            checkExpression(e);
        }
        checkExpressionAttributeNames();
        DynamoRules.checkValues(expressionAttributeValues, "expressionAttributeValues");
        if (expressionAttributeValues != null) {
            check(expressionAttributeValues.render(), "expressionAttributeValues");
        }
        List<DynamoRules.Expression> all = new ArrayList<>(List.of(expressions));
        all.add(condition);
        DynamoRules.checkPlaceholders(expressionAttributeNames(), expressionAttributeValues, all);
        DynamoRules.checkReturnValues(returnValues, returnValuesAllowed, action, "returnValues");
        DynamoRules.checkReturnValues(returnValuesOnConditionCheckFailure, onFailureAllowed, action,
                "returnValuesOnConditionCheckFailure");
    }

    private void checkExpression(DynamoRules.Expression e) {
        DynamoRules.checkExpression(e.value(), e.property());
        check(e.value(), e.property());
    }

    /** @return the condition expression, or {@code null} */
    public Value conditionExpression() {
        return conditionExpression;
    }

    /** @return the expression attribute values in order, or {@code null} (also when given whole at run time) */
    public Map<String, DynamoAttributeValue> expressionAttributeValues() {
        return expressionAttributeValues == null ? null : expressionAttributeValues.attributes();
    }

    /** @return whether item collection metrics are returned, or {@code null} */
    public DynamoItemCollectionMetrics returnItemCollectionMetrics() {
        return returnItemCollectionMetrics;
    }

    /** @return what the write returns, or {@code null} */
    public DynamoReturnValues returnValues() {
        return returnValues;
    }

    /** @return what a failed condition returns, or {@code null} */
    public DynamoReturnValues returnValuesOnConditionCheckFailure() {
        return returnValuesOnConditionCheckFailure;
    }

    @Override
    final void putParameters(ObjectValue.Builder parameters) {
        parameters.putIfNotNull("ConditionExpression", conditionExpression)
                .putIfNotNull("ExpressionAttributeNames", namesParameter())
                .putIfNotNull("ExpressionAttributeValues",
                        expressionAttributeValues == null ? null : expressionAttributeValues.render())
                .putIfNotNull("ReturnConsumedCapacity", name(returnConsumedCapacity()))
                .putIfNotNull("ReturnItemCollectionMetrics", name(returnItemCollectionMetrics))
                .putIfNotNull("ReturnValues", name(returnValues));
        putActionParameters(parameters);
        // Not a CDK property: after everything the CDK renders.
        parameters.putIfNotNull("ReturnValuesOnConditionCheckFailure", name(returnValuesOnConditionCheckFailure));
    }

    /** Adds the action's own members, which the CDK renders after {@code ReturnValues}; none by default. */
    void putActionParameters(ObjectValue.Builder parameters) {
    }

    /**
     * The builder of what {@link DynamoWriteTask} adds.
     *
     * @param <B> the concrete builder
     * @param <T> the task it builds
     */
    abstract static class WriteBuilder<B extends WriteBuilder<B, T>, T extends DynamoWriteTask> extends ItemBuilder<B, T> {
        private Value conditionExpression;
        private AttributeMap expressionAttributeValues;
        private DynamoItemCollectionMetrics returnItemCollectionMetrics;
        private DynamoReturnValues returnValues;
        private DynamoReturnValues returnValuesOnConditionCheckFailure;

        WriteBuilder(String stateName, Target role) {
            super(stateName, role);
        }

        /** @param expression the condition ({@code {% ... %}}: a JSONata expression) @return this builder */
        public B conditionExpression(String expression) {
            return conditionExpression(expression == null ? null : Value.of(expression));
        }

        /** @param expression the condition at run time @return this builder */
        public B conditionExpression(Value expression) {
            this.conditionExpression = expression;
            return self();
        }

        /** @param values {@code :placeholder} to value, replacing any given @return this builder */
        public B expressionAttributeValues(Map<String, DynamoAttributeValue> values) {
            return expressionAttributeValues(AttributeMap.of(values));
        }

        /** @param placeholder a {@code :placeholder} @param value its value @return this builder */
        public B expressionAttributeValue(String placeholder, DynamoAttributeValue value) {
            return expressionAttributeValues(AttributeMap.with(expressionAttributeValues, placeholder, value));
        }

        /** @param values all values at run time (a path, intrinsic function or JSONata expression) @return this builder */
        public B expressionAttributeValues(Value values) {
            return expressionAttributeValues(AttributeMap.dynamic(values));
        }

        final B expressionAttributeValues(AttributeMap values) {
            this.expressionAttributeValues = values;
            return self();
        }

        /** @param metrics whether item collection metrics are returned @return this builder */
        public B returnItemCollectionMetrics(DynamoItemCollectionMetrics metrics) {
            this.returnItemCollectionMetrics = metrics;
            return self();
        }

        /** @param values NONE or ALL_OLD @return this builder */
        public B returnValues(DynamoReturnValues values) {
            this.returnValues = values;
            return self();
        }

        /** @param values NONE or ALL_OLD @return this builder */
        public B returnValuesOnConditionCheckFailure(DynamoReturnValues values) {
            this.returnValuesOnConditionCheckFailure = values;
            return self();
        }

        @Override
        B copyFrom(T task) {
            DynamoWriteTask t = task;
            conditionExpression = t.conditionExpression;
            expressionAttributeValues = t.expressionAttributeValues;
            returnItemCollectionMetrics = t.returnItemCollectionMetrics;
            returnValues = t.returnValues;
            returnValuesOnConditionCheckFailure = t.returnValuesOnConditionCheckFailure;
            return super.copyFrom(task);
        }
    }
}
