package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.TaskValidationException;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of states built with {@code next}, as in the AWS CDK. A chain's open ends are the states
 * whose next state is still unset; {@link #next} sets it for every one of them.
 *
 * <pre>{@code
 * Chain definition = Chain.start(submitJob)
 *     .next(WaitState.of("Wait 30s", 30))
 *     .next(getStatus)
 *     .next(ChoiceState.of("Done?")
 *         .when(Condition.stringEquals("$.status", "FAILED"), FailState.of("Failed"))
 *         .otherwise(SucceedState.of("Succeeded")));
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class Chain implements Chainable {

    private final State start;
    private final List<NextState> ends;

    private Chain(State start, List<NextState> ends) {
        this.start = start;
        this.ends = List.copyOf(ends);
    }

    /**
     * Starts a chain.
     *
     * @param state the first state, or a chain (returned as it is)
     * @return a chain holding it, whose open ends are those reachable through next states
     * @throws TaskValidationException when {@code state} is null
     */
    public static Chain start(Chainable state) {
        if (state instanceof Chain c) {
            return c;
        }
        State s = startOf(state);
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

    /**
     * Starts a chain with a task.
     *
     * @param task the first state's task (wrapped with {@link TaskState#of})
     * @return a chain holding it
     */
    public static Chain start(Task task) {
        return start(TaskState.of(task));
    }

    /** @return the start state of {@code state}, or an error naming the misuse when it is null */
    static State startOf(Chainable state) {
        if (state == null) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE, null, null,
                    "a chain cannot hold null; pass a State, a Chain or a Task");
        }
        return state.startState();
    }

    /**
     * Appends a state (or a chain) after every open end of this chain.
     *
     * @param state a state or a chain
     * @return the longer chain
     * @throws TaskValidationException when this chain has no open end (it ends in a Choice, Succeed or Fail)
     */
    public Chain next(Chainable state) {
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

    /**
     * Appends a task after every open end of this chain.
     *
     * @param task the task (wrapped with {@link TaskState#of})
     * @return the longer chain
     * @throws TaskValidationException when this chain has no open end
     */
    public Chain next(Task task) {
        return next(TaskState.of(task));
    }

    Chain withEnds(List<NextState> newEnds) {
        return new Chain(start, newEnds);
    }

    /** @return the first state */
    @Override
    public State startState() {
        return start;
    }

    /** @return the states whose next state is still open */
    public List<NextState> openEnds() {
        return ends;
    }
}
