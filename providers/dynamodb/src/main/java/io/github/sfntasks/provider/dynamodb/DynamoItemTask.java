package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What the four DynamoDB item tasks share: the table, the item's key (or, for PutItem, the whole item), the expression
 * attribute names and the consumed-capacity detail; their checks, the request/response Resource, the grant on the
 * table, and the Parameters up to {@code TableName}. A task adds its own members after those, in the CDK's order.
 */
abstract class DynamoItemTask extends ServiceTask {

    /** The patterns Step Functions supports for DynamoDB: request/response only. */
    static final Set<IntegrationPattern> REQUEST_RESPONSE =
            Collections.unmodifiableSet(EnumSet.of(IntegrationPattern.REQUEST_RESPONSE));

    /** How a request names its item: by primary key, or (PutItem) whole. */
    enum Target {
        /** {@code key}, rendered as {@code Key}: one or two string, number or binary attributes. */
        KEY("key", "Key"),
        /** {@code item}, rendered as {@code Item}: at least one attribute. */
        ITEM("item", "Item");

        final String property;
        final String parameter;

        Target(String property, String parameter) {
            this.property = property;
            this.parameter = parameter;
        }

        void check(AttributeMap map) {
            if (this == KEY) {
                DynamoRules.checkKey(map, property);
            } else {
                DynamoRules.checkItem(map, property);
            }
        }
    }

    private final String action;
    private final Target role;
    private final Value table;
    private final AttributeMap target;
    private final Map<String, Value> expressionAttributeNames;
    private final DynamoConsumedCapacity returnConsumedCapacity;

    /**
     * Keeps and checks the table and the key or item, which every request lists first; the task checks the rest.
     *
     * @param action the DynamoDB action ({@code GetItem}), for the grant
     */
    DynamoItemTask(ItemBuilder<?, ?> b, String typeId, String action) {
        super(b, typeId, REQUEST_RESPONSE);
        this.action = action;
        this.role = b.role;
        this.table = require(b.table, "table");
        this.target = require(b.target, role.property);
        this.expressionAttributeNames = DynamoRules.copy(b.expressionAttributeNames);
        this.returnConsumedCapacity = b.returnConsumedCapacity;

        DynamoRules.checkTable(table);
        check(table, "table");
        role.check(target);
        check(target.render(), role.property);
    }

    /**
     * Checks {@code expressionAttributeNames}. The task calls it where its request lists them, so that of several
     * problems the first one reported stays the same as the order of the properties.
     */
    final void checkExpressionAttributeNames() {
        DynamoRules.checkNames(expressionAttributeNames, "expressionAttributeNames");
        check(namesParameter(), "expressionAttributeNames");
    }

    /** @return the table: a name or ARN (a literal string), or a run-time value */
    public Value table() {
        return table;
    }

    /** @return the key or item */
    final AttributeMap target() {
        return target;
    }

    /** @return the expression attribute names in order, or {@code null} */
    public Map<String, Value> expressionAttributeNames() {
        return expressionAttributeNames;
    }

    /** @return the consumed-capacity detail, or {@code null} */
    public DynamoConsumedCapacity returnConsumedCapacity() {
        return returnConsumedCapacity;
    }

    @Override
    protected String resource(RenderContext context) {
        return context.integrationArn(typeId(), integrationPattern());
    }

    @Override
    protected Value parameters(RenderContext context) {
        // Member order follows the CDK's _renderTask, so both render the same bytes.
        ObjectValue.Builder parameters = ObjectValue.builder()
                .put(role.parameter, target.render())
                .put("TableName", table);
        putParameters(parameters);
        return parameters.build();
    }

    /** Adds the members that follow {@code TableName}, in the CDK's order. */
    abstract void putParameters(ObjectValue.Builder parameters);

    /** @return {@code ExpressionAttributeNames} as rendered, or {@code null} */
    final ObjectValue namesParameter() {
        return expressionAttributeNames == null ? null : ObjectValue.of(expressionAttributeNames);
    }

