package io.github.sfntasks.local.internal;

/**
 * A Step Functions run-time error ({@code States.Runtime}, {@code States.TaskFailed}, a mocked service's
 * error...): it travels through Retry and Catch and, if nothing handles it, fails the execution. It is
 * never thrown past the public API. No stack trace: it is control flow, and it is frequent.
 */
public final class StatesError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** {@code States.ALL}. */
    public static final String ALL = "States.ALL";
    /** {@code States.Runtime}. */
    public static final String RUNTIME = "States.Runtime";
    /** {@code States.TaskFailed}. */
    public static final String TASK_FAILED = "States.TaskFailed";
    /** {@code States.Timeout}. */
    public static final String TIMEOUT = "States.Timeout";
    /** {@code States.HeartbeatTimeout}. */
    public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    /** {@code States.DataLimitExceeded}. */
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
    /** {@code States.ResultPathMatchFailure}: ResultPath cannot be applied to the input (ASL specification, errors). */
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    /** {@code States.IntrinsicFailure}. */
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    /** {@code States.QueryEvaluationError}. */
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";
    /** {@code States.ExceedToleratedFailureThreshold}. */
    public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
    /** {@code States.BranchFailed}. */
    public static final String BRANCH_FAILED = "States.BranchFailed";
    /** {@code States.ItemReaderFailed}. */
    public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
    /** {@code States.ResultWriterFailed}. */
    public static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";

    private final String error;
    private final String cause;
    private final boolean fatal;

    /**
     * @param error the error name
     * @param cause the cause, may be null
     */
    public StatesError(String error, String cause) {
        this(error, cause, false);
    }

    private StatesError(String error, String cause, boolean fatal) {
        super(error + ": " + cause, null, false, false);
        this.error = error;
        this.cause = cause;
        this.fatal = fatal;
    }

    /**
     * @param cause what limit was reached
     * @return a {@code States.Runtime} error that ends the execution at once: no branch, iteration, retrier or
     *         catcher handles it
     */
    public static StatesError historyLimit(String cause) {
        return new StatesError(RUNTIME, cause, true);
    }

    /** @return whether this error ends the execution whatever handles errors around it (the history limit) */
    public boolean fatal() {
        return fatal;
    }

    /** @return the error name */
    public String error() {
        return error;
    }

    /** @return the cause, or null */
    public String cause() {
        return cause;
    }

    /**
     * @param cause what went wrong
     * @return a {@code States.Runtime} error
     */
    public static StatesError runtime(String cause) {
        return new StatesError(RUNTIME, cause);
    }

    /**
     * Whether a retrier's or catcher's {@code ErrorEquals} entry matches this error, by AWS's rules:
     * {@code States.Runtime} is never matched; {@code States.ALL} matches every other error but
     * {@code States.DataLimitExceeded};
     * {@code States.TaskFailed} matches the same but {@code States.Timeout}; {@code States.Timeout} also
     * matches {@code States.HeartbeatTimeout}.
     *
     * @param name an ErrorEquals entry
     * @return whether it matches
     */
    public boolean matches(String name) {
        if (RUNTIME.equals(error)) {
            // AWS: "A States.Runtime error isn't retriable, and will always cause the execution to fail."
            return false;
        }
        if (name.equals(error)) {
            return true;
        }
        boolean terminal = RUNTIME.equals(error) || DATA_LIMIT_EXCEEDED.equals(error);
        switch (name) {
            case ALL:
                return !terminal;
            case TASK_FAILED:
                return !terminal && !TIMEOUT.equals(error) && !HEARTBEAT_TIMEOUT.equals(error);
            case TIMEOUT:
                return HEARTBEAT_TIMEOUT.equals(error);
            default:
                return false;
        }
    }
}
