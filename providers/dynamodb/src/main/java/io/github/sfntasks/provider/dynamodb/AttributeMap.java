package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code Key}, {@code Item} or {@code ExpressionAttributeValues}: attribute names to attribute values in the order
 * given, or the whole map resolved at run time (a path, an intrinsic function or a JSONata expression). Immutable;
 * its contents are checked by the task that uses it, which knows the property and the rules.
 */
final class AttributeMap {

    private final Map<String, DynamoAttributeValue> attributes;
    private final Value dynamic;

    private AttributeMap(Map<String, DynamoAttributeValue> attributes, Value dynamic) {
        this.attributes = attributes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.dynamic = dynamic;
    }

    /** @param attributes names to values (copied; null names and values are kept for the task to report) */
    static AttributeMap of(Map<String, DynamoAttributeValue> attributes) {
        return attributes == null ? null : new AttributeMap(attributes, null);
    }

    /** @param value the whole map, resolved at run time */
    static AttributeMap dynamic(Value value) {
        return value == null ? null : new AttributeMap(null, value);
    }

    /**
     * @param map a map or {@code null}
     * @param name an attribute name
     * @param value its value
     * @return a copy of {@code map} (a new one when null or dynamic) with the attribute added or replaced
     */
    static AttributeMap with(AttributeMap map, String name, DynamoAttributeValue value) {
        Map<String, DynamoAttributeValue> next = new LinkedHashMap<>();
        if (map != null && map.attributes != null) {
            next.putAll(map.attributes);
        }
        next.put(name, value);
        return new AttributeMap(next, null);
    }

    /** @return the attributes in order, or {@code null} when the map is dynamic */
    Map<String, DynamoAttributeValue> attributes() {
        return attributes;
    }

    /** @return the run-time value, or {@code null} when the attributes are given */
    Value dynamicValue() {
        return dynamic;
    }

    /** @return the map as DynamoDB JSON, or the run-time value */
    Value render() {
        if (dynamic != null) {
            return dynamic;
        }
        ObjectValue.Builder b = ObjectValue.builder();
        attributes.forEach((name, value) -> b.put(name, value.toObject()));
        return b.build();
    }
}
