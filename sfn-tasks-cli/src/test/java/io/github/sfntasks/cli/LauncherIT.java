package io.github.sfntasks.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher script {@code target/sfn-tasks} as a user runs it (after package): whichever runtime it picks (a JDK
 * 25+ with the build's AOT cache, or JAVA_HOME with the CDS archive), the output is the same, nothing is printed to
 * stderr, and a damaged or stale archive never breaks a run. And discovery is lazy on the real module path: rendering
 * a workflow of Lambda tasks loads none of the SageMaker module's task classes. Needs {@code sh} (skipped elsewhere).
 */
class LauncherIT {

    private static Path target;
    private static Path example;

    @BeforeAll
    static void paths() {
        Path modules = Path.of(System.getProperty("sfntasks.modules", "target/modules"));
        target = modules.toAbsolutePath().getParent();
        example = Path.of(System.getProperty("sfntasks.examples", "../examples")).resolve("order.json").toAbsolutePath();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("SFN_TASKS_JVM_OPTS");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Path err = Files.createTempFile("sfn-tasks-launcher", ".err");
        Process p = pb.redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        String stderr = Files.readString(err);
        Files.delete(err);
        return new Run(p.exitValue(), out, stderr);
    }

    private static void assumeLauncher() {
        assumeTrue(File.separatorChar == '/' && Files.isExecutable(Path.of("/bin/sh")),
                "the launcher is a POSIX sh script: install sh to test it");
        assumeTrue(Files.isRegularFile(target.resolve("sfn-tasks")), "target/sfn-tasks is made by the package phase");
    }

    private static Run render(Path launcher, Map<String, String> env) throws IOException, InterruptedException {
        Run r = run(launcher, env, "render", example.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertEquals("", r.err(), "nothing on stderr");
        return r;
    }

    @Test
    void everyRuntimeAndArchiveGivesTheSameOutputQuietly() throws Exception {
        assumeLauncher();
        Path launcher = target.resolve("sfn-tasks");
        String plain = render(launcher, Map.of("SFN_TASKS_AOT", "off", "SFN_TASKS_CDS", "off")).out();
        assertTrue(plain.startsWith("{") && plain.contains("\"definition\""), plain);
        assertEquals(plain, render(launcher, Map.of()).out(), "the default: the AOT cache when the build made one");
        assertEquals(plain, render(launcher, Map.of("SFN_TASKS_AOT", "off")).out(), "JAVA_HOME with the CDS archive");
    }

    @Test
    void aDamagedOrStaleArchiveIsIgnoredNeverFatal(@TempDir Path copy) throws Exception {
        assumeLauncher();
        Path launcher = copy.resolve("sfn-tasks");
        Files.copy(target.resolve("sfn-tasks"), launcher);
        Files.createDirectories(copy.resolve("modules"));
        try (Stream<Path> jars = Files.list(target.resolve("modules"))) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, copy.resolve("modules").resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        String expected = render(target.resolve("sfn-tasks"), Map.of()).out();
        // Garbage in place of both archives, as a disk error or an interrupted build would leave them.
        Files.write(copy.resolve("sfn-tasks.jsa"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Files.write(copy.resolve("sfn-tasks.aot"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Path jdk25 = target.resolve("sfn-tasks.aot.jdk");
        if (Files.isRegularFile(jdk25)) {
            Files.copy(jdk25, copy.resolve("sfn-tasks.aot.jdk"));
        }
        assertEquals(expected, render(launcher, Map.of()).out(), "damaged AOT cache");
        assertEquals(expected, render(launcher, Map.of("SFN_TASKS_AOT", "off")).out(), "damaged CDS archive");
        // A recorded JDK that is gone, or one too old for an AOT cache: the launcher falls back to JAVA_HOME.
        Files.writeString(copy.resolve("sfn-tasks.aot.jdk"), copy.resolve("no-such-jdk") + "\n");
        assertEquals(expected, render(launcher, Map.of()).out(), "recorded JDK gone");
        Files.writeString(copy.resolve("sfn-tasks.aot.jdk"), System.getProperty("java.home") + "\n");
        assertEquals(expected, render(launcher, Map.of()).out(), "recorded JDK " + Runtime.version().feature());
        // Archives made by the build, but the jars changed since (a stale archive: the JVM checks the module path).
        for (String archive : List.of("sfn-tasks.jsa", "sfn-tasks.aot")) {
            if (Files.isRegularFile(target.resolve(archive))) {
                Files.copy(target.resolve(archive), copy.resolve(archive), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (Files.isRegularFile(jdk25)) {
            Files.copy(jdk25, copy.resolve("sfn-tasks.aot.jdk"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path core;
        try (Stream<Path> jars = Files.list(copy.resolve("modules"))) {
            core = jars.filter(p -> p.getFileName().toString().startsWith("sfn-tasks-core-")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(core, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals(expected, render(launcher, Map.of()).out(), "stale AOT cache");
        assertEquals(expected, render(launcher, Map.of("SFN_TASKS_AOT", "off")).out(), "stale CDS archive");
    }

    @Test
    void renderingLambdaTasksLoadsNoSageMakerTaskClass(@TempDir Path tmp) throws Exception {
        assumeLauncher();
        Path log = tmp.resolve("classes.log");
        render(target.resolve("sfn-tasks"), Map.of("SFN_TASKS_AOT", "off", "JAVA_OPTS", "-Xlog:class+load=info:file=" + log));
        List<String> loaded = Files.readAllLines(log).stream()
                .map(l -> l.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ", ""))
                .map(l -> l.split(" ")[0]).toList();
        assertTrue(loaded.contains("io.github.sfntasks.provider.lambda.LambdaInvoke"), "the log lists the classes loaded");
        // Discovery loads each provider class (ServiceLoader pairs it with its jar's type-id index) but instantiates
        // only those the workflow uses; the SageMaker tasks, their builders and schemas are never touched.
        List<String> sageMaker = loaded.stream().filter(c -> c.startsWith("io.github.sfntasks.provider.sagemaker."))
                .filter(c -> !c.endsWith("Provider")).toList();
        assertEquals(List.of(), sageMaker);
        assertFalse(loaded.stream().anyMatch(c -> c.startsWith("io.github.sfntasks.provider.sagemaker.")
                && c.contains("$$Lambda")), "no SageMaker provider code ran");
    }
}
