package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.TaskProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProviderRegistrationTest {

    private static final Set<String> PROVIDERS = Set.of(
            CallAwsServiceProvider.class.getName(), CallAwsServiceCrossRegionProvider.class.getName());

    @Test
    void moduleInfoAndMetaInfServicesListTheSameProviders() throws IOException {
        Set<String> services;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/services/" + TaskProvider.class.getName())) {
            services = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals("io.github.sfntasks.provider.awssdk", descriptor.name());
        Set<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals(TaskProvider.class.getName()))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(PROVIDERS), services);
        assertEquals(services, provided);
    }

    @Test
    void serviceLoaderFindsBothProvidersOnTheClassPath() {
        List<String> found = ServiceLoader.load(TaskProvider.class).stream()
                .map(ServiceLoader.Provider::type).map(Class::getName)
                .filter(PROVIDERS::contains).sorted().toList();
        assertEquals(PROVIDERS.stream().sorted().toList(), found);
    }
}
