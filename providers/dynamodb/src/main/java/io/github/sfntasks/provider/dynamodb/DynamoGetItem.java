package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
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
 *       {@code ITable}, we take its name or ARN.</li>
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
 * region (the pattern AWS documents for dynamic resources).
 *
 * <p>Differences from the CDK: a table ARN is rendered as given in {@code TableName} and granted as given (the CDK
 * renders the table's name and grants it in the stack's own account and region, which misses a table elsewhere);
 * placeholders are checked against the expressions (DynamoDB refuses unused or undefined ones).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html">Call DynamoDB with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html">GetItem</a>
 */
@ApiStatus(ApiStatus.Status.STABLE)
public final class DynamoGetItem extends ServiceTask {

    /** The provider type id. */
    public static final String TYPE_ID = "dynamodb:getItem";

    /** The patterns Step Functions supports for DynamoDB: request/response only. */
    public static final Set<IntegrationPattern> PATTERNS =
            Collections.unmodifiableSet(EnumSet.of(IntegrationPattern.REQUEST_RESPONSE));

    private final Value table;
    private final AttributeMap key;
    private final Value consistentRead;
    private final Map<String, Value> expressionAttributeNames;
    private final String projectionExpression;
    private final DynamoConsumedCapacity returnConsumedCapacity;

    private DynamoGetItem(Builder b) {
        super(b, TYPE_ID, PATTERNS);
        this.table = require(b.table, "table");
        this.key = require(b.key, "key");
        this.consistentRead = b.consistentRead;
        this.expressionAttributeNames = DynamoRules.copy(b.expressionAttributeNames);
        this.projectionExpression = b.projectionExpression;
        this.returnConsumedCapacity = b.returnConsumedCapacity;

        DynamoRules.checkTable(table);
        check(table, "table");
        DynamoRules.checkKey(key, "key");
        check(key.render(), "key");
        DynamoRules.checkBoolean(consistentRead, "consistentRead");
        check(consistentRead, "consistentRead");
        DynamoRules.checkNames(expressionAttributeNames, "expressionAttributeNames");
        if (expressionAttributeNames != null) {
            check(ObjectValue.of(expressionAttributeNames), "expressionAttributeNames");
        }
        Value projection = projectionExpression == null ? null : Literal.of(projectionExpression);
        DynamoRules.checkExpression(projection, "projectionExpression");
        DynamoRules.checkPlaceholders(expressionAttributeNames, null,
                List.of(new DynamoRules.Expression("projectionExpression", projection)));
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

    /** @return {@code consistentRead}, or {@code null} for the default ({@code false}) */
    public Value consistentRead() {
        return consistentRead;
    }

    /** @return the expression attribute names in order, or {@code null} */
    public Map<String, Value> expressionAttributeNames() {
        return expressionAttributeNames;
    }

    /** @return the projection expression, or {@code null} */
    public String projectionExpression() {
        return projectionExpression;
    }

    /** @return the consumed-capacity detail, or {@code null} */
    public DynamoConsumedCapacity returnConsumedCapacity() {
        return returnConsumedCapacity;
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
                .put("ConsistentRead", consistentRead == null ? Literal.of(false) : consistentRead)
                .putIfNotNull("ExpressionAttributeNames",
                        expressionAttributeNames == null ? null : ObjectValue.of(expressionAttributeNames))
                .putIfNotNull("ProjectionExpression", projectionExpression)
                .putIfNotNull("ReturnConsumedCapacity", returnConsumedCapacity == null ? null : returnConsumedCapacity.name())
                .build();
    }

    @Override
    protected List<PolicyStatement> grants(RenderContext context) {
        return List.of(PolicyStatement.allow("dynamodb:GetItem", DynamoRules.tableArn(table, context)));
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this);
        b.table = table;
        b.key = key;
        b.consistentRead = consistentRead;
        b.expressionAttributeNames = expressionAttributeNames;
        b.projectionExpression = projectionExpression;
        b.returnConsumedCapacity = returnConsumedCapacity;
        return b;
    }

    /** Builds a {@link DynamoGetItem}. */
    public static final class Builder extends TaskBuilder<Builder, DynamoGetItem> {
        private Value table;
        private AttributeMap key;
        private Value consistentRead;
        private Map<String, Value> expressionAttributeNames;
        private String projectionExpression;
        private DynamoConsumedCapacity returnConsumedCapacity;

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

        /** @param consistent whether the read is strongly consistent @return this builder */
        public Builder consistentRead(boolean consistent) {
            this.consistentRead = Literal.of(consistent);
            return this;
        }

        /** @param consistent {@code consistentRead} at run time @return this builder */
        public Builder consistentRead(Value consistent) {
            this.consistentRead = consistent;
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

        /** @param expression the attributes to return, comma-separated @return this builder */
        public Builder projectionExpression(String expression) {
            this.projectionExpression = expression;
            return this;
        }

        /** @param paths the document paths to return, joined with commas @return this builder */
        public Builder projectionExpression(List<DynamoProjectionExpression> paths) {
            this.projectionExpression = DynamoRules.projection(paths);
            return this;
        }

        /** @param paths the document paths to return, joined with commas @return this builder */
        public Builder projectionExpression(DynamoProjectionExpression... paths) {
            return projectionExpression(paths == null ? null : Arrays.asList(paths));
        }

        /** @param capacity the consumed-capacity detail @return this builder */
        public Builder returnConsumedCapacity(DynamoConsumedCapacity capacity) {
            this.returnConsumedCapacity = capacity;
            return this;
        }

        @Override
        protected DynamoGetItem newTask() {
            return new DynamoGetItem(this);
        }
    }
}
