package io.github.sfntasks.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.workflow.WorkflowReader;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    /**
     * The mix, limited to the providers the CDK also has; the CDK apps (node/mix.js,
     * cdk-java's CdkMachine) cycle through the same types in this order, which CdkMixParityTest and
     * scripts/check-mix.sh check where Node is installed.
     */
    @Test
    void cyclesThroughTheSixTypesTheCdkAlsoHas() {
        assertEquals(List.of("lambda:invoke", "dynamodb:putItem", "sqs:sendMessage", "sns:publish",
                        "states:startExecution", "events:putEvents"),
                TaskMix.TYPES.stream().map(TaskMix.TaskType::typeId).toList());
        assertEquals("arn:aws:states:::states:startExecution.sync:2",
                TaskMix.machine(5).render(TaskMix.CONTEXT).definition().get("States").get("T4").get("Resource").asText(),
                "task 4 runs its child state machine as RUN_JOB, as the CDK v2 renders it");
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
