package io.github.sfntasks.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes files so that none is ever seen half-written: each is written in full (and synced) to a
 * temporary file in its target folder first, and only when every one is written are they moved into
 * place, each by an atomic rename. An error before the moves leaves the folder as it was (the
 * temporary files are removed). Temporary files are created like any new file, so the results get
 * the user's usual permissions (umask), not those of {@code Files.createTempFile}.
 *
 * <p>{@link #writeTogether} makes several files of one folder one unit (the definition and the policy of a render):
 * <ul>
 *   <li>writers take a lock ({@value #LOCK_FILE} in the folder, an OS file lock that a killed process releases, and a
 *       lock per folder inside this JVM), so two renders into one folder run one after the other and the pair is
 *       always the one of the last render, never a definition of one beside the policy of the other;</li>
 *   <li>before the first rename, a journal ({@value #JOURNAL_FILE}, itself written to a temporary file and renamed
 *       into place) lists every move; it is removed after the last. A writer killed between the renames leaves the
 *       journal and the files not yet moved; the next writer (any {@code render --out} into the folder, even one that
 *       fails) first completes those moves, so the pair becomes whole again, then removes the journal;</li>
 *   <li>under the lock, temporary files of these names left by a killed writer are removed.</li>
 * </ul>
 * A reader that does not take the lock can still, for the microseconds between two renames, open a new
 * definition beside the old policy: nothing short of switching a directory or a link could prevent that.
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
        writeAll(files);
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

    /** The lock file of {@link #writeTogether}, left in the folder (removing it would let two writers in). */
    static final String LOCK_FILE = ".sfn-tasks.lock";

    /** The journal of an unfinished {@link #writeTogether}. */
    static final String JOURNAL_FILE = ".sfn-tasks.journal";

    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    /**
     * Writes files of one folder as one unit (see the class comment).
     *
     * @param dir the folder (created if missing)
     * @param files file name (no separator) to text (UTF-8), in the order to move them into place
     * @throws IOException when the folder cannot be made or locked, or a file written or moved; before the renames
     *         nothing has changed, during them the journal is left for the next writer to complete
     */
    static void writeTogether(Path dir, Map<String, String> files) throws IOException {
        writeTogether(dir, files, Set.of());
    }

    /**
     * Writes files of one folder and removes others, as one unit (see the class comment): a file that must not outlive
     * the ones written (a policy of an earlier render when there is none now) goes in the same journaled step.
     *
     * @param dir the folder (created if missing)
     * @param files file name (no separator) to text (UTF-8), in the order to move them into place
     * @param remove file names (no separator) to remove once the files are in place
     * @return the names of {@code remove} that existed and were removed
     * @throws IOException as {@link #writeTogether(Path, Map)}
     */
    static List<String> writeTogether(Path dir, Map<String, String> files, Set<String> remove) throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        Set<String> names = new HashSet<>(files.keySet());
        names.addAll(remove);
        List<String> removed = new ArrayList<>();
        withLock(folder, () -> {
            recoverLocked(folder, names);
            Map<Path, Path> staged = new LinkedHashMap<>();
            Path journalTemp = tempFor(folder.resolve(JOURNAL_FILE));
            boolean journaled = false;
            try {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    Path target = folder.resolve(f.getKey());
                    if (!target.getParent().equals(folder)) {
                        throw new IllegalArgumentException("not a file name: " + f.getKey());
                    }
                    if (Files.isDirectory(target)) {
                        throw new IOException(target + " is a directory");
                    }
                    Path temp = tempFor(target);
                    staged.put(temp, target);
                    writeSynced(temp, f.getValue());
                }
                StringBuilder journal = new StringBuilder();
                for (Map.Entry<Path, Path> m : staged.entrySet()) {
                    journal.append(m.getKey().getFileName()).append('\t').append(m.getValue().getFileName()).append('\n');
                }
                for (String r : remove) {
                    Path target = folder.resolve(r);
                    if (!target.getParent().equals(folder)) {
                        throw new IllegalArgumentException("not a file name: " + r);
                    }
                    if (Files.isDirectory(target)) {
                        throw new IOException(target + " is a directory");
                    }
                    journal.append(REMOVE).append('\t').append(r).append('\n');
                }
                writeSynced(journalTemp, journal.toString());
                move(journalTemp, folder.resolve(JOURNAL_FILE));
                syncFolder(folder);
                journaled = true;
                for (Map.Entry<Path, Path> m : staged.entrySet()) {
                    move(m.getKey(), m.getValue());
                }
                for (String r : remove) {
                    if (Files.deleteIfExists(folder.resolve(r))) {
                        removed.add(r);
                    }
                }
                syncFolder(folder);
                Files.delete(folder.resolve(JOURNAL_FILE));
                syncFolder(folder);
            } finally {
                if (!journaled) {
                    for (Path t : staged.keySet()) {
                        Files.deleteIfExists(t);
                    }
                    Files.deleteIfExists(journalTemp);
                }
            }
            return null;
        });
        return removed;
    }

    /** A journal line's first column for a file to remove (a temp file's name starts with a dot). */
    private static final String REMOVE = "-";

    /**
     * Completes a {@link #writeTogether} that a killed writer left unfinished, and removes its temporary files. Does
     * nothing when {@code dir} is not a folder.
     *
     * @param dir the folder
     * @param names the file names written together there
     * @throws IOException when the folder cannot be locked or a file moved
     */
    static void recover(Path dir, Set<String> names) throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder) || !needsRecovery(folder, names)) {
            return; // the common case: no lock file is made in a folder that has nothing to recover
        }
        withLock(folder, () -> {
            recoverLocked(folder, names);
            return null;
        });
    }

    private static boolean needsRecovery(Path folder, Set<String> names) throws IOException {
        if (Files.exists(folder.resolve(JOURNAL_FILE))) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path p : entries) {
                if (isOurTemp(p.getFileName().toString(), names)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isOurTemp(String fileName, Set<String> names) {
        Set<String> prefixes = new HashSet<>();
        for (String n : names) {
            prefixes.add("." + n + ".");
        }
        prefixes.add("." + JOURNAL_FILE + ".");
        for (String prefix : prefixes) {
            if (fileName.startsWith(prefix) && TEMP_SUFFIX.matcher(fileName.substring(prefix.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    private static void recoverLocked(Path folder, Set<String> names) throws IOException {
        Path journal = folder.resolve(JOURNAL_FILE);
        if (Files.exists(journal)) {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                Path target = folder.resolve(line.substring(tab + 1)).normalize();
                if (line.substring(0, tab).equals(REMOVE)) {
                    if (target.getParent().equals(folder)) {
                        Files.deleteIfExists(target);
                    }
                    continue;
                }
                Path temp = folder.resolve(line.substring(0, tab)).normalize();
                // Only names of this folder, as the journal was written; a temp already moved is gone.
                if (temp.getParent().equals(folder) && target.getParent().equals(folder) && Files.isRegularFile(temp)) {
                    move(temp, target);
                }
            }
            syncFolder(folder);
            Files.delete(journal);
        }
        List<Path> strays = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path p : entries) {
                if (isOurTemp(p.getFileName().toString(), names)) {
                    strays.add(p);
                }
            }
        }
        for (Path p : strays) {
            Files.deleteIfExists(p);
        }
    }

    private static final java.util.regex.Pattern TEMP_SUFFIX = java.util.regex.Pattern.compile("[0-9a-z]{1,13}\\.tmp");

    private interface Locked<T> {
        T run() throws IOException;
    }

    @SuppressWarnings("try") // the lock is held for the body, never referenced in it
    private static <T> T withLock(Path folder, Locked<T> action) throws IOException {
        // A FileLock is held by the whole JVM (a second lock() from another thread throws), so threads queue here first.
        ReentrantLock jvm = JVM_LOCKS.computeIfAbsent(folder, k -> new ReentrantLock());
        jvm.lock();
        try (FileChannel ch = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            return action.run();
        } finally {
            jvm.unlock();
        }
    }

    private static Path tempFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    }

    private static void writeSynced(Path temp, String text) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(ch)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            ch.force(true);
        }
    }

    /** Makes the renames in a folder durable; where the file system cannot sync a folder, the renames stay atomic. */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel: atomicity holds, durability is the OS's.
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
