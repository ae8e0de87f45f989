package io.github.sfntasks.local;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;

import java.util.List;

/**
 * The definition given to {@link LocalRunner#of} is not a valid state machine; {@link #problems()} lists
 * every problem found (each naming the state and the field), so nothing runs half-way.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class LocalDefinitionException extends LocalExecutionException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param problems every problem found, in definition order */
    public LocalDefinitionException(List<String> problems) {
        super(ErrorCode.INVALID_WORKFLOW, "the state machine definition is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, in definition order */
    public List<String> problems() {
        return problems;
    }
}
