package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.Retrier;

import java.util.ArrayList;
import java.util.List;

/**
 * A state with nested scopes and its own Retry and Catch: Parallel and Map.
 *
 * @param <S> the concrete state type
 */
abstract sealed class ScopedState<S extends ScopedState<S>> extends NextState permits MapState, ParallelState {

    private final ErrorHandlers handlers = new ErrorHandlers();

    ScopedState(String name, Fields fields) {
        super(name, fields);
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    /** @param retrier a retrier, appended @return this state */
    public S addRetry(Retrier retrier) {
        handlers.retry.add(retrier);
        return self();
    }

    /**
     * Goes to {@code handler} when one of {@code errors} happens.
     *
     * @param handler the state (or chain) to go to
     * @param errors the errors to catch (none: {@code States.ALL})
     * @return this state
     */
    public S addCatch(Chainable handler, String... errors) {
        return addCatch(handler, Catchers.of(errors));
    }

    /**
     * Goes to {@code handler}'s task state when one of {@code errors} happens.
     *
     * @param handler the task to go to (wrapped with {@link TaskState#of})
     * @param errors the errors to catch (none: {@code States.ALL})
     * @return this state
     */
    public S addCatch(io.github.sfntasks.api.spi.Task handler, String... errors) {
        return addCatch(TaskState.of(handler), errors);
    }

    /**
     * Goes to {@code handler} as {@code catcher} says.
     *
     * @param handler the state (or chain) to go to
     * @param catcher errors, result path, output, assign (its {@code next} is replaced by the handler's name)
     * @return this state
     */
    public S addCatch(Chainable handler, Catcher catcher) {
        handlers.addCatch(Chain.startOf(handler), catcher);
        return self();
    }

    /**
     * Goes to {@code handler}'s task state as {@code catcher} says.
     *
     * @param handler the task to go to (wrapped with {@link TaskState#of})
     * @param catcher errors, result path, output, assign (its {@code next} is replaced)
     * @return this state
     */
    public S addCatch(io.github.sfntasks.api.spi.Task handler, Catcher catcher) {
        return addCatch(TaskState.of(handler), catcher);
    }

    void linkCatch(State target, Catcher catcher) {
        handlers.addCatch(target, catcher);
    }

    @Override
    List<State> transitions() {
        List<State> out = new ArrayList<>(super.transitions());
        out.addAll(handlers.targets());
        return out;
    }

    void checkFields(QueryLanguage language) {
        fields.check(type(), language, name());
    }

    @Override
    void check(QueryLanguage language) {
        checkFields(language);
        handlers.check(language, name());
    }

    /** Writes Retry, Catch and the transition, after the state's structure. */
    void writeTail(ObjectNode state, QueryLanguage machineLanguage) {
        QueryLanguage effective = fields.queryLanguage() != null ? fields.queryLanguage() : machineLanguage;
        handlers.write(state, effective);
        writeTransition(state);
    }
}
