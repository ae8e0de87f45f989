package io.github.sfntasks.core.graph;

import java.util.List;

/**
 * A graph with its own StartAt: the machine, a Parallel branch or a Map item processor.
 *
 * @param start the first state
 * @param declaredOrder the order of the States object as a workflow file wrote it, or empty for
 *                      discovery order
 */
record Scope(State start, List<String> declaredOrder) {
    Scope {
        declaredOrder = declaredOrder == null ? List.of() : List.copyOf(declaredOrder);
    }
}
