package io.github.sfntasks.cli.internal;

import io.github.sfntasks.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, class 6: {@code render --out DIR} writes the definition and the policy as one unit. Two renders into one
 * DIR at once, or a render killed at any point, must never leave the definition of one render beside the policy of
 * another once the next render has run, nor a stray temporary file.
 */
class RenderOutIntegrityTest {

    private static final String[] CONTEXT = {"--partition", "aws", "--region", "us-east-1", "--account", "123456789012"};

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path example(String name) {
        return Path.of(System.getProperty("sfntasks.examples", "../examples")).resolve(name);
    }

    /** Two workflows whose definitions and policies all differ, and the pair each one renders to. */
    private record Pair(String definition, String policy) {
    }

    private Pair expected(Path workflow) throws IOException {
        Path dir = tmp.resolve("expected-" + workflow.getFileName());
        List<String> args = new ArrayList<>(List.of("render", workflow.toString(), "--out", dir.toString()));
        args.addAll(List.of(CONTEXT));
        Run r = run(args.toArray(String[]::new));
        assertEquals(Main.OK, r.exit(), r.toString());
        return read(dir);
    }

    private static Pair read(Path dir) throws IOException {
        return new Pair(Files.readString(dir.resolve(RenderCommand.DEFINITION_FILE)), Files.readString(dir.resolve(RenderCommand.POLICY_FILE)));
    }

