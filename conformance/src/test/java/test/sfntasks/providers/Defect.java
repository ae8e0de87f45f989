package test.sfntasks.providers;

/** What is wrong with a {@link TestPublishProvider}: one defect each, so each property is shown to catch its own. */
public enum Defect {
    /** Nothing: the provider passes properties 2 to 7. */
    NONE,
    /** The render has an {@code End} field, which the graph owns. */
    RENDERS_END,
    /** A {@code ".$"} member holds a path that does not parse. */
    BAD_PATH_IN_RENDER,
    /** No grant for the topic. */
    MISSING_GRANT,
    /** {@code sns:Publish} on {@code *} although the topic is known. */
    WILDCARD_RESOURCE,
    /** The action {@code *}. */
    WILDCARD_ACTION,
    /** {@code sns:*} where {@code sns:Publish} is enough. */
    EXTRA_ACTION,
    /** The topic ARN says {@code arn:aws:} whatever the render context. */
    HARD_CODED_PARTITION,
    /** Each render carries a counter. */
    NON_DETERMINISTIC,
    /** The render names the thread it ran on. */
    THREAD_DEPENDENT,
    /** create() reads the properties without checking them: a NullPointerException on bad input. */
    NPE_ON_BAD_INPUT,
    /** create() throws IllegalArgumentException for a bad subject. */
    WRONG_EXCEPTION,
    /** Unknown properties are ignored. */
    ACCEPTS_UNKNOWN_PROPERTIES,
    /** A too long subject is accepted by create() and fails only when rendered. */
    PARTIAL_OUTPUT,
    /** The render holds 1E+2, which Jackson reads back as 100.0. */
    NOT_ROUND_TRIPPING,
    /** Refused with an exception that does not name the state. */
    UNNAMED_STATE,
    /** The topic name refuses placeholders ({@code ${Topic}}, a CDK token). */
    REFUSES_PLACEHOLDERS,
    /** The delivery role handed to the service gets no {@code iam:PassRole}. */
    FORGETS_PASS_ROLE
}
