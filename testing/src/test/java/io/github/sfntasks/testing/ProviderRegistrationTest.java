package io.github.sfntasks.testing;

import io.github.sfntasks.api.spi.TaskProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.spi.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderRegistrationTest {

    /** Compiles a one-provider module into {@code dir} and returns its class loader. */
    private static URLClassLoader module(Path dir, String serviceFile) throws IOException {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(src.resolve("p"));
        Files.writeString(src.resolve("module-info.java"), "module fake.module { requires io.github.sfntasks.api;"
                + " provides io.github.sfntasks.api.spi.TaskProvider with p.A, p.B; }");
        for (String name : new String[] {"A", "B"}) {
            Files.writeString(src.resolve("p/" + name + ".java"), "package p; public final class " + name
                    + " implements io.github.sfntasks.api.spi.TaskProvider {"
                    + " public String typeId() { return \"p:" + name + "\"; }"
                    + " public java.util.Set<io.github.sfntasks.api.IntegrationPattern> integrationPatterns() {"
                    + " return java.util.Set.of(io.github.sfntasks.api.IntegrationPattern.REQUEST_RESPONSE); }"
                    + " public com.fasterxml.jackson.databind.node.ObjectNode propertiesSchema() { return null; }"
                    + " public io.github.sfntasks.api.spi.Task create(io.github.sfntasks.api.spi.TaskRequest r) { return null; } }");
        }
        String modulePath = System.getProperty("java.class.path");
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        int rc = javac.run(System.out, System.err, "-d", classes.toString(), "--module-path", modulePath,
                src.resolve("module-info.java").toString(), src.resolve("p/A.java").toString(), src.resolve("p/B.java").toString());
        assertEquals(0, rc, "javac");
        Path services = classes.resolve(ProviderRegistration.SERVICE_FILE);
        Files.createDirectories(services.getParent());
        Files.writeString(services, serviceFile);
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, TaskProvider.class.getClassLoader());
    }

    @Test
    void acceptsAModuleWhoseTwoRegistrationsAgree(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = module(dir, "# the providers\np.A\n\np.B\n")) {
            Class<?> a = loader.loadClass("p.A");
            ModuleDescriptor d = ProviderRegistration.assertAgrees(a, a, loader.loadClass("p.B"));
            assertEquals("fake.module", d.name());
        }
    }

    @Test
    void rejectsAServiceFileThatDiffersFromModuleInfo(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = module(dir, "p.A\n")) {
            Class<?> a = loader.loadClass("p.A");
            AssertionFailedError e = assertThrows(AssertionFailedError.class,
                    () -> ProviderRegistration.assertAgrees(a, a, loader.loadClass("p.B")));
            assertTrue(e.getMessage().startsWith(ProviderRegistration.SERVICE_FILE), e.getMessage());
        }
    }

    @Test
    void rejectsAnExpectedListThatDiffersFromModuleInfo(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = module(dir, "p.A\np.B\n")) {
            Class<?> a = loader.loadClass("p.A");
            AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ProviderRegistration.assertAgrees(a, a));
            assertTrue(e.getMessage().contains("provides TaskProvider with"), e.getMessage());
        }
    }

    @Test
    void rejectsClassesWithoutAModuleDescriptor() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> ProviderRegistration.assertAgrees(Fake.class, Fake.class));
        assertTrue(e.getMessage().contains("no module-info.class"), e.getMessage());
    }
}
