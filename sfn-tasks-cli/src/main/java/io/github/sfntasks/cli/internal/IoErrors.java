package io.github.sfntasks.cli.internal;

import io.github.sfntasks.cli.Main;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns I/O exceptions into one readable line and exit code 2. */
final class IoErrors {

    private IoErrors() {
    }

    static CommandFailure cannotWrite(String what, IOException e) {
        return new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": cannot write " + what + ": " + describe(e)
                + "; nothing was written");
    }

    static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a folder";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or folder";
        }
        if (e instanceof NotDirectoryException f) {
            return f.getFile() + " is not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return (f.getFile() == null ? "" : f.getFile() + ": ") + f.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
