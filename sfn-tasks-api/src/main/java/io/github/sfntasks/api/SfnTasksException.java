package io.github.sfntasks.api;

/**
 * The root of every exception sfn-tasks throws on purpose. Each carries an {@link ErrorCode}
 * whose section in {@code docs/errors.md} explains the problem and the fix. Messages are safe to print on a terminal:
 * control and bidirectional formatting characters in them are escaped ({@link DisplayText}); line feeds that separate
 * the problems of a multi-line message are kept.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public class SfnTasksException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /**
     * @param code the kind of problem
     * @param message what is wrong and what would be right
     */
    public SfnTasksException(ErrorCode code, String message) {
        super(DisplayText.escapeKeepingLines(message));
        this.code = code;
    }

    /**
     * @param code the kind of problem
     * @param message what is wrong and what would be right
     * @param cause the underlying cause
     */
    public SfnTasksException(ErrorCode code, String message, Throwable cause) {
        super(DisplayText.escapeKeepingLines(message), cause);
        this.code = code;
    }

    /** @return the kind of problem */
    public ErrorCode code() {
        return code;
    }

    /** @return the message without the code prefix and the docs pointer */
    public String reason() {
        return super.getMessage();
    }

    @Override
    public String getMessage() {
        return code.code() + " " + super.getMessage() + " (see " + code.docsAnchor() + ", " + code.docsUrl() + ")";
    }
}
