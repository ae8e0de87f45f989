package io.github.sfntasks.local.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A payload template compiled once: JSONPath mode ({@code Parameters}, {@code ResultSelector},
 * {@code ItemSelector}, {@code Assign}: keys ending in {@code .$} hold a path or an intrinsic function) or
 * JSONata mode ({@code Arguments}, {@code Output}, {@code Assign}...: strings {@code {% expr %}} are
 * evaluated). Parts without anything to evaluate are kept as they are and shared.
 */
public abstract class Template {

    Template() {
    }

    /**
     * @param env what the template reads
     * @param states JSONata's {@code $states} (null in JSONPath mode)
     * @return the value
     */
    public abstract JsonNode evaluate(Env env, Object states);

    /** @return whether evaluation always gives the same value */
    public boolean isStatic() {
        return false;
    }

    /**
     * @param node a JSONPath-mode template
     * @param field the field, for messages
     * @return it compiled
     * @throws IllegalArgumentException when a path or intrinsic does not parse
     */
    public static Template jsonPath(JsonNode node, String field) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            List<Template> values = new ArrayList<>();
            boolean dynamic = false;
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                if (key.endsWith(".$")) {
                    if (!e.getValue().isTextual()) {
                        throw new IllegalArgumentException("the value of '" + key + "' in " + field
                                + " must be a string holding a path or an intrinsic function");
                    }
                    keys.add(key.substring(0, key.length() - 2));
                    values.add(dynamic(e.getValue().textValue()));
                    dynamic = true;
                } else {
                    Template t = jsonPath(e.getValue(), field);
                    dynamic |= !t.isStatic();
                    keys.add(key);
                    values.add(t);
                }
            }
            return dynamic ? new ObjectTemplate(keys, values) : new Static(node);
        }
        if (node.isArray()) {
            List<Template> items = new ArrayList<>();
            boolean dynamic = false;
            for (JsonNode e : node) {
                Template t = jsonPath(e, field);
                dynamic |= !t.isStatic();
                items.add(t);
            }
            return dynamic ? new ArrayTemplate(items) : new Static(node);
        }
        return new Static(node);
    }

    /**
     * @param text the value of a {@code .$} key
     * @return a template evaluating the path or intrinsic function
     */
    public static Template dynamic(String text) {
        if (Intrinsics.isCall(text)) {
            Intrinsics.Call call = Intrinsics.parse(text);
            return new Template() {
                @Override
                public JsonNode evaluate(Env env, Object states) {
                    return Intrinsics.evaluate(call, env);
                }
            };
        }
        JsonPathExpr path = JsonPathExpr.compile(text);
        return new Template() {
            @Override
            public JsonNode evaluate(Env env, Object states) {
                return env.require(path, text);
            }
        };
    }

    /**
     * @param node a JSONata-mode value
     * @param engine the JSONata engine
     * @return it compiled
     * @throws IllegalArgumentException when an expression does not parse
     */
    public static Template jsonata(JsonNode node, JsonataEngine engine) {
        if (node.isTextual() && JsonataEngine.isExpression(node.textValue())) {
            JsonataEngine.Expression expr = engine.compile(node.textValue());
            return new Template() {
                @Override
                public JsonNode evaluate(Env env, Object states) {
                    return expr.evaluate(env, states);
                }
            };
        }
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            List<Template> values = new ArrayList<>();
            boolean dynamic = false;
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Template t = jsonata(e.getValue(), engine);
                dynamic |= !t.isStatic();
                keys.add(e.getKey());
                values.add(t);
            }
            return dynamic ? new ObjectTemplate(keys, values) : new Static(node);
        }
        if (node.isArray()) {
            List<Template> items = new ArrayList<>();
            boolean dynamic = false;
            for (JsonNode e : node) {
                Template t = jsonata(e, engine);
                dynamic |= !t.isStatic();
                items.add(t);
            }
            return dynamic ? new ArrayTemplate(items) : new Static(node);
        }
        return new Static(node);
    }

    /**
     * @param node a constant
     * @return a template giving it
     */
    public static Template constant(JsonNode node) {
        return new Static(node);
    }

    private static final class Static extends Template {
        private final JsonNode node;

        Static(JsonNode node) {
            this.node = node;
        }

        @Override
        public JsonNode evaluate(Env env, Object states) {
            return node;
        }

        @Override
        public boolean isStatic() {
            return true;
        }
    }

    private static final class ObjectTemplate extends Template {
        private final String[] keys;
        private final Template[] values;

        ObjectTemplate(List<String> keys, List<Template> values) {
            this.keys = keys.toArray(new String[0]);
            this.values = values.toArray(new Template[0]);
        }

        @Override
        public JsonNode evaluate(Env env, Object states) {
            ObjectNode out = Json.object();
            for (int i = 0; i < keys.length; i++) {
                JsonNode v = values[i].evaluate(env, states);
                if (v != null) {
                    out.set(keys[i], v);
                }
            }
            return out;
        }
    }

    private static final class ArrayTemplate extends Template {
        private final Template[] items;

        ArrayTemplate(List<Template> items) {
            this.items = items.toArray(new Template[0]);
        }

        @Override
        public JsonNode evaluate(Env env, Object states) {
            ArrayNode out = Json.array();
            for (Template t : items) {
                JsonNode v = t.evaluate(env, states);
                if (v != null) {
                    out.add(v);
                }
            }
            return out;
        }
    }
}
