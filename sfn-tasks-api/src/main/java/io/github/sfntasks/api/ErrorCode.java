package io.github.sfntasks.api;

/**
 * A stable code for each kind of problem sfn-tasks reports. Every code has a section in
 * {@code docs/errors.md} that explains it and shows the fix; messages end with a pointer to it.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public enum ErrorCode {
    /** A property has a value of the wrong type or form. */
    INVALID_PROPERTY("SFN-E001"),
    /** A required property is absent. */
    MISSING_PROPERTY("SFN-E002"),
    /** A property the task does not know was given (often a typo). */
    UNKNOWN_PROPERTY("SFN-E003"),
    /** Two properties that exclude each other were both given. */
    CONFLICTING_PROPERTIES("SFN-E004"),
    /** A JSONPath (or reference path) is not valid where it is used. */
    INVALID_PATH("SFN-E005"),
    /** An intrinsic function call is malformed or has wrong arguments. */
    INVALID_INTRINSIC("SFN-E006"),
    /** A JSONata expression ({@code {% ... %}}) does not parse. */
    INVALID_JSONATA("SFN-E012"),
    /** A field or value belongs to the other query language (JSONPath vs JSONata). */
    QUERY_LANGUAGE_MISMATCH("SFN-E007"),
    /** The task does not support the requested integration pattern. */
    UNSUPPORTED_INTEGRATION_PATTERN("SFN-E008"),
    /** WAIT_FOR_TASK_TOKEN needs the task token somewhere in the input it sends. */
    TASK_TOKEN_REQUIRED("SFN-E009"),
    /** A number is outside the range the service accepts. */
    OUT_OF_RANGE("SFN-E010"),
    /** A render context (partition, region, account) is incomplete. */
    INVALID_RENDER_CONTEXT("SFN-E011"),
    /** Two states of one machine share a name. */
    DUPLICATE_STATE_NAME("SFN-E020"),
    /** A transition points to a state that does not exist. */
    MISSING_TARGET("SFN-E021"),
    /** A state cannot be reached from StartAt. */
    UNREACHABLE_STATE("SFN-E022"),
    /** A state name is empty or longer than 80 characters, or holds forbidden characters. */
    INVALID_STATE_NAME("SFN-E023"),
    /** The rendered definition exceeds the service's size quota. */
    DEFINITION_TOO_LARGE("SFN-E024"),
    /** A workflow file names a provider type id that no discovered provider has. */
    UNKNOWN_PROVIDER("SFN-E025"),
    /** A workflow file is not well-formed or not ASL-shaped. */
    INVALID_WORKFLOW("SFN-E026"),
    /** A state is malformed (a field missing, a wrong type, a bad combination). */
    INVALID_STATE("SFN-E027"),
    /** A scope (the machine, a Parallel branch, a Map processor) has no terminal state: no execution could end. */
    NO_TERMINAL_STATE("SFN-E028"),
    /** Two providers claim the same type id. */
    DUPLICATE_PROVIDER("SFN-E030"),
    /** A provider could not be loaded or instantiated. */
    PROVIDER_LOAD_FAILED("SFN-E031"),
    /** A local execution's mocks do not fit the state machine (unknown state machine, test case or state). */
    MOCK_CONFIGURATION("SFN-E040"),
    /** A local execution could not go on: a Task state without a mock, or a mock that threw. */
    LOCAL_EXECUTION("SFN-E041"),
    /** A state-machine option (name, type, logging, tracing, encryption) is wrong. */
    INVALID_MACHINE_OPTIONS("SFN-E050"),
    /** A state an EXPRESS state machine cannot run ({@code .sync}, {@code .waitForTaskToken}, an activity). */
    NOT_SUPPORTED_BY_EXPRESS("SFN-E051"),
    /** A deployment template cannot be written for the machine (a placeholder it cannot fill, an option the format lacks). */
    DEPLOYMENT_TEMPLATE("SFN-E052"),
    /** A deployment (the CDK construct) found a placeholder in a grant that nothing gives a value to. */
    UNRESOLVED_PLACEHOLDER("SFN-E053");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    /** @return the stable code, such as {@code SFN-E001} */
    public String code() {
        return code;
    }

    /** Where {@code docs/errors.md} is published: the project's repository, branch main. */
    public static final String DOCS_BASE_URL = "https://github.com/sfn-tasks/sfn-tasks/blob/main/";

    /** @return the anchor in {@code docs/errors.md} that explains this code */
    public String docsAnchor() {
        return "docs/errors.md#" + code.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @return the stable web address of this code's explanation,
     *         {@code https://github.com/sfn-tasks/sfn-tasks/blob/main/docs/errors.md#sfn-e027}
     */
    public String docsUrl() {
        return DOCS_BASE_URL + docsAnchor();
    }
}
