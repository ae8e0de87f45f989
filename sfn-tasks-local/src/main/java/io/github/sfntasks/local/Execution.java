package io.github.sfntasks.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.local.internal.Json;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The result of one local run: status, output or error and cause, the states visited in order, and the
 * history events. Assertion helpers ({@link #assertSucceeded()}, {@link #assertPath(String...)},
 * {@link #assertOutput(String)}...) throw {@link AssertionError} with the path taken and the first state
 * where it diverged, so they read well in any test framework.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class Execution {

    private final ExecutionStatus status;
    private final JsonNode input;
    private final JsonNode output;
    private final String error;
    private final String cause;
    private final List<StateVisit> visits;
    private final List<HistoryEvent> history;
    private final Instant start;
    private final Instant stop;

    /**
     * @param status how it ended
     * @param input the execution input
     * @param output the output (SUCCEEDED), else null
     * @param error the error (FAILED), else null
     * @param cause the cause (FAILED), may be null
     * @param visits the state visits in order
     * @param history the history events in order
     * @param start virtual start time
     * @param stop virtual stop time
     */
    public Execution(ExecutionStatus status, JsonNode input, JsonNode output, String error, String cause,
            List<StateVisit> visits, List<HistoryEvent> history, Instant start, Instant stop) {
        this.status = status;
        this.input = input;
        this.output = output;
        this.error = error;
        this.cause = cause;
        this.visits = List.copyOf(visits);
        this.history = List.copyOf(history);
        this.start = start;
        this.stop = stop;
    }

    /** @return how it ended */
    public ExecutionStatus status() {
        return status;
    }

    /** @return whether it succeeded */
    public boolean succeeded() {
        return status == ExecutionStatus.SUCCEEDED;
    }

    /** @return the execution input */
    public JsonNode input() {
        return input;
    }

    /** @return the output, or null when it failed */
    public JsonNode output() {
        return output;
    }

    /** @return the error name, or null when it succeeded */
    public String error() {
        return error;
    }

    /** @return the cause, or null */
    public String cause() {
        return cause;
    }

    /**
     * @return every state visit, nested ones included, in the order the states were left in virtual time
     *         (visits left at the same time: the lower Parallel branch or Map iteration first)
     */
    public List<StateVisit> visits() {
        return visits;
    }

    /**
     * @return the history events, in virtual-time order: events of Parallel branches and Map iterations that ran
     *         side by side are interleaved by time (same time: the lower branch or iteration first)
     */
    public List<HistoryEvent> history() {
        return history;
    }

    /** @return the history as {@code GetExecutionHistory}'s {@code events} array */
    public ArrayNode historyJson() {
        ArrayNode a = Json.array();
        history.forEach(e -> a.add(e.toJson()));
        return a;
    }

    /** @return virtual start time */
    public Instant startDate() {
        return start;
    }

    /** @return virtual stop time */
    public Instant stopDate() {
        return stop;
    }

    /** @return how long it took in virtual time */
    public Duration duration() {
        return Duration.between(start, stop);
    }

    /** @return the names of the top-level states visited, in order */
    public List<String> path() {
        List<String> out = new ArrayList<>();
        for (StateVisit v : visits) {
            if (v.isTopLevel()) {
                out.add(v.name());
            }
        }
        return out;
    }

    /**
     * @param stateName a state
     * @return its visits (any scope), in order
     */
    public List<StateVisit> visitsOf(String stateName) {
        List<StateVisit> out = new ArrayList<>();
        for (StateVisit v : visits) {
            if (v.name().equals(stateName)) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * @param stateName a state
     * @return the input of its first visit
     * @throws AssertionError when it was not visited
     */
    public JsonNode stateInput(String stateName) {
        return first(stateName).input();
    }

    /**
     * @param stateName a state
     * @return the output of its first visit (null when it failed)
     * @throws AssertionError when it was not visited
     */
    public JsonNode stateOutput(String stateName) {
        return first(stateName).output();
    }

    private StateVisit first(String stateName) {
        List<StateVisit> v = visitsOf(stateName);
        if (v.isEmpty()) {
            throw new AssertionError("state \"" + stateName + "\" was not visited; " + describe());
        }
        return v.get(0);
    }

    /**
     * @return this
     * @throws AssertionError when it did not succeed
     */
    public Execution assertSucceeded() {
        if (!succeeded()) {
            throw new AssertionError("expected the execution to succeed, but it failed with " + error
                    + (cause == null ? "" : " (" + cause + ")") + "; " + describe());
        }
        return this;
    }

    /**
     * @param expectedError the expected error name
     * @return this
     * @throws AssertionError when it did not fail with that error
     */
    public Execution assertFailedWith(String expectedError) {
        if (succeeded() || !expectedError.equals(error)) {
            throw new AssertionError("expected the execution to fail with " + expectedError + ", but it "
                    + (succeeded() ? "succeeded" : "failed with " + error + " (" + cause + ")") + "; " + describe());
        }
        return this;
    }

    /**
     * @param expected the top-level states expected, in order
     * @return this
     * @throws AssertionError naming the first state where the path diverged
     */
    public Execution assertPath(String... expected) {
        List<String> actual = path();
        List<String> want = Arrays.asList(expected);
        if (!actual.equals(want)) {
            int i = 0;
            while (i < actual.size() && i < want.size() && actual.get(i).equals(want.get(i))) {
                i++;
            }
            String where = i < want.size() && i < actual.size()
                    ? "at step " + (i + 1) + " expected \"" + want.get(i) + "\" but was \"" + actual.get(i) + "\""
                    : i < want.size() ? "the execution stopped before \"" + want.get(i) + "\" (step " + (i + 1) + ")"
                    : "the execution went on to \"" + actual.get(i) + "\" (step " + (i + 1) + ")";
            throw new AssertionError("path diverged: " + where + "; expected " + want + "; " + describe());
        }
        return this;
    }

    /**
     * @param expectedJson the expected output as JSON text (compared as JSON, numbers by value)
     * @return this
     * @throws AssertionError when the output differs
     */
    public Execution assertOutput(String expectedJson) {
        assertSucceeded();
        JsonNode want = parse(expectedJson);
        if (!sameJson(want, output)) {
            throw new AssertionError("expected output " + Json.text(want) + " but was " + Json.text(output)
                    + "; " + describe());
        }
        return this;
    }

    /**
     * @param stateName a state
     * @param expectedJson the expected output of its first visit
     * @return this
     * @throws AssertionError when it differs or the state was not visited
     */
    public Execution assertStateOutput(String stateName, String expectedJson) {
        JsonNode want = parse(expectedJson);
        JsonNode got = stateOutput(stateName);
        if (!sameJson(want, got)) {
            throw new AssertionError("expected state \"" + stateName + "\" to output " + Json.text(want) + " but it"
                    + " output " + (got == null ? "nothing" : Json.text(got)) + "; " + describe());
        }
        return this;
    }

    /**
     * @param stateName a state
     * @param expectedJson the expected input of its first visit
     * @return this
     * @throws AssertionError when it differs or the state was not visited
     */
    public Execution assertStateInput(String stateName, String expectedJson) {
        JsonNode want = parse(expectedJson);
        JsonNode got = stateInput(stateName);
        if (!sameJson(want, got)) {
            throw new AssertionError("expected state \"" + stateName + "\" to get " + Json.text(want) + " but it got "
                    + Json.text(got) + "; " + describe());
        }
        return this;
    }

    /** @return one line: status, and the path taken */
    public String describe() {
        return "execution " + status + (error == null ? "" : " with " + error) + ", path taken: "
                + String.join(" -> ", path());
    }

    /**
     * @param a one value
     * @param b another
     * @return whether they are the same JSON (numbers compared by value)
     */
    static boolean sameJson(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals((x, y) -> x.isNumber() && y.isNumber()
                ? x.decimalValue().compareTo(y.decimalValue()) : x.equals(y) ? 0 : 1, b);
    }

    private static JsonNode parse(String json) {
        try {
            return Json.parse(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
