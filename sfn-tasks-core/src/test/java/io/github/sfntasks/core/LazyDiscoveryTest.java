package io.github.sfntasks.core;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.core.internal.TypeIdIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A registry instantiates only the providers it is asked for, when their jar's {@code META-INF/sfn-tasks/type-ids}
 * names their type ids; without an index, or with a wrong one, it finds what an eager discovery finds. Each test runs
 * its providers in a class loader of its own (their instance counters start at zero) that sees only the service file
 * and index the test writes.
 */
@ExtendWith(QuietDiscoveryLog.class)
class LazyDiscoveryTest {

    /** A provider that counts its instances; the subclasses below are the providers. */
    public abstract static class Counting implements TaskProvider {
        @Override
        public Set<IntegrationPattern> integrationPatterns() {
            return EnumSet.of(IntegrationPattern.REQUEST_RESPONSE);
        }

        @Override
        public ObjectNode propertiesSchema() {
            return JsonNodeFactory.instance.objectNode();
        }

        @Override
        public Task create(TaskRequest request) {
            throw new UnsupportedOperationException();
        }
    }

    /** {@code count:a}. */
    public static final class A extends Counting {
        public static final AtomicInteger INSTANCES = new AtomicInteger();

        public A() {
            INSTANCES.incrementAndGet();
        }

        @Override
        public String typeId() {
            return "count:a";
        }
    }

    /** {@code count:b}, standing for a provider a workflow does not use (SageMaker, when it uses Lambda). */
    public static final class B extends Counting {
        public static final AtomicInteger INSTANCES = new AtomicInteger();

        public B() {
            INSTANCES.incrementAndGet();
        }

        @Override
        public String typeId() {
            return "count:b";
        }
    }

    /** {@code count:broken}: its constructor throws. */
    public static final class Broken extends Counting {
        public static final AtomicInteger INSTANCES = new AtomicInteger();

        public Broken() {
            INSTANCES.incrementAndGet();
            throw new IllegalStateException("broken on purpose");
        }

        @Override
        public String typeId() {
            return "count:broken";
        }
    }

    /** {@code count:a} again, from another class. */
    public static final class OtherA extends Counting {
        public static final AtomicInteger INSTANCES = new AtomicInteger();

        public OtherA() {
            INSTANCES.incrementAndGet();
        }

        @Override
        public String typeId() {
            return "count:a";
        }
    }

    private static final List<Class<?>> PROVIDERS = List.of(A.class, B.class, Broken.class, OtherA.class);

    @TempDir
    Path dir;

    /**
     * Loads the provider classes afresh (fresh counters) and shows ServiceLoader only the given service file and index,
     * not those of the providers on the test class path.
     */
    private static final class Isolated extends URLClassLoader {
        Isolated(Path dir) throws IOException {
            super(new URL[] {dir.toUri().toURL()}, LazyDiscoveryTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (PROVIDERS.stream().noneMatch(c -> c.getName().equals(name))) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return c;
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith("META-INF/") ? findResources(name) : super.getResources(name);
        }
    }

    private Isolated loader(List<Class<?>> services, String index) throws IOException {
        Path services1 = dir.resolve("META-INF/services");
        Files.createDirectories(services1);
        StringBuilder sb = new StringBuilder();
        services.forEach(c -> sb.append(c.getName()).append('\n'));
        Files.writeString(services1.resolve(TaskProvider.class.getName()), sb);
        if (index != null) {
            Path file = dir.resolve(TypeIdIndex.RESOURCE);
            Files.createDirectories(file.getParent());
            Files.writeString(file, index);
        }
        return new Isolated(dir);
    }

    private static int instances(ClassLoader loader, Class<?> type) throws Exception {
        return ((AtomicInteger) loader.loadClass(type.getName()).getField("INSTANCES").get(null)).get();
    }

    private static String line(String typeId, Class<?> type) {
        return typeId + "  " + type.getName() + "\n";
    }

    @Test
    void aLookupInstantiatesOnlyTheProviderOfItsTypeId() throws Exception {
        try (Isolated cl = loader(List.of(A.class, B.class), "# test index\n" + line("count:a", A.class) + line("count:b", B.class))) {
            TaskRegistry r = TaskRegistry.load(cl);
            assertEquals(0, instances(cl, A.class) + instances(cl, B.class), "nothing instantiated by load()");

            TaskProvider a = r.require("count:a");
            assertEquals("count:a", a.typeId());
            assertEquals(cl, a.getClass().getClassLoader(), "the isolated class, not the test's");
            r.require("count:a");
            r.find("count:a:with:more"); // the longest-prefix rule reaches count:a without looking further
            assertEquals(1, instances(cl, A.class), "count:a instantiated once");
            assertEquals(0, instances(cl, B.class), "count:b, not used, never instantiated");
            assertEquals(List.of(), r.problemsSoFar());

            SfnTasksException unknown = assertThrows(SfnTasksException.class, () -> r.require("count:c"));
            assertTrue(unknown.getMessage().contains("[count:a, count:b]"), unknown.getMessage());
            assertEquals(0, instances(cl, B.class), "listing the known ids in an error instantiates nothing");

            assertEquals(List.of("count:a", "count:b"), r.providers().stream().map(TaskProvider::typeId).toList());
            assertEquals(1, instances(cl, A.class));
            assertEquals(1, instances(cl, B.class), "providers() instantiates the rest, once");
        }
    }

