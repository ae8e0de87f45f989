package io.github.sfntasks.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.local.internal.Json;

import java.time.Instant;

/**
 * One event of a local execution's history, shaped as {@code GetExecutionHistory} returns it: AWS's event
 * type names ({@code ExecutionStarted}, {@code TaskStateEntered}, {@code TaskScheduled}, {@code TaskSucceeded},
 * {@code MapIterationStarted}, {@code MapIterationAborted}, {@code MapRunStarted}, ...) and their details object ({@code stateEnteredEventDetails} with
 * {@code name} and {@code input}, ...). Times are virtual.
 *
 * @param id the event's id, from 1
 * @param previousEventId the id of the event before it (0 for the first)
 * @param timestamp when it happened, in virtual time
 * @param type AWS's event type
 * @param detailsKey AWS's name of the details field, such as {@code stateEnteredEventDetails}, or null
 * @param details the details, or null
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public record HistoryEvent(long id, long previousEventId, Instant timestamp, String type, String detailsKey,
        ObjectNode details) {

    /** @return the event as {@code GetExecutionHistory} prints it (inputs and outputs as JSON text) */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("timestamp", timestamp.toString());
        o.put("type", type);
        o.put("id", id);
        o.put("previousEventId", previousEventId);
        if (details != null) {
            ObjectNode d = Json.object();
            details.properties().forEach(e -> {
                boolean data = e.getKey().equals("input") || e.getKey().equals("output")
                        || e.getKey().equals("parameters");
                d.set(e.getKey(), data ? Json.NODES.textNode(Json.text(e.getValue())) : e.getValue());
            });
            o.set(detailsKey, d);
        }
        return o;
    }

    /** @return the state name of a state event, or null */
    public String stateName() {
        return details != null && details.has("name") ? details.get("name").asText() : null;
    }
}
