package com.example.kitconsumer;

import io.github.sfntasks.conformance.ProviderConformanceKit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kit on the module path, as surefire runs this module (module path, this module patched with its tests): the
 * kit and this module are named explicit modules, and no module of the boot layer is an automatic module named
 * from its file name. JPMS resolves every observable automatic module as soon as one is resolved, so the boot layer
 * holds every automatic module on the module path: a jar without {@code Automatic-Module-Name} (such as
 * {@code aws-cdk-lib}) anywhere in the kit's dependencies fails this test.
 */
class KitOnTheModulePathTest {

    @Test
    void theKitIsAnExplicitModuleOnTheModulePath() {
        Module kit = ProviderConformanceKit.class.getModule();
        assertTrue(kit.isNamed(), "the kit runs as a named module");
        assertEquals("io.github.sfntasks.conformance", kit.getName());
        assertFalse(kit.getDescriptor().isAutomatic(), "the kit has a module-info");
        assertTrue(getClass().getModule().isNamed(), "this test runs in the consumer's module");
        assertTrue(getClass().getModule().canRead(kit), "the consumer reads the kit");
    }

    @Test
    void noModuleIsNamedFromItsFileName() throws IOException {
        List<String> fileNamed = new ArrayList<>();
        TreeSet<String> automatic = new TreeSet<>();
        for (ResolvedModule m : ModuleLayer.boot().configuration().modules()) {
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
        assertTrue(automatic.contains("com.tngtech.archunit"), "ArchUnit, the kit's one automatic module, is resolved: "
                + automatic);
        assertEquals(List.of(), fileNamed, "automatic modules named from their file names on the kit's module path");
    }

}
