package io.github.sfntasks.local;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;

/**
 * The one exception the local executor throws on purpose: the definition is invalid
 * ({@link LocalDefinitionException}), the mocks do not fit the machine ({@link ErrorCode#MOCK_CONFIGURATION}),
 * or a run reached a Task state no mock answers ({@link ErrorCode#LOCAL_EXECUTION}). A workflow that fails
 * (a {@code States.*} error, a mocked service error, a Fail state) is not an exception: it is an
 * {@link Execution} whose status is {@link ExecutionStatus#FAILED}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public class LocalExecutionException extends SfnTasksException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code the kind of problem
     * @param message what is wrong and what would be right
     */
    public LocalExecutionException(ErrorCode code, String message) {
        super(code, message);
    }

    /**
     * @param code the kind of problem
     * @param message what is wrong and what would be right
     * @param cause the underlying cause
     */
    public LocalExecutionException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
