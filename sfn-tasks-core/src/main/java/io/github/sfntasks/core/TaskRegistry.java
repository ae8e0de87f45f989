package io.github.sfntasks.core;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.api.spi.TaskProvider;

import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The providers found by {@link ServiceLoader}, by type id. Immutable and thread-safe.
 *
 * <p>Discovery never crashes the host, in the manner of SLF4J: a provider that fails to load is
 * reported by class name in {@link #problems()} and the rest still load; two providers with one type
 * id are reported naming both classes and modules, and looking that id up throws
 * {@link ErrorCode#DUPLICATE_PROVIDER} (the other ids keep working). Each problem is also logged once
 * through {@link System.Logger} at WARNING.
 *
 * <pre>{@code
 * TaskRegistry registry = TaskRegistry.load();
 * TaskProvider lambda = registry.require("lambda:invoke");
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class TaskRegistry {

    private static final System.Logger LOG = System.getLogger(TaskRegistry.class.getName());

    private final Map<String, TaskProvider> providers;
    private final Map<String, List<TaskProvider>> duplicates;
    private final List<DiscoveryProblem> problems;

    private TaskRegistry(Map<String, TaskProvider> providers, Map<String, List<TaskProvider>> duplicates,
                         List<DiscoveryProblem> problems) {
        this.providers = Collections.unmodifiableMap(providers);
        this.duplicates = Collections.unmodifiableMap(duplicates);
        this.problems = List.copyOf(problems);
    }

    /**
     * Discovers providers visible to this module: on the module path, every module that
     * {@code provides io.github.sfntasks.api.spi.TaskProvider}; on the class path, every
     * {@code META-INF/services/io.github.sfntasks.api.spi.TaskProvider} of the thread's context class loader.
     *
     * @return the registry
     */
    public static TaskRegistry load() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (TaskRegistry.class.getModule().isNamed() || cl == null) {
            return from(ServiceLoader.load(TaskProvider.class));
        }
        return from(ServiceLoader.load(TaskProvider.class, cl));
    }

    /**
     * @param classLoader the class loader to search
     * @return the registry of the providers it finds
     */
    public static TaskRegistry load(ClassLoader classLoader) {
        return from(ServiceLoader.load(TaskProvider.class, classLoader));
    }

    /**
     * @param layer a module layer (and its parents) to search
     * @return the registry of the providers it finds
     */
    public static TaskRegistry load(ModuleLayer layer) {
        return from(ServiceLoader.load(layer, TaskProvider.class));
    }

    /**
     * @param providers providers given by hand (tests, embedding)
     * @return the registry
     */
    public static TaskRegistry of(TaskProvider... providers) {
        Builder b = new Builder();
        for (TaskProvider p : providers) {
            b.add(p);
        }
        return b.build();
    }

    private static TaskRegistry from(ServiceLoader<TaskProvider> loader) {
        Builder b = new Builder();
        Iterator<TaskProvider> it = loader.iterator();
        // A broken entry makes next()/hasNext() throw; the iterator moves past it, so go on. The bound
        // stops a loader that keeps failing on the same entry.
        for (int failures = 0; failures < 1000; ) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                b.add(it.next());
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                failures++;
                b.problem(new DiscoveryProblem(ErrorCode.PROVIDER_LOAD_FAILED,
                        "a TaskProvider could not be loaded and is skipped: " + describe(e)));
            }
        }
        return b.build();
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            sb.append("; caused by ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
        }
        return sb.toString();
    }

    /**
     * The provider of a type id. A type id no provider has exactly reaches the provider with the
     * longest id that, followed by {@code :}, is a prefix of it ({@code aws-sdk:s3:getObject} reaches
     * {@code aws-sdk}).
     *
     * @param typeId a type id
     * @return the provider, or empty
     * @throws SfnTasksException ({@link ErrorCode#DUPLICATE_PROVIDER}) when two providers claim the id
     */
    public Optional<TaskProvider> find(String typeId) {
        Objects.requireNonNull(typeId, "typeId");
        String id = typeId;
        while (true) {
            List<TaskProvider> dup = duplicates.get(id);
            if (dup != null) {
                throw new SfnTasksException(ErrorCode.DUPLICATE_PROVIDER, duplicateMessage(id, dup));
            }
            TaskProvider p = providers.get(id);
            if (p != null) {
                return Optional.of(p);
            }
            int colon = id.lastIndexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            id = id.substring(0, colon);
        }
    }

    /**
     * @param typeId a type id
     * @return the provider
     * @throws SfnTasksException ({@link ErrorCode#UNKNOWN_PROVIDER}) listing the known ids when there is none
     */
    public TaskProvider require(String typeId) {
        return find(typeId).orElseThrow(() -> new SfnTasksException(ErrorCode.UNKNOWN_PROVIDER,
                "no provider for \"" + typeId + "\"; known: " + providers.keySet()
                        + ". Add the provider module that has it to the class or module path"));
    }

    /** @return the providers, sorted by type id (duplicated ids excluded) */
    public List<TaskProvider> providers() {
        return List.copyOf(providers.values());
    }

    /** @return what discovery could not do (empty when all went well) */
    public List<DiscoveryProblem> problems() {
        return problems;
    }

    /** @return one entry per provider, sorted by type id: type, patterns, module, version */
    public List<ProviderInfo> listing() {
        List<ProviderInfo> out = new ArrayList<>();
        for (TaskProvider p : providers.values()) {
            out.add(info(p));
        }
        return out;
    }

    /**
     * @param p a provider
     * @return its listing entry
     */
    public static ProviderInfo info(TaskProvider p) {
        Module m = p.getClass().getModule();
        String version = m.getDescriptor() != null
                ? m.getDescriptor().version().map(ModuleDescriptor.Version::toString).orElse(null) : null;
        if (version == null) {
            version = p.getClass().getPackage() != null ? p.getClass().getPackage().getImplementationVersion() : null;
        }
        return new ProviderInfo(p.typeId(), p.integrationPatterns(), p.description(), p.getClass().getName(),
                m.isNamed() ? m.getName() : "unnamed", version == null ? "unknown" : version);
    }

    private static String where(TaskProvider p) {
        Module m = p.getClass().getModule();
        return p.getClass().getName() + " (module " + (m.isNamed() ? m.getName() : "unnamed") + ")";
    }

    private static String duplicateMessage(String id, List<TaskProvider> ps) {
        StringBuilder sb = new StringBuilder("type id \"" + id + "\" is claimed by " + ps.size() + " providers: ");
        for (int i = 0; i < ps.size(); i++) {
            sb.append(i == 0 ? "" : " and ").append(where(ps.get(i)));
        }
        return sb.append("; remove one of them from the path").toString();
    }

    private static final class Builder {
        private final Map<String, List<TaskProvider>> byId = new TreeMap<>();
        private final List<DiscoveryProblem> problems = new ArrayList<>();

        void add(TaskProvider p) {
            String id;
            try {
                id = p.typeId();
            } catch (RuntimeException e) {
                problem(new DiscoveryProblem(ErrorCode.PROVIDER_LOAD_FAILED,
                        p.getClass().getName() + " failed in typeId() and is skipped: " + e));
                return;
            }
            if (id == null || id.isBlank()) {
                problem(new DiscoveryProblem(ErrorCode.PROVIDER_LOAD_FAILED,
                        p.getClass().getName() + " has no type id and is skipped"));
                return;
            }
            List<TaskProvider> list = byId.computeIfAbsent(id, k -> new ArrayList<>());
            for (TaskProvider existing : list) {
                if (existing.getClass() == p.getClass()) {
                    return; // the same class seen twice (module path and class path): one provider
                }
            }
            list.add(p);
        }

        void problem(DiscoveryProblem problem) {
            problems.add(problem);
        }

        TaskRegistry build() {
            Map<String, TaskProvider> single = new LinkedHashMap<>();
            Map<String, List<TaskProvider>> dups = new LinkedHashMap<>();
            byId.forEach((id, list) -> {
                if (list.size() == 1) {
                    single.put(id, list.get(0));
                } else {
                    dups.put(id, List.copyOf(list));
                    problems.add(new DiscoveryProblem(ErrorCode.DUPLICATE_PROVIDER, duplicateMessage(id, list)));
                }
            });
            for (DiscoveryProblem problem : problems) {
                LOG.log(System.Logger.Level.WARNING, problem.toString());
            }
            return new TaskRegistry(single, dups, problems);
        }
    }
}
