package io.github.sfntasks.conformance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.generation.GenerationContext;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Valid values of a JSON Schema, as jqwik arbitraries: the generator behind every provider's valid requests.
 *
 * <p>What it reads: {@code type} (also lists of types), {@code enum}, {@code const}, numeric bounds, string
 * lengths and {@code pattern} (through {@link RegexArbitrary}), {@code examples}, object {@code properties},
 * {@code required}, {@code additionalProperties}, {@code propertyNames} and size bounds, array {@code items},
 * {@code prefixItems} and size bounds, {@code anyOf}/{@code oneOf} (one alternative), {@code allOf} (merged), and
 * local {@code $ref}s (recursion is cut at a depth). What it cannot steer by ({@code if}/{@code then},
 * {@code not}, {@code oneOf} exclusivity, {@code multipleOf}...) it filters: every generated value is checked
 * with {@link SchemaValidator} at the level where such a keyword sits.
 *
 * <p>The sfn-tasks conventions of {@link JsonSchema}: a property {@code name} with a sibling {@code name.$} is a
 * dynamic property, given either plainly or (JSONPath states) as {@code "name.$"} with a path or intrinsic call;
 * a {@code oneOf} of {@code {"required": [name]}} and {@code {"required": [name.$]}} makes the pair required; the
 * {@code anyOf} branch with {@link JsonSchema#JSONATA_PATTERN} is a JSONata expression, generated only in JSONata
 * states. Free-form values ({@code {}}, {@code {"type": "object"}}) get members with paths ({@code "key.$"}) in
 * JSONPath states and {@code {% %}} expressions in JSONata states.
 */
public final class SchemaArbitraries {

    /** Refused: the schema has something the generator cannot produce values for. */
    public static final class SchemaGenerationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SchemaGenerationException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final int MAX_DEPTH = 6;
    private static final String TEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.:/'\"\\!?#@&()[]{}\u00e9\u00df\u65e5\u20ac";

    private final JsonNode root;
    private final SchemaValidator validator;
    private final GenerationContext context;
    private final List<ProviderArbitraries> overrides;

    /**
     * @param root the provider's schema document
     * @param context what is generated for (the query language decides {@code .$} members and expressions)
     * @param overrides provider arbitraries for top-level properties
     */
    public SchemaArbitraries(JsonNode root, GenerationContext context, List<ProviderArbitraries> overrides) {
        this.root = root;
        this.validator = new SchemaValidator(root);
        this.context = context;
        this.overrides = List.copyOf(overrides);
    }

    private boolean jsonPath() {
        return context.queryLanguage() == QueryLanguage.JSONPATH;
    }

    /** @return valid {@code Properties} objects of the root schema */
    public Arbitrary<ObjectNode> properties() {
        return object(root, 0, true);
    }

    /**
     * @param schema a schema within the root document
     * @param depth how deep it sits (recursion is cut at a depth)
     * @return valid values of it
     */
    public Arbitrary<JsonNode> value(JsonNode schema, int depth) {
        try {
            return valueUnchecked(schema, depth);
        } catch (RegexArbitrary.UnsupportedRegexException e) {
            throw new SchemaGenerationException(e.getMessage() + "; give \"examples\" in the schema or a ProviderArbitraries"
                    + " generator for the property", e);
        }
    }

    private Arbitrary<JsonNode> valueUnchecked(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || (schema.isBoolean() && schema.booleanValue())) {
            return anyJson(depth);
        }
        if (schema.isBoolean()) {
            throw new SchemaGenerationException("a false schema has no values", null);
        }
        if (schema.has("$ref")) {
            JsonNode target = validator.resolve(schema.get("$ref").asText());
            ObjectNode merged = ((ObjectNode) target).deepCopy();
            schema.properties().forEach(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            return checked(valueUnchecked(merged, depth + 1), schema);
        }
        if (schema.has("const")) {
            return Arbitraries.just(schema.get("const"));
        }
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return checked(Arbitraries.of(values), schema);
        }
        if (schema.has("allOf")) {
            return checked(valueUnchecked(mergeAllOf(schema), depth), schema);
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.has(combinator)) {
                return checked(alternatives(schema, combinator, depth), schema);
            }
        }
        Arbitrary<JsonNode> plain = byType(schema, depth);
        return needsCheck(schema) ? checked(plain, schema) : plain;
    }

    private Arbitrary<JsonNode> alternatives(JsonNode schema, String combinator, int depth) {
        ObjectNode outer = ((ObjectNode) schema).deepCopy();
        outer.remove(combinator);
        List<Tuple.Tuple2<Integer, Arbitrary<JsonNode>>> options = new ArrayList<>();
        List<JsonNode> alts = new ArrayList<>();
        schema.get(combinator).forEach(alts::add);
        if (depth >= MAX_DEPTH - 2) {
            List<JsonNode> flat = alts.stream().filter(a -> !a.toString().contains("\"$ref\"")).toList();
            if (!flat.isEmpty()) {
                alts = flat;
            }
        }
        for (JsonNode alt : alts) {
            if (isJsonataBranch(alt)) {
                if (!jsonPath()) {
                    options.add(Tuple.of(3, DynamicValues.jsonata().map(s -> (JsonNode) Json.NODES.textNode(s))));
                }
                continue;
            }
            JsonNode merged = alt;
            if (alt.isObject() && outer.size() > 0) {
                ObjectNode m = outer.deepCopy();
                alt.properties().forEach(e -> m.set(e.getKey(), e.getValue()));
                merged = m;
            }
            options.add(Tuple.of(7, valueUnchecked(merged, depth + 1)));
        }
        if (options.isEmpty()) {
            throw new SchemaGenerationException("no alternative of " + combinator + " can be generated in a "
                    + context.queryLanguage().aslName() + " state: " + schema, null);
        }
        return Arbitraries.frequencyOf(options);
    }

    private static boolean isJsonataBranch(JsonNode alt) {
        return alt.isObject() && JsonSchema.JSONATA_PATTERN.equals(alt.path("pattern").asText(null));
    }

    private static boolean needsCheck(JsonNode schema) {
        for (String k : List.of("if", "not", "multipleOf", "dependentRequired", "uniqueItems", "propertyNames",
                "patternProperties", "minProperties", "maxProperties", "exclusiveMinimum", "exclusiveMaximum")) {
            if (schema.has(k)) {
                return true;
            }
        }
        return false;
    }

    private Arbitrary<JsonNode> checked(Arbitrary<JsonNode> arbitrary, JsonNode schema) {
        return arbitrary.filter(v -> validator.isValid(v, schema));
    }

    /** Shallow merge of {@code allOf} into the schema: properties and required are joined, the rest kept when absent. */
    static ObjectNode mergeAllOf(JsonNode schema) {
        ObjectNode merged = ((ObjectNode) schema).deepCopy();
        JsonNode all = merged.remove("allOf");
        if (all == null) {
            return merged;
        }
        for (JsonNode sub : all) {
            if (!sub.isObject()) {
                continue;
            }
            sub.properties().forEach(e -> {
                String k = e.getKey();
                if (k.equals("properties") && merged.has("properties")) {
                    ((ObjectNode) merged.get("properties")).setAll((ObjectNode) e.getValue().deepCopy());
                } else if (k.equals("required") && merged.has("required")) {
                    ((ArrayNode) merged.get("required")).addAll((ArrayNode) e.getValue().deepCopy());
                } else if (k.equals("oneOf") && merged.has("oneOf")) {
                    // keep the first; the validity filter checks the rest
                } else if (!merged.has(k)) {
                    merged.set(k, e.getValue().deepCopy());
                }
            });
        }
        return merged;
    }

    private Arbitrary<JsonNode> byType(JsonNode schema, int depth) {
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            List<Arbitrary<JsonNode>> options = new ArrayList<>();
            for (JsonNode t : type) {
                options.add(ofType(t.asText(), schema, depth));
            }
            return Arbitraries.oneOf(options);
        }
        String t = type != null ? type.asText() : inferType(schema);
        return ofType(t, schema, depth);
    }

    private static String inferType(JsonNode s) {
        if (s.has("properties") || s.has("required") || s.has("additionalProperties") || s.has("propertyNames")) {
            return "object";
        }
        if (s.has("items") || s.has("prefixItems") || s.has("minItems") || s.has("maxItems")) {
            return "array";
        }
        if (s.has("pattern") || s.has("minLength") || s.has("maxLength")) {
            return "string";
        }
        if (s.has("minimum") || s.has("maximum")) {
            return "number";
        }
        return "any";
    }

    private Arbitrary<JsonNode> ofType(String type, JsonNode schema, int depth) {
        switch (type) {
            case "string": return strings(schema).map(s -> (JsonNode) Json.NODES.textNode(s));
            case "integer": return integers(schema);
            case "number": return Arbitraries.oneOf(integers(schema), decimals(schema));
            case "boolean": return Arbitraries.of(true, false).map(b -> (JsonNode) Json.NODES.booleanNode(b));
            case "null": return Arbitraries.just(Json.NODES.nullNode());
            case "array": return arrays(schema, depth);
            case "object": return object(schema, depth, false).map(o -> (JsonNode) o);
            default: return anyJson(depth);
        }
    }

    // ---- strings and numbers ----------------------------------------------------------------------------------

    Arbitrary<String> strings(JsonNode schema) {
        int min = schema.path("minLength").asInt(0);
        int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : Integer.MAX_VALUE;
        List<String> examples = new ArrayList<>();
        schema.path("examples").forEach(e -> {
            if (e.isTextual()) {
                examples.add(e.textValue());
            }
        });
        Arbitrary<String> base;
        if (schema.has("pattern")) {
            try {
                base = RegexArbitrary.of(schema.get("pattern").asText());
            } catch (RegexArbitrary.UnsupportedRegexException e) {
                if (examples.isEmpty()) {
                    throw e;
                }
                base = Arbitraries.of(examples);
            }
            int lo = min;
            int hi = max;
            base = base.filter(s -> {
                int n = s.codePointCount(0, s.length());
                return n >= lo && n <= hi;
            });
        } else {
            int cap = Math.min(max, min + 24);
            Arbitrary<String> shortText = Arbitraries.strings().withChars(TEXT).ofMinLength(min).ofMaxLength(cap);
            if (max != Integer.MAX_VALUE && max > cap && max <= 4096) {
                base = Arbitraries.frequencyOf(Tuple.of(9, shortText),
                        Tuple.of(1, Arbitraries.strings().withChars(TEXT).ofLength(max)));
            } else {
                base = shortText;
            }
        }
        if (!examples.isEmpty() && schema.has("pattern")) {
            base = Arbitraries.frequencyOf(Tuple.of(7, base), Tuple.of(3, Arbitraries.of(examples)));
        }
        // A string that reads as an expression means something else to the reader: never a plain value.
        return base.filter(s -> !JsonataExpression.isExpression(s));
    }

    private static Arbitrary<JsonNode> integers(JsonNode schema) {
        long lo = schema.has("minimum") ? schema.get("minimum").decimalValue().setScale(0, java.math.RoundingMode.CEILING).longValue()
                : Long.MIN_VALUE;
        long hi = schema.has("maximum") ? schema.get("maximum").decimalValue().setScale(0, java.math.RoundingMode.FLOOR).longValue()
                : Long.MAX_VALUE;
        if (schema.path("exclusiveMinimum").isNumber()) {
            lo = Math.max(lo, schema.get("exclusiveMinimum").decimalValue().setScale(0, java.math.RoundingMode.FLOOR).longValue() + 1);
        }
        if (schema.path("exclusiveMaximum").isNumber()) {
            hi = Math.min(hi, schema.get("exclusiveMaximum").decimalValue().setScale(0, java.math.RoundingMode.CEILING).longValue() - 1);
        }
        // Unbounded sides stay moderate: values travel through JavaScript (the CDK) and JSON readers.
        if (lo == Long.MIN_VALUE && hi == Long.MAX_VALUE) {
            lo = -1000;
            hi = 100_000;
        } else if (lo == Long.MIN_VALUE) {
            lo = hi - 100_000;
        } else if (hi == Long.MAX_VALUE) {
            hi = lo + 100_000;
        }
        return Arbitraries.longs().between(lo, hi).map(v -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE
                ? (JsonNode) Json.NODES.numberNode((int) (long) v) : (JsonNode) Json.NODES.numberNode(v));
    }

    private static Arbitrary<JsonNode> decimals(JsonNode schema) {
        BigDecimal lo = schema.has("minimum") ? schema.get("minimum").decimalValue() : BigDecimal.valueOf(-1000);
        BigDecimal hi = schema.has("maximum") ? schema.get("maximum").decimalValue() : lo.add(BigDecimal.valueOf(100_000));
        if (!schema.has("minimum") && schema.has("maximum")) {
            lo = hi.subtract(BigDecimal.valueOf(100_000));
        }
        return Arbitraries.bigDecimals().between(lo, hi).ofScale(2)
                .map(d -> (JsonNode) Json.NODES.numberNode(d.doubleValue()));
    }

    // ---- arrays and objects -----------------------------------------------------------------------------------

    private Arbitrary<JsonNode> arrays(JsonNode schema, int depth) {
        int min = schema.path("minItems").asInt(0);
        int max = schema.has("maxItems") ? Math.min(schema.get("maxItems").asInt(), min + 3) : min + 3;
        JsonNode items = schema.get("items");
        JsonNode prefix = schema.get("prefixItems");
        Arbitrary<JsonNode> item = items != null && items.isObject() ? value(items, depth + 1) : leaves();
        if (prefix != null && prefix.isArray() && prefix.size() > 0) {
            List<Arbitrary<JsonNode>> parts = new ArrayList<>();
            prefix.forEach(p -> parts.add(value(p, depth + 1)));
            return Combinators.combine(parts).as(list -> {
                ArrayNode a = Json.NODES.arrayNode();
                list.forEach(a::add);
                return (JsonNode) a;
            });
        }
        var list = item.list().ofMinSize(min).ofMaxSize(max);
        if (schema.path("uniqueItems").asBoolean(false)) {
            list = list.uniqueElements(v -> Json.write(Json.sortKeys(v)));
        }
        return list.map(l -> {
            ArrayNode a = Json.NODES.arrayNode();
            l.forEach(a::add);
            return (JsonNode) a;
        });
    }

    private record Group(String name, boolean dollar, boolean dollarOnly, JsonNode schema, boolean required) {
    }

    private Arbitrary<ObjectNode> object(JsonNode schemaIn, int depth, boolean topLevel) {
        ObjectNode schema = mergeAllOf(schemaIn);
        JsonNode props = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        boolean free = !props.isObject() && !schema.has("patternProperties")
                && (additional == null || (additional.isBoolean() && additional.booleanValue()));
        if (free && !schema.has("propertyNames")) {
            return freeObject(depth);
        }
        Set<String> required = required(schema);
        required.addAll(required(schemaIn));
        List<Group> groups = new ArrayList<>();
        if (props.isObject()) {
            Iterator<String> names = props.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (n.endsWith(".$")) {
                    String base = n.substring(0, n.length() - 2);
                    if (!props.has(base)) {
                        groups.add(new Group(base, true, true, null, required.contains(n)));
                    }
                    continue;
                }
                groups.add(new Group(n, props.has(n + ".$"), false, props.get(n),
                        required.contains(n) || required.contains(n + ".$")));
            }
        }
        List<Arbitrary<List<Map.Entry<String, JsonNode>>>> parts = new ArrayList<>();
        for (Group g : groups) {
            parts.add(group(g, depth, topLevel));
        }
        JsonNode extraSchema = additional != null && additional.isObject() ? additional
                : free ? Json.NODES.objectNode() : null;
        if (extraSchema != null) {
            int maxExtra = Math.min(3, schema.path("maxProperties").asInt(Integer.MAX_VALUE));
            int minExtra = Math.min(maxExtra, Math.max(0, schema.path("minProperties").asInt(0) - groups.size()));
            Arbitrary<String> names = schema.has("propertyNames")
                    ? value(schema.get("propertyNames"), depth + 1).filter(JsonNode::isTextual).map(JsonNode::textValue)
                    : DynamicValues.fieldNames();
            Set<String> known = new LinkedHashSet<>();
            props.fieldNames().forEachRemaining(known::add);
            Arbitrary<Map.Entry<String, JsonNode>> entry = Combinators.combine(
                    names.filter(n -> !known.contains(n) && !n.endsWith(".$")), value(extraSchema, depth + 1))
                    .as(AbstractMap.SimpleEntry::new);
            parts.add(entry.list().ofMinSize(minExtra).ofMaxSize(maxExtra).uniqueElements(Map.Entry::getKey).map(l -> l));
        }
        if (parts.isEmpty()) {
            return Arbitraries.just(Json.NODES.objectNode());
        }
        Arbitrary<ObjectNode> built = Combinators.combine(parts).as(lists -> {
            ObjectNode o = Json.NODES.objectNode();
            for (List<Map.Entry<String, JsonNode>> l : lists) {
                for (Map.Entry<String, JsonNode> e : l) {
                    o.set(e.getKey(), e.getValue());
                }
            }
            return o;
        });
        return topLevel || needsCheck(schema) || schema.has("oneOf") || schema.has("anyOf")
                ? built.filter(o -> validator.isValid(o, schemaIn)) : built;
    }

    /** Required names: {@code required}, and pairs made required by a {@code oneOf} of single {@code required}s. */
    private static Set<String> required(JsonNode schema) {
        Set<String> out = new LinkedHashSet<>();
        schema.path("required").forEach(r -> out.add(r.asText()));
        List<JsonNode> oneOfs = new ArrayList<>();
        if (schema.has("oneOf")) {
            oneOfs.add(schema.get("oneOf"));
        }
        // mergeAllOf keeps one oneOf; look at the original allOf members too
        schema.path("allOf").forEach(a -> {
            if (a.has("oneOf")) {
                oneOfs.add(a.get("oneOf"));
            }
        });
        for (JsonNode oneOf : oneOfs) {
            boolean variants = oneOf.size() > 0;
            for (JsonNode alt : oneOf) {
                variants &= alt.size() == 1 && alt.path("required").size() == 1;
            }
            if (variants) {
                oneOf.forEach(alt -> out.add(alt.get("required").get(0).asText()));
            }
        }
        return out;
    }

    private Arbitrary<List<Map.Entry<String, JsonNode>>> group(Group g, int depth, boolean topLevel) {
        List<Tuple.Tuple2<Integer, Arbitrary<Map.Entry<String, JsonNode>>>> forms = new ArrayList<>();
        if (!g.dollarOnly()) {
            Arbitrary<JsonNode> plain = null;
            if (topLevel) {
                for (ProviderArbitraries o : overrides) {
                    Optional<Arbitrary<? extends JsonNode>> a = o.property(g.name(), context);
                    if (a.isPresent()) {
                        plain = a.get().map(v -> (JsonNode) v).filter(v -> validator.isValid(v, g.schema()));
                        break;
                    }
                }
            }
            if (plain == null) {
                plain = value(g.schema(), depth + 1);
            }
            forms.add(Tuple.of(7, plain.map(v -> entry(g.name(), v))));
        }
        if (g.dollar() && jsonPath()) {
            forms.add(Tuple.of(g.dollarOnly() ? 10 : 3,
                    DynamicValues.dynamic().map(s -> entry(g.name() + ".$", Json.NODES.textNode(s)))));
        }
        if (forms.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        Arbitrary<List<Map.Entry<String, JsonNode>>> one = Arbitraries.frequencyOf(forms).map(List::of);
        if (g.required()) {
            return one;
        }
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())), Tuple.of(1, one));
    }

    private static Map.Entry<String, JsonNode> entry(String k, JsonNode v) {
        return new AbstractMap.SimpleEntry<>(k, v);
    }

    // ---- free-form JSON ---------------------------------------------------------------------------------------

    private Arbitrary<JsonNode> leaves() {
        if (leaves == null) {
            leaves = newLeaves();
        }
        return leaves;
    }

    private Arbitrary<JsonNode> newLeaves() {
        List<Tuple.Tuple2<Integer, Arbitrary<JsonNode>>> l = new ArrayList<>(List.of(
                Tuple.of(4, Arbitraries.strings().withChars(TEXT).ofMaxLength(12)
                        .filter(s -> !JsonataExpression.isExpression(s)).map(s -> (JsonNode) Json.NODES.textNode(s))),
                Tuple.of(2, Arbitraries.integers().between(-1000, 1000).map(i -> (JsonNode) Json.NODES.numberNode(i))),
                Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.valueOf(-100), BigDecimal.valueOf(100)).ofScale(2)
                        .map(d -> (JsonNode) Json.NODES.numberNode(d.doubleValue()))),
                Tuple.of(1, Arbitraries.of(true, false).map(b -> (JsonNode) Json.NODES.booleanNode(b))),
                Tuple.of(1, Arbitraries.just(Json.NODES.nullNode()))));
        if (!jsonPath()) {
            l.add(Tuple.of(2, DynamicValues.jsonata().map(s -> (JsonNode) Json.NODES.textNode(s))));
        }
        return Arbitraries.frequencyOf(l);
    }

    /**
     * @param depth how deep the value sits
     * @return any JSON value, with paths or expressions in object members as the language allows
     */
    public Arbitrary<JsonNode> anyJson(int depth) {
        // One arbitrary per depth: jqwik memoizes generators by arbitrary, and a fresh tree per use is slow to compare.
        return anyJsonByDepth.computeIfAbsent(Math.min(depth, 3), this::newAnyJson);
    }

    private final Map<Integer, Arbitrary<JsonNode>> anyJsonByDepth = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, Arbitrary<ObjectNode>> freeObjectByDepth = new java.util.concurrent.ConcurrentHashMap<>();
    private Arbitrary<JsonNode> leaves;

    private Arbitrary<JsonNode> newAnyJson(int depth) {
        if (depth >= 3) {
            return leaves();
        }
        return Arbitraries.frequencyOf(
                Tuple.of(5, leaves()),
                Tuple.of(3, Arbitraries.lazy(() -> freeObject(depth + 1).map(o -> (JsonNode) o))),
                Tuple.of(1, Arbitraries.lazy(() -> anyJson(depth + 1).list().ofMaxSize(3).map(l -> {
                    ArrayNode a = Json.NODES.arrayNode();
                    l.forEach(a::add);
                    return (JsonNode) a;
                }))));
    }

    /**
     * @param depth how deep the object sits
     * @return objects with free member names; in JSONPath states some members are {@code "key.$"} paths
     */
    public Arbitrary<ObjectNode> freeObject(int depth) {
        return freeObjectByDepth.computeIfAbsent(Math.min(depth, 4), this::newFreeObject);
    }

    private Arbitrary<ObjectNode> newFreeObject(int depth) {
        List<Tuple.Tuple2<Integer, Arbitrary<Map.Entry<String, JsonNode>>>> kinds = new ArrayList<>();
        kinds.add(Tuple.of(7, Combinators.combine(DynamicValues.fieldNames(), Arbitraries.lazy(() -> anyJson(depth + 1)))
                .as(SchemaArbitraries::entry)));
        if (jsonPath()) {
            kinds.add(Tuple.of(3, Combinators.combine(DynamicValues.fieldNames(), DynamicValues.dynamic())
                    .as((k, v) -> entry(k + ".$", Json.NODES.textNode(v)))));
        }
        return Arbitraries.frequencyOf(kinds).list().ofMaxSize(4).map(list -> {
            Map<String, JsonNode> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : list) {
                String k = e.getKey();
                String base = k.endsWith(".$") ? k.substring(0, k.length() - 2) : k;
                if (!m.containsKey(base) && !m.containsKey(base + ".$")) {
                    m.put(k, e.getValue());
                }
            }
            ObjectNode o = Json.NODES.objectNode();
            m.forEach(o::set);
            return o;
        });
    }
}
