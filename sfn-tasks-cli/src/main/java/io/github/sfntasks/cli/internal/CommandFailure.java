package io.github.sfntasks.cli.internal;

/**
 * Ends a command with an exit code and a message for the error stream (already formatted: the
 * launcher prints it as given). Not for bugs: those keep their own exception and stack trace.
 */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
