package io.github.sfntasks.local.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/**
 * Workflow variables of one scope: the top level, or one Parallel branch or Map iteration, which reads
 * the variables of the scopes around it but assigns only its own (AWS: a nested scope may not assign a
 * variable an outer scope declares, and what it assigns is not visible outside).
 */
public final class Variables {

    private final Variables parent;
    /** Made on the first assignment: most scopes (a Map iteration, a branch) assign nothing. */
    private Map<String, JsonNode> values;

    /** @param parent the scope around, or null at the top level */
    public Variables(Variables parent) {
        this.parent = parent;
    }

    /**
     * @param name a variable name, without {@code $}
     * @return its value in this scope or one around it, or null
     */
    public JsonNode get(String name) {
        for (Variables v = this; v != null; v = v.parent) {
            JsonNode n = v.values == null ? null : v.values.get(name);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /**
     * @param name a variable name
     * @param value its new value
     * @throws StatesError {@code States.Runtime} when an outer scope declares the name
     */
    public void set(String name, JsonNode value) {
        for (Variables v = parent; v != null; v = v.parent) {
            if (v.values != null && v.values.containsKey(name)) {
                throw StatesError.runtime("The variable '" + name + "' is declared in an outer scope and cannot be"
                        + " assigned in a Parallel branch or Map iteration");
            }
        }
        if (values == null) {
            values = new HashMap<>();
        }
        values.put(name, value);
    }

    /** @return every variable visible here, inner scopes winning */
    public Map<String, JsonNode> visible() {
        Map<String, JsonNode> all = parent == null ? new HashMap<>() : parent.visible();
        if (values != null) {
            all.putAll(values);
        }
        return all;
    }
}
