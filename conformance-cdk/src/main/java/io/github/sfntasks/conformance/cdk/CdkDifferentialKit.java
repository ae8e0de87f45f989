package io.github.sfntasks.conformance.cdk;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.conformance.ConformanceFailure;
import io.github.sfntasks.conformance.KitTries;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.internal.CaseGenerator;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The differential check against the AWS CDK v2, opt-in: extend it next to your {@code ProviderConformanceKit}
 * test when the CDK has the same task and a {@link CdkTaskFactory} for it is registered. Needs
 * {@code software.amazon.awscdk:aws-cdk-lib} and {@code software.constructs:constructs} on the test class path and
 * Node.js at run time; the CDK starts once per JVM ({@link CdkRenderer#shared()}).
 *
 * <pre>{@code
 * class LambdaInvokeCdkTest extends CdkDifferentialKit {
 *     protected TaskProvider provider() { return TaskRegistry.load().require("lambda:invoke"); }
 * }
 * }</pre>
 *
 * <p>The same generated requests (100 tries; system property {@value Tries#PROPERTY}) go through the provider, rendered for the CDK stack's context
 * ({@value CdkRenderer#PARTITION}, {@value CdkRenderer#REGION}, {@value CdkRenderer#ACCOUNT}), and through the
 * construct; state and grants must be equal, or equal once the factory's {@link AllowedDifference}s are applied.
 * Requests the CDK cannot express are counted, not compared; at least {@link #minimumCompared()} of them must be
 * compared. The match rate is printed after the property: {@code [cdk] lambda:invoke: 100 requests, ...}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
@AddLifecycleHook(CdkDifferentialKit.Tries.class)
public abstract class CdkDifferentialKit {

    /**
     * Sets the tries of {@link #rendersAsTheCdkDoes} from the system property {@value #PROPERTY}, when given, and its
     * seed from {@value io.github.sfntasks.conformance.KitTries#SEED_PROPERTY}, as the kit does.
     */
    public static final class Tries implements AroundPropertyHook {

        /** The system property with the number of tries of the differential. */
        public static final String PROPERTY = "sfn.conformance.cdk.tries";

        /** For jqwik. */
        public Tries() {
        }

        @Override
        public PropagationMode propagateTo() {
            return PropagationMode.ALL_DESCENDANTS;
        }

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            String value = System.getProperty(PROPERTY);
            if (value != null && !value.isBlank()) {
                context.attributes().setTries(Integer.parseInt(value.trim()));
            }
            KitTries.fixSeed(context);
            return property.execute();
        }
    }

    private final Map<CdkComparison.Kind, Integer> kinds = new EnumMap<>(CdkComparison.Kind.class);
    private final Map<String, Integer> documented = new TreeMap<>();
    private final Map<String, Integer> notExpressible = new TreeMap<>();
    private CdkTaskFactory factory;
    private long nanos;

    /** For subclasses. */
    protected CdkDifferentialKit() {
    }

    /** @return the provider under test */
    protected abstract TaskProvider provider();

    /** @return the CDK twin; default: the registered {@link CdkTaskFactory} for the provider's type id */
    protected CdkTaskFactory cdkFactory() {
        if (factory == null) {
            factory = CdkTaskFactory.find(provider().typeId()).orElseThrow(() -> new IllegalStateException(
                    "no CdkTaskFactory is registered for " + provider().typeId()));
        }
        return factory;
    }

    /** @return the renderer; default the JVM-wide one */
    protected CdkRenderer renderer() {
        return CdkRenderer.shared();
    }

    /** @return the least share of requests that must be compared (not refused as inexpressible by the CDK) */
    protected double minimumCompared() {
        return 0.3;
    }

    /**
     * Our render and the CDK's are equal, or differ only as documented.
     *
     * @param c an accepted request
     */
    @Property(tries = 100)
    public void rendersAsTheCdkDoes(@ForAll("cdkRequests") TaskCase c) {
        long t0 = System.nanoTime();
        CdkComparison r = CdkDifferential.compare(provider(), cdkFactory(), renderer(), c);
        nanos += System.nanoTime() - t0;
        kinds.merge(r.kind(), 1, Integer::sum);
        r.applied().forEach(id -> documented.merge(id, 1, Integer::sum));
        if (r.kind() == CdkComparison.Kind.NOT_EXPRESSIBLE) {
            notExpressible.merge(r.detail(), 1, Integer::sum);
        }
        Statistics.label("cdk").collect(r.kind());
        double min = minimumCompared() * 100;
        Statistics.label("cdk").coverage(cov -> cov.checkQuery(v -> v.get(0) != CdkComparison.Kind.NOT_EXPRESSIBLE)
                .percentage(p -> p >= min));
        if (r.kind() == CdkComparison.Kind.MISMATCH) {
            throw new ConformanceFailure("rendersAsTheCdkDoes", provider().typeId() + " with " + c, List.of(r.detail(),
                    "ours:  " + Json.write(r.ours()), "CDK's: " + (r.cdk() == null ? "-" : Json.write(r.cdk()))), null);
        }
    }

    /** Prints the match rate of the property that just ran. */
    @AfterProperty
    public void reportMatchRate() {
        int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return;
        }
        int compared = total - kinds.getOrDefault(CdkComparison.Kind.NOT_EXPRESSIBLE, 0);
        int identical = kinds.getOrDefault(CdkComparison.Kind.IDENTICAL, 0);
        int doc = kinds.getOrDefault(CdkComparison.Kind.DOCUMENTED, 0);
        int mismatch = kinds.getOrDefault(CdkComparison.Kind.MISMATCH, 0);
        System.out.printf("%n[cdk] %s: %d requests, %d compared: %d identical (%.0f%%), %d equal with documented"
                        + " differences (%.0f%%) %s, %d mismatches; %d not expressible in the CDK %s; %.1f ms per request%n",
                provider().typeId(), total, compared, identical, pct(identical, compared), doc, pct(doc, compared),
                documented, mismatch, total - compared, notExpressible.keySet(), nanos / 1e6 / total);
    }

    private static double pct(int n, int of) {
        return of == 0 ? 0 : 100.0 * n / of;
    }

    /** @return accepted requests, with the factory's realistic values where it gives them */
    @Provide
    public Arbitrary<TaskCase> cdkRequests() {
        List<ProviderArbitraries> arbitraries = new ArrayList<>(cdkFactory().arbitraries());
        arbitraries.addAll(ProviderArbitraries.discover(provider().typeId()));
        return new CaseGenerator(provider(), arbitraries, true).accepted();
    }
}