    /** @return an option's name as rendered, or {@code null} */
    static String name(Enum<?> option) {
        return option == null ? null : option.name();
    }

    @Override
    protected void grants(Grants g) {
        // A table chosen at run time gets every table of the context's account and region, with a warning.
        String arn = table instanceof Literal l && DynamoRules.isArn(l.text()) ? l.text()
                : g.resource("table", table, DynamoRules.TABLE);
        g.allow("dynamodb:" + action, arn);
    }

    /**
     * The builder of what {@link DynamoItemTask} holds. The concrete builder names the key or item ({@code key(...)},
     * {@code item(...)}) and sets it with {@link #target(AttributeMap)}.
     *
     * @param <B> the concrete builder
     * @param <T> the task it builds
     */
    abstract static class ItemBuilder<B extends ItemBuilder<B, T>, T extends DynamoItemTask> extends TaskBuilder<B, T> {
        private final Target role;
        private Value table;
        private AttributeMap target;
        private Map<String, Value> expressionAttributeNames;
        private DynamoConsumedCapacity returnConsumedCapacity;

        ItemBuilder(String stateName, Target role) {
            super(stateName);
            this.role = role;
        }

        @SuppressWarnings("unchecked")
        final B self() {
            return (B) this;
        }

        /** @return how the request names its item */
        final Target role() {
            return role;
        }

        /**
         * @param nameOrArn the table name or table ARN ({@code {% ... %}}: a JSONata expression), either possibly
         *                  holding placeholders: a whole placeholder ({@code ${OrdersTable}}, {@code ${Token[TOKEN.31]}})
         *                  is the table's name, as the CDK passes {@code tableName}, but a CloudFormation
         *                  {@code ${Orders.Arn}} is its ARN; {@code orders-${Stage}} is a name
         * @return this builder
         */
        public B table(String nameOrArn) {
            return table(nameOrArn == null ? null : Value.of(nameOrArn));
        }

        /** @param table the table chosen at run time (a path, intrinsic function or JSONata expression) @return this builder */
        public B table(Value table) {
            this.table = table;
            return self();
        }

        /** @param target the key or item, replacing any given @return this builder */
        final B target(AttributeMap target) {
            this.target = target;
            return self();
        }

        /** @param name an attribute of the key or item @param value its value @return this builder */
        final B target(String name, DynamoAttributeValue value) {
            return target(AttributeMap.with(target, name, value));
        }

        /** @param names {@code #placeholder} to attribute name, replacing any given @return this builder */
        public B expressionAttributeNames(Map<String, String> names) {
            return names(DynamoRules.names(names));
        }

        /** @param placeholder a {@code #placeholder} @param attributeName the name it stands for @return this builder */
        public B expressionAttributeName(String placeholder, String attributeName) {
            return expressionAttributeName(placeholder, attributeName == null ? null : Value.of(attributeName));
        }

        /** @param placeholder a {@code #placeholder} @param attributeName the name, possibly a path @return this builder */
        public B expressionAttributeName(String placeholder, Value attributeName) {
            return names(DynamoRules.withName(expressionAttributeNames, placeholder, attributeName));
        }

        final B names(Map<String, Value> names) {
            this.expressionAttributeNames = names;
            return self();
        }

        /** @param capacity the consumed-capacity detail @return this builder */
        public B returnConsumedCapacity(DynamoConsumedCapacity capacity) {
            this.returnConsumedCapacity = capacity;
            return self();
        }

        /**
         * Copies the common options and every property of {@code task}, for {@code toBuilder()}; a builder with more
         * properties copies those too.
         */
        B copyFrom(T task) {
            DynamoItemTask t = task;
            copyCommon(t);
            table = t.table;
            target = t.target;
            expressionAttributeNames = t.expressionAttributeNames;
            returnConsumedCapacity = t.returnConsumedCapacity;
            return self();
        }
    }
}
