package io.github.sfntasks.conformance.registry;

import io.github.sfntasks.conformance.architecture.SfnTasksArchitecture;
import io.github.sfntasks.conformance.internal.Discovery;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Module descriptors of every sfn-tasks module on the test class path, read with {@link ModuleDescriptor#read}. */
class ModuleDescriptorsTest {

    private static List<Path> sfnTasksModules() {
        List<Path> out = new ArrayList<>();
        for (Path p : Discovery.classPath()) {
            ModuleDescriptor d = SfnTasksArchitecture.descriptor(p);
            if (d != null && d.name().startsWith(SfnTasksArchitecture.ROOT)) {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void everySfnTasksJarIsANamedModule() {
        Set<String> names = new TreeSet<>();
        sfnTasksModules().forEach(p -> names.add(SfnTasksArchitecture.descriptor(p).name()));
        System.out.println("[modules] " + names);
        assertTrue(names.containsAll(Set.of("io.github.sfntasks.api", "io.github.sfntasks.core", "io.github.sfntasks.conformance")),
                () -> "found " + names);
    }

    @Test
    void internalPackagesAreExportedOnlyToNamedFriends() throws Exception {
        List<String> problems = SfnTasksArchitecture.internalExports(sfnTasksModules());
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theApiExportsItsInternalsToCoreAlone() {
        Path api = sfnTasksModules().stream()
                .filter(p -> SfnTasksArchitecture.descriptor(p).name().equals("io.github.sfntasks.api")).findFirst().orElseThrow();
        ModuleDescriptor d = SfnTasksArchitecture.descriptor(api);
        for (ModuleDescriptor.Exports e : d.exports()) {
            if (Discovery.isInternal(e.source())) {
                assertEquals(Set.of("io.github.sfntasks.core"), e.targets(), e.toString());
            }
        }
        Set<String> requires = new TreeSet<>();
        d.requires().forEach(r -> requires.add(r.name()));
        assertEquals(Set.of("java.base", "com.fasterxml.jackson.databind"), requires, "the API requires Jackson and the JDK only");
    }

    @Test
    void providersRequireTheApiAndNeverCore() {
        for (Path p : sfnTasksModules()) {
            ModuleDescriptor d = SfnTasksArchitecture.descriptor(p);
            if (d.name().startsWith(SfnTasksArchitecture.ROOT + ".provider.")) {
                Set<String> requires = new TreeSet<>();
                d.requires().forEach(r -> requires.add(r.name()));
                assertTrue(requires.contains("io.github.sfntasks.api"), d.name() + " requires " + requires);
                assertFalse(requires.contains("io.github.sfntasks.core"), d.name() + " requires core");
                // the provider-support module is shared by providers and provides no task of its own
                if (!d.name().equals(SfnTasksArchitecture.PROVIDER_SUPPORT)) {
                    assertTrue(d.provides().stream().anyMatch(x -> x.service().equals(Discovery.SERVICE)),
                            d.name() + " provides no TaskProvider");
                } else {
                    assertTrue(d.provides().isEmpty(), d.name() + " provides " + d.provides());
                }
            }
        }
    }

    @Test
    void theKitItselfHidesItsInternals() {
        Path kit = sfnTasksModules().stream()
                .filter(p -> SfnTasksArchitecture.descriptor(p).name().equals("io.github.sfntasks.conformance")).findFirst().orElseThrow();
        ModuleDescriptor d = SfnTasksArchitecture.descriptor(kit);
        // internal packages only to the CDK differential's module, which reuses the generator
        assertTrue(d.exports().stream().filter(e -> Discovery.isInternal(e.source()))
                .allMatch(e -> e.targets().equals(Set.of("io.github.sfntasks.conformance.cdk"))), () -> d.exports().toString());
        assertTrue(d.packages().contains("io.github.sfntasks.conformance.internal"));
    }
}
