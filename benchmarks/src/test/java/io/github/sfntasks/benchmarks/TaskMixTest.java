package io.github.sfntasks.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.workflow.WorkflowReader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskMixTest {

    @Test
    void workflowFileRendersTheSameBytesAsTheTypedBuilders() throws Exception {
        WorkflowReader reader = new WorkflowReader(TaskRegistry.load());
        ObjectMapper mapper = new ObjectMapper();
        // one full cycle of the task types and a bit more, so every type is checked in both places
        int n = TaskMix.TYPES.size() * 2 + 1;
        StateMachine.Rendered fromBuilders = TaskMix.machine(n).render(TaskMix.CONTEXT);
        StateMachine.Rendered fromFile = reader.read("workflow-" + n + ".json",
                mapper.writeValueAsString(TaskMix.workflow(n))).render(TaskMix.CONTEXT);
        assertEquals(fromBuilders.definitionJson(), fromFile.definitionJson());
        assertEquals(fromBuilders.policyJson(), fromFile.policyJson());
    }

    @Test
    void everyTaskIsChainedAndNamedByItsIndex() {
        StateMachine machine = TaskMix.machine(5);
        assertEquals(5, machine.states().size());
        assertEquals("T0", machine.states().get(0).name());
        assertEquals("T4", machine.states().get(4).name());
        assertTrue(machine.render(TaskMix.CONTEXT).definition().get("States").get("T4").get("End").asBoolean());
    }
}
