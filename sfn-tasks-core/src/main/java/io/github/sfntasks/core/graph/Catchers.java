package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.Errors;

/** The catcher that {@code addCatch(handler, errors...)} means, before its next is set to the handler. */
final class Catchers {

    private Catchers() {
    }

    /** @param errors the errors to catch (none: States.ALL) @return a catcher for them, going nowhere yet */
    static Catcher of(String... errors) {
        return Catcher.builder().errors(errors.length == 0 ? new String[] {Errors.ALL} : errors).next("?").build();
    }
}
