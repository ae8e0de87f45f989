package io.github.sfntasks.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes files so that none is ever seen half-written: each is written in full (and synced) to a
 * temporary file in its target folder first, and only when every one is written are they moved into
 * place, each by an atomic rename. An error before the moves leaves the folder as it was (the
 * temporary files are removed). Temporary files are created like any new file, so the results get
 * the user's usual permissions (umask), not those of {@code Files.createTempFile}.
 */
final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * @param files target path to text (UTF-8), in the order to move them into place
     * @throws IOException when a folder cannot be made or a file written or moved
     */
    static void write(Map<Path, String> files) throws IOException {
        write(files, List.of());
    }

    /**
     * Writes {@code files}, then removes {@code stale} (files that must not outlive the ones written).
     *
     * @param files target path to text (UTF-8), in the order to move them into place
     * @param stale files to remove once every file is in place
     * @return the stale files that existed and were removed
     * @throws IOException when a folder cannot be made or a file written, moved or removed
     */
    static List<Path> write(Map<Path, String> files, List<Path> stale) throws IOException {
        for (Path p : stale) {
            if (Files.isDirectory(p)) {
                throw new IOException(p + " is a directory");
            }
        }
        writeAll(files);
        List<Path> removed = new ArrayList<>();
        for (Path p : stale) {
            if (Files.deleteIfExists(p)) {
                removed.add(p);
            }
        }
        return removed;
    }

    private static void writeAll(Map<Path, String> files) throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        List<Path> temps = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                Path target = f.getKey().toAbsolutePath();
                Path dir = target.getParent();
                Files.createDirectories(dir);
                if (Files.isDirectory(target)) {
                    throw new IOException(f.getKey() + " is a directory");
                }
                Path temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
                temps.add(temp);
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                     OutputStream out = Channels.newOutputStream(ch)) {
                    out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    ch.force(true);
                }
                staged.put(temp, target);
            }
            for (Map.Entry<Path, Path> m : staged.entrySet()) {
                move(m.getKey(), m.getValue());
            }
        } finally {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on file systems without atomic rename.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
