package io.github.sfntasks.core.doc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.core.graph.Chainable;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.graph.SucceedState;
import io.github.sfntasks.core.graph.TaskState;
import io.github.sfntasks.provider.lambda.LambdaInvoke;

/**
 * What the documentation's examples take as given: the names they use without declaring them, with the
 * types a reader would assume (a built task, a render context...). Every compiled example extends it.
 * An example that uses a name not declared here or in itself does not compile, and its test fails.
 */
public abstract class SnippetFixture {

    private static Task task(String name) {
        return LambdaInvoke.builder(name).lambdaFunction("f").build();
    }

    /** Built tasks, as the examples of the graph use them. */
    protected final Task submitJob = task("Submit job");
    /** A built task. */
    protected final Task getStatus = task("Get status");
    /** A built task. */
    protected final Task chargeOrder = task("Charge order");
    /** A built task. */
    protected final Task invoke = task("Invoke");
    /** A built task. */
    protected final Task taskA = task("A");
    /** A built task. */
    protected final Task taskB = task("B");
    /** A built task. */
    protected final Task taskC = task("C");
    /** A state to end with. */
    protected final SucceedState done = SucceedState.of("Done");
    /** Where a machine starts (a state, a chain or a task built with a provider's builder). */
    protected final Chainable start = TaskState.of(task("Start"));
    /** A built machine. */
    protected final StateMachine machine = StateMachine.builder(done).build();
    /** A rendered definition. */
    protected final ObjectNode definition = machine.definition(RenderContext.cloudFormation());
    /** A CloudFormation template holding the resources a workflow's placeholders name. */
    protected final ObjectNode resourcesTemplate = JsonNodeFactory.instance.objectNode();
    /** A render context. */
    protected final RenderContext ctx = RenderContext.of("aws", "us-east-1", "123456789012");
    /** A function ARN. */
    protected final String fnArn = "arn:aws:lambda:us-east-1:123456789012:function:f";
    /** A provider's properties, as a workflow file gives them. */
    protected final ObjectNode props = JsonNodeFactory.instance.objectNode();
    /** A provider's request. */
    protected final TaskRequest request = TaskRequest.builder("Send").typeId("sqs:sendMessage").properties(props).build();
    /** An optional value, null when absent. */
    protected final Object delay = null;
}
