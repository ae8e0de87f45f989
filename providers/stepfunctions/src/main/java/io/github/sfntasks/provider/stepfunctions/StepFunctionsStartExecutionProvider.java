package io.github.sfntasks.provider.stepfunctions;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;

/**
 * The {@code states:startExecution} provider: {@link StepFunctionsStartExecution} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "states:startExecution",
 * "Properties": {
 *   "stateMachine": "ChildStateMachine", "integrationPattern": "RUN_JOB",
 *   "input": {"orderId.$": "$.id"}, "associateWithParent": true
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class StepFunctionsStartExecutionProvider extends ServiceTaskProvider {

    private static JsonSchema schema() {
        return JsonSchema.object()
                .required("stateMachine", JsonSchema.resource(JsonSchema.string()
                        .pattern("^(arn:[^:]+:states:[^:]*:\\d{12}:stateMachine:)?" + StatesNames.NAME_PATTERN
                                + "(:" + StatesNames.QUALIFIER_PATTERN + ")?$"), StepFunctionsStartExecution.STATE_MACHINE)
                        .description("State machine ARN (optionally :version or :alias) or name;"
                                + " a whole placeholder is the state machine ARN").dynamic())
                .optional("input", JsonSchema.any()
                        .description("The execution's input; default: the state input").dynamic())
                .optional("name", JsonSchema.string().minLength(1).maxLength(StatesNames.MAX_NAME_LENGTH)
                        .pattern("^" + StatesNames.NAME_PATTERN + "$")
                        .description("The execution name, 1 to 80 characters").dynamic())
                .optional("associateWithParent", JsonSchema.bool()
                        .description("Add AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID to the input (default false)"))
                .optional("outputFormat", JsonSchema.enumOf(ExecutionOutputFormat.values())
                        .description("RUN_JOB only: JSON (.sync:2, default) or JSON_STRING (.sync)"));
    }

    /** For {@code ServiceLoader}. */
    public StepFunctionsStartExecutionProvider() {
        super(StepFunctionsStartExecution.TYPE_ID, StepFunctionsStartExecution.PATTERNS,
                "Start an execution of another AWS Step Functions state machine", StepFunctionsStartExecutionProvider::schema);
    }

    @Override
    protected StepFunctionsStartExecution.Builder read(TaskRequest request, PropertyReader p) {
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
        return b.outputFormat(p.enumValue("outputFormat", ExecutionOutputFormat.class));
    }
}
