package io.github.sfntasks.conformance;

import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.generation.InvalidCase;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.conformance.iam.ResourceActions;
import io.github.sfntasks.conformance.iam.ResourceRule;
import io.github.sfntasks.conformance.internal.CaseGenerator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The conformance kit for one provider: extend it in your test sources, return your provider, and run it with
 * JUnit 5 (the jqwik engine runs its properties).
 *
 * <pre>{@code
 * class SecretsConformanceTest extends ProviderConformanceKit {
 *     @Override
 *     protected TaskProvider provider() {
 *         return TaskRegistry.load().require("aws-sdk:secretsmanager:getSecretValue");
 *     }
 * }
 * }</pre>
 *
 * <p>What runs, each a jqwik property or example (the numbers are those of the sfn-tasks conformance issue):
 * <ol>
 *   <li>{@link #discoveredOnTheClassPath()}, {@link #discoveredOnTheModulePath()}, {@link #registeredTwiceAlike()}:
 *       {@code ServiceLoader} finds the provider on the class path and in a module layer built from the jars, under
 *       the same type id, and {@code module-info} and {@code META-INF/services} list the same classes;
 *       {@link #dependsOnTheApiOnly()} checks its classes with ArchUnit;</li>
 *   <li>{@link #validPropertiesRenderValidAsl}: requests generated from the provider's JSON Schema render valid ASL
 *       (or are refused with a {@code TaskValidationException} for a rule the schema does not say; at least
 *       {@link ProviderArbitraries#minimumAcceptance()} of them must be accepted);</li>
 *   <li>{@link #grantsCoverTheState}: every resource the state touches is granted, as the kit's
 *       {@link ResourceActions} table (AWS's "IAM policies for integrated services") says;</li>
 *   <li>{@link #grantsAreLeastPrivilege}: no grant is broader, and partition, region and account come from the
 *       render context;</li>
 *   <li>{@link #renderingIsDeterministicAndThreadSafe}: byte-identical output, also from eight threads;</li>
 *   <li>{@link #invalidPropertiesAreRejected}: broken requests (a required property left out, a wrong type, out of
 *       range, a bad path or intrinsic call, an unknown property, an unsupported pattern, a null, the wrong query
 *       language, a bad state name) give a {@code TaskValidationException} naming the state and the property;</li>
 *   <li>{@link #rendersRoundTrip}: renders round-trip through Jackson and through the workflow reader.</li>
 * </ol>
 * The differential check against the AWS CDK is opt-in: {@code CdkDifferentialKit} in {@code sfn-tasks-conformance-cdk}.
 *
 * <p>Tries: 150 per property (50 for the threaded one, 200 for invalid requests); the system property
 * {@code sfn.conformance.tries} sets the base (the others scale with it). The properties that need accepted
 * requests filter for them, so a provider that refuses nearly everything fails with too many filter misses.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
@AddLifecycleHook(KitTries.class)
public abstract class ProviderConformanceKit {

    private CaseGenerator generator;

    /** For subclasses. */
    protected ProviderConformanceKit() {
    }

    /**
     * @return the provider under test; find it through {@code ServiceLoader} ({@code TaskRegistry.load().require(id)})
     *         rather than {@code new}, so discovery is what is tested
     */
    protected abstract TaskProvider provider();

    /**
     * @return what the provider tells the kit beyond its schema; default: the {@link ProviderArbitraries} found by
     *         {@code ServiceLoader} for its type id
     */
    protected List<ProviderArbitraries> arbitraries() {
        return ProviderArbitraries.discover(provider().typeId());
    }

    /** @return the IAM table: the kit's rows and those of {@link #arbitraries()} */
    protected ResourceActions resourceActions() {
        List<ResourceRule> extra = new ArrayList<>();
        arbitraries().forEach(a -> extra.addAll(a.resourceRules()));
        return ResourceActions.standard().with(extra);
    }

    /** Generators by provider class and contributions: jqwik makes a kit instance per property, the schema stays. */
    private static final java.util.Map<String, CaseGenerator> GENERATORS = new java.util.concurrent.ConcurrentHashMap<>();

    private CaseGenerator generator() {
        if (generator == null) {
            TaskProvider p = provider();
            List<ProviderArbitraries> a = arbitraries();
            // the provider instance (a registry's, reused across properties) and the contributions' classes
            String key = p.getClass().getName() + "@" + System.identityHashCode(p) + " " + p.typeId() + " "
                    + a.stream().map(x -> x.getClass().getName()).toList();
            generator = GENERATORS.computeIfAbsent(key, k -> new CaseGenerator(p, a, true));
        }
        return generator;
    }

    /** Property 1: {@code ServiceLoader} finds the provider on the class path under its type id. */
    @Example
    public void discoveredOnTheClassPath() {
        ConformanceChecks.discoveredOnTheClassPath(provider());
    }

    /** Property 1: a module layer built from the jars finds the provider under the same type id. */
    @Example
    public void discoveredOnTheModulePath() {
        ConformanceChecks.discoveredOnTheModulePath(provider());
    }

    /** Property 1: {@code module-info} {@code provides} and {@code META-INF/services} list the same classes. */
    @Example
    public void registeredTwiceAlike() {
        ConformanceChecks.registeredTwiceAlike(provider());
    }

    /** Architecture: the provider depends on the API, never on core, the kit or the API's internals. */
    @Example
    public void dependsOnTheApiOnly() {
        ConformanceChecks.dependsOnTheApiOnly(provider());
    }

    /**
     * Property 2.
     *
     * @param c a schema-valid request
     */
    @Property(tries = 150)
    public void validPropertiesRenderValidAsl(@ForAll("validRequests") TaskCase c) {
        ConformanceChecks.Outcome outcome = ConformanceChecks.validPropertiesRenderValidAsl(provider(), c);
        double min = generator().minimumAcceptance() * 100;
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(cov -> cov.check(ConformanceChecks.Outcome.ACCEPTED).percentage(p -> p >= min));
        Statistics.label("request").collect(c.queryLanguage().aslName(), String.valueOf(c.effectivePattern(provider())));
    }

    /**
     * Property 3.
     *
     * @param c an accepted request
     */
    @Property(tries = 150)
    public void grantsCoverTheState(@ForAll("acceptedRequests") TaskCase c) {
        ConformanceChecks.grantsCoverTheState(provider(), c, resourceActions());
    }

    /**
     * Property 4.
     *
     * @param c an accepted request
     */
    @Property(tries = 150)
    public void grantsAreLeastPrivilege(@ForAll("acceptedRequests") TaskCase c) {
        ConformanceChecks.grantsAreLeastPrivilege(provider(), c, resourceActions());
    }

    /**
     * Property 5.
     *
     * @param c an accepted request
     */
    @Property(tries = 50)
    public void renderingIsDeterministicAndThreadSafe(@ForAll("acceptedRequests") TaskCase c) {
        ConformanceChecks.renderingIsDeterministicAndThreadSafe(provider(), c);
    }

    /**
     * Property 6.
     *
     * @param c a broken request
     */
    @Property(tries = 200)
    public void invalidPropertiesAreRejected(@ForAll("invalidRequests") InvalidCase c) {
        Statistics.label("mutation").collect(c.mutation());
        ConformanceChecks.invalidPropertiesAreRejected(provider(), c);
    }

    /**
     * Property 7.
     *
     * @param c an accepted request
     */
    @Property(tries = 150)
    public void rendersRoundTrip(@ForAll("acceptedRequests") TaskCase c) {
        ConformanceChecks.rendersRoundTrip(provider(), c);
    }

    /**
     * Property 8: resource properties take every placeholder form (a resource deployed alongside).
     *
     * @param c an accepted request
     */
    @Property(tries = 60)
    public void resourcePropertiesTakePlaceholders(@ForAll("acceptedRequests") TaskCase c) {
        ConformanceChecks.resourcePropertiesTakePlaceholders(provider(), c);
    }

    /**
     * Property 9: a role handed to a service is passed ({@code iam:PassRole}).
     *
     * @param c an accepted request
     */
    @Property(tries = 60)
    public void rolesHandedToAServiceArePassed(@ForAll("acceptedRequests") TaskCase c) {
        ConformanceChecks.rolesHandedToAServiceArePassed(provider(), c);
    }

    /** @return schema-valid requests */
    @Provide
    public Arbitrary<TaskCase> validRequests() {
        return generator().valid();
    }

    /** @return schema-valid requests the provider accepts */
    @Provide
    public Arbitrary<TaskCase> acceptedRequests() {
        return generator().accepted();
    }

    /** @return requests broken in one place */
    @Provide
    public Arbitrary<InvalidCase> invalidRequests() {
        return generator().invalid();
    }
}
