package io.github.sfntasks.core.diagram;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Finding {@code dot} on a PATH, so that "no Graphviz" is testable where Graphviz is installed. */
class GraphvizTest {

    @TempDir
    Path tmp;

    @Test
    void findsNothingOnAnEmptyPath() {
        assertEquals(Optional.empty(), Graphviz.find(""));
        assertEquals(Optional.empty(), Graphviz.find(null));
        assertEquals(Optional.empty(), Graphviz.find(tmp.toString()));
    }

    @Test
    void findsTheFirstExecutableDot() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(a.resolve("dot"), "not executable");
        Path dot = Files.writeString(b.resolve("dot"), "#!/bin/sh\n");
        if (!dot.toFile().setExecutable(true) || !Files.isExecutable(dot) || Files.isExecutable(a.resolve("dot"))) {
            return; // a file system without execute bits: nothing to tell apart
        }
        assertEquals(Optional.of(dot), Graphviz.find(a + File.pathSeparator + b));
    }
}
