package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.ApiStatus;

/**
 * What a graph method accepts where a state goes: a {@link State} or a {@link Chain}. Every method of
 * this package that takes a place to go ({@link Chain#start}, {@link Chain#next}, {@link NextState#next},
 * {@link ChoiceState#when}, {@link ChoiceState#otherwise}, {@code addCatch}, {@link MapState.Builder#itemProcessor},
 * {@link ParallelState.Builder#branch}, {@link StateMachine#builder}) takes a {@code Chainable}, and has an
 * overload taking a provider's {@link io.github.sfntasks.api.spi.Task} (wrapped with {@link TaskState#of}).
 *
 * <p>The interface is sealed: the compiler knows every kind of chainable, so a builder passed where a
 * state goes (a forgotten {@code build()}) is a compile error, not a run-time one.
 *
 * <pre>{@code
 * Chainable done = SucceedState.of("Done");
 * Chain chain = Chain.start(PassState.of("Start")).next(done);
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.2")
public sealed interface Chainable permits State, Chain {

    /** @return the state a transition to this chainable enters: the state itself, or a chain's first state */
    State startState();
}
