package io.github.sfntasks.provider.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the properties the four DynamoDB providers share from a workflow file's {@code Properties}. */
final class DynamoProperties {

    private DynamoProperties() {
    }

    /**
     * An attribute map ({@code key}, {@code item}, {@code expressionAttributeValues}): DynamoDB JSON, or the whole map
     * as a path ({@code "key.$"}) or JSONata expression.
     *
     * @return the map, or {@code null} when absent
     */
    static AttributeMap attributes(PropertyReader p, TaskRequest request, String name) {
        Value v = p.value(name);
        if (v == null || v instanceof Literal l && l.node().isNull()) {
            return null;
        }
        if (DynamoRules.isRunTime(v)) {
            return AttributeMap.dynamic(v);
        }
        JsonNode raw = request.properties().get(name);
        try {
            return AttributeMap.of(DynamoJson.attributeMap(raw, p.queryLanguage(), p.path(name)));
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

    /** @return {@code table} (a string or a run-time value), or {@code null} when absent */
    static Value table(PropertyReader p) {
        return p.stringValue("table");
    }
}
