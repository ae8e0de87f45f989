package io.github.sfntasks.conformance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.conformance.generation.InvalidCase;
import io.github.sfntasks.conformance.generation.Mutation;
import io.github.sfntasks.conformance.generation.TaskCase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Breaks a valid request in one place, in each of the {@link Mutation} ways that apply to it, and keeps only
 * breaks that the schema (or ASL's rules for paths and languages) really refuses: a mutation that happens to be
 * valid is dropped, so the invalid-properties property never blames a provider for accepting a valid request.
 */
public final class Mutator {

    private static final int MAX_SITE_DEPTH = 3;

    private final TaskProvider provider;
    private final ObjectNode schema;
    private final SchemaValidator validator;

    /**
     * @param provider the provider (its patterns)
     * @param schema its schema
     * @param validator a validator of that schema
     */
    public Mutator(TaskProvider provider, ObjectNode schema, SchemaValidator validator) {
        this.provider = provider;
        this.schema = schema;
        this.validator = validator;
    }

    /** A place in the properties with its schema. */
    private record Site(String pointer, JsonNode value, JsonNode schema) {
    }

    /**
     * @param base a request the provider accepts
     * @return one broken request, of a mutation kind chosen first (so that kinds with many places do not crowd
     *         out the others)
     */
    public Arbitrary<InvalidCase> mutations(TaskCase base) {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).map(i -> pick(base, i, i / 31));
    }

    /**
     * @param bases requests the provider accepts
     * @return one broken request per base, kind chosen first (so that kinds with many places do not crowd out the
     *         others); the choice is an index, not a nested arbitrary, so nothing is built per request but the breaks
     */
    public Arbitrary<InvalidCase> mutations(Arbitrary<TaskCase> bases) {
        return Combinators.combine(bases, Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 1 << 20))
                .as(this::pick);
    }

    private InvalidCase pick(TaskCase base, int kind, int which) {
        Map<Mutation, List<Candidate>> all = candidates(base);
        List<Mutation> kinds = new ArrayList<>(all.keySet());
        // Rotate from the chosen kind and place to the first break the schema really refuses: only the candidates
        // looked at are validated, not all of them.
        for (int k = 0; k < kinds.size(); k++) {
            List<Candidate> of = all.get(kinds.get((kind + k) % kinds.size()));
            for (int i = 0; i < of.size(); i++) {
                InvalidCase c = of.get((which + i) % of.size()).realize(base);
                if (c != null) {
                    return c;
                }
            }
        }
        throw new IllegalStateException("no break of " + base); // BAD_STATE_NAME always applies
    }

    /** A break described, validated only when it is picked. */
    private final class Candidate {
        private final Mutation mutation;
        private final String pointer;
        private final ObjectNode props;
        private final TaskCase request;
        private final String detail;

        Candidate(Mutation mutation, String pointer, ObjectNode props, TaskCase request, String detail) {
            this.mutation = mutation;
            this.pointer = pointer;
            this.props = props;
            this.request = request;
            this.detail = detail;
        }

        /** @return the invalid case, or {@code null} when the break is valid after all (never blame a provider for it) */
        InvalidCase realize(TaskCase base) {
            if (request != null) {
                return new InvalidCase(base, mutation, pointer, request, detail);
            }
            if (validator.problems(props, base.queryLanguage()).isEmpty()) {
                return null;
            }
            return new InvalidCase(base, mutation, propertyPath(pointer), base.withProperties(props), detail);
        }
    }

    /**
     * @param base a request the provider accepts
     * @return every break of it that the schema really refuses, by kind (kinds without any are absent)
     */
    public Map<Mutation, List<InvalidCase>> all(TaskCase base) {
        Map<Mutation, List<InvalidCase>> out = new EnumMap<>(Mutation.class);
        candidates(base).forEach((m, list) -> {
            for (Candidate c : list) {
                InvalidCase i = c.realize(base);
                if (i != null) {
                    out.computeIfAbsent(m, k -> new ArrayList<>()).add(i);
                }
            }
        });
        return out;
    }

    private Map<Mutation, List<Candidate>> candidates(TaskCase base) {
        Map<Mutation, List<Candidate>> out = new EnumMap<>(Mutation.class);
        ObjectNode props = base.properties();
        QueryLanguage lang = base.queryLanguage();
        List<Site> sites = new ArrayList<>();
        collectSites(props, schema, "", 0, sites);

        for (String name : requiredNames()) {
            if (props.has(name) || props.has(name + ".$")) {
                ObjectNode p = props.deepCopy();
                p.remove(name);
                p.remove(name + ".$");
                add(out, base, Mutation.DROP_REQUIRED, "/" + Json.escape(name), p, "left out the required " + name);
            }
        }
        JsonNode[] wrongTypes = {Json.NODES.numberNode(42), Json.NODES.textNode("text"), Json.NODES.booleanNode(true),
                Json.NODES.objectNode(), Json.NODES.arrayNode(), Json.NODES.numberNode(1.5)};
        for (Site s : sites) {
            int n = 0;
            for (JsonNode w : wrongTypes) {
                if (n < 2 && w.getNodeType() != s.value().getNodeType() && !(w.isNumber() && s.value().isNumber())
                        && !validator.isValid(w, s.schema())) {
                    n++;
                    add(out, base, Mutation.WRONG_TYPE, s.pointer(), set(props, s.pointer(), w),
                            "gave " + w + " where the schema wants " + brief(s.schema()));
                }
            }
            for (JsonNode bad : outOfRange(s)) {
                add(out, base, Mutation.OUT_OF_RANGE, s.pointer(), set(props, s.pointer(), bad),
                        "gave " + brief(bad) + " outside " + brief(s.schema()));
            }
        }
        if (lang == QueryLanguage.JSONPATH) {
            List<String> dollarPointers = new ArrayList<>();
            Json.members(props, (pointer, name, value) -> {
                if (name.endsWith(".$")) {
                    dollarPointers.add(pointer);
                }
            });
            // Two of each kind per place, varied with the place and the request, so that over the tries every
            // broken value comes up without building hundreds of candidates per request.
            int spin = Math.abs(base.stateName().hashCode() + props.toString().length());
            for (int i = 0; i < dollarPointers.size(); i++) {
                String pointer = dollarPointers.get(i);
                for (int k = 0; k < 2; k++) {
                    String bad = DynamicValues.BAD_PATHS.get((spin + i + 7 * k) % DynamicValues.BAD_PATHS.size());
                    add(out, base, Mutation.BAD_PATH, pointer, set(props, pointer, Json.NODES.textNode(bad)),
                            "a path that does not parse: \"" + bad + "\"");
                    String call = DynamicValues.BAD_INTRINSICS.get((spin + i + 5 * k) % DynamicValues.BAD_INTRINSICS.size());
                    add(out, base, Mutation.BAD_INTRINSIC, pointer, set(props, pointer, Json.NODES.textNode(call)),
                            "an intrinsic call that is wrong: " + call);
                }
            }
            for (String name : dynamicNames()) {
                if (props.has(name)) {
                    ObjectNode p = props.deepCopy();
                    p.remove(name);
                    p.put(name + ".$", "$.a..");
                    add(out, base, Mutation.BAD_PATH, "/" + Json.escape(name + ".$"), p, "a path that does not parse: \"$.a..\"");
                    ObjectNode i = props.deepCopy();
                    i.remove(name);
                    i.put(name + ".$", "States.Format()");
                    add(out, base, Mutation.BAD_INTRINSIC, "/" + Json.escape(name + ".$"), i,
                            "an intrinsic call without its template: States.Format()");
                    ObjectNode q = props.deepCopy();
                    q.remove(name);
                    q.put(name, "{% $states.input %}");
                    add(out, base, Mutation.WRONG_QUERY_LANGUAGE, "/" + Json.escape(name), q,
                            "a JSONata expression in a JSONPath state");
                }
            }
        } else {
            for (String name : dynamicNames()) {
                if (props.has(name)) {
                    ObjectNode p = props.deepCopy();
                    p.remove(name);
                    p.put(name + ".$", "$.value");
                    add(out, base, Mutation.WRONG_QUERY_LANGUAGE, "/" + Json.escape(name + ".$"), p,
                            "a \".$\" path in a JSONata state");
                }
            }
        }
        if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").booleanValue()) {
            List<String> unknown = new ArrayList<>(List.of("notAProperty"));
            Iterator<String> names = props.fieldNames();
            if (names.hasNext()) {
                String first = names.next();
                String bare = first.endsWith(".$") ? first.substring(0, first.length() - 2) : first;
                unknown.add(bare + "x");
                if (bare.length() > 2) {
                    unknown.add(bare.substring(0, bare.length() - 1));
                }
            }
            for (String u : unknown) {
                if (!schema.path("properties").has(u)) {
                    ObjectNode p = props.deepCopy();
                    p.put(u, "x");
                    add(out, base, Mutation.UNKNOWN_PROPERTY, "/" + Json.escape(u), p, "added the unknown property " + u);
                }
            }
        }
        for (IntegrationPattern pattern : IntegrationPattern.values()) {
            if (!provider.integrationPatterns().contains(pattern)) {
                out.computeIfAbsent(Mutation.UNSUPPORTED_PATTERN, k -> new ArrayList<>()).add(new Candidate(
                        Mutation.UNSUPPORTED_PATTERN, "integrationPattern", null, base.withIntegrationPattern(pattern),
                        "asked for " + pattern + ", which " + provider.typeId() + " does not support"));
            }
        }
        Iterator<String> names = props.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String pointer = "/" + Json.escape(name);
            add(out, base, Mutation.NULL_VALUE, pointer, set(props, pointer, Json.NODES.nullNode()), "set " + name + " to null");
        }
        out.computeIfAbsent(Mutation.BAD_STATE_NAME, k -> new ArrayList<>()).add(new Candidate(
                Mutation.BAD_STATE_NAME, "stateName", null, base.withStateName("S".repeat(81)),
                "a state name of 81 characters (ASL allows 80)"));
        return out;
    }

    private void add(Map<Mutation, List<Candidate>> out, TaskCase base, Mutation m, String pointer, ObjectNode props,
                     String detail) {
        out.computeIfAbsent(m, k -> new ArrayList<>()).add(new Candidate(m, pointer, props, null, detail));
    }

    /** @return required top-level names (plain names of required dynamic pairs too) */
    List<String> requiredNames() {
        List<String> out = new ArrayList<>();
        schema.path("required").forEach(r -> out.add(r.asText()));
        List<JsonNode> oneOfs = new ArrayList<>();
        if (schema.has("oneOf")) {
            oneOfs.add(schema.get("oneOf"));
        }
        schema.path("allOf").forEach(a -> {
            if (a.has("oneOf")) {
                oneOfs.add(a.get("oneOf"));
            }
        });
        for (JsonNode oneOf : oneOfs) {
            for (JsonNode alt : oneOf) {
                if (alt.size() == 1 && alt.path("required").size() == 1) {
                    String n = alt.get("required").get(0).asText();
                    String bare = n.endsWith(".$") ? n.substring(0, n.length() - 2) : n;
                    if (!out.contains(bare)) {
                        out.add(bare);
                    }
                }
            }
        }
        return out;
    }

    private List<String> dynamicNames() {
        List<String> out = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(n -> {
            if (!n.endsWith(".$") && schema.path("properties").has(n + ".$")) {
                out.add(n);
            }
        });
        return out;
    }

    private JsonNode resolve(JsonNode s) {
        int guard = 0;
        while (s != null && s.has("$ref") && guard++ < 10) {
            s = validator.resolve(s.get("$ref").asText());
        }
        return s == null ? Json.NODES.objectNode() : CaseGenerator.plainSchema(s);
    }

    private void collectSites(JsonNode value, JsonNode schemaIn, String pointer, int depth, List<Site> out) {
        if (depth > MAX_SITE_DEPTH || !value.isObject()) {
            return;
        }
        JsonNode s = resolve(schemaIn);
        JsonNode props = s.path("properties");
        JsonNode additional = s.get("additionalProperties");
        Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (name.endsWith(".$")) {
                continue;
            }
            JsonNode memberSchema = props.has(name) ? props.get(name)
                    : additional != null && additional.isObject() ? additional : null;
            if (memberSchema == null) {
                continue;
            }
            String p = pointer + "/" + Json.escape(name);
            out.add(new Site(p, e.getValue(), memberSchema));
            collectSites(e.getValue(), memberSchema, p, depth + 1, out);
        }
    }

    private List<JsonNode> outOfRange(Site site) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode s = resolve(site.schema());
        JsonNode v = site.value();
        boolean integer = "integer".equals(s.path("type").asText());
        if (s.has("maximum")) {
            out.add(integer ? Json.NODES.numberNode(s.get("maximum").decimalValue().longValue() + 1)
                    : Json.NODES.numberNode(s.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
        }
        if (s.has("minimum")) {
            out.add(integer ? Json.NODES.numberNode(s.get("minimum").decimalValue().longValue() - 1)
                    : Json.NODES.numberNode(s.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
        }
        if (s.has("maxLength") && s.get("maxLength").asInt() < 10_000) {
            out.add(Json.NODES.textNode("x".repeat(s.get("maxLength").asInt() + 1)));
        }
        if (s.path("minLength").asInt(0) > 0) {
            out.add(Json.NODES.textNode(""));
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            out.add(Json.NODES.textNode("NOT_" + s.get("enum").get(0).asText() + "_X"));
        }
        if (s.has("pattern")) {
            for (String candidate : List.of("", "!", "not a valid value", " x ", "x")) {
                if (!validator.isValid(Json.NODES.textNode(candidate), s)) {
                    out.add(Json.NODES.textNode(candidate));
                    break;
                }
            }
        }
        if (s.has("maxItems") && v.isArray() && s.get("maxItems").asInt() < 1000) {
            ArrayNode a = Json.NODES.arrayNode();
            JsonNode item = v.size() > 0 ? v.get(0) : Json.NODES.textNode("x");
            for (int i = 0; i <= s.get("maxItems").asInt(); i++) {
                a.add(item.deepCopy());
            }
            out.add(a);
        }
        if (s.path("minItems").asInt(0) > 0) {
            out.add(Json.NODES.arrayNode());
        }
        return out;
    }

    /**
     * @param root properties
     * @param pointer a JSON pointer into them
     * @param value the new value
     * @return a copy with the value there
     */
    static ObjectNode set(ObjectNode root, String pointer, JsonNode value) {
        ObjectNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value);
        } else if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return copy;
    }

    /**
     * @param pointer a JSON pointer ({@code /payload/items/0/a.$})
     * @return the property path as errors write it ({@code payload.items[0].a.$})
     */
    public static String propertyPath(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            String t = token.replace("~1", "/").replace("~0", "~");
            if (t.matches("\\d+") && sb.length() > 0) {
                sb.append('[').append(t).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(t);
            }
        }
        return sb.toString();
    }

    private static String brief(Object o) {
        String s = String.valueOf(o);
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }
}
