package io.github.sfntasks.local.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.Supplier;

/** What a path or intrinsic function may read: the value at hand ({@code $}), the context ({@code $$}), variables. */
public final class Env {

    private final JsonNode input;
    private final Supplier<? extends JsonNode> context;
    private final Variables variables;
    private final Randomness random;

    /**
     * @param input the value {@code $} names
     * @param context the context object
     * @param variables the variables in scope
     * @param random the execution's seeded randomness
     */
    public Env(JsonNode input, JsonNode context, Variables variables, Randomness random) {
        this(input, () -> context, variables, random);
    }

    /**
     * @param input the value {@code $} names
     * @param context the context object, built when a path or function first reads it (most states never do)
     * @param variables the variables in scope
     * @param random the execution's seeded randomness
     */
    public Env(JsonNode input, Supplier<? extends JsonNode> context, Variables variables, Randomness random) {
        this.input = input;
        this.context = context;
        this.variables = variables;
        this.random = random;
    }

    /** @return the value {@code $} names */
    public JsonNode input() {
        return input;
    }

    /** @return the context object */
    public JsonNode context() {
        return context.get();
    }

    /** @return the variables in scope */
    public Variables variables() {
        return variables;
    }

    /** @return the execution's seeded randomness */
    public Randomness random() {
        return random;
    }

    /**
     * @param input another value for {@code $}
     * @return this environment reading {@code input} as {@code $}
     */
    public Env withInput(JsonNode input) {
        return new Env(input, context, variables, random);
    }

    /**
     * @param path a path
     * @return what it selects, or null when a definite path selects nothing (a variable that does not exist too)
     */
    public JsonNode select(JsonPathExpr path) {
        switch (path.root()) {
            case CONTEXT:
                return path.select(context.get());
            case VARIABLE: {
                JsonNode v = variables == null ? null : variables.get(path.variable());
                return v == null ? null : path.select(v);
            }
            default:
                return path.select(input);
        }
    }

    /**
     * @param path a path
     * @param where the field it sits in, for the error
     * @return what it selects
     * @throws StatesError {@code States.Runtime} when it selects nothing
     */
    public JsonNode require(JsonPathExpr path, String where) {
        JsonNode v = select(path);
        if (v == null) {
            throw StatesError.runtime("An error occurred while executing the state. The JSONPath '" + path.text()
                    + "' specified for the field '" + where + "' could not be found in the input '"
                    + Json.text(path.root() == JsonPathExpr.Root.CONTEXT ? context.get() : input) + "'");
        }
        return v;
    }
}
