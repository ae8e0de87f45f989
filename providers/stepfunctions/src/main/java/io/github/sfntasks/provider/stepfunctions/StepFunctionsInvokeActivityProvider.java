package io.github.sfntasks.provider.stepfunctions;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;
import io.github.sfntasks.api.value.Value;

/**
 * The {@code states:invokeActivity} provider: {@link StepFunctionsInvokeActivity} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "states:invokeActivity",
 * "HeartbeatSeconds": 60,
 * "Properties": {"activity": "SubmitJob", "parameters": {"job.$": "$.job"}}
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class StepFunctionsInvokeActivityProvider extends ServiceTaskProvider {

    private static JsonSchema schema() {
        return JsonSchema.object()
                .required("activity", JsonSchema.resource(JsonSchema.string()
                        .pattern("^(arn:[^:]+:states:[^:]*:\\d{12}:activity:)?" + StatesNames.NAME_PATTERN + "$"),
                                StepFunctionsInvokeActivity.ACTIVITY)
                        .description("Activity ARN or name; a whole placeholder is the activity ARN"))
                .optional("parameters", objectOrExpression("The worker's input (Parameters in JSONPath, Arguments in JSONata):"
                        + " an object whose members may be paths or expressions, or (JSONata) one expression"))
                .optional("arguments", objectOrExpression("The CDK's JSONata name for parameters: an object or a JSONata expression"))
                .optional("kmsKey", JsonSchema.resource(JsonSchema.string()
                        .pattern("^(arn:[^:]+:kms:[^:]*:\\d{12}:key/)?(" + Arn.KMS_KEY_ID_PATTERN + ")$"),
                                StepFunctionsInvokeActivity.KEY)
                        .description("ARN or id of the customer managed KMS key the activity is encrypted with;"
                                + " a whole placeholder is the key ARN"));
    }

    /**
     * Parameters and arguments are an object or a whole JSONata expression, never a path (ASL has no
     * "Parameters.$"): what {@code dynamic()} says, without its "name.$" form.
     */
    private static JsonSchema objectOrExpression(String description) {
        return JsonSchema.anyOf(JsonSchema.freeObject().description(description),
                JsonSchema.string().pattern(JsonSchema.JSONATA_PATTERN).description("a JSONata expression (JSONata states)"))
                .description(description);
    }

    /** For {@code ServiceLoader}. */
    public StepFunctionsInvokeActivityProvider() {
        super(StepFunctionsInvokeActivity.TYPE_ID, StepFunctionsInvokeActivity.PATTERNS,
                "Hand work to an AWS Step Functions activity worker", StepFunctionsInvokeActivityProvider::schema);
    }

    @Override
    protected StepFunctionsInvokeActivity.Builder read(TaskRequest request, PropertyReader p) {
        StepFunctionsInvokeActivity.Builder b = StepFunctionsInvokeActivity.builder(request.stateName()).apply(request)
                .activity(p.string("activity"));
        Value parameters = p.value("parameters");
        Value arguments = p.value("arguments");
        if (parameters != null && arguments != null) {
            throw p.invalid(ErrorCode.CONFLICTING_PROPERTIES, "arguments",
                    "give either \"parameters\" or \"arguments\" (the CDK's JSONata name), not both");
        }
        if (arguments != null) {
            b.arguments(arguments);
        } else {
            b.parameters(parameters);
        }
        return b.kmsKey(p.string("kmsKey"));
    }
}
