package io.github.sfntasks.conformance.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.conformance.iam.ResourceRule;
import net.jqwik.api.Arbitrary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * What a provider tells the kit that its JSON Schema cannot: a generator for a property whose rule the schema does
 * not express (a pattern the kit cannot generate from, a cross-property constraint), or for a request's whole
 * properties object (see {@link #requestProperties}), where the task token goes in
 * WAIT_FOR_TASK_TOKEN requests, how many schema-valid requests the provider may refuse, and IAM rows for an
 * integration the kit's table does not have.
 *
 * <p>Found by {@link ServiceLoader} ({@code META-INF/services/io.github.sfntasks.conformance.generation.ProviderArbitraries},
 * usually in the provider's test resources), or returned by
 * {@link io.github.sfntasks.conformance.ProviderConformanceKit#arbitraries()}. Every method has a default: implement only what is needed.
 *
 * <pre>{@code
 * public final class SqsArbitraries implements ProviderArbitraries {
 *     public String typeId() { return "sqs:sendMessage"; }
 *     public Optional<Arbitrary<? extends JsonNode>> property(String name, GenerationContext context) {
 *         return name.equals("queue")
 *             ? Optional.of(Arbitraries.of("https://sqs.us-east-1.amazonaws.com/123456789012/q").map(TextNode::valueOf))
 *             : Optional.empty();
 *     }
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public interface ProviderArbitraries {

    /** @return the provider type id this applies to */
    String typeId();

    /**
     * A generator for the plain value of a top-level property (not its {@code "name.$"} form, which the kit
     * generates). Its values are still checked against the schema.
     *
     * @param name the property name
     * @param context the request being generated
     * @return the generator, or empty to generate from the schema
     */
    default Optional<Arbitrary<? extends JsonNode>> property(String name, GenerationContext context) {
        return Optional.empty();
    }

    /**
     * A generator for the whole properties object of a request, used <em>instead of</em> the one the kit derives from
     * the schema (and instead of {@link #property}). For a consumer that can take a provider's requests only in some
     * shapes: the CDK differential ({@code CdkTaskFactory#arbitraries()}) uses it where the CDK's construct cannot
     * take most optional properties or their {@code "name.$"} forms, which the schema-driven generator mixes in at
     * random; a generator written for the type can choose which optional properties appear, and how often.
     *
     * <p>What the kit still does around it: the state name, the integration pattern, the query language and the
     * common options are generated as for any request ({@code context} says which language and pattern the values
     * are for: no {@code "name.$"} members in a JSONata state, no {@code {% %}} strings in a JSONPath one); the task
     * token is put into WAIT_FOR_TASK_TOKEN requests as usual ({@link #taskTokenProperty()}); values the schema
     * refuses are dropped, and requests the provider refuses count against {@link #minimumAcceptance()}, so a
     * generator cannot make a property pass with requests the provider never sees. When several
     * {@code ProviderArbitraries} of one type give one, the first in their order is used.
     *
     * @param context the request being generated (type id, query language, requested pattern)
     * @return the generator, or empty (the default) to generate from the schema
     */
    default Optional<Arbitrary<ObjectNode>> requestProperties(GenerationContext context) {
        return Optional.empty();
    }

    /**
     * @return the property that carries the task token in WAIT_FOR_TASK_TOKEN requests (an object the kit puts
     *         {@code "taskToken.$": "$$.Task.Token"} into); empty: the first free-form property of the schema
     */
    default Optional<String> taskTokenProperty() {
        return Optional.empty();
    }

    /**
     * @return the least share of schema-valid requests the provider must accept (default one half): rules the
     *         schema does not express make it refuse some, but a provider that refuses most proves nothing
     */
    default double minimumAcceptance() {
        return 0.5;
    }

    /** @return IAM rows for integrations the kit's table does not have (see {@link ResourceRule}) */
    default List<ResourceRule> resourceRules() {
        return List.of();
    }

    /**
     * Generators for some properties of one provider, and nothing else.
     *
     * <pre>{@code
     * ProviderArbitraries.properties("sqs:sendMessage", (name, context) -> name.equals("queue")
     *     ? Optional.of(Arbitraries.of("https://sqs.us-east-1.amazonaws.com/123456789012/q").map(TextNode::valueOf))
     *     : Optional.empty());
     * }</pre>
     *
     * @param typeId the provider type id
     * @param property what {@link #property(String, GenerationContext)} returns
     * @return the arbitraries
     */
    static ProviderArbitraries properties(String typeId,
            java.util.function.BiFunction<String, GenerationContext, Optional<Arbitrary<? extends JsonNode>>> property) {
        java.util.Objects.requireNonNull(typeId, "typeId");
        java.util.Objects.requireNonNull(property, "property");
        return new ProviderArbitraries() {
            @Override
            public String typeId() {
                return typeId;
            }

            @Override
            public Optional<Arbitrary<? extends JsonNode>> property(String name, GenerationContext context) {
                return property.apply(name, context);
            }
        };
    }

    /**
     * @param typeId a type id
     * @return every {@code ProviderArbitraries} on the class path or module path for that id; one that fails to
     *         load is skipped with a warning, as discovery never crashes the host
     */
    static List<ProviderArbitraries> discover(String typeId) {
        List<ProviderArbitraries> out = new ArrayList<>();
        ServiceLoader<ProviderArbitraries> loader = ProviderArbitraries.class.getModule().isNamed()
                ? ServiceLoader.load(ProviderArbitraries.class)
                : ServiceLoader.load(ProviderArbitraries.class, Thread.currentThread().getContextClassLoader());
        var it = loader.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                ProviderArbitraries a = it.next();
                if (typeId.equals(a.typeId())) {
                    out.add(a);
                }
            } catch (ServiceConfigurationError e) {
                System.getLogger(ProviderArbitraries.class.getName()).log(System.Logger.Level.WARNING,
                        "a ProviderArbitraries could not be loaded and is skipped: " + e.getMessage());
            }
        }
        return out;
    }
}
