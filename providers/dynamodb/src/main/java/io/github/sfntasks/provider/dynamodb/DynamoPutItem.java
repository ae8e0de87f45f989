package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.value.Value;

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
 *       time. Where the CDK takes an {@code ITable}, we take its name or ARN.
 *       Placeholders are values: a text that is one placeholder as a whole ({@code ${OrdersTable}},
 *       {@code ${Token[TOKEN.31]}}) is the table's <em>name</em>, as the CDK passes {@code tableName}, and is granted
 *       as {@code arn:<partition>:dynamodb:<region>:<account>:table/${OrdersTable}}; a CloudFormation
 *       {@code ${Orders.Arn}} is its ARN, granted as it is; {@code orders-${Stage}} is a name and
 *       {@code arn:${AWS::Partition}:dynamodb:...:table/${OrdersTable}} an ARN. Only the literal parts are checked;
 *       an IAM wildcard ({@code *}, {@code ?}) in any position is refused.</li>
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
 * grant), or on the ARN given; a table chosen at run time gets {@code ...:table/*} of the context's account and region,
 * with a {@code WIDENED_GRANT} warning.
 *
 * <p>Differences from the CDK: a table ARN is rendered as given in {@code TableName} and granted as given;
 * {@code returnValues} other than NONE/ALL_OLD is refused (DynamoDB would refuse it at run time); placeholders are
 * checked against the expressions.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html">Call DynamoDB with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html">PutItem</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class DynamoPutItem extends DynamoWriteTask {

    /** The provider type id. */
    public static final String TYPE_ID = "dynamodb:putItem";

    /** The patterns Step Functions supports for DynamoDB: request/response only. */
    public static final Set<IntegrationPattern> PATTERNS = REQUEST_RESPONSE;

    /** The {@code ReturnValues} PutItem accepts. */
    public static final Set<DynamoReturnValues> RETURN_VALUES = NONE_OR_ALL_OLD;

    private DynamoPutItem(Builder b) {
        super(b, TYPE_ID, "PutItem", RETURN_VALUES, RETURN_VALUES);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the item's attributes in order, or {@code null} when the whole item is given at run time */
    public Map<String, DynamoAttributeValue> item() {
        return target().attributes();
    }

    /** @return the whole item as a run-time value, or {@code null} when the attributes are given */
    public Value dynamicItem() {
        return target().dynamicValue();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyFrom(this);
    }

    /** Builds a {@link DynamoPutItem}. */
    public static final class Builder extends WriteBuilder<Builder, DynamoPutItem> {

        private Builder(String stateName) {
            super(stateName, Target.ITEM);
        }

        /** @param item the item's attributes, replacing any given (use a {@code LinkedHashMap} for order) @return this builder */
        public Builder item(Map<String, DynamoAttributeValue> item) {
            return target(AttributeMap.of(item));
        }

        /** @param name an attribute's name @param value its value @return this builder */
        public Builder item(String name, DynamoAttributeValue value) {
            return target(name, value);
        }

        /** @param item the whole item at run time (a path, intrinsic function or JSONata expression) @return this builder */
        public Builder item(Value item) {
            return target(AttributeMap.dynamic(item));
        }

        @Override
        protected DynamoPutItem newTask() {
            return new DynamoPutItem(this);
        }
    }
}
