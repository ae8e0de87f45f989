package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;
import io.github.sfntasks.core.internal.FieldRules;

/**
 * The plain ASL fields of a state (everything but its structure), in the order they were set, with
 * the state's own query language. Builders write typed values into it; workflow files hand it the
 * fields as written. Checked against the state's effective language by {@link FieldRules}.
 */
final class Fields {

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();
    private QueryLanguage queryLanguage;

    Fields() {
    }

    Fields(ObjectNode fields, QueryLanguage queryLanguage) {
        node.setAll(fields.deepCopy());
        this.queryLanguage = queryLanguage;
    }

    QueryLanguage queryLanguage() {
        return queryLanguage;
    }

    void queryLanguage(QueryLanguage language) {
        this.queryLanguage = language;
    }

    void put(String field, JsonNode value) {
        if (value == null) {
            node.remove(field);
        } else {
            node.set(field, value);
        }
    }

    void put(String field, String text) {
        if (text == null) {
            node.remove(field);
        } else {
            node.put(field, text);
        }
    }

    void putPath(String field, JsonPath path) {
        if (path == null) {
            node.remove(field);
        } else if (path.isDiscard()) {
            node.putNull(field);
        } else {
            node.put(field, path.path());
        }
    }

    /** Writes a value in the language it needs: a template object stays an object with .$ keys. */
    void putValue(String field, Value value, QueryLanguage language) {
        if (value == null) {
            node.remove(field);
            return;
        }
        Values.check(value, language, field);
        node.set(field, Values.toJson(value, language));
    }

    ObjectNode copy() {
        return node.deepCopy();
    }

    boolean has(String field) {
        return node.has(field);
    }

    void check(String type, QueryLanguage language, String stateName) {
        FieldRules.check(type, node, language, stateName);
    }

    void writeHeader(ObjectNode state, String type, QueryLanguage machineLanguage) {
        state.put("Type", type);
        QueryLanguage effective = queryLanguage != null ? queryLanguage : machineLanguage;
        if (queryLanguage != null || effective != machineLanguage) {
            state.put("QueryLanguage", effective.aslName());
        }
        state.setAll(node.deepCopy());
    }
}
