package io.github.sfntasks.conformance.internal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.sfntasks.api.spi.TaskProvider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Discovery of providers on the class path and on the module path, and the agreement of their two
 * registrations. The module path is real: a {@link ModuleLayer} built from the jars (or class directories) of the
 * running class path that hold named modules (sfn-tasks, Jackson, the providers), with a fresh class loader under
 * the platform loader, so that nothing is shared with the class-path copies; providers are then found by that
 * layer's own {@code TaskRegistry.load(ModuleLayer)}.
 */
public final class Discovery {

    /** The service every provider implements. */
    public static final String SERVICE = TaskProvider.class.getName();
    private static final String SERVICES_FILE = "META-INF/services/" + SERVICE;

    private static volatile Layer layer;

    private Discovery() {
    }

    /**
     * The module layer of the class path and what its registry found.
     *
     * @param layer the layer, or {@code null} when it could not be built
     * @param providers type id to provider class name, of the providers its {@code TaskRegistry} found
     * @param problems what the registry reported, and why the layer could not be built
     * @param modules the modules in it
     */
    public record Layer(ModuleLayer layer, Map<String, String> providers, List<String> problems, Set<String> modules) {
    }

    /**
     * @return the class path entries of the running JVM, and its module path entries when tests run on the module
     *         path (surefire's default for a module with a {@code module-info})
     */
    public static List<Path> classPath() {
        List<Path> out = new ArrayList<>();
        String entries = System.getProperty("java.class.path", "") + java.io.File.pathSeparator
                + System.getProperty("jdk.module.path", "");
        for (String e : entries.split(java.io.File.pathSeparator)) {
            if (!e.isBlank()) {
                Path p = Paths.get(e);
                if (Files.exists(p) && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** @return the layer built from the class path (built once per JVM) */
    public static Layer moduleLayer() {
        Layer l = layer;
        if (l == null) {
            synchronized (Discovery.class) {
                l = layer;
                if (l == null) {
                    l = buildLayer(classPath());
                    layer = l;
                }
            }
        }
        return l;
    }

    /**
     * @param entries class path entries
     * @return a layer of the named modules among them that provide {@link TaskProvider}, with what they need
     */
    public static Layer buildLayer(List<Path> entries) {
        List<String> problems = new ArrayList<>();
        List<Path> usable = new ArrayList<>();
        Set<String> roots = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Path p : entries) {
            Set<ModuleReference> refs;
            try {
                refs = ModuleFinder.of(p).findAll();
            } catch (RuntimeException e) {
                continue; // not a module (an invalid automatic name, say): not on the module path
            }
            for (ModuleReference ref : refs) {
                ModuleDescriptor d = ref.descriptor();
                boolean provider = d.provides().stream().anyMatch(x -> x.service().equals(SERVICE));
                if (d.isAutomatic() && !provider) {
                    continue; // automatic modules are resolved all at once; only provider jars are wanted
                }
                if (!seen.add(d.name())) {
                    continue;
                }
                usable.add(p);
                if (provider || d.name().equals("io.github.sfntasks.core")) {
                    roots.add(d.name());
                }
            }
        }
        try {
            ModuleFinder finder = ModuleFinder.of(usable.toArray(Path[]::new));
            Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), roots);
            ModuleLayer ml = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
            ClassLoader core = ml.findLoader("io.github.sfntasks.core");
            Class<?> registryType = core.loadClass("io.github.sfntasks.core.TaskRegistry");
            Object registry = registryType.getMethod("load", ModuleLayer.class).invoke(null, ml);
            Class<?> spi = core.loadClass(SERVICE);
            Method typeId = spi.getMethod("typeId");
            Map<String, String> found = new TreeMap<>();
            for (Object p : (List<?>) registryType.getMethod("providers").invoke(registry)) {
                found.put((String) typeId.invoke(p), p.getClass().getName());
            }
            for (Object problem : (List<?>) registryType.getMethod("problems").invoke(registry)) {
                problems.add(problem.toString());
            }
            Set<String> modules = new TreeSet<>();
            ml.modules().forEach(m -> modules.add(m.getName()));
            return new Layer(ml, found, problems, modules);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
            problems.add("a module layer of " + roots + " could not be built from the class path: " + cause);
            return new Layer(null, Map.of(), problems, Set.of());
        }
    }

    /**
     * @param type a provider class
     * @return its jar or class directory
     */
    public static Optional<Path> location(Class<?> type) {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return Optional.empty();
        }
        try {
            URL url = cs.getLocation();
            return Optional.of(Paths.get(url.toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The two registrations of a jar or class directory.
     *
     * @param location the jar or directory
     * @param module the module name, or {@code null} when it has no {@code module-info} (automatic or plain)
     * @param moduleProvides the classes {@code module-info} names in {@code provides TaskProvider with}
     * @param serviceFile the classes {@code META-INF/services/io.github.sfntasks.api.spi.TaskProvider} lists
     * @param requires the modules {@code module-info} requires
     * @param unqualifiedInternalExports packages with {@code internal} in their name exported to everyone
     */
    public record Registrations(Path location, String module, Set<String> moduleProvides, Set<String> serviceFile,
                                Set<String> requires, Set<String> unqualifiedInternalExports) {
    }

    /**
     * @param location a jar or class directory
     * @return its registrations
     * @throws IOException when it cannot be read
     */
    public static Registrations registrations(Path location) throws IOException {
        Set<String> services = new TreeSet<>(lines(location, SERVICES_FILE));
        ModuleDescriptor d = descriptor(location);
        if (d == null || d.isAutomatic()) {
            return new Registrations(location, null, Set.of(), services, Set.of(), Set.of());
        }
        Set<String> provides = new TreeSet<>();
        d.provides().stream().filter(p -> p.service().equals(SERVICE)).forEach(p -> provides.addAll(p.providers()));
        Set<String> requires = new TreeSet<>();
        d.requires().forEach(r -> requires.add(r.name()));
        Set<String> internal = new TreeSet<>();
        d.exports().stream().filter(e -> !e.isQualified() && isInternal(e.source())).forEach(e -> internal.add(e.source()));
        return new Registrations(location, d.name(), provides, services, requires, internal);
    }

    /** @param pkg a package @return whether it is an internal one ({@code ...internal} or {@code ...internal.x}) */
    public static boolean isInternal(String pkg) {
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }

    /**
     * @param location a jar or class directory
     * @return its explicit or automatic module descriptor, or {@code null} when it is neither
     */
    public static ModuleDescriptor descriptor(Path location) {
        try {
            Set<ModuleReference> refs = ModuleFinder.of(location).findAll();
            return refs.isEmpty() ? null : refs.iterator().next().descriptor();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The type-id index a provider jar may carry (read by sfn-tasks core's {@code TaskRegistry}). */
    public static final String TYPE_ID_INDEX = "META-INF/sfn-tasks/type-ids";

    /**
     * @param location a jar or class directory
     * @return its {@value #TYPE_ID_INDEX}: provider class name to type id, in the order listed (empty when it has none);
     *         a line that is not two fields is listed under its text with the type id {@code null}
     * @throws IOException when it cannot be read
     */
    public static Map<String, String> typeIdIndex(Path location) throws IOException {
        Map<String, String> index = new LinkedHashMap<>();
        for (String line : lines(location, TYPE_ID_INDEX)) {
            String[] fields = line.split("\\s+");
            index.put(fields.length == 2 ? fields[1] : line, fields.length == 2 ? fields[0] : null);
        }
        return index;
    }

    /** @return the entry's lines without {@code #} comments, trimmed, blank ones left out (none when it is absent) */
    private static List<String> lines(Path location, String entry) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = open(location, entry)) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    int hash = line.indexOf('#');
                    String s = (hash >= 0 ? line.substring(0, hash) : line).trim();
                    if (!s.isEmpty()) {
                        lines.add(s);
                    }
                }
            }
        }
        return lines;
    }

    private static InputStream open(Path location, String entry) throws IOException {
        if (Files.isDirectory(location)) {
            Path f = location.resolve(entry);
            return Files.exists(f) ? Files.newInputStream(f) : null;
        }
        JarFile jar = new JarFile(location.toFile());
        ZipEntry e = jar.getEntry(entry);
        if (e == null) {
            jar.close();
            return null;
        }
        InputStream in = jar.getInputStream(e);
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                super.close();
                jar.close();
            }
        };
    }

