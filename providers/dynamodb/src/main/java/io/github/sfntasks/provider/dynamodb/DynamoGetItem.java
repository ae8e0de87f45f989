package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one item of a DynamoDB table ({@code arn:<partition>:states:::dynamodb:getItem}), as the AWS CDK's
 * {@code DynamoGetItem}.
 *
 * <pre>{@code
 * DynamoGetItem.builder("Get Item")
 *     .table("MyTable")
 *     .key("messageId", DynamoAttributeValue.fromString("message-007"))
 *     .build();
 * }</pre>
 *
 * <p>Properties:
 * <ul>
 *   <li>{@code table} (required) &mdash; the table name, or a table ARN (the GetItem API takes either as
 *       {@code TableName}); a path or JSONata expression chooses it at run time. Where the CDK takes an
 *       {@code ITable}, we take its name or ARN.
 *       Placeholders are values: a text that is one placeholder as a whole ({@code ${OrdersTable}},
 *       {@code ${Token[TOKEN.31]}}) is the table's <em>name</em>, as the CDK passes {@code tableName}, and is granted
 *       as {@code arn:<partition>:dynamodb:<region>:<account>:table/${OrdersTable}}; a CloudFormation
 *       {@code ${Orders.Arn}} is its ARN, granted as it is; {@code orders-${Stage}} is a name and
 *       {@code arn:${AWS::Partition}:dynamodb:...:table/${OrdersTable}} an ARN. Only the literal parts are checked;
 *       an IAM wildcard ({@code *}, {@code ?}) in any position is refused.</li>
 *   <li>{@code key} (required) &mdash; the primary key: 1 attribute (partition key) or 2 (with the sort key), each
 *       a string, number or binary {@link DynamoAttributeValue}; or the whole key at run time.</li>
 *   <li>{@code consistentRead} &mdash; strongly consistent read; default {@code false}, always rendered (as the CDK
 *       does).</li>
 *   <li>{@code expressionAttributeNames} &mdash; {@code #placeholder} to attribute name, for the projection.</li>
 *   <li>{@code projectionExpression} &mdash; the attributes to return: a string ({@code "a, b.c[0]"}) or
 *       {@link DynamoProjectionExpression}s, joined with commas.</li>
 *   <li>{@code returnConsumedCapacity} &mdash; {@link DynamoConsumedCapacity}.</li>
 * </ul>
 *
 * <p>Only the request/response pattern: Step Functions supports neither {@code .sync} nor
 * {@code .waitForTaskToken} for DynamoDB.
 *
 * <p>IAM: {@code dynamodb:GetItem} on {@code arn:<partition>:dynamodb:<region>:<account>:table/<name>} (the CDK's
 * grant), or on the ARN given; a table chosen at run time gets {@code ...:table/*} of the context's account and
 * region (the pattern AWS documents for dynamic resources), with a {@code WIDENED_GRANT} warning.
 *
 * <p>Differences from the CDK: a table ARN is rendered as given in {@code TableName} and granted as given (the CDK
 * renders the table's name and grants it in the stack's own account and region, which misses a table elsewhere);
 * placeholders are checked against the expressions (DynamoDB refuses unused or undefined ones).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html">Call DynamoDB with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html">GetItem</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class DynamoGetItem extends DynamoItemTask {

    /** The provider type id. */
    public static final String TYPE_ID = "dynamodb:getItem";

    /** The patterns Step Functions supports for DynamoDB: request/response only. */
    public static final Set<IntegrationPattern> PATTERNS = REQUEST_RESPONSE;

    private final Value consistentRead;
    private final String projectionExpression;

    private DynamoGetItem(Builder b) {
        super(b, TYPE_ID, "GetItem");
        this.consistentRead = b.consistentRead;
        this.projectionExpression = b.projectionExpression;

        DynamoRules.checkBoolean(consistentRead, "consistentRead");
        check(consistentRead, "consistentRead");
        checkExpressionAttributeNames();
        Value projection = projectionExpression == null ? null : Literal.of(projectionExpression);
        DynamoRules.checkExpression(projection, "projectionExpression");
        DynamoRules.checkPlaceholders(expressionAttributeNames(), null,
                List.of(new DynamoRules.Expression("projectionExpression", projection)));
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

    /** @return {@code consistentRead}, or {@code null} for the default ({@code false}) */
    public Value consistentRead() {
        return consistentRead;
    }

    /** @return the projection expression, or {@code null} */
    public String projectionExpression() {
        return projectionExpression;
    }

    @Override
    void putParameters(ObjectValue.Builder parameters) {
        parameters.put("ConsistentRead", consistentRead == null ? Literal.of(false) : consistentRead)
                .putIfNotNull("ExpressionAttributeNames", namesParameter())
                .putIfNotNull("ProjectionExpression", projectionExpression)
                .putIfNotNull("ReturnConsumedCapacity", name(returnConsumedCapacity()));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyFrom(this);
    }

    /** Builds a {@link DynamoGetItem}. */
    public static final class Builder extends ItemBuilder<Builder, DynamoGetItem> {
        private Value consistentRead;
        private String projectionExpression;

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

        /** @param consistent whether the read is strongly consistent @return this builder */
        public Builder consistentRead(boolean consistent) {
            return consistentRead(Literal.of(consistent));
        }

        /** @param consistent {@code consistentRead} at run time @return this builder */
        public Builder consistentRead(Value consistent) {
            this.consistentRead = consistent;
            return this;
        }

        /** @param expression the attributes to return, comma-separated @return this builder */
        public Builder projectionExpression(String expression) {
            this.projectionExpression = expression;
            return this;
        }

        /** @param paths the document paths to return, joined with commas @return this builder */
        public Builder projectionExpression(List<DynamoProjectionExpression> paths) {
            return projectionExpression(DynamoRules.projection(paths));
        }

        /** @param paths the document paths to return, joined with commas @return this builder */
        public Builder projectionExpression(DynamoProjectionExpression... paths) {
            return projectionExpression(paths == null ? null : Arrays.asList(paths));
        }

        @Override
        Builder copyFrom(DynamoGetItem task) {
            consistentRead = task.consistentRead;
            projectionExpression = task.projectionExpression;
            return super.copyFrom(task);
        }

        @Override
        protected DynamoGetItem newTask() {
            return new DynamoGetItem(this);
        }
    }
}
