package io.github.sfntasks.conformance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.conformance.generation.GenerationContext;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests the kit sends one provider: valid ones from its schema (with state names, patterns, languages
 * and common options around them), the valid ones it accepts, and broken ones ({@link Mutator}).
 */
public final class CaseGenerator {

    private final TaskProvider provider;
    private final String typeId;
    private final ObjectNode schema;
    private final List<ProviderArbitraries> arbitraries;
    private final SchemaValidator validator;
    private final boolean withCatch;
    private final Map<String, Arbitrary<ObjectNode>> byContext = new ConcurrentHashMap<>();
    private volatile Arbitrary<TaskCase> valid;
    private static final List<String> TOKEN_NAMES = List.of("taskToken", "TaskToken", "token", "Token");

    /**
     * @param provider the provider
     * @param arbitraries what it contributes
     * @param withCatch whether requests may carry a catcher to a state named {@code Recover}
     */
    public CaseGenerator(TaskProvider provider, List<ProviderArbitraries> arbitraries, boolean withCatch) {
        this.provider = provider;
        this.typeId = provider.typeId();
        this.schema = provider.propertiesSchema();
        this.arbitraries = List.copyOf(arbitraries);
        this.validator = new SchemaValidator(schema);
        this.withCatch = withCatch;
    }

    /** @return the provider */
    public TaskProvider provider() {
        return provider;
    }

    /** @return the validator of the provider's schema */
    public SchemaValidator validator() {
        return validator;
    }

    /** @return the provider's schema (a copy taken once) */
    public ObjectNode schema() {
        return schema;
    }

    /** @return the least share of valid requests the provider must accept */
    public double minimumAcceptance() {
        return arbitraries.stream().mapToDouble(ProviderArbitraries::minimumAcceptance).min().orElse(0.5);
    }

