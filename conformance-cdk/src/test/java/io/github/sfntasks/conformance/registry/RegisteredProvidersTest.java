package io.github.sfntasks.conformance.registry;

import io.github.sfntasks.conformance.runner.KitRunner;
import io.github.sfntasks.conformance.runner.RegisteredProviderKit;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.conformance.internal.Discovery;
import io.github.sfntasks.core.TaskRegistry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kit over every provider {@code TaskRegistry.load()} finds on the test class path (add a provider module as a
 * test dependency and it is covered): properties 1 to 7 per provider, and discovery of all of them alike on the class
 * path and the module path. The differential against the CDK for those the CDK has is in {@code sfn-tasks-conformance-cdk}.
 */
class RegisteredProvidersTest {

    private static final int SHRINK_SECONDS = 0;

    /** {@code -Dsfn.conformance.only=sqs:sendMessage,sns:publish} runs the kit for those type ids only. */
    static List<TaskProvider> providers() {
        TaskRegistry registry = TaskRegistry.load();
        assertTrue(registry.problems().isEmpty(), () -> "discovery problems: " + registry.problems());
        assertFalse(registry.providers().isEmpty(), "no provider on the test class path");
        String only = System.getProperty("sfn.conformance.only", "");
        if (only.isBlank()) {
            return registry.providers();
        }
        List<String> ids = List.of(only.split(","));
        return registry.providers().stream().filter(p -> ids.contains(p.typeId())).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyRegisteredProviderPassesTheKit() {
        return providers().stream().map(p -> DynamicTest.dynamicTest(p.typeId(), () -> {
            RegisteredProviderKit.current = p;
            RegisteredProviderKit.arbitraries = null;
            long t0 = System.nanoTime();
            // No shrinking here: over a dozen providers a shrink of nested requests costs minutes and memory, and one
            // cut short can break the next provider's run; the failing request is reported as generated (run the
            // provider's own ProviderConformanceKit test for a shrunk one).
            List<KitRunner.Outcome> outcomes = KitRunner.run(RegisteredProviderKit.class, SHRINK_SECONDS);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("[kit] %s (%s): %d checks, %d failed, %.1f s, heap in use %d MB%n", p.typeId(), p.getClass().getName(),
                    outcomes.size(), outcomes.stream().filter(KitRunner.Outcome::failed).count(), (System.nanoTime() - t0) / 1e9,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            assertEquals(12, outcomes.size(), "the kit runs 4 examples and 8 properties");
            assertTrue(outcomes.stream().noneMatch(KitRunner.Outcome::failed), () -> p.typeId() + KitRunner.failures(outcomes));
        }));
    }

    @Test
    void everyProviderIsFoundAlikeOnTheClassPathAndTheModulePath() {
        Map<String, String> classPath = new TreeMap<>();
        providers().forEach(p -> classPath.put(p.typeId(), p.getClass().getName()));
        Discovery.Layer layer = Discovery.moduleLayer();
        assertTrue(layer.problems().isEmpty(), () -> "module layer: " + layer.problems());
        System.out.printf("[kit] class path: %s%n[kit] module path (%d modules): %s%n", classPath, layer.modules().size(),
                layer.providers());
        Map<String, String> modulePath = new TreeMap<>(layer.providers());
        if (!System.getProperty("sfn.conformance.only", "").isBlank()) {
            modulePath.keySet().retainAll(classPath.keySet());
        }
        assertEquals(classPath, modulePath, "the same type ids and classes on both paths");
    }

    /**
     * The type-id index is optional for a third party's provider; every one of ours has it, so that the CLI and
     * {@code TaskRegistry.load()} instantiate only the providers a workflow uses.
     */
    @Test
    void everyProviderOfSfnTasksIsInItsJarsTypeIdIndex() throws Exception {
        List<String> missing = new java.util.ArrayList<>();
        for (TaskProvider p : TaskRegistry.load().providers()) {
            if (!p.getClass().getName().startsWith("io.github.sfntasks.provider.")) {
                continue;
            }
            java.nio.file.Path jar = Discovery.location(p.getClass()).orElseThrow();
            String listed = Discovery.typeIdIndex(jar).get(p.getClass().getName());
            if (!p.typeId().equals(listed)) {
                missing.add(jar.getFileName() + ": " + p.typeId() + " " + p.getClass().getName() + " (listed: " + listed + ")");
            }
        }
        assertEquals(List.of(), missing, "add these lines to the jars' " + Discovery.TYPE_ID_INDEX);
    }
}
