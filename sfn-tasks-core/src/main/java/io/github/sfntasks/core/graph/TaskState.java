package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.Retrier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Task} in the graph: its state name, its next state and its catch targets.
 *
 * <pre>{@code
 * TaskState invoke = TaskState.of(LambdaInvoke.builder("Invoke").lambdaFunction("my-fn").build())
 *     .addRetry(Retrier.builder().errors(Errors.TIMEOUT).maxAttempts(2).build())
 *     .addCatch(FailState.of("Failed"), Errors.ALL);
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class TaskState extends NextState {

    private Task task;
    private final Map<String, State> catchTargets = new LinkedHashMap<>();
    private final List<String> warnings;

    private TaskState(Task task, List<String> warnings) {
        super(task.stateName(), new Fields());
        this.task = task;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * @param task a task
     * @return a graph node for it (the state name is the task's)
     * @throws TaskValidationException when {@code task} is null
     */
    public static TaskState of(Task task) {
        if (task == null) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE, null, null,
                    "a Task state needs a task, not null (a provider's builder makes one with build())");
        }
        return new TaskState(task, List.of());
    }

    static TaskState of(Task task, List<String> warnings) {
        return new TaskState(task, warnings);
    }

    /** @return the task, with the retriers and catchers added here */
    public Task task() {
        return task;
    }

    /**
     * Appends a retrier.
     *
     * @param retrier the retrier
     * @return this state
     */
    public TaskState addRetry(Retrier retrier) {
        task = task.withOptions(task.options().toBuilder().addRetry(retrier).build());
        return this;
    }

    /**
     * Goes to {@code handler} when one of {@code errors} happens.
     *
     * @param handler the state (or chain) to go to
     * @param errors the errors to catch (none: {@code States.ALL})
     * @return this state
     */
    public TaskState addCatch(Chainable handler, String... errors) {
        return addCatch(handler, Catchers.of(errors));
    }

    /**
     * Goes to {@code handler}'s task state when one of {@code errors} happens.
     *
     * @param handler the task to go to (wrapped with {@link #of})
     * @param errors the errors to catch (none: {@code States.ALL})
     * @return this state
     */
    public TaskState addCatch(Task handler, String... errors) {
        return addCatch(of(handler), errors);
    }

    /**
     * Goes to {@code handler}'s task state as {@code catcher} says.
     *
     * @param handler the task to go to (wrapped with {@link #of})
     * @param catcher errors, result path, output, assign (its {@code next} is replaced)
     * @return this state
     */
    public TaskState addCatch(Task handler, Catcher catcher) {
        return addCatch(of(handler), catcher);
    }

    /**
     * Goes to {@code handler} as {@code catcher} says (its {@code next} is replaced by the handler's name).
     *
     * @param handler the state (or chain) to go to
     * @param catcher errors, result path, output, assign
     * @return this state
     */
    public TaskState addCatch(Chainable handler, Catcher catcher) {
        State target = Chain.startOf(handler);
        State known = catchTargets.get(target.name());
        if (known != null && known != target) {
            throw new TaskValidationException(ErrorCode.DUPLICATE_STATE_NAME, name(), "Catch",
                    "two different states are named \"" + target.name() + "\"");
        }
        catchTargets.put(target.name(), target);
        task = task.withOptions(task.options().toBuilder().addCatch(catcher.withNext(target.name())).build());
        return this;
    }

    void linkCatchTarget(State target) {
        catchTargets.put(target.name(), target);
    }

    @Override
    public String type() {
        return "Task";
    }

    @Override
    QueryLanguage ownQueryLanguage() {
        return task.options().queryLanguage();
    }

    @Override
    List<State> transitions() {
        List<State> out = new ArrayList<>();
        if (nextState() != null) {
            out.add(nextState());
        }
        out.addAll(catchTargets.values());
        return out;
    }

    @Override
    void check(QueryLanguage language) {
        for (Catcher c : task.options().catchers()) {
            if (!catchTargets.containsKey(c.next())) {
                throw new TaskValidationException(ErrorCode.MISSING_TARGET, name(), "Catch",
                        "goes to \"" + c.next() + "\", which is not a state of this graph; use TaskState.addCatch(state, ...)");
            }
        }
    }

    @Override
    ObjectNode render(RenderContext context, QueryLanguage machineLanguage) {
        ObjectNode rendered = task.toState(context);
        ObjectNode state = rendered;
        if (!rendered.has("QueryLanguage") && task.queryLanguage() != machineLanguage) {
            state = JsonNodeFactory.instance.objectNode();
            state.set("Type", rendered.get("Type"));
            state.put("QueryLanguage", task.queryLanguage().aslName());
            rendered.remove("Type");
            state.setAll(rendered);
        }
        writeTransition(state);
        return state;
    }

    @Override
    List<PolicyStatement> policyStatements(RenderContext context) {
        return task.policyStatements(context);
    }

    @Override
    List<String> warnings() {
        return warnings;
    }

    @Override
    List<String> warnings(RenderContext context) {
        List<io.github.sfntasks.api.TaskWarning> own = task.warnings(context);
        if (own.isEmpty()) {
            return warnings;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        own.forEach(w -> all.add(w.toString()));
        return List.copyOf(all);
    }
}
