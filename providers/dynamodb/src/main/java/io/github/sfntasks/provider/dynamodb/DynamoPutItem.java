package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates an item, or replaces an old item with a new one ({@code arn:<partition>:states:::dynamodb:putItem}), as
 * the AWS CDK's {@code DynamoPutItem}.
 *
 * <pre>{@code
 * DynamoPutItem.builder("PutItem")
 *     .table("MyTable")
 *     .item("MessageId", DynamoAttributeValue.fromString("message-007"))
 *     .item("Text", DynamoAttributeValue.fromString(JsonPath.stringAt("$.bar")))
 *     .item("TotalCount", DynamoAttributeValue.fromNumber(10))
 *     .build();
 * }</pre>
 *
 * <p>Properties:
 * <ul>
 *   <li>{@code table} (required) &mdash; the table name or table ARN; a path or JSONata expression chooses it at run
 *       time. Where the CDK takes an {@code ITable}, we take its name or ARN.</li>
 *   <li>{@code item} (required) &mdash; attribute names to {@link DynamoAttributeValue}s (the key attributes
 *       among them), or the whole item at run time.</li>
 *   <li>{@code conditionExpression} &mdash; a condition the write must meet.</li>
 *   <li>{@code expressionAttributeNames} &mdash; {@code #placeholder} to attribute name.</li>
 *   <li>{@code expressionAttributeValues} &mdash; {@code :placeholder} to {@link DynamoAttributeValue}.</li>
 *   <li>{@code returnConsumedCapacity} &mdash; {@link DynamoConsumedCapacity}.</li>
 *   <li>{@code returnItemCollectionMetrics} &mdash; {@link DynamoItemCollectionMetrics}.</li>
 *   <li>{@code returnValues} &mdash; {@link DynamoReturnValues#NONE} or {@link DynamoReturnValues#ALL_OLD} (what
 *       PutItem accepts).</li>
 *   <li>{@code returnValuesOnConditionCheckFailure} &mdash; {@code NONE} or {@code ALL_OLD}: the item returned when
 *       the condition fails (a PutItem parameter the CDK lacks).</li>
 * </ul>
 *
 * <p>Only the request/response pattern: Step Functions supports neither {@code .sync} nor
 * {@code .waitForTaskToken} for DynamoDB.
 *
 * <p>IAM: {@code dynamodb:PutItem} on {@code arn:<partition>:dynamodb:<region>:<account>:table/<name>} (the CDK's
 * grant), or on the ARN given; a table chosen at run time gets {@code ...:table/*} of the context's account and region.
 *
 * <p>Differences from the CDK: a table ARN is rendered as given in {@code TableName} and granted as given;
 * {@code returnValues} other than NONE/ALL_OLD is refused (DynamoDB would refuse it at run time); placeholders are
 * checked against the expressions.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html">Call DynamoDB with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html">PutItem</a>
 */
@ApiStatus(ApiStatus.Status.STABLE)
public final class DynamoPutItem extends ServiceTask {

    /** The provider type id. */
    public static final String TYPE_ID = "dynamodb:putItem";

    /** The patterns Step Functions supports for DynamoDB: request/response only. */
    public static final Set<IntegrationPattern> PATTERNS =
            Collections.unmodifiableSet(EnumSet.of(IntegrationPattern.REQUEST_RESPONSE));

    /** The {@code ReturnValues} PutItem accepts. */
    public static final Set<DynamoReturnValues> RETURN_VALUES =
            Collections.unmodifiableSet(EnumSet.of(DynamoReturnValues.NONE, DynamoReturnValues.ALL_OLD));

    private final Value table;
    private final AttributeMap item;
    private final Value conditionExpression;
    private final Map<String, Value> expressionAttributeNames;
    private final AttributeMap expressionAttributeValues;
    private final DynamoConsumedCapacity returnConsumedCapacity;
    private final DynamoItemCollectionMetrics returnItemCollectionMetrics;
    private final DynamoReturnValues returnValues;
    private final DynamoReturnValues returnValuesOnConditionCheckFailure;

    private DynamoPutItem(Builder b) {
        super(b, TYPE_ID, PATTERNS);
        this.table = require(b.table, "table");
        this.item = require(b.item, "item");
        this.conditionExpression = b.conditionExpression;
        this.expressionAttributeNames = DynamoRules.copy(b.expressionAttributeNames);
        this.expressionAttributeValues = b.expressionAttributeValues;
        this.returnConsumedCapacity = b.returnConsumedCapacity;
        this.returnItemCollectionMetrics = b.returnItemCollectionMetrics;
        this.returnValues = b.returnValues;
        this.returnValuesOnConditionCheckFailure = b.returnValuesOnConditionCheckFailure;

        DynamoRules.checkTable(table);
        check(table, "table");
        DynamoRules.checkItem(item, "item");
        check(item.render(), "item");
        DynamoRules.checkExpression(conditionExpression, "conditionExpression");
        check(conditionExpression, "conditionExpression");
        DynamoRules.checkNames(expressionAttributeNames, "expressionAttributeNames");
        if (expressionAttributeNames != null) {
            check(ObjectValue.of(expressionAttributeNames), "expressionAttributeNames");
        }
        DynamoRules.checkValues(expressionAttributeValues, "expressionAttributeValues");
        if (expressionAttributeValues != null) {
            check(expressionAttributeValues.render(), "expressionAttributeValues");
        }
        DynamoRules.checkPlaceholders(expressionAttributeNames, expressionAttributeValues,
                List.of(new DynamoRules.Expression("conditionExpression", conditionExpression)));
        DynamoRules.checkReturnValues(returnValues, RETURN_VALUES, "PutItem", "returnValues");
        DynamoRules.checkReturnValues(returnValuesOnConditionCheckFailure, RETURN_VALUES, "PutItem",
                "returnValuesOnConditionCheckFailure");
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the table: a name or ARN (a literal string), or a run-time value */
    public Value table() {
        return table;
    }

    /** @return the item's attributes in order, or {@code null} when the whole item is given at run time */
    public Map<String, DynamoAttributeValue> item() {
        return item.attributes();
    }

    /** @return the whole item as a run-time value, or {@code null} when the attributes are given */
    public Value dynamicItem() {
        return item.dynamicValue();
    }

    /** @return the condition expression, or {@code null} */
    public Value conditionExpression() {
        return conditionExpression;
    }

    /** @return the expression attribute names in order, or {@code null} */
    public Map<String, Value> expressionAttributeNames() {
        return expressionAttributeNames;
    }

    /** @return the expression attribute values in order, or {@code null} (also when given whole at run time) */
    public Map<String, DynamoAttributeValue> expressionAttributeValues() {
        return expressionAttributeValues == null ? null : expressionAttributeValues.attributes();
    }

    /** @return the consumed-capacity detail, or {@code null} */
    public DynamoConsumedCapacity returnConsumedCapacity() {
        return returnConsumedCapacity;
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
    protected String resource(RenderContext context) {
        return context.integrationArn(TYPE_ID, integrationPattern());
    }

    @Override
    protected Value parameters(RenderContext context) {
        // Member order follows the CDK's _renderTask, so both render the same bytes.
        return ObjectValue.builder()
                .put("Item", item.render())
                .put("TableName", table)
                .putIfNotNull("ConditionExpression", conditionExpression)
                .putIfNotNull("ExpressionAttributeNames",
                        expressionAttributeNames == null ? null : ObjectValue.of(expressionAttributeNames))
                .putIfNotNull("ExpressionAttributeValues",
                        expressionAttributeValues == null ? null : expressionAttributeValues.render())
                .putIfNotNull("ReturnConsumedCapacity", returnConsumedCapacity == null ? null : returnConsumedCapacity.name())
                .putIfNotNull("ReturnItemCollectionMetrics",
                        returnItemCollectionMetrics == null ? null : returnItemCollectionMetrics.name())
                .putIfNotNull("ReturnValues", returnValues == null ? null : returnValues.name())
                .putIfNotNull("ReturnValuesOnConditionCheckFailure",
                        returnValuesOnConditionCheckFailure == null ? null : returnValuesOnConditionCheckFailure.name())
                .build();
    }

    @Override
    protected List<PolicyStatement> grants(RenderContext context) {
        return List.of(PolicyStatement.allow("dynamodb:PutItem", DynamoRules.tableArn(table, context)));
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this);
        b.table = table;
        b.item = item;
        b.conditionExpression = conditionExpression;
        b.expressionAttributeNames = expressionAttributeNames;
        b.expressionAttributeValues = expressionAttributeValues;
        b.returnConsumedCapacity = returnConsumedCapacity;
        b.returnItemCollectionMetrics = returnItemCollectionMetrics;
        b.returnValues = returnValues;
        b.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
        return b;
    }

    /** Builds a {@link DynamoPutItem}. */
    public static final class Builder extends TaskBuilder<Builder, DynamoPutItem> {
        private Value table;
        private AttributeMap item;
        private Value conditionExpression;
        private Map<String, Value> expressionAttributeNames;
        private AttributeMap expressionAttributeValues;
        private DynamoConsumedCapacity returnConsumedCapacity;
        private DynamoItemCollectionMetrics returnItemCollectionMetrics;
        private DynamoReturnValues returnValues;
        private DynamoReturnValues returnValuesOnConditionCheckFailure;

        private Builder(String stateName) {
            super(stateName);
        }

        /** @param nameOrArn the table name or table ARN ({@code {% ... %}}: a JSONata expression) @return this builder */
        public Builder table(String nameOrArn) {
            this.table = DynamoRules.text(nameOrArn);
            return this;
        }

        /** @param table the table chosen at run time (a path, intrinsic function or JSONata expression) @return this builder */
        public Builder table(Value table) {
            this.table = table;
            return this;
        }

        /** @param item the item's attributes, replacing any given (use a {@code LinkedHashMap} for order) @return this builder */
        public Builder item(Map<String, DynamoAttributeValue> item) {
            this.item = AttributeMap.of(item);
            return this;
        }

        /** @param name an attribute's name @param value its value @return this builder */
        public Builder item(String name, DynamoAttributeValue value) {
            this.item = AttributeMap.with(item, name, value);
            return this;
        }

        /** @param item the whole item at run time (a path, intrinsic function or JSONata expression) @return this builder */
        public Builder item(Value item) {
            this.item = AttributeMap.dynamic(item);
            return this;
        }

        Builder item(AttributeMap item) {
            this.item = item;
            return this;
        }

        /** @param expression the condition ({@code {% ... %}}: a JSONata expression) @return this builder */
        public Builder conditionExpression(String expression) {
            this.conditionExpression = DynamoRules.text(expression);
            return this;
        }

        /** @param expression the condition at run time @return this builder */
        public Builder conditionExpression(Value expression) {
            this.conditionExpression = expression;
            return this;
        }

        /** @param names {@code #placeholder} to attribute name, replacing any given @return this builder */
        public Builder expressionAttributeNames(Map<String, String> names) {
            this.expressionAttributeNames = DynamoRules.names(names);
            return this;
        }

        /** @param placeholder a {@code #placeholder} @param attributeName the name it stands for @return this builder */
        public Builder expressionAttributeName(String placeholder, String attributeName) {
            return expressionAttributeName(placeholder, DynamoRules.text(attributeName));
        }

        /** @param placeholder a {@code #placeholder} @param attributeName the name, possibly a path @return this builder */
        public Builder expressionAttributeName(String placeholder, Value attributeName) {
            this.expressionAttributeNames = DynamoRules.withName(expressionAttributeNames, placeholder, attributeName);
            return this;
        }

        Builder names(Map<String, Value> names) {
            this.expressionAttributeNames = names;
            return this;
        }

        /** @param values {@code :placeholder} to value, replacing any given @return this builder */
        public Builder expressionAttributeValues(Map<String, DynamoAttributeValue> values) {
            this.expressionAttributeValues = AttributeMap.of(values);
            return this;
        }

        /** @param placeholder a {@code :placeholder} @param value its value @return this builder */
        public Builder expressionAttributeValue(String placeholder, DynamoAttributeValue value) {
            this.expressionAttributeValues = AttributeMap.with(expressionAttributeValues, placeholder, value);
            return this;
        }

        /** @param values all values at run time (a path, intrinsic function or JSONata expression) @return this builder */
        public Builder expressionAttributeValues(Value values) {
            this.expressionAttributeValues = AttributeMap.dynamic(values);
            return this;
        }

        Builder expressionAttributeValues(AttributeMap values) {
            this.expressionAttributeValues = values;
            return this;
        }

        /** @param capacity the consumed-capacity detail @return this builder */
        public Builder returnConsumedCapacity(DynamoConsumedCapacity capacity) {
            this.returnConsumedCapacity = capacity;
            return this;
        }

        /** @param metrics whether item collection metrics are returned @return this builder */
        public Builder returnItemCollectionMetrics(DynamoItemCollectionMetrics metrics) {
            this.returnItemCollectionMetrics = metrics;
            return this;
        }

        /** @param values NONE or ALL_OLD @return this builder */
        public Builder returnValues(DynamoReturnValues values) {
            this.returnValues = values;
            return this;
        }

        /** @param values NONE or ALL_OLD @return this builder */
        public Builder returnValuesOnConditionCheckFailure(DynamoReturnValues values) {
            this.returnValuesOnConditionCheckFailure = values;
            return this;
        }

        @Override
        protected DynamoPutItem newTask() {
            return new DynamoPutItem(this);
        }
    }
}