    @Test
    void withoutAnIndexEveryProviderIsInstantiatedAtDiscoveryAsBefore() throws Exception {
        try (Isolated cl = loader(List.of(A.class, B.class), null)) {
            TaskRegistry r = TaskRegistry.load(cl);
            assertEquals("count:a", r.require("count:a").typeId());
            assertEquals(1, instances(cl, A.class));
            assertEquals(1, instances(cl, B.class), "no index: its type id is known only by instantiating it");
            assertEquals(List.of(), r.problems());
        }
    }

    @Test
    void aWrongIndexIsReportedAndTheProvidersOwnTypeIdsWin() throws Exception {
        // The index swaps the two ids: what a provider says of itself is the truth.
        try (Isolated cl = loader(List.of(A.class, B.class), line("count:b", A.class) + line("count:a", B.class))) {
            TaskRegistry r = TaskRegistry.load(cl);
            TaskProvider a = r.require("count:a");
            assertEquals(A.class.getName(), a.getClass().getName());
            assertEquals(B.class.getName(), r.require("count:b").getClass().getName());
            List<DiscoveryProblem> problems = r.problemsSoFar();
            assertEquals(2, problems.size(), problems.toString());
            assertEquals(ErrorCode.PROVIDER_LOAD_FAILED, problems.get(0).code());
            assertTrue(problems.stream().anyMatch(p -> p.message().contains(A.class.getName() + " (module unnamed) has type id"
                    + " \"count:a\" but its jar's META-INF/sfn-tasks/type-ids says \"count:b\"")), problems.toString());
        }
    }

    @Test
    void aBrokenProviderNobodyUsesIsReportedByProblemsNotByALookup() throws Exception {
        try (Isolated cl = loader(List.of(A.class, Broken.class),
                line("count:a", A.class) + line("count:broken", Broken.class))) {
            TaskRegistry r = TaskRegistry.load(cl);
            assertEquals("count:a", r.require("count:a").typeId());
            assertEquals(0, instances(cl, Broken.class));
            assertEquals(List.of(), r.problemsSoFar());

            List<DiscoveryProblem> all = r.problems();
            assertEquals(1, all.size(), all.toString());
            assertEquals(ErrorCode.PROVIDER_LOAD_FAILED, all.get(0).code());
            assertTrue(all.get(0).message().startsWith(Broken.class.getName() + " could not be instantiated and is skipped"),
                    all.get(0).message());
            assertTrue(all.get(0).message().contains("broken on purpose"), all.get(0).message());
            assertTrue(r.find("count:broken").isEmpty(), "skipped, and looking it up again does not retry");
            assertEquals(1, instances(cl, Broken.class));
            assertEquals(List.of("count:a"), r.providers().stream().map(TaskProvider::typeId).toList());
        }
    }

    @Test
    void aBrokenProviderThatIsUsedIsReportedAtItsLookup() throws Exception {
        try (Isolated cl = loader(List.of(Broken.class), line("count:broken", Broken.class))) {
            TaskRegistry r = TaskRegistry.load(cl);
            SfnTasksException e = assertThrows(SfnTasksException.class, () -> r.require("count:broken"));
            assertEquals(ErrorCode.UNKNOWN_PROVIDER, e.code());
            assertEquals(1, r.problemsSoFar().size(), r.problemsSoFar().toString());
        }
    }

    @Test
    void twoProvidersOfOneTypeIdAreADuplicateAsBefore() throws Exception {
        try (Isolated cl = loader(List.of(A.class, OtherA.class, B.class),
                line("count:a", A.class) + line("count:a", OtherA.class) + line("count:b", B.class))) {
            TaskRegistry r = TaskRegistry.load(cl);
            assertEquals("count:b", r.require("count:b").typeId());
            assertEquals(0, instances(cl, A.class) + instances(cl, OtherA.class), "an unused duplicate costs nothing");
            SfnTasksException e = assertThrows(SfnTasksException.class, () -> r.find("count:a"));
            assertEquals(ErrorCode.DUPLICATE_PROVIDER, e.code());
            assertTrue(e.getMessage().contains(A.class.getName()) && e.getMessage().contains(OtherA.class.getName()),
                    e.getMessage());
            assertEquals(1, r.problems().size());
            assertEquals(ErrorCode.DUPLICATE_PROVIDER, r.problems().get(0).code());
        }
    }

    @Test
    void theIndexReaderSkipsCommentsBlankAndMalformedLines() throws Exception {
        java.util.Map<String, String> index = new java.util.HashMap<>();
        TypeIdIndex.parse(new java.io.ByteArrayInputStream(("# comment\n\n  lambda:invoke\tcom.example.Lambda  # trailing\n"
                + "only-one-field\nthree fields here\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), index);
        assertEquals(java.util.Map.of("com.example.Lambda", "lambda:invoke"), index);
        TypeIdIndex.parse(null, index);
        assertEquals(1, index.size());
    }

    @Test
    void providersGivenByHandAreFoundAsBefore() {
        TaskRegistry r = TaskRegistry.of(new A(), new A(), new B());
        assertInstanceOf(A.class, r.require("count:a"));
        assertEquals(2, r.providers().size(), "the same class twice under one id is one provider");
        assertEquals(List.of(), r.problems());
        assertEquals(Collections.emptyList(), r.problemsSoFar());
    }
}