    /**
     * @return the providers {@link ServiceLoader} finds on the class path (the context class loader): type id to
     *         class name; a provider that fails to load is listed under {@code !load-failure} with the reason
     */
    public static Map<String, String> classPathProviders() {
        Map<String, String> out = new TreeMap<>();
        var it = ServiceLoader.load(TaskProvider.class, Thread.currentThread().getContextClassLoader()).iterator();
        int failures = 0;
        while (failures < 100) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                TaskProvider p = it.next();
                out.put(p.typeId(), p.getClass().getName());
            } catch (java.util.ServiceConfigurationError | RuntimeException e) {
                out.put("!load-failure-" + failures++, String.valueOf(e.getMessage()));
            }
        }
        return out;
    }

    private static final Map<String, List<String>> ARCHITECTURE = new LinkedHashMap<>();

    /**
     * @param location a provider's jar or class directory
     * @param packageName the provider's package: its classes there and below are checked
     * @return their dependencies on what a provider must not use: sfn-tasks core, the conformance kit, the API's
     *         internal package
     */
    public static synchronized List<String> forbiddenDependencies(Path location, String packageName) {
        return ARCHITECTURE.computeIfAbsent(location + "!" + packageName, key -> {
            // Only the provider's own classes matter: do not resolve what they reference from the class path.
            JavaClasses[] imported = new JavaClasses[1];
            com.tngtech.archunit.ArchConfiguration.withThreadLocalScope(config -> {
                config.setResolveMissingDependenciesFromClassPath(false);
                imported[0] = new ClassFileImporter().importPath(location);
            });
            JavaClasses classes = imported[0];
            ArchRule rule = noClasses().that().resideInAPackage(packageName + "..").should().dependOnClassesThat().resideInAnyPackage(
                            "io.github.sfntasks.core..", "io.github.sfntasks.conformance..")
                    .because("a provider depends on sfn-tasks-api (and sfn-tasks-provider-support) only; core is the engine").allowEmptyShould(true);
            EvaluationResult r = rule.evaluate(classes);
            return r.hasViolation() ? List.copyOf(r.getFailureReport().getDetails()) : List.of();
        });
    }
}
