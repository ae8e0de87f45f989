package io.github.sfntasks.cli.internal;

import java.io.PrintWriter;

/** Opens {@link Cli}'s report of internal errors to the tests of the {@code cli} package. */
public final class CliTestAccess {

    private CliTestAccess() {
    }

    /**
     * @param t the failure
     * @param err where it is reported
     * @param debug whether the trace is printed
     * @return the exit code
     */
    public static int internalError(Throwable t, PrintWriter err, boolean debug) {
        return Cli.internalError(t, err, debug);
    }
}
