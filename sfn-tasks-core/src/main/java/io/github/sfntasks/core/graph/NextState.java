package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A state that goes on to one next state or ends the machine: Task, Pass, Wait, Parallel, Map.
 * Without a next state it ends ({@code "End": true}).
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public abstract sealed class NextState extends State permits TaskState, PassState, WaitState, ScopedState {

    private State next;

    NextState(String name, Fields fields) {
        super(name, fields);
    }

    /**
     * Sets the next state.
     *
     * @param state the state (or chain) to go to
     * @return a chain from this state on, to continue
     * @throws TaskValidationException when a next state is already set
     */
    public Chain next(Chainable state) {
        return Chain.start(this).next(state);
    }

    /**
     * Sets the next state to a task's.
     *
     * @param task the task to go to (wrapped with {@link TaskState#of})
     * @return a chain from this state on, to continue
     * @throws TaskValidationException when a next state is already set
     */
    public Chain next(io.github.sfntasks.api.spi.Task task) {
        return next(TaskState.of(task));
    }

    /** @return the next state, or {@code null} when this state ends the machine */
    public State nextState() {
        return next;
    }

    void setNext(State state) {
        if (next != null && next != state) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE, name(), "Next",
                    "already goes to \"" + next.name() + "\"; a state has one next state");
        }
        this.next = state;
    }

    @Override
    java.util.List<State> transitions() {
        return next == null ? java.util.List.of() : java.util.List.of(next);
    }

    @Override
    void writeTransitions(ObjectNode state) {
        writeTransition(state);
    }

    void writeTransition(ObjectNode state) {
        if (next != null) {
            state.put("Next", next.name());
        } else {
            state.put("End", true);
        }
    }
}
