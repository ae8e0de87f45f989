package io.github.sfntasks.conformance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.workflow.WorkflowException;
import io.github.sfntasks.core.workflow.WorkflowReader;

import java.util.ArrayList;
import java.util.List;

/**
 * Every render round-trips: its JSON read back with Jackson and written again gives the same bytes; and the
 * state, put as plain ASL into a workflow file and read by sfn-tasks' own {@link WorkflowReader}, renders back
 * unchanged (so the state is ASL the engine accepts, and nothing in it depends on how it was made).
 */
public final class RoundTrip {

    private RoundTrip() {
    }

    /**
     * @param provider the provider
     * @param c a request it accepts
     * @param task the task it made
     * @return what did not round-trip
     */
    public static List<String> problems(TaskProvider provider, TaskCase c, Task task) {
        List<String> out = new ArrayList<>();
        for (RenderContext ctx : List.of(ContextChecks.A, ContextChecks.B, RenderContext.cloudFormation())) {
            ObjectNode render = Json.render(task, ctx);
            String text = Json.write(render);
            String again = Json.write(Json.read(text));
            if (!text.equals(again)) {
                out.add("rendered for " + ctx + ", the JSON read back and written again differs:\n    " + text + "\n    " + again);
            }
        }
        ObjectNode state = task.toState(ContextChecks.A);
        ObjectNode definition = Json.NODES.objectNode();
        definition.put("QueryLanguage", c.queryLanguage().aslName());
        definition.put("StartAt", c.stateName());
        ObjectNode states = definition.putObject("States");
        ObjectNode s = state.deepCopy();
        s.put("End", true);
        states.set(c.stateName(), s);
        if (state.toString().contains("\"Next\":\"Recover\"")) {
            states.putObject("Recover").put("Type", "Pass").put("End", true);
        }
        String workflow = Json.write(definition);
        try {
            StateMachine machine = new WorkflowReader(TaskRegistry.of(provider)).read("conformance-round-trip.json", workflow);
            JsonNode back = machine.definition(ContextChecks.A).path("States").path(c.stateName());
            ObjectNode backState = back.isObject() ? ((ObjectNode) back).deepCopy() : Json.NODES.objectNode();
            backState.remove("End");
            String d = Json.firstDifference(state, backState, "");
            if (d != null) {
                out.add("read back as plain ASL by the workflow reader, the state renders differently at " + d);
            }
        } catch (WorkflowException e) {
            out.add("the workflow reader refuses the rendered state as plain ASL: " + e.getMessage() + "\n    " + workflow);
        } catch (RuntimeException e) {
            out.add("reading the rendered state as plain ASL threw " + e + "\n    " + workflow);
        }
        return out;
    }
}
