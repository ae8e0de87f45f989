package io.github.sfntasks.core.workflow;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.DisplayText;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;

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
