package com.example.kitconsumer;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * This module and the kit resolved on the module path javac used for this module (its classes and its runtime
 * dependencies, from the pom's {@code kit.module.path}), as {@code java -p ... -m com.example.kitconsumer} would:
 * the graph resolves, the kit is an explicit module, and no resolved module is an automatic module named from its
 * file name. JPMS resolves every observable automatic module as soon as one is resolved (ArchUnit is one), so a jar
 * without {@code Automatic-Module-Name} (such as {@code aws-cdk-lib}) anywhere in the kit's dependencies fails this.
 */
class KitOnTheModulePathTest {

    private static Configuration resolve() {
        String modulePath = System.getProperty("kit.module.path", "");
        assertFalse(modulePath.isBlank(), "the pom passes kit.module.path");
        Path[] entries = Arrays.stream(modulePath.split(File.pathSeparator)).filter(e -> !e.isBlank()).map(Path::of)
                .toArray(Path[]::new);
        return ModuleLayer.boot().configuration().resolve(ModuleFinder.of(entries), ModuleFinder.of(),
                Set.of("com.example.kitconsumer"));
    }

    @Test
    void theKitIsAnExplicitModuleThisModuleReads() {
        Configuration graph = resolve();
        ResolvedModule consumer = graph.findModule("com.example.kitconsumer").orElseThrow();
        ResolvedModule kit = graph.findModule("io.github.sfntasks.conformance").orElseThrow();
        assertFalse(kit.reference().descriptor().isAutomatic(), "the kit has a module-info");
        assertTrue(consumer.reads().contains(kit), "the consumer reads the kit");
        assertTrue(kit.reference().descriptor().requires().stream().map(ModuleDescriptor.Requires::name)
                .noneMatch(n -> n.startsWith("aws.cdk") || n.equals("constructs") || n.equals("jsii.runtime")),
                "the kit requires nothing of the CDK's");
    }

    @Test
    void noModuleIsNamedFromItsFileName() throws IOException {
        List<String> fileNamed = new ArrayList<>();
        TreeSet<String> automatic = new TreeSet<>();
        for (ResolvedModule m : resolve().modules()) {
            if (!m.reference().descriptor().isAutomatic()) {
                continue;
            }
            automatic.add(m.name());
            Optional<URI> location = m.reference().location();
            if (location.isEmpty() || !location.get().getScheme().equals("file")) {
                fileNamed.add(m.name() + " (no jar to read)");
                continue;
            }
            try (JarFile jar = new JarFile(Path.of(location.get()).toFile())) {
                String declared = jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
                if (declared == null) {
                    fileNamed.add(m.name() + " (" + Path.of(location.get()).getFileName() + ")");
                }
            }
        }
        assertTrue(automatic.contains("com.tngtech.archunit"),
                "ArchUnit, the kit's one automatic module, is resolved (so every automatic module is): " + automatic);
        assertEquals(List.of(), fileNamed, "automatic modules named from their file names on the kit's module path");
    }
}
