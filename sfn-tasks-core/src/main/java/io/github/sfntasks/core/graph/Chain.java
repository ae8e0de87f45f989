package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.TaskValidationException;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of states built with {@code next}, as in the AWS CDK.
 *
 * <pre>{@code
 * Chain definition = Chain.start(submitJob)
 *     .next(WaitState.seconds("Wait 30s", 30))
 *     .next(getStatus)
 *     .next(ChoiceState.builder("Done?")
 *         .when(Condition.stringEquals("$.status", "FAILED"), FailState.builder("Failed").build())
 *         .otherwise(SucceedState.of("Succeeded")));
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class Chain {

    private final State start;
    private final List<NextState> ends;

    private Chain(State start, List<NextState> ends) {
        this.start = start;
        this.ends = List.copyOf(ends);
    }

    /**
     * @param state the first state: a {@link State}, a {@link Task} (wrapped in a {@link TaskState}) or a {@link Chain}
     * @return a chain holding it
     */
    public static Chain start(Object state) {
        if (state instanceof Chain c) {
            return c;
        }
        State s = toState(state);
        List<NextState> ends = new ArrayList<>();
        // As the CDK's Chain.start: the open ends are those reachable through next states (a Choice's
        // branches join only through ChoiceState.afterwards()).
        java.util.Set<State> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        State at = s;
        while (at instanceof NextState n && seen.add(n)) {
            if (n.nextState() == null) {
                ends.add(n);
                break;
            }
            at = n.nextState();
        }
        return new Chain(s, ends);
    }

    static State toState(Object state) {
        if (state instanceof State s) {
            return s;
        }
        if (state instanceof Task t) {
            return TaskState.of(t);
        }
        if (state == null) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE, null, null, "a chain cannot hold null");
        }
        throw new TaskValidationException(ErrorCode.INVALID_STATE, null, null,
                "a chain holds States, Tasks and Chains, not " + state.getClass().getName());
    }

    /**
     * Appends a state (or a chain) after every open end of this chain.
     *
     * @param state a {@link State}, a {@link Task} or a {@link Chain}
     * @return the longer chain
     * @throws TaskValidationException when this chain has no open end (it ends in a Choice, Succeed or Fail)
     */
    public Chain next(Object state) {
        Chain tail = start(state);
        if (ends.isEmpty()) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE, start.name(), "Next",
                    "this chain has no open end to continue from (it ends in a Choice, Succeed or Fail"
                            + " state, or every state already has a next state)");
        }
        for (NextState end : ends) {
            end.setNext(tail.start);
        }
        return new Chain(start, tail.ends);
    }

    Chain withEnds(List<NextState> newEnds) {
        return new Chain(start, newEnds);
    }

    /** @return the first state */
    public State startState() {
        return start;
    }

    /** @return the states whose next state is still open */
    public List<NextState> openEnds() {
        return ends;
    }
}
