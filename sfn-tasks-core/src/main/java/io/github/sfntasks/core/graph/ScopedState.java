package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.Errors;
import io.github.sfntasks.api.state.Retrier;

import java.util.ArrayList;
import java.util.List;

/**
 * A state with nested scopes and its own Retry and Catch: Parallel and Map.
 *
 * @param <S> the concrete state type
 */
abstract class ScopedState<S extends ScopedState<S>> extends NextState {

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

    /** @param handler the state to go to @param errors errors (none: States.ALL) @return this state */
    public S addCatch(Object handler, String... errors) {
        State target = Chain.toState(handler);
        handlers.addCatch(target, Catcher.builder().errors(errors.length == 0 ? new String[] {Errors.ALL} : errors)
                .next(target.name()).build());
        return self();
    }

    /** @param handler the state to go to @param catcher the catcher (its next is replaced) @return this state */
    public S addCatch(Object handler, Catcher catcher) {
        handlers.addCatch(Chain.toState(handler), catcher);
        return self();
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
