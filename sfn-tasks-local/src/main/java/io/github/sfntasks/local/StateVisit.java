package io.github.sfntasks.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;

import java.time.Instant;

/**
 * One visit of one state: what it was given, what it gave, when (virtual time).
 *
 * @param name the state's name
 * @param type its Type
 * @param scope where it ran: {@code ""} at the top level, {@code "Fan[1]"} in branch 1 of Parallel state
 *        {@code Fan}, {@code "Fan[1]/Each[3]"} in iteration 3 of a Map inside it
 * @param input the state's raw input
 * @param output its output, or null when it failed (or is a Fail state)
 * @param error the error it failed with, or null
 * @param entered when it was entered
 * @param exited when it was left
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public record StateVisit(String name, String type, String scope, JsonNode input, JsonNode output, String error,
        Instant entered, Instant exited) {

    /** @return whether the state ran at the top level of the machine */
    public boolean isTopLevel() {
        return scope.isEmpty();
    }
}
