package io.github.sfntasks.api;

import java.util.Objects;

/**
 * A non-fatal finding about a task or a state: it is reported (by the workflow reader, the CLI's
 * {@code validate} and {@code render}, and {@link io.github.sfntasks.api.spi.Task#warnings(RenderContext)}) and
 * never fails a render. Each kind has a stable code and a section in {@code docs/errors.md}.
 *
 * <pre>{@code
 * new TaskWarning(WarningCode.WIDENED_GRANT, "Invoke", "lambdaFunction",
 *         "the function is chosen at run time, so lambda:InvokeFunction is granted on arn:aws:lambda:us-east-1:123456789012:function:*");
 * }</pre>
 *
 * @param code the kind of finding
 * @param stateName the state's name, or {@code null} when not known
 * @param property the property path, or {@code null} for the state as a whole
 * @param message what was found and what to do about it
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public record TaskWarning(WarningCode code, String stateName, String property, String message) {

    /** @throws NullPointerException when the code or the message is missing */
    public TaskWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @param name the state's name
     * @return a copy naming that state, when this warning names none
     */
    public TaskWarning locate(String name) {
        return stateName != null ? this : new TaskWarning(code, name, property, message);
    }

    /**
     * @return {@code state "X": property: message (SFN-W001)}, as the CLI prints it, with control characters escaped
     *         ({@link DisplayText})
     */
    @Override
    public String toString() {
        return TaskValidationException.appendLocation(new StringBuilder(), stateName, property)
                .append(DisplayText.escape(message)).append(" (").append(code.code()).append(")").toString();
    }
}
