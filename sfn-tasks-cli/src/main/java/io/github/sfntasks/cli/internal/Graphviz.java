package io.github.sfntasks.cli.internal;

import io.github.sfntasks.cli.Main;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Graphviz's {@code dot}, when it is on the PATH: turns DOT into SVG. */
final class Graphviz {

    private Graphviz() {
    }

    /**
     * @param path a PATH value (directories separated by {@link File#pathSeparator}), or {@code null}
     * @return the {@code dot} executable found first on it
     */
    static Optional<Path> find(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        boolean windows = File.pathSeparatorChar == ';';
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : windows ? List.of("dot.exe", "dot") : List.of("dot")) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param dot the dot executable
     * @param source the DOT text
     * @return the SVG text
     * @throws CommandFailure (exit 2) when dot fails
     */
    static String svg(Path dot, String source) {
        Path in = null;
        Path out = null;
        Path errors = null;
        try {
            // Files rather than pipes: no thread to feed stdin while stdout is drained.
            in = Files.createTempFile("sfn-tasks-", ".dot");
            out = Files.createTempFile("sfn-tasks-", ".svg");
            errors = Files.createTempFile("sfn-tasks-", ".txt");
            Files.writeString(in, source, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(dot.toString(), "-Tsvg", "-o" + out, in.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile())
                    .start();
            int code = p.waitFor();
            if (code != 0) {
                throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": " + dot + " failed (exit " + code + "): "
                        + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": cannot run " + dot + ": " + IoErrors.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": interrupted while running " + dot);
        } finally {
            for (Path t : new Path[] {in, out, errors}) {
                if (t != null) {
                    try {
                        Files.deleteIfExists(t);
                    } catch (IOException ignored) {
                        // a temporary file left behind is not worth failing for
                    }
                }
            }
        }
    }

    private static String nullDevice() {
        return File.pathSeparatorChar == ';' ? "NUL" : "/dev/null";
    }
}
