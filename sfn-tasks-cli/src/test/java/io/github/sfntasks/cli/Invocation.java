package io.github.sfntasks.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One run of the command line in this JVM, as a user would type it: the exit code and what was
 * printed on stdout and stderr.
 */
record Invocation(int exitCode, String out, String err) {

    static Invocation sfnTasks(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Invocation(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** @return the shipped example workflow (examples/ at the repository root) */
    static Path example(String name) {
        Path dir = Path.of(System.getProperty("sfntasks.examples", "../examples"));
        return dir.resolve(name);
    }

    /** @return a test workflow from src/test/resources/workflows, copied to {@code dir} */
    static Path workflow(Path dir, String name) {
        return resource(dir, "workflows", name);
    }

    /** @return a test file from the folder {@code folder} of src/test/resources, copied to {@code dir} */
    static Path resource(Path dir, String folder, String name) {
        try (InputStream in = Invocation.class.getResourceAsStream("/" + folder + "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test workflow " + name);
            }
            Path target = dir.resolve(name);
            Files.write(target, in.readAllBytes());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
