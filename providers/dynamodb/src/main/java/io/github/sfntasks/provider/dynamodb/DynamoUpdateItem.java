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
 * Edits an item's attributes, or adds the item if it does not exist
 * ({@code arn:<partition>:states:::dynamodb:updateItem}), as the AWS CDK's {@code DynamoUpdateItem}.
 *
 * <pre>{@code
 * DynamoUpdateItem.builder("UpdateItem")
 *     .table("MyTable")
 *     .key("MessageId", DynamoAttributeValue.fromString("message-007"))
 *     .expressionAttributeValue(":val", DynamoAttributeValue.numberFromString(JsonPath.stringAt("$.Item.TotalCount.N")))
 *     .expressionAttributeValue(":rand", DynamoAttributeValue.fromNumber(20))
 *     .updateExpression("SET TotalCount = :val + :rand")
 *     .build();
 * }</pre>
 *
 * <p>Properties:
 * <ul>
 *   <li>{@code table} (required) &mdash; the table name or table ARN; a path or JSONata expression chooses it at run
 *       time. Where the CDK takes an {@code ITable}, we take its name or ARN.</li>
 *   <li>{@code key} (required) &mdash; the primary key: 1 attribute (partition key) or 2 (with the sort key), each
 *       a string, number or binary {@link DynamoAttributeValue}; or the whole key at run time.</li>
 *   <li>{@code conditionExpression} &mdash; a condition the item must meet to be updated.</li>
 *   <li>{@code expressionAttributeNames} &mdash; {@code #placeholder} to attribute name.</li>
 *   <li>{@code expressionAttributeValues} &mdash; {@code :placeholder} to {@link DynamoAttributeValue}.</li>
 *   <li>{@code returnConsumedCapacity} &mdash; {@link DynamoConsumedCapacity}.</li>
 *   <li>{@code returnItemCollectionMetrics} &mdash; {@link DynamoItemCollectionMetrics}.</li>
 *   <li>{@code returnValues} &mdash; any {@link DynamoReturnValues}.</li>
 *   <li>{@code returnValuesOnConditionCheckFailure} &mdash; {@code NONE} or {@code ALL_OLD}: the item returned when
 *       the condition fails (an UpdateItem parameter the CDK lacks).</li>
 *   <li>{@code updateExpression} &mdash; the attributes to change, how, and their new values
 *       ({@code SET a = :v REMOVE b}).</li>
 * </ul>
 *
 * <p>Only the request/response pattern: Step Functions supports neither {@code .sync} nor
 * {@code .waitForTaskToken} for DynamoDB.
 *
 * <p>IAM: {@code dynamodb:UpdateItem} on {@code arn:<partition>:dynamodb:<region>:<account>:table/<name>} (the CDK's
 * grant), or on the ARN given; a table chosen at run time gets {@code ...:table/*} of the context's account and region.
 *
 * <p>Differences from the CDK: a table ARN is rendered as given in {@code TableName} and granted as given;
 * placeholders are checked against the expressions.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html">Call DynamoDB with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html">UpdateItem</a>
 */
@ApiStatus(ApiStatus.Status.STABLE)
public final class DynamoUpdateItem extends ServiceTask {

    /** The provider type id. */
    public static final String TYPE_ID = "dynamodb:updateItem";

    /** The patterns Step Functions supports for DynamoDB: request/response only. */
    public static final Set<IntegrationPattern> PATTERNS =
            Collections.unmodifiableSet(EnumSet.of(IntegrationPattern.REQUEST_RESPONSE));

    /** The {@code ReturnValues} UpdateItem accepts: all. */
    public static final Set<DynamoReturnValues> RETURN_VALUES =
            Collections.unmodifiableSet(EnumSet.allOf(DynamoReturnValues.class));

    /** The {@code ReturnValuesOnConditionCheckFailure} UpdateItem accepts. */
    public static final Set<DynamoReturnValues> RETURN_VALUES_ON_CONDITION_CHECK_FAILURE =
            Collections.unmodifiableSet(EnumSet.of(DynamoReturnValues.NONE, DynamoReturnValues.ALL_OLD));

    private final Value table;
    private final AttributeMap key;
    private final Value conditionExpression;
    private final Map<String, Value> expressionAttributeNames;
    private final AttributeMap expressionAttributeValues;
    private final DynamoConsumedCapacity returnConsumedCapacity;
    private final DynamoItemCollectionMetrics returnItemCollectionMetrics;
    private final DynamoReturnValues returnValues;
    private final DynamoReturnValues returnValuesOnConditionCheckFailure;
    private final Value updateExpression;

    private DynamoUpdateItem(Builder b) {
        super(b, TYPE_ID, PATTERNS);
        this.table = require(b.table, "table");
        this.key = require(b.key, "key");
        this.conditionExpression = b.conditionExpression;
        this.expressionAttributeNames = DynamoRules.copy(b.expressionAttributeNames);
        this.expressionAttributeValues = b.expressionAttributeValues;
        this.returnConsumedCapacity = b.returnConsumedCapacity;
        this.returnItemCollectionMetrics = b.returnItemCollectionMetrics;
        this.returnValues = b.returnValues;
        this.returnValuesOnConditionCheckFailure = b.returnValuesOnConditionCheckFailure;
        this.updateExpression = b.updateExpression;

        DynamoRules.checkTable(table);
        check(table, "table");
        DynamoRules.checkKey(key, "key");
        check(key.render(), "key");
        DynamoRules.checkExpression(conditionExpression, "conditionExpression");
        check(conditionExpression, "conditionExpression");
        DynamoRules.checkExpression(updateExpression, "updateExpression");
        check(updateExpression, "updateExpression");
        DynamoRules.checkNames(expressionAttributeNames, "expressionAttributeNames");
        if (expressionAttributeNames != null) {
            check(ObjectValue.of(expressionAttributeNames), "expressionAttributeNames");
        }
        DynamoRules.checkValues(expressionAttributeValues, "expressionAttributeValues");
        if (expressionAttributeValues != null) {
            check(expressionAttributeValues.render(), "expressionAttributeValues");
        }
        DynamoRules.checkPlaceholders(expressionAttributeNames, expressionAttributeValues,
                List.of(new DynamoRules.Expression("updateExpression", updateExpression),
                        new DynamoRules.Expression("conditionExpression", conditionExpression)));
        DynamoRules.checkReturnValues(returnValuesOnConditionCheckFailure, RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
                "UpdateItem", "returnValuesOnConditionCheckFailure");
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

    /** @return the key attributes in order, or {@code null} when the whole key is given at run time */
    public Map<String, DynamoAttributeValue> key() {
        return key.attributes();
    }

    /** @return the whole key as a run-time value, or {@code null} when the attributes are given */
    public Value dynamicKey() {
        return key.dynamicValue();
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

    /** @return the update expression, or {@code null} */
    public Value updateExpression() {
        return updateExpression;
    }

    @Override
    protected String resource(RenderContext context) {
        return context.integrationArn(TYPE_ID, integrationPattern());
    }

    @Override
    protected Value parameters(RenderContext context) {
        // Member order follows the CDK's _renderTask, so both render the same bytes.
        return ObjectValue.builder()
                .put("Key", key.render())
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
                .putIfNotNull("UpdateExpression", updateExpression)
                .putIfNotNull("ReturnValuesOnConditionCheckFailure",
                        returnValuesOnConditionCheckFailure == null ? null : returnValuesOnConditionCheckFailure.name())
                .build();
    }

    @Override
    protected List<PolicyStatement> grants(RenderContext context) {
        return List.of(PolicyStatement.allow("dynamodb:UpdateItem", DynamoRules.tableArn(table, context)));
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this);
        b.table = table;
        b.key = key;
        b.conditionExpression = conditionExpression;
        b.expressionAttributeNames = expressionAttributeNames;
        b.expressionAttributeValues = expressionAttributeValues;
        b.returnConsumedCapacity = returnConsumedCapacity;
        b.returnItemCollectionMetrics = returnItemCollectionMetrics;
        b.returnValues = returnValues;
        b.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
        b.updateExpression = updateExpression;
        return b;
    }

    /** Builds a {@link DynamoUpdateItem}. */
    public static final class Builder extends TaskBuilder<Builder, DynamoUpdateItem> {
        private Value table;
        private AttributeMap key;
        private Value conditionExpression;
        private Map<String, Value> expressionAttributeNames;
        private AttributeMap expressionAttributeValues;
        private DynamoConsumedCapacity returnConsumedCapacity;
        private DynamoItemCollectionMetrics returnItemCollectionMetrics;
        private DynamoReturnValues returnValues;
        private DynamoReturnValues returnValuesOnConditionCheckFailure;
        private Value updateExpression;

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

        /** @param key the primary key attributes, replacing any given (use a {@code LinkedHashMap} for order) @return this builder */
        public Builder key(Map<String, DynamoAttributeValue> key) {
            this.key = AttributeMap.of(key);
            return this;
        }

        /** @param name a key attribute's name @param value its value @return this builder */
        public Builder key(String name, DynamoAttributeValue value) {
            this.key = AttributeMap.with(key, name, value);
            return this;
        }

        /** @param key the whole key at run time (a path, intrinsic function or JSONata expression) @return this builder */
        public Builder key(Value key) {
            this.key = AttributeMap.dynamic(key);
            return this;
        }

        Builder key(AttributeMap key) {
            this.key = key;
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

        /** @param values any of NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW @return this builder */
        public Builder returnValues(DynamoReturnValues values) {
            this.returnValues = values;
            return this;
        }

        /** @param values NONE or ALL_OLD @return this builder */
        public Builder returnValuesOnConditionCheckFailure(DynamoReturnValues values) {
            this.returnValuesOnConditionCheckFailure = values;
            return this;
        }

        /** @param expression the update ({@code {% ... %}}: a JSONata expression) @return this builder */
        public Builder updateExpression(String expression) {
            this.updateExpression = DynamoRules.text(expression);
            return this;
        }

        /** @param expression the update at run time @return this builder */
        public Builder updateExpression(Value expression) {
            this.updateExpression = expression;
            return this;
        }

        @Override
        protected DynamoUpdateItem newTask() {
            return new DynamoUpdateItem(this);
        }
    }
}
