package io.github.sfntasks.api.value;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;

/**
 * A JSONPath into the state input ({@code $.x}), the context object ({@code $$.Task.Token}) or a
 * variable ({@code $orderId}), resolved by Step Functions at run time. Rendered under a key ending in
 * {@code .$} in JSONPath states; refused in JSONata states.
 *
 * <p>The typed factories ({@link #stringAt}, {@link #numberAt}, {@link #listAt}, {@link #objectAt})
 * are the same path with a reader's hint of what it resolves to, as in the AWS CDK.
 *
 * <pre>{@code
 * JsonPath.stringAt("$.order.id");
 * JsonPath.taskToken();          // $$.Task.Token
 * JsonPath discard = JsonPath.DISCARD;   // ResultPath: null
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class JsonPath implements Value {

    /** Discards a state's result: renders {@code "ResultPath": null}. Valid only as a result path. */
    public static final JsonPath DISCARD = new JsonPath(null);

    private final String path;

    private JsonPath(String path) {
        this.path = path;
    }

    /**
     * @param path a JSONPath
     * @return the path
     * @throws TaskValidationException ({@link ErrorCode#INVALID_PATH}) when the syntax is wrong
     */
    public static JsonPath of(String path) {
        String problem = PathSyntax.checkPath(path);
        if (problem != null) {
            throw new TaskValidationException(ErrorCode.INVALID_PATH, null, null, problem);
        }
        return new JsonPath(path);
    }

    /**
     * Checks a JSONPath's syntax without building it, for readers that report every problem at once.
     *
     * @param path a JSONPath (starting {@code $} or {@code $$})
     * @return what is wrong with it, or {@code null} when it is a valid path
     */
    public static String problemOf(String path) {
        return PathSyntax.checkPath(path);
    }

    /**
     * Checks a reference path's syntax (one that names a single node, as ResultPath requires).
     *
     * @param path a reference path
     * @return what is wrong with it, or {@code null} when it is a valid reference path
     */
    public static String referenceProblemOf(String path) {
        return PathSyntax.checkReferencePath(path);
    }

    /**
     * A reference path: one that names a single node, as ResultPath requires.
     *
     * @param path the path
     * @return the path
     * @throws TaskValidationException when it is not a reference path
     */
    public static JsonPath reference(String path) {
        String problem = PathSyntax.checkReferencePath(path);
        if (problem != null) {
            throw new TaskValidationException(ErrorCode.INVALID_PATH, null, null, problem);
        }
        return new JsonPath(path);
    }

    /** @param path a path to a string @return the path */
    public static JsonPath stringAt(String path) {
        return of(path);
    }

    /** @param path a path to a number @return the path */
    public static JsonPath numberAt(String path) {
        return of(path);
    }

    /** @param path a path to a list @return the path */
    public static JsonPath listAt(String path) {
        return of(path);
    }

    /** @param path a path to an object @return the path */
    public static JsonPath objectAt(String path) {
        return of(path);
    }

    /** @return {@code $}: the whole state input */
    public static JsonPath entirePayload() {
        return new JsonPath("$");
    }

    /** @return {@code $$}: the whole context object */
    public static JsonPath entireContext() {
        return new JsonPath("$$");
    }

    /** @return {@code $$.Task.Token}: the task token of a WAIT_FOR_TASK_TOKEN state */
    public static JsonPath taskToken() {
        return new JsonPath("$$.Task.Token");
    }

    /** @return {@code $$.Execution.Id} */
    public static JsonPath executionId() {
        return new JsonPath("$$.Execution.Id");
    }

    /** @return {@code $$.Execution.Name} */
    public static JsonPath executionName() {
        return new JsonPath("$$.Execution.Name");
    }

    /** @return {@code $$.Execution.StartTime} */
    public static JsonPath executionStartTime() {
        return new JsonPath("$$.Execution.StartTime");
    }

    /** @return {@code $$.Execution.Input} */
    public static JsonPath executionInput() {
        return new JsonPath("$$.Execution.Input");
    }

    /** @return {@code $$.Execution.RoleArn} */
    public static JsonPath executionRoleArn() {
        return new JsonPath("$$.Execution.RoleArn");
    }

    /** @return {@code $$.Execution.RedriveCount} */
    public static JsonPath executionRedriveCount() {
        return new JsonPath("$$.Execution.RedriveCount");
    }

    /** @return {@code $$.StateMachine.Id} */
    public static JsonPath stateMachineId() {
        return new JsonPath("$$.StateMachine.Id");
    }

    /** @return {@code $$.StateMachine.Name} */
    public static JsonPath stateMachineName() {
        return new JsonPath("$$.StateMachine.Name");
    }

    /** @return {@code $$.State.Name} */
    public static JsonPath stateName() {
        return new JsonPath("$$.State.Name");
    }

    /** @return {@code $$.State.EnteredTime} */
    public static JsonPath stateEnteredTime() {
        return new JsonPath("$$.State.EnteredTime");
    }

    /** @return {@code $$.State.RetryCount} */
    public static JsonPath stateRetryCount() {
        return new JsonPath("$$.State.RetryCount");
    }

    /** @return {@code $$.Map.Item.Index}: the index of the current Map item */
    public static JsonPath mapItemIndex() {
        return new JsonPath("$$.Map.Item.Index");
    }

    /** @return {@code $$.Map.Item.Value}: the current Map item */
    public static JsonPath mapItemValue() {
        return new JsonPath("$$.Map.Item.Value");
    }

    /** @return the path text; {@code null} for {@link #DISCARD} */
    public String path() {
        return path;
    }

    /** @return whether this is {@link #DISCARD} */
    public boolean isDiscard() {
        return path == null;
    }

    /** @return whether this path reads the context object ({@code $$...}) */
    public boolean isContextPath() {
        return path != null && path.startsWith("$$");
    }

    /** @return whether this path is a reference path (names one node) */
    public boolean isReferencePath() {
        return path != null && PathSyntax.checkReferencePath(path) == null;
    }

    @Override
    public boolean isDynamic() {
        return path != null;
    }

    @Override
    public boolean containsTaskToken() {
        return path != null && (path.equals("$$.Task.Token") || path.equals("$$.Task"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPath other && java.util.Objects.equals(path, other.path);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(path);
    }

    @Override
    public String toString() {
        return path == null ? "DISCARD" : path;
    }
}
