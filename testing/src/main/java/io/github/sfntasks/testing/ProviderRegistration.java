package io.github.sfntasks.testing;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks that a provider module registers its {@link TaskProvider}s twice, alike: {@code provides ... with} in
 * its {@code module-info} (for the module path) and {@code META-INF/services} (for the class path).
 *
 * <pre>{@code
 * @Test
 * void registersItsProvidersTwiceAlike() {
 *     ProviderRegistration.assertAgrees(SqsSendMessageProvider.class, SqsSendMessageProvider.class);
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class ProviderRegistration {

    /** Where the class-path registration lives. */
    public static final String SERVICE_FILE = "META-INF/services/" + TaskProvider.class.getName();

    private ProviderRegistration() {
    }

    /**
     * Asserts, for the module (jar or classes directory) that holds {@code anyClassOfTheModule}, that
     * <ol>
     *   <li>its compiled {@code module-info.class}, read with {@link ModuleDescriptor#read(java.nio.ByteBuffer)}, declares
     *       {@code provides io.github.sfntasks.api.spi.TaskProvider with} exactly {@code expectedProviders}, in order;</li>
     *   <li>its {@code META-INF/services/io.github.sfntasks.api.spi.TaskProvider} lists the same classes, in the same order (blank lines and {@code #}
     *       comments aside);</li>
     *   <li>{@link ServiceLoader} finds and instantiates each of them, once, and no other provider of that
     *       module.</li>
     * </ol>
     *
     * @param anyClassOfTheModule a class loaded from the provider module's code source
     * @param expectedProviders the provider classes, in registration order
     * @return the module's descriptor, for further checks (its name, say)
     */
    public static ModuleDescriptor assertAgrees(Class<?> anyClassOfTheModule, Class<?>... expectedProviders) {
        Objects.requireNonNull(anyClassOfTheModule, "anyClassOfTheModule");
        assertTrue(expectedProviders.length > 0, "name at least one expected provider");
        Path location = location(anyClassOfTheModule);
        List<String> expected = Arrays.stream(expectedProviders).map(Class::getName).toList();
        for (Class<?> c : expectedProviders) {
            assertTrue(TaskProvider.class.isAssignableFrom(c), () -> c.getName() + " is not a TaskProvider");
            assertEquals(location, location(c), () -> c.getName() + " is not in the module of " + anyClassOfTheModule.getName());
        }

        ModuleDescriptor descriptor = ModuleDescriptor.read(java.nio.ByteBuffer.wrap(entry(location, "module-info.class")));
        List<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals(TaskProvider.class.getName()))
                .flatMap(p -> p.providers().stream())
                .toList();
        assertEquals(expected, provided, () -> "module " + descriptor.name() + " (" + location + ") provides TaskProvider with");

        List<String> listed = new ArrayList<>();
        new String(entry(location, SERVICE_FILE), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(listed::add);
        assertEquals(expected, listed, () -> SERVICE_FILE + " in " + location);

        List<String> found = new ArrayList<>();
        for (ServiceLoader.Provider<TaskProvider> p
                : ServiceLoader.load(TaskProvider.class, anyClassOfTheModule.getClassLoader()).stream().toList()) {
            if (location.equals(location(p.type()))) {
                TaskProvider instance = p.get();
                assertNotNull(instance.typeId(), () -> p.type().getName() + ".typeId()");
                found.add(p.type().getName());
            }
        }
        assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList(),
                () -> "ServiceLoader finds in " + location);
        return descriptor;
    }

    private static Path location(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        assertNotNull(source, () -> "no code source for " + c.getName());
        URL url = source.getLocation();
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            return fail("code source of " + c.getName() + " is not a path: " + url, e);
        }
    }

    private static byte[] entry(Path location, String name) {
        try {
            if (Files.isDirectory(location)) {
                Path file = location.resolve(name);
                assertTrue(Files.isRegularFile(file), () -> "no " + name + " in " + location);
                return Files.readAllBytes(file);
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                ZipEntry e = jar.getEntry(name);
                assertNotNull(e, () -> "no " + name + " in " + location);
                try (InputStream in = jar.getInputStream(e)) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(location.toString(), e);
        }
    }
}
