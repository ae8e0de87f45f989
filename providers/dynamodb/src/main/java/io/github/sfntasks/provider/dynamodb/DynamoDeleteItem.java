package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.value.Value;

import java.util.Map;
import java.util.Set;

/**
 * Deletes one item of a DynamoDB table by primary key ({@code arn:<partition>:states:::dynamodb:deleteItem}), as the
 * AWS CDK's {@code DynamoDeleteItem}.
 *
 * <pre>{@code
 * DynamoDeleteItem.builder("DeleteItem")
 *     .table("MyTable")
 *     .key("MessageId", DynamoAttributeValue.fromString("message-007"))
 *     .resultPath(JsonPath.DISCARD)
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
 *   <li>{@code key} (required) &mdash; the primary key: 1 attribute (partition key) or 2 (with the sort key), each
 *       a string, number or binary {@link DynamoAttributeValue}; or the whole key at run time.</li>
 *   <li>{@code conditionExpression} &mdash; a condition the item must meet to be deleted.</li>
 *   <li>{@code expressionAttributeNames} &mdash; {@code #placeholder} to attribute name.</li>
 *   <li>{@code expressionAttributeValues} &mdash; {@code :placeholder} to {@link DynamoAttributeValue}.</li>
 *   <li>{@code returnConsumedCapacity} &mdash; {@link DynamoConsumedCapacity}.</li>
 *   <li>{@code returnItemCollectionMetrics} &mdash; {@link DynamoItemCollectionMetrics}.</li>
 *   <li>{@code returnValues} &mdash; {@link DynamoReturnValues#NONE} or {@link DynamoReturnValues#ALL_OLD} (what
 *       DeleteItem accepts).</li>
 *   <li>{@code returnValuesOnConditionCheckFailure} &mdash; {@code NONE} or {@code ALL_OLD}: the item returned when
 *       the condition fails (a DeleteItem parameter the CDK lacks).</li>
 * </ul>
 *
 * <p>Only the request/response pattern: Step Functions supports neither {@code .sync} nor
 * {@code .waitForTaskToken} for DynamoDB.
 *
 * <p>IAM: {@code dynamodb:DeleteItem} on {@code arn:<partition>:dynamodb:<region>:<account>:table/<name>} (the CDK's
 * grant), or on the ARN given; a table chosen at run time gets {@code ...:table/*} of the context's account and region,
 * with a {@code WIDENED_GRANT} warning.
 *
 * <p>Differences from the CDK: a table ARN is rendered as given in {@code TableName} and granted as given;
 * {@code returnValues} other than NONE/ALL_OLD is refused (DynamoDB would refuse it at run time); placeholders are
 * checked against the expressions.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html">Call DynamoDB with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html">DeleteItem</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class DynamoDeleteItem extends DynamoWriteTask {

    /** The provider type id. */
    public static final String TYPE_ID = "dynamodb:deleteItem";

    /** The patterns Step Functions supports for DynamoDB: request/response only. */
    public static final Set<IntegrationPattern> PATTERNS = REQUEST_RESPONSE;

    /** The {@code ReturnValues} DeleteItem accepts. */
    public static final Set<DynamoReturnValues> RETURN_VALUES = NONE_OR_ALL_OLD;

    private DynamoDeleteItem(Builder b) {
        super(b, TYPE_ID, "DeleteItem", RETURN_VALUES, RETURN_VALUES);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the key attributes in order, or {@code null} when the whole key is given at run time */
    public Map<String, DynamoAttributeValue> key() {
        return target().attributes();
    }

    /** @return the whole key as a run-time value, or {@code null} when the attributes are given */
    public Value dynamicKey() {
        return target().dynamicValue();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyFrom(this);
    }

    /** Builds a {@link DynamoDeleteItem}. */
    public static final class Builder extends WriteBuilder<Builder, DynamoDeleteItem> {

        private Builder(String stateName) {
            super(stateName, Target.KEY);
        }

        /** @param key the primary key attributes, replacing any given (use a {@code LinkedHashMap} for order) @return this builder */
        public Builder key(Map<String, DynamoAttributeValue> key) {
            return target(AttributeMap.of(key));
        }

        /** @param name a key attribute's name @param value its value @return this builder */
        public Builder key(String name, DynamoAttributeValue value) {
            return target(name, value);
        }

        /** @param key the whole key at run time (a path, intrinsic function or JSONata expression) @return this builder */
        public Builder key(Value key) {
            return target(AttributeMap.dynamic(key));
        }

        @Override
        protected DynamoDeleteItem newTask() {
            return new DynamoDeleteItem(this);
        }
    }
}
