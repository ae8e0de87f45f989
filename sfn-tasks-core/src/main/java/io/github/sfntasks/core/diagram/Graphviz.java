package io.github.sfntasks.core.diagram;

import io.github.sfntasks.api.ApiStatus;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Graphviz's {@code dot}, when it is installed: turns a {@link DotDiagram} into SVG. Graphviz is not a
 * dependency of the library; {@link #find()} says whether it is there, so that a caller can tell its user
 * what to install (Debian/Ubuntu: {@code apt-get install graphviz}; macOS: {@code brew install graphviz}).
 *
 * <pre>{@code
 * Optional<Path> dot = Graphviz.find();
 * if (dot.isPresent()) {
 *     String svg = Graphviz.svg(dot.get(), DotDiagram.of(definition));
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
public final class Graphviz {

    /** What to tell a user who has no {@code dot}: how to install it. */
    public static final String INSTALL_HINT = "Graphviz's 'dot' must be on the PATH"
            + " (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)";

    private Graphviz() {
    }

    /** @return the {@code dot} executable found first on this process's {@code PATH} */
    public static Optional<Path> find() {
        return find(System.getenv("PATH"));
    }

    /**
     * @param path a PATH value (directories separated by {@link File#pathSeparator}), or {@code null}
     * @return the {@code dot} executable found first on it
     */
    public static Optional<Path> find(String path) {
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
     * Runs {@code dot -Tsvg} on a DOT text.
     *
     * @param dot the dot executable (from {@link #find()})
     * @param source the DOT text
     * @return the SVG text
     * @throws IOException when dot cannot be run or fails (the message, one sentence, says which and holds what
     *         dot printed), or
     *         {@link InterruptedIOException} when the thread is interrupted while it runs
     */
    public static String svg(Path dot, String source) throws IOException {
        Path in = null;
        Path out = null;
        Path errors = null;
        try {
            // Files rather than pipes: no thread to feed stdin while stdout is drained.
            in = Files.createTempFile("sfn-tasks-", ".dot");
            out = Files.createTempFile("sfn-tasks-", ".svg");
            errors = Files.createTempFile("sfn-tasks-", ".txt");
            Files.writeString(in, source, StandardCharsets.UTF_8);
            Process p;
            try {
                p = new ProcessBuilder(dot.toString(), "-Tsvg", "-o" + out, in.toString())
                        .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(errors.toFile())
                        .start();
            } catch (IOException e) {
                throw new IOException("cannot run " + dot + ": " + e.getMessage(), e);
            }
            int code = p.waitFor();
            if (code != 0) {
                throw new IOException(dot + " failed (exit " + code + "): "
                        + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running " + dot);
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