    private static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp") || n.equals(AtomicFiles.JOURNAL_FILE)).toList();
        }
    }

    private static String[] renderInto(Path workflow, Path dir) {
        List<String> args = new ArrayList<>(List.of("render", workflow.toString(), "--out", dir.toString()));
        args.addAll(List.of(CONTEXT));
        return args.toArray(String[]::new);
    }

    @Test
    void anEmptyOutIsAUsageError() {
        Run r = run("render", example("order.json").toString(), "--out", "");
        assertEquals(Main.USAGE_OR_IO_ERROR, r.exit(), r.toString());
        assertTrue(r.err().contains("--out needs a folder name"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void concurrentRendersInOneJvmNeverMixThePair() throws Exception {
        Path a = example("order.json");
        Path b = example("sqs.yaml");
        Set<Pair> pairs = Set.of(expected(a), expected(b));
        assertEquals(2, pairs.size());
        Path out = tmp.resolve("out");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 8; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Run>> runs = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    Path wf = i % 2 == 0 ? a : b;
                    runs.add(pool.submit(() -> {
                        go.await();
                        return run(renderInto(wf, out));
                    }));
                }
                go.countDown();
                for (Future<Run> f : runs) {
                    Run r = f.get(60, TimeUnit.SECONDS);
                    assertEquals(Main.OK, r.exit(), r.toString());
                }
                assertTrue(pairs.contains(read(out)), "round " + round + ": the definition and the policy are of one render");
                assertEquals(List.of(), leftovers(out));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentRenderProcessesNeverMixThePair() throws Exception {
        Path a = example("order.json");
        Path b = example("sqs.yaml");
        Set<Pair> pairs = Set.of(expected(a), expected(b));
        Path out = tmp.resolve("out");
        for (int round = 0; round < 3; round++) {
            List<Process> procs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                procs.add(cli(renderInto(i % 2 == 0 ? a : b, out)).start());
            }
            for (Process p : procs) {
                assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a render process hung");
                assertEquals(Main.OK, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            assertTrue(pairs.contains(read(out)), "round " + round + ": the pair is of one process");
            assertEquals(List.of(), leftovers(out));
        }
    }

    /** The CLI as its own JVM, on this test's class path. */
    private static ProcessBuilder cli(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dsfntasks.examples=" + System.getProperty("sfntasks.examples", "../examples"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    @Test
    void sigkillAtRandomMomentsNeverLeavesAMixedPairOrAStrayTempAfterTheNextRender() throws Exception {
        Path a = example("order.json");
        Path b = example("sqs.yaml");
        Pair pa = expected(a);
        Pair pb = expected(b);
        Path out = tmp.resolve("out");
        assertEquals(Main.OK, run(renderInto(a, out)).exit());
        Random random = new Random(17);
        for (int trial = 0; trial < 4; trial++) {
            Process p = cli(renderInto(b, out)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // most of a cold run is the JVM starting: spread the kills over it and the writing at its end
            Thread.sleep(200 + random.nextInt(1200));
            p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally block runs
            p.waitFor(60, TimeUnit.SECONDS);
            Pair now = read(out);
            assertTrue(now.equals(pa) || now.equals(pb) || Files.exists(out.resolve(AtomicFiles.JOURNAL_FILE)),
                    "a mixed pair is only ever left with the journal that completes it");
            Run next = run(renderInto(a, out));
            assertEquals(Main.OK, next.exit(), next.toString());
            assertEquals(pa, read(out));
            assertEquals(List.of(), leftovers(out), "the next render removes what the killed one left");
        }
    }

    // Deterministic: the folder as a writer killed at each point of writeTogether leaves it, then the next render.

    private Path folderWithPair(Pair pair) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("killed"));
        Files.writeString(out.resolve(RenderCommand.DEFINITION_FILE), pair.definition());
        Files.writeString(out.resolve(RenderCommand.POLICY_FILE), pair.policy());
        return out;
    }

    @Test
    void killedWhileStagingLeavesTheOldPairAndItsTempsAreRemoved() throws IOException {
        Pair old = new Pair("{\"old\": \"definition\"}\n", "{\"old\": \"policy\"}\n");
        Path out = folderWithPair(old);
        Files.writeString(out.resolve(".definition.asl.json.k3x9.tmp"), "{\"half\":");
        AtomicFiles.recover(out, Set.of(RenderCommand.DEFINITION_FILE, RenderCommand.POLICY_FILE));
        assertEquals(old, read(out));
        assertEquals(List.of(), leftovers(out));
    }

    @Test
    void killedBetweenTheTwoRenamesIsCompletedByTheNextRender() throws IOException {
        // The journal is written (and renamed into place) before the first rename: the definition was moved, the
        // policy's temporary file waits.
        Pair fresh = new Pair("{\"new\": \"definition\"}\n", "{\"new\": \"policy\"}\n");
        Path out = folderWithPair(new Pair(fresh.definition(), "{\"old\": \"policy\"}\n"));
        Files.writeString(out.resolve(".policy.json.a1b2c3.tmp"), fresh.policy());
        Files.writeString(out.resolve(AtomicFiles.JOURNAL_FILE),
                ".definition.asl.json.z9y8x7.tmp\tdefinition.asl.json\n.policy.json.a1b2c3.tmp\tpolicy.json\n");
        // the next render into the folder fails (its workflow is broken), yet completes the interrupted one first
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"StartAt\": \"A\"}");
        Run r = run(renderInto(broken, out));
        assertEquals(Main.INVALID_WORKFLOW, r.exit(), r.toString());
        assertEquals(fresh, read(out));
        assertEquals(List.of(), leftovers(out));
    }

    @Test
    void killedAfterTheJournalBeforeAnyRenameMovesBothIntoPlace() throws IOException {
        Pair fresh = new Pair("{\"new\": \"definition\"}\n", "{\"new\": \"policy\"}\n");
        Path out = folderWithPair(new Pair("{\"old\": \"definition\"}\n", "{\"old\": \"policy\"}\n"));
        Files.writeString(out.resolve(".definition.asl.json.q1.tmp"), fresh.definition());
        Files.writeString(out.resolve(".policy.json.q2.tmp"), fresh.policy());
        Files.writeString(out.resolve(AtomicFiles.JOURNAL_FILE), ".definition.asl.json.q1.tmp\tdefinition.asl.json\n"
                + ".policy.json.q2.tmp\tpolicy.json\n");
        AtomicFiles.recover(out, Set.of(RenderCommand.DEFINITION_FILE, RenderCommand.POLICY_FILE));
        assertEquals(fresh, read(out));
        assertEquals(List.of(), leftovers(out));
    }

    @Test
    void aJournalCannotMoveFilesOutOfItsFolder() throws IOException {
        Path out = folderWithPair(new Pair("d", "p"));
        Path outside = Files.writeString(tmp.resolve("victim.txt"), "keep");
        Files.writeString(out.resolve(AtomicFiles.JOURNAL_FILE), "../victim.txt\tdefinition.asl.json\n");
        AtomicFiles.recover(out, Set.of(RenderCommand.DEFINITION_FILE, RenderCommand.POLICY_FILE));
        assertEquals("keep", Files.readString(outside));
        assertEquals(new Pair("d", "p"), read(out));
        assertFalse(Files.exists(out.resolve(AtomicFiles.JOURNAL_FILE)));
    }

    @Test
    void writeTogetherLeavesOnlyTheFilesAndTheLock() throws IOException {
        Path out = tmp.resolve("fresh");
        AtomicFiles.writeTogether(out, Map.of("a.json", "{}\n", "b.json", "[]\n"));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(AtomicFiles.LOCK_FILE, "a.json", "b.json"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
