package test.sfntasks.providers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.state.StateOptions;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A task whose rendered state is broken after the fact, for the defects that live in the output. */
final class DefectiveTask implements Task {

    private static final AtomicInteger RENDERS = new AtomicInteger();

    private final Task task;
    private final Defect defect;

    DefectiveTask(Task task, Defect defect) {
        this.task = task;
        this.defect = defect;
    }

    @Override
    public String stateName() {
        return task.stateName();
    }

    @Override
    public String typeId() {
        return task.typeId();
    }

    @Override
    public IntegrationPattern integrationPattern() {
        return task.integrationPattern();
    }

    @Override
    public QueryLanguage queryLanguage() {
        return task.queryLanguage();
    }

    @Override
    public StateOptions options() {
        return task.options();
    }

    @Override
    public ObjectNode toState(RenderContext context) {
        ObjectNode state = task.toState(context);
        switch (defect) {
            case RENDERS_END -> state.put("End", true);
            case BAD_PATH_IN_RENDER -> {
                if (task.queryLanguage() == QueryLanguage.JSONPATH) {
                    state.putObject("ResultSelector").put("value.$", "$.a[");
                }
            }
            case NON_DETERMINISTIC -> state.put("Comment", "render " + RENDERS.incrementAndGet());
            case THREAD_DEPENDENT -> state.put("Comment", "rendered on " + Thread.currentThread().getName());
            case PARTIAL_OUTPUT -> {
                com.fasterxml.jackson.databind.JsonNode params = state.has("Parameters") ? state.get("Parameters") : state.path("Arguments");
                String subject = params.path("Subject").asText(null);
                if (subject != null && (subject.isEmpty() || subject.length() > 100)) {
                    throw new IllegalStateException("the subject has " + subject.length() + " characters, 1 to 100 render");
                }
            }
            case NOT_ROUND_TRIPPING -> state.putObject("ResultSelector").put("weight", new BigDecimal("1E+2"));
            default -> { }
        }
        return state;
    }

    @Override
    public List<PolicyStatement> policyStatements(RenderContext context) {
        return task.policyStatements(context);
    }

    @Override
    public Task withOptions(StateOptions newOptions) {
        return new DefectiveTask(task.withOptions(newOptions), defect);
    }
}
