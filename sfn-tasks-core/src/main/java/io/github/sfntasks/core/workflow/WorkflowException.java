package io.github.sfntasks.core.workflow;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;

import java.util.List;

/** A workflow file has problems; {@link #problems()} lists every one, located. */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class WorkflowException extends SfnTasksException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @param problems the problems, at least one */
    public WorkflowException(List<Problem> problems) {
        super(problems.isEmpty() ? ErrorCode.INVALID_WORKFLOW : problems.get(0).code(), summary(problems));
        this.problems = List.copyOf(problems);
    }

    private static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ":");
        for (Problem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }

    /** @return every problem, in document order */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return reason();
    }
}
