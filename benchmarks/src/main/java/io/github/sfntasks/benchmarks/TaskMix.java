package io.github.sfntasks.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.core.graph.Chain;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.provider.lambda.LambdaInvoke;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The machine every benchmark measures: {@code n} Task states chained one after another, task
 * {@code i} of the type {@code TYPES.get(i % TYPES.size())}, named {@code T<i>}.
 *
 * <p>Each task type is one line of {@link #TYPES}: how to build task {@code i} with the typed builder,
 * and the same task as a workflow file says it (type id and properties). The two must render the same
 * bytes; {@code TaskMixTest} checks it, so the in-JVM benchmarks and the CLI runs measure the same work.
 *
 * <p>Every task gets its own resources ({@code fn-<i>}, ...), so nothing is rendered once and reused,
 * and the aggregated policy grows with {@code n} as a real machine's would.
 */
public final class TaskMix {

    /** What every benchmark renders for: concrete partition, region and account. */
    public static final RenderContext CONTEXT = RenderContext.of("aws", "us-east-1", "123456789012");

    /** One task type: the typed builder, and the same task in a workflow file. */
    public record TaskType(IntFunction<Task> builder, String typeId, IntFunction<ObjectNode> properties) {
    }

    /**
     * The task types cycled through. Add a provider here, one line each (and its artifact in the pom,
     * {@code requires} in module-info).
     */
    public static final List<TaskType> TYPES = List.of(
            new TaskType(i -> LambdaInvoke.builder(name(i)).lambdaFunction(lambdaArn(i)).build(),
                    LambdaInvoke.TYPE_ID, i -> props().put("lambdaFunction", lambdaArn(i)))
            // new TaskType(i -> DynamoPutItem.builder(name(i))...build(), "dynamodb:putItem", i -> props()...),
            // new TaskType(i -> SqsSendMessage.builder(name(i))...build(), "sqs:sendMessage", i -> props()...),
            // new TaskType(i -> SnsPublish.builder(name(i))...build(), "sns:publish", i -> props()...),
    );

    private TaskMix() {
    }

    /** @param i the task's index @return its state name */
    public static String name(int i) {
        return "T" + i;
    }

    /** @param i the task's index @return the function task {@code i} invokes (also used by the CDK side) */
    public static String lambdaArn(int i) {
        return "arn:aws:lambda:us-east-1:123456789012:function:fn-" + i;
    }

    private static ObjectNode props() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Builds the chain with the typed builders and validates it.
     *
     * @param n the number of tasks, at least 1
     * @return the machine
     */
    public static StateMachine machine(int n) {
        Chain chain = Chain.start(task(0));
        for (int i = 1; i < n; i++) {
            chain = chain.next(task(i));
        }
        return StateMachine.builder(chain).build();
    }

    /** @param i the task's index @return task {@code i}, built with its typed builder */
    public static Task task(int i) {
        return TYPES.get(i % TYPES.size()).builder().apply(i);
    }

    /**
     * The same machine as a workflow file (ASL-shaped, {@code Provider}/{@code Properties} in each Task).
     *
     * @param n the number of tasks, at least 1
     * @return the workflow file's JSON tree
     */
    public static ObjectNode workflow(int n) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("StartAt", name(0));
        ObjectNode states = root.putObject("States");
        for (int i = 0; i < n; i++) {
            TaskType type = TYPES.get(i % TYPES.size());
            ObjectNode state = states.putObject(name(i));
            state.put("Type", "Task");
            state.put("Provider", type.typeId());
            state.set("Properties", type.properties().apply(i));
            if (i + 1 < n) {
                state.put("Next", name(i + 1));
            } else {
                state.put("End", true);
            }
        }
        return root;
    }
}
