package io.github.sfntasks.core.workflow;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.DisplayText;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.api.TaskValidationException;

import java.util.List;

/**
 * One problem of a workflow file, located.
 *
 * @param source the file name (as given to the reader)
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param stateName the state, or {@code null}
 * @param property the property or field path, or {@code null}
 * @param code the kind of problem
 * @param detail what is wrong and what would be right
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public record Problem(String source, int line, int column, String stateName, String property, ErrorCode code,
                      String detail) {

    /**
     * The problems an exception of reading or rendering a workflow file stands for, so that every tool reports them
     * alike: a {@link WorkflowException}'s own (located); a {@link TaskValidationException}'s state and property
     * (found in rendering, so without line); any other {@link SfnTasksException}'s code and reason.
     *
     * @param source the file name, for the problems that do not carry one
     * @param e the exception
     * @return its problems, at least one
     */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
    public static List<Problem> of(String source, SfnTasksException e) {
        if (e instanceof WorkflowException w) {
            return w.problems();
        }
        if (e instanceof TaskValidationException t) {
            return List.of(new Problem(source, 0, 0, t.stateName(), t.property(), t.code(), t.detail()));
        }
        return List.of(new Problem(source, 0, 0, null, null, e.code(), e.reason()));
    }

    /**
     * @return {@code file:line:col: state "X": property: detail (SFN-E0nn)}, one line, with control and bidirectional
     *         formatting characters escaped ({@link DisplayText}); the components keep the raw text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(DisplayText.escape(source));
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        TaskValidationException.appendLocation(sb, stateName, property);
        return sb.append(DisplayText.escape(detail)).append(" (").append(code.code()).append(')').toString();
    }
}
