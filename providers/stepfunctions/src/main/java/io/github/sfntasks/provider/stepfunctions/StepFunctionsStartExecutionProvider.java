package io.github.sfntasks.provider.stepfunctions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;

import java.util.Set;

/**
 * The {@code states:startExecution} provider: {@link StepFunctionsStartExecution} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "states:startExecution",
 * "IntegrationPattern": "RUN_JOB",
 * "Properties": {"stateMachine": "ChildStateMachine", "input": {"orderId.$": "$.id"}, "associateWithParent": true}
 * }</pre>
 */
@ApiStatus(ApiStatus.Status.STABLE)
public final class StepFunctionsStartExecutionProvider implements TaskProvider {

    private static final ObjectNode SCHEMA = JsonSchema.object()
            .required("stateMachine", JsonSchema.string()
                    .pattern("^(arn:[^:]+:states:[^:]*:\\d{12}:stateMachine:)?" + StatesNames.NAME_PATTERN
                            + "(:" + StatesNames.QUALIFIER_PATTERN + ")?$")
                    .description("State machine ARN (optionally :version or :alias) or name").dynamic())
            .optional("input", JsonSchema.any()
                    .description("The execution's input; default: the state input").dynamic())
            .optional("name", JsonSchema.string().minLength(1).maxLength(StatesNames.MAX_NAME_LENGTH)
                    .pattern("^" + StatesNames.NAME_PATTERN + "$")
                    .description("The execution name, 1 to 80 characters").dynamic())
            .optional("associateWithParent", JsonSchema.bool()
                    .description("Add AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID to the input (default false)"))
            .optional("outputFormat", JsonSchema.enumOf(ExecutionOutputFormat.values())
                    .description("RUN_JOB only: JSON (.sync:2, default) or JSON_STRING (.sync)"))
            .toDocument(StepFunctionsStartExecution.TYPE_ID);

    /** For {@code ServiceLoader}. */
    public StepFunctionsStartExecutionProvider() {
    }

    @Override
    public String typeId() {
        return StepFunctionsStartExecution.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return StepFunctionsStartExecution.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Start an execution of another AWS Step Functions state machine";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
        StepFunctionsStartExecution.Builder b = StepFunctionsStartExecution.builder(request.stateName()).apply(request)
                .stateMachine(p.stringValue("stateMachine"));
        Value input = p.value("input");
        if (input != null) {
            b.input(TaskInput.fromValue(input));
        }
        b.name(p.stringValue("name"));
        Boolean associate = p.bool("associateWithParent");
        if (associate != null) {
            b.associateWithParent(associate);
        }
        b.outputFormat(p.enumValue("outputFormat", ExecutionOutputFormat.class));
        p.finish();
        return b.build();
    }
}
