package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the properties the four DynamoDB providers share from a workflow file's {@code Properties}, in the order the
 * tasks declare them (which decides the first error reported, and the suggestion for a misspelt name).
 */
final class DynamoProperties {

    private DynamoProperties() {
    }

    /**
     * Reads what every request starts with: the common options, {@code table} and the key or item.
     *
     * @return {@code b}
     */
    static <B extends DynamoItemTask.ItemBuilder<B, ?>> B read(B b, TaskRequest request, PropertyReader p) {
        return b.apply(request)
                .table(p.stringValue("table"))
                .target(attributes(p, b.role().property));
    }

    /**
     * Reads a PutItem, DeleteItem or UpdateItem request: {@link #read}, then the options the three share.
     *
     * @return {@code b}
     */
    static <B extends DynamoWriteTask.WriteBuilder<B, ?>> B readWrite(B b, TaskRequest request, PropertyReader p) {
        return read(b, request, p)
                .conditionExpression(p.stringValue("conditionExpression"))
                .names(names(p))
                .expressionAttributeValues(attributes(p, "expressionAttributeValues"))
                .returnConsumedCapacity(p.enumValue("returnConsumedCapacity", DynamoConsumedCapacity.class))
                .returnItemCollectionMetrics(p.enumValue("returnItemCollectionMetrics", DynamoItemCollectionMetrics.class))
                .returnValues(p.enumValue("returnValues", DynamoReturnValues.class))
                .returnValuesOnConditionCheckFailure(p.enumValue("returnValuesOnConditionCheckFailure", DynamoReturnValues.class));
    }

    /**
     * An attribute map ({@code key}, {@code item}, {@code expressionAttributeValues}): DynamoDB JSON, or the whole map
     * as a path ({@code "key.$"}) or JSONata expression.
     *
     * @return the map, or {@code null} when absent
     */
    static AttributeMap attributes(PropertyReader p, String name) {
        Value v = p.value(name);
        if (Values.isAbsent(v)) {
            return null;
        }
        if (Values.isRunTime(v)) {
            return AttributeMap.dynamic(v);
        }
        try {
            return AttributeMap.of(DynamoJson.attributeMap(p.raw(name), p.queryLanguage(), p.path(name)));
        } catch (TaskValidationException e) {
            throw e.locate(p.stateName(), null);
        }
    }

    /**
     * {@code expressionAttributeNames}: an object of {@code #placeholder} to attribute name (each may be a path).
     *
     * @return the names in order, or {@code null} when absent
     */
    static Map<String, Value> names(PropertyReader p) {
        ObjectValue names = p.object("expressionAttributeNames");
        return names == null ? null : new LinkedHashMap<>(names.members());
    }
}