    /** @return state names: usual ones, odd characters, and the longest ASL allows (80) */
    public static Arbitrary<String> stateNames() {
        String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.'\"\u00e9\u00df\u65e5";
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of("Task", "Invoke", "Send message", "Step 1", "Do it")),
                Tuple.of(3, Arbitraries.strings().withChars(chars).ofMinLength(1).ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().withChars(chars).ofLength(80)))
                .filter(s -> !s.isBlank());
    }

    /** @return valid requests: schema-valid properties, language rules kept, token carried for callbacks */
    public Arbitrary<TaskCase> valid() {
        Arbitrary<TaskCase> v = valid;
        if (v == null) {
            List<IntegrationPattern> patterns = new ArrayList<>();
            patterns.add(null);
            patterns.addAll(provider.integrationPatterns());
            // One fixed arbitrary per language and pattern: a flatMap would build new generators for every sample.
            List<Tuple.Tuple2<Integer, Arbitrary<TaskCase>>> options = new ArrayList<>();
            for (QueryLanguage language : QueryLanguage.values()) {
                for (IntegrationPattern pattern : patterns) {
                    Arbitrary<TaskCase> a = Combinators.combine(stateNames(), OptionsArbitraries.of(language, withCatch, rendersPass()),
                            properties(language, pattern))
                            .as((name, opts, props) -> new TaskCase(typeId, name, props, pattern, language, opts));
                    options.add(Tuple.of(language == QueryLanguage.JSONPATH ? 3 : 1, a));
                }
            }
            v = Arbitraries.frequencyOf(options);
            valid = v;
        }
        return v;
    }

    /**
     * @param language the state's language
     * @param pattern the requested pattern, or {@code null}
     * @return valid properties for such a request
     */
    public Arbitrary<ObjectNode> properties(QueryLanguage language, IntegrationPattern pattern) {
        IntegrationPattern effective = pattern != null ? pattern : provider.defaultIntegrationPattern();
        String key = language + "/" + pattern;
        return byContext.computeIfAbsent(key, k -> {
            GenerationContext context = new GenerationContext(typeId, language, pattern);
            Arbitrary<ObjectNode> props = null;
            for (ProviderArbitraries a : arbitraries) {
                Optional<Arbitrary<ObjectNode>> whole = a.requestProperties(context);
                if (whole.isPresent()) {
                    // a copy per sample: the token step and the consumers may change the object
                    props = whole.get().map(ObjectNode::deepCopy);
                    break;
                }
            }
            if (props == null) {
                props = new SchemaArbitraries(schema, context, arbitraries).properties();
            }
            if (effective == IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
                Optional<String> carrier = tokenCarrier();
                if (carrier.isPresent()) {
                    props = props.map(p -> {
                        // a member name the carrier's schema accepts (PascalCase where propertyNames wants it)
                        for (String name : TOKEN_NAMES) {
                            ObjectNode with = withToken(p, carrier.get(), name, language);
                            if (validator.problems(with, language).isEmpty()) {
                                return with;
                            }
                        }
                        return withToken(p, carrier.get(), TOKEN_NAMES.get(0), language);
                    });
                }
            }
            return props.filter(p -> validator.problems(p, language).isEmpty());
        });
    }

    private static final Map<String, Boolean> PASS = new ConcurrentHashMap<>();

    /**
     * @return whether the provider renders a Pass state (found by rendering the first request without options it
     *         accepts): then only the options a Pass state has are generated
     */
    public boolean rendersPass() {
        String key = provider.getClass().getName() + "@" + System.identityHashCode(provider.getClass()) + " " + typeId;
        Boolean p = PASS.get(key);
        if (p == null) {
            p = false;
            List<TaskCase> probes = new ArrayList<>();
            for (QueryLanguage language : QueryLanguage.values()) {
                properties(language, null).sampleStream().limit(40)
                        .forEach(props -> probes.add(new TaskCase(typeId, "Probe", props, null, language, null)));
            }
            for (TaskCase c : probes) {
                try {
                    p = "Pass".equals(provider.create(c.request()).toState(ContextChecks.A).path("Type").asText());
                    break;
                } catch (RuntimeException e) {
                    // refused or broken: try the next; the properties report what is wrong
                }
            }
            PASS.put(key, p);
        }
        return p;
    }

    /** @return valid requests the provider accepts (creates a task for) */
    public Arbitrary<TaskCase> accepted() {
        return valid().filter(this::accepts);
    }

    /**
     * @param c a request
     * @return whether the provider creates a task for it (any exception: no)
     */
    public boolean accepts(TaskCase c) {
        try {
            provider.create(c.request());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** @return requests that are broken in one place, from accepted ones */
    public Arbitrary<io.github.sfntasks.conformance.generation.InvalidCase> invalid() {
        Mutator mutator = new Mutator(provider, schema, validator);
        return mutator.mutations(accepted());
    }

    /**
     * @return the property that carries the task token: the provider's choice, or the first free-form property
     *         (any JSON, or an object without declared members) of the schema
     */
    public Optional<String> tokenCarrier() {
        for (ProviderArbitraries a : arbitraries) {
            if (a.taskTokenProperty().isPresent()) {
                return a.taskTokenProperty();
            }
        }
        JsonNode props = schema.path("properties");
        Iterator<Map.Entry<String, JsonNode>> it = props.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().endsWith(".$") && isFreeForm(plainSchema(e.getValue()))) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** @return the schema of a property's plain value, without the JSONata branch a dynamic property has */
    static JsonNode plainSchema(JsonNode s) {
        JsonNode any = s.get("anyOf");
        if (any != null && any.size() == 2 && JsonSchema.JSONATA_PATTERN.equals(any.get(1).path("pattern").asText(null))) {
            return any.get(0);
        }
        return s;
    }

    private static boolean isFreeForm(JsonNode s) {
        if (!s.isObject()) {
            return false;
        }
        // "text or a JSON object" (a message body): the object alternative carries the token
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (s.has(combinator) && s.size() <= 2) {
                for (JsonNode alt : s.get(combinator)) {
                    if (isFreeForm(alt) && "object".equals(alt.path("type").asText())) {
                        return true;
                    }
                }
            }
        }
        String type = s.path("type").asText("");
        boolean typed = !type.isEmpty();
        boolean constrained = s.has("properties") || s.has("enum") || s.has("const") || s.has("anyOf") || s.has("oneOf")
                || s.has("$ref") || s.has("pattern") || s.has("additionalProperties");
        return !constrained && (!typed || type.equals("object"));
    }

    /**
     * @param props properties
     * @param carrier the property that carries the token
     * @param name the member name to put the token under
     * @param language the state's language
     * @return the properties with the task token in the carrier (an object)
     */
    public static ObjectNode withToken(ObjectNode props, String carrier, String name, QueryLanguage language) {
        ObjectNode out = props.deepCopy();
        JsonNode current = out.get(carrier);
        ObjectNode value = current != null && current.isObject() ? (ObjectNode) current.deepCopy() : Json.NODES.objectNode();
        out.remove(carrier + ".$");
        value.remove(name);
        value.remove(name + ".$");
        if (language == QueryLanguage.JSONPATH) {
            value.put(name + ".$", DynamicValues.TASK_TOKEN_PATH);
        } else {
            value.put(name, DynamicValues.TASK_TOKEN_JSONATA);
        }
        out.set(carrier, value);
        return out;
    }

    /**
     * Tries a request.
     *
     * @param c the request
     * @return the outcome label: {@code accepted}, {@code refused <code>}, or {@code threw <exception>}
     */
    public String outcome(TaskCase c) {
        try {
            provider.create(c.request());
            return "accepted";
        } catch (TaskValidationException e) {
            return "refused " + e.code().code();
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getSimpleName();
        }
    }
}
