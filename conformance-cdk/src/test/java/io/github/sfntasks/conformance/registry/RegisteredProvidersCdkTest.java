package io.github.sfntasks.conformance.registry;

import io.github.sfntasks.conformance.runner.KitRunner;
import io.github.sfntasks.conformance.runner.RegisteredProviderKit;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The differential against the AWS CDK v2 for every provider {@code TaskRegistry.load()} finds on the test class path
 * that has a {@link CdkTaskFactory}: the same accepted requests rendered by the provider and by the CDK's construct.
 * All of them share one jsii runtime (one Node.js process) for the JVM. The kit's own properties for the same
 * providers run in {@code sfn-tasks-conformance} ({@code RegisteredProvidersTest}).
 */
class RegisteredProvidersCdkTest {

    private static final int SHRINK_SECONDS = 0;

    @TestFactory
    Stream<DynamicTest> everyProviderTheCdkHasRendersAsTheCdkDoes() {
        Set<String> withFactory = CdkTaskFactory.discover().stream().map(CdkTaskFactory::typeId).collect(Collectors.toSet());
        return RegisteredProvidersTest.providers().stream().filter(p -> withFactory.contains(p.typeId()))
                .map(p -> DynamicTest.dynamicTest(p.typeId(), () -> {
                    RegisteredCdkKit.current = p;
                    List<KitRunner.Outcome> outcomes = KitRunner.run(RegisteredCdkKit.class, SHRINK_SECONDS);
                    assertEquals(1, outcomes.size());
                    assertTrue(outcomes.stream().noneMatch(KitRunner.Outcome::failed), () -> p.typeId() + KitRunner.failures(outcomes));
                }));
    }
}
