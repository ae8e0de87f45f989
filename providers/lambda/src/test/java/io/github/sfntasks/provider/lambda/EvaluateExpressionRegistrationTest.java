package io.github.sfntasks.provider.lambda;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module registers its providers twice, agreeing, and both EvaluateExpression forms are among them. */
class EvaluateExpressionRegistrationTest {

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
        Set<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals(TaskProvider.class.getName()))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(services, provided);
        assertTrue(services.containsAll(List.of(EvaluateExpressionProvider.class.getName(),
                EvaluateExpressionInlineProvider.class.getName())), services.toString());
    }

    @Test
    void serviceLoaderFindsBothFormsByTypeId() {
        Set<String> ids = ServiceLoader.load(TaskProvider.class).stream().map(ServiceLoader.Provider::get)
                .map(TaskProvider::typeId).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(ids.containsAll(List.of("lambda:evaluateExpression", "jsonata:evaluateExpression")), ids.toString());
    }
}
