package io.github.sfntasks.api.state;

import io.github.sfntasks.api.ApiStatus;

/**
 * The error names the States language predefines, for {@code ErrorEquals} in retriers and catchers.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html">Error handling</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class Errors {

    private Errors() {
    }

    /** Matches any error; must stand alone and in the last retrier or catcher. */
    public static final String ALL = "States.ALL";
    /** A state ran longer than its TimeoutSeconds. */
    public static final String TIMEOUT = "States.Timeout";
    /** A task sent no heartbeat within HeartbeatSeconds. */
    public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    /** A task failed. */
    public static final String TASK_FAILED = "States.TaskFailed";
    /** The execution role lacks a permission. */
    public static final String PERMISSIONS = "States.Permissions";
    /** ResultPath could not be applied. */
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    /** A path in Parameters could not be resolved. */
    public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
    /** A branch of a Parallel state failed. */
    public static final String BRANCH_FAILED = "States.BranchFailed";
    /** No Choice rule matched and there is no Default. */
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    /** An intrinsic function failed. */
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    /** A Map run exceeded its tolerated failure threshold. */
    public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
    /** A Map state's ItemReader failed. */
    public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
    /** A Map state's ResultWriter failed. */
    public static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";
    /** A JSONata expression failed to evaluate. */
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";
}
