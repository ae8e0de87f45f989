package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.Retrier;

import java.util.ArrayList;
import java.util.List;

/** Retry and Catch of a Parallel or Map state; catch targets are graph nodes. */
final class ErrorHandlers {

    record CatchTo(Catcher catcher, State target) {
    }

    final List<Retrier> retry = new ArrayList<>();
    final List<CatchTo> catches = new ArrayList<>();

    void addCatch(State target, Catcher catcher) {
        catches.add(new CatchTo(catcher.withNext(target.name()), target));
    }

    List<State> targets() {
        List<State> out = new ArrayList<>();
        catches.forEach(c -> out.add(c.target()));
        return out;
    }

    void check(QueryLanguage language, String stateName) {
        for (int i = 0; i < retry.size(); i++) {
            if (retry.get(i).matchesAll() && i != retry.size() - 1) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, stateName, "Retry[" + i + "]",
                        "a retrier for States.ALL must be the last one");
            }
        }
        for (int i = 0; i < catches.size(); i++) {
            try {
                catches.get(i).catcher().check(language, "Catch[" + i + "]");
            } catch (TaskValidationException e) {
                throw e.locate(stateName, null);
            }
            if (catches.get(i).catcher().matchesAll() && i != catches.size() - 1) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, stateName, "Catch[" + i + "]",
                        "a catcher for States.ALL must be the last one");
            }
        }
    }

    void write(ObjectNode state, QueryLanguage language) {
        if (!retry.isEmpty()) {
            ArrayNode r = state.putArray("Retry");
            retry.forEach(x -> r.add(x.toJson()));
        }
        if (!catches.isEmpty()) {
            ArrayNode c = state.putArray("Catch");
            catches.forEach(x -> c.add(x.catcher().toJson(language)));
        }
    }
}
