package io.github.sfntasks.core;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.core.internal.TypeIdIndex;

import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The providers found by {@link ServiceLoader}, by type id. Thread-safe.
 *
 * <p><b>Lazy.</b> A registry instantiates a provider when its type id is first looked up, not before: rendering a
 * workflow that uses two type ids instantiates two providers, however many are on the path. It learns the type ids
 * without instantiating anything from each provider jar's {@code META-INF/sfn-tasks/type-ids} (one line per provider:
 * its type id and its class), which ServiceLoader's own lookup pairs with the classes it finds (loaded, not
 * initialised). A provider whose jar has no such index (or does not list it) is instantiated at discovery, as every
 * provider was before; so the index is an optimisation a third-party provider may skip, and the conformance kit checks
 * that an index agrees with its providers. {@link #providers()}, {@link #listing()} and {@link #problems()} instantiate
 * every provider.
 *
 * <p>Discovery never crashes the host, in the manner of SLF4J: a provider that fails to load is reported by class name
 * in {@link #problems()} and the rest still load; two providers with one type id are reported naming both classes and
 * modules, and looking that id up throws {@link ErrorCode#DUPLICATE_PROVIDER} (the other ids keep working); an index
 * that names another type id than the provider's own {@link TaskProvider#typeId()} is reported and the provider's own
 * id wins. Each problem is also logged once through {@link System.Logger} at WARNING.
 *
 * <pre>{@code
 * TaskRegistry registry = TaskRegistry.load();
 * TaskProvider lambda = registry.require("lambda:invoke");   // instantiates this provider only
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class TaskRegistry {

    private static final System.Logger LOG = System.getLogger(TaskRegistry.class.getName());

    /** Where providers come from: a ServiceLoader, read on first use, or the providers given to {@link #of}. */
    private final ServiceLoader<TaskProvider> loader;

    // All guarded by this. byId: type id (indexed, or the provider's own once instantiated) to the providers
    // claiming it, in discovery order within an id.
    private Map<String, List<Entry>> byId;
    private boolean verified;
    private final List<DiscoveryProblem> loadProblems = new ArrayList<>();
    private List<DiscoveryProblem> duplicateProblems = List.of();
    private final Set<String> logged = new LinkedHashSet<>();
    /** Lookups answered so far, read without the lock (a workflow looks the same ids up once per Task state). */
    private final Map<String, TaskProvider> answered = new ConcurrentHashMap<>();

    private TaskRegistry(ServiceLoader<TaskProvider> loader) {
        this.loader = loader;
    }

    /**
     * Discovers providers visible to this module: on the module path, every module that
     * {@code provides io.github.sfntasks.api.spi.TaskProvider}; on the class path, every
     * {@code META-INF/services/io.github.sfntasks.api.spi.TaskProvider} of the thread's context class loader.
     * Nothing is loaded until the first lookup.
     *
     * @return the registry
     */
    public static TaskRegistry load() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (TaskRegistry.class.getModule().isNamed() || cl == null) {
            return new TaskRegistry(ServiceLoader.load(TaskProvider.class));
        }
        return new TaskRegistry(ServiceLoader.load(TaskProvider.class, cl));
    }

    /**
     * @param classLoader the class loader to search
     * @return the registry of the providers it finds
     */
    public static TaskRegistry load(ClassLoader classLoader) {
        return new TaskRegistry(ServiceLoader.load(TaskProvider.class, classLoader));
    }

    /**
     * @param layer a module layer (and its parents) to search
     * @return the registry of the providers it finds
     */
    public static TaskRegistry load(ModuleLayer layer) {
        return new TaskRegistry(ServiceLoader.load(layer, TaskProvider.class));
    }

    /**
     * @param providers providers given by hand (tests, embedding)
     * @return the registry
     */
    public static TaskRegistry of(TaskProvider... providers) {
        TaskRegistry r = new TaskRegistry(null);
        synchronized (r) {
            r.byId = new TreeMap<>();
            for (TaskProvider p : providers) {
                Entry e = new Entry(p.getClass(), null, null, p);
                e.ownId = r.ownId(e);
                List<Entry> claims = e.ownId == null ? List.of() : r.byId.getOrDefault(e.ownId, List.of());
                if (e.ownId != null && claims.stream().noneMatch(c -> c.type == e.type)) {
                    r.file(e); // the same class twice under one id is one provider
                }
            }
            r.verified = true;
            r.findDuplicates();
        }
        return r;
    }

    /**
     * The provider of a type id, instantiated on first use. A type id no provider has exactly reaches the provider
     * with the longest id that, followed by {@code :}, is a prefix of it ({@code aws-sdk:s3:getObject} reaches
     * {@code aws-sdk}).
     *
     * @param typeId a type id
     * @return the provider, or empty
     * @throws SfnTasksException ({@link ErrorCode#DUPLICATE_PROVIDER}) when two providers claim the id
     */
    public Optional<TaskProvider> find(String typeId) {
        Objects.requireNonNull(typeId, "typeId");
        TaskProvider known = answered.get(typeId);
        if (known != null) {
            return Optional.of(known);
        }
        return resolve(typeId);
    }

    private synchronized Optional<TaskProvider> resolve(String typeId) {
        catalog();
        String id = typeId;
        while (true) {
            List<Entry> claims = byId.get(id);
            if (claims != null && claims.size() > 1) {
                if (!verified) {
                    verifyAll(); // an index may be stale: only the providers themselves can confirm a duplicate
                    continue;
                }
                throw new SfnTasksException(ErrorCode.DUPLICATE_PROVIDER, duplicateMessage(id, claims));
            }
            if (claims != null && claims.size() == 1) {
                Entry e = claims.get(0);
                if (instantiate(e) == null) {
                    claims.clear(); // reported; look the id up again, as if it had never been there
                    continue;
                }
                if (!id.equals(e.ownId)) {
                    verifyAll(); // the index disagrees with the provider: rebuild every id from the providers
                    continue;
                }
                answered.put(typeId, e.instance); // under the lock, so verifyAll's clear() cannot be overtaken
                return Optional.of(e.instance);
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
                "no provider for \"" + typeId + "\"; known: " + knownIds()
                        + ". Add the provider module that has it to the class or module path"));
    }

    private synchronized Set<String> knownIds() {
        catalog();
        Set<String> ids = new LinkedHashSet<>();
        byId.forEach((id, claims) -> {
            if (!claims.isEmpty()) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** @return every provider (each instantiated), sorted by type id (duplicated ids excluded) */
    public synchronized List<TaskProvider> providers() {
        List<TaskProvider> out = new ArrayList<>();
        for (List<Entry> claims : all().values()) {
            if (claims.size() == 1) {
                out.add(claims.get(0).instance);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Everything discovery could not do, over every provider on the path (each is instantiated to find out).
     *
     * @return the problems, load failures first (empty when all went well)
     */
    public synchronized List<DiscoveryProblem> problems() {
        all();
        return problemsSoFar();
    }

    /**
     * What discovery could not do among the providers instantiated so far, without instantiating more: for a caller
     * that reports problems after a run (a failed provider it needed, two providers with an id it used) and does not
     * want the cost of loading every provider. {@link #problems()} gives them all.
     *
     * @return the problems found so far, load failures first
     */
    public synchronized List<DiscoveryProblem> problemsSoFar() {
        if (byId == null) {
            return List.of();
        }
        List<DiscoveryProblem> out = new ArrayList<>(loadProblems);
        out.addAll(duplicateProblems);
        return Collections.unmodifiableList(out);
    }

    /** @return one entry per provider (each instantiated), sorted by type id: type, patterns, module, version */
    public synchronized List<ProviderInfo> listing() {
        List<ProviderInfo> out = new ArrayList<>();
        for (TaskProvider p : providers()) {
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

    /** One provider class found: where ServiceLoader has it, the type id its index gives, and once made, itself. */
    private static final class Entry {
        final Class<?> type;
        final ServiceLoader.Provider<TaskProvider> source;
        final String indexedId;
        TaskProvider instance;
        String ownId;
        boolean failed;

        Entry(Class<?> type, ServiceLoader.Provider<TaskProvider> source, String indexedId, TaskProvider instance) {
            this.type = type;
            this.source = source;
            this.indexedId = indexedId;
            this.instance = instance;
        }
    }

    /** Reads what ServiceLoader finds, once: each provider class with its indexed type id, or instantiated when none. */
    private void catalog() {
        if (byId != null) {
            return;
        }
        byId = new TreeMap<>();
        TypeIdIndex index = new TypeIdIndex();
        Set<Class<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Iterator<ServiceLoader.Provider<TaskProvider>> it = loader.stream().iterator();
        // A broken entry makes next()/hasNext() throw; the iterator moves past it, so go on. The bound
        // stops a loader that keeps failing on the same entry.
        for (int failures = 0; failures < 1000; ) {
            ServiceLoader.Provider<TaskProvider> source;
            Class<?> type;
            try {
                if (!it.hasNext()) {
                    break;
                }
                source = it.next();
                type = source.type();
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                failures++;
                problem(new DiscoveryProblem(ErrorCode.PROVIDER_LOAD_FAILED,
                        "a TaskProvider could not be loaded and is skipped: " + describe(e)));
                continue;
            }
            if (!seen.add(type)) {
                continue; // the same class seen twice (module path and class path): one provider
            }
            Entry e = new Entry(type, source, index.typeIdOf(type), null);
            if (e.indexedId == null && instantiate(e) == null) {
                continue;
            }
            file(e);
        }
        verified = false;
        findDuplicates();
    }

    /** Files an entry under its own type id once instantiated, else under its indexed one. */
    private void file(Entry e) {
        if (e.instance != null && e.ownId == null) {
            e.ownId = ownId(e);
            if (e.ownId == null) {
                return;
            }
        }
        byId.computeIfAbsent(e.ownId != null ? e.ownId : e.indexedId, k -> new ArrayList<>()).add(e);
    }

    /** @return the entry's provider, instantiated now if need be; {@code null} (and a problem reported) if it fails */
    private TaskProvider instantiate(Entry e) {
        if (e.instance == null && !e.failed) {
            try {
                e.instance = e.source.get();
            } catch (ServiceConfigurationError | LinkageError | RuntimeException x) {
                e.failed = true;
                problem(new DiscoveryProblem(ErrorCode.PROVIDER_LOAD_FAILED,
                        e.type.getName() + " could not be instantiated and is skipped: " + describe(x)));
                return null;
            }
            e.ownId = ownId(e);
            if (e.ownId == null) {
                e.failed = true;
                return null;
            }
            if (e.indexedId != null && !e.indexedId.equals(e.ownId)) {
                problem(new DiscoveryProblem(ErrorCode.PROVIDER_LOAD_FAILED, where(e.instance) + " has type id \""
                        + e.ownId + "\" but its jar's " + TypeIdIndex.RESOURCE + " says \"" + e.indexedId
                        + "\"; it is used under \"" + e.ownId + "\". Correct the index"));
            }
        }
        return e.failed ? null : e.instance;
    }

    /** @return the instantiated provider's type id, or {@code null} (and a problem reported) when it has none */
    private String ownId(Entry e) {
        String id;
        try {
            id = e.instance.typeId();
        } catch (RuntimeException x) {
            problem(new DiscoveryProblem(ErrorCode.PROVIDER_LOAD_FAILED,
                    e.type.getName() + " failed in typeId() and is skipped: " + x));
            return null;
        }
        if (id == null || id.isBlank()) {
            problem(new DiscoveryProblem(ErrorCode.PROVIDER_LOAD_FAILED, e.type.getName() + " has no type id and is skipped"));
            return null;
        }
        return id;
    }

    /** Instantiates every provider and files each under its own type id: what an eager discovery would have found. */
    private void verifyAll() {
        answered.clear(); // an answer given from a stale index is not given again
        Map<String, List<Entry>> before = byId;
        byId = new TreeMap<>();
        for (List<Entry> claims : before.values()) {
            for (Entry e : claims) {
                if (instantiate(e) != null) {
                    file(e);
                }
            }
        }
        verified = true;
        findDuplicates();
    }

    private Map<String, List<Entry>> all() {
        catalog();
        if (!verified) {
            verifyAll();
        }
        return byId;
    }

    private void findDuplicates() {
        List<DiscoveryProblem> found = new ArrayList<>();
        byId.forEach((id, claims) -> {
            if (claims.size() > 1) {
                found.add(new DiscoveryProblem(ErrorCode.DUPLICATE_PROVIDER, duplicateMessage(id, claims)));
            }
        });
        duplicateProblems = List.copyOf(found);
        found.forEach(this::log);
    }

    private void problem(DiscoveryProblem problem) {
        loadProblems.add(problem);
        log(problem);
    }

    private void log(DiscoveryProblem problem) {
        if (logged.add(problem.toString())) {
            LOG.log(System.Logger.Level.WARNING, problem.toString());
        }
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            sb.append("; caused by ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
        }
        return sb.toString();
    }

    private static String where(TaskProvider p) {
        return where(p.getClass());
    }

    private static String where(Class<?> type) {
        Module m = type.getModule();
        return type.getName() + " (module " + (m.isNamed() ? m.getName() : "unnamed") + ")";
    }

    private static String duplicateMessage(String id, List<Entry> claims) {
        StringBuilder sb = new StringBuilder("type id \"" + id + "\" is claimed by " + claims.size() + " providers: ");
        for (int i = 0; i < claims.size(); i++) {
            sb.append(i == 0 ? "" : " and ").append(where(claims.get(i).type));
        }
        return sb.append("; remove one of them from the path").toString();
    }
}
