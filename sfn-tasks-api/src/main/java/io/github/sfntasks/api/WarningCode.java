package io.github.sfntasks.api;

/**
 * A stable code for each kind of {@link TaskWarning}; each has a section in {@code docs/errors.md}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public enum WarningCode {
    /**
     * A grant is wider than one literal resource: the resource is chosen at run time (a path or an
     * expression), or only part of its ARN is known when the policy is written.
     */
    WIDENED_GRANT("SFN-W001"),
    /** A property is deprecated; the message names what replaces it. */
    DEPRECATED_PROPERTY("SFN-W002"),
    /** A state is written as plain ASL, so no grants are derived for it. */
    NO_GRANTS_DERIVED("SFN-W003"),
    /**
     * The state machine's IAM policy has more characters (white space not counted) than IAM accepts for the inline
     * policies of one role together (10,240).
     */
    POLICY_TOO_LARGE("SFN-W004"),
    /**
     * A static string in {@code Parameters} (or a JSONata {@code Arguments}) looks like a path or an expression
     * ({@code "payload": "$.order"}) but is sent as literal text: its key lacks {@code .$} (or the value lacks
     * <code>{% %}</code>).
     */
    LITERAL_LOOKS_LIKE_PATH("SFN-W005");

    private final String code;

    WarningCode(String code) {
        this.code = code;
    }

    /** @return the stable code, such as {@code SFN-W001} */
    public String code() {
        return code;
    }

    /** @return the anchor in {@code docs/errors.md} that explains this code */
    public String docsAnchor() {
        return "docs/errors.md#" + code.toLowerCase(java.util.Locale.ROOT);
    }
}
