package io.github.sfntasks.provider.stepfunctions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.value.Value;

import java.util.List;
import java.util.Set;

/**
 * The {@code states:invokeActivity} provider: {@link StepFunctionsInvokeActivity} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "states:invokeActivity",
 * "HeartbeatSeconds": 60,
 * "Properties": {"activity": "SubmitJob", "parameters": {"job.$": "$.job"}}
 * }</pre>
 */
@ApiStatus(ApiStatus.Status.STABLE)
public final class StepFunctionsInvokeActivityProvider implements TaskProvider {

    private static final ObjectNode SCHEMA = schema();

    private static ObjectNode schema() {
        ObjectNode doc = JsonSchema.object()
                .required("activity", JsonSchema.string()
                        .pattern("^(arn:[^:]+:states:[^:]*:\\d{12}:activity:)?" + StatesNames.NAME_PATTERN + "$")
                        .description("Activity ARN or name"))
                .optional("parameters", JsonSchema.freeObject()
                        .description("The worker's input (Parameters in JSONPath, Arguments in JSONata): an object whose"
                                + " members may be paths or expressions, or (JSONata) one expression").dynamic())
                .optional("arguments", JsonSchema.freeObject()
                        .description("The CDK's JSONata name for parameters: an object or a JSONata expression").dynamic())
                .optional("kmsKey", JsonSchema.string()
                        .pattern("^(arn:[^:]+:kms:[^:]*:\\d{12}:key/)?(" + StepFunctionsInvokeActivity.KEY_ID_PATTERN + ")$")
                        .description("ARN or id of the customer managed KMS key the activity is encrypted with"))
                .toDocument(StepFunctionsInvokeActivity.TYPE_ID);
        // Parameters and arguments are an object or a whole JSONata expression, never a path (ASL has no
        // "Parameters.$"): drop the "name.$" form that dynamic() adds.
        ((ObjectNode) doc.get("properties")).remove(List.of("parameters.$", "arguments.$"));
        return doc;
    }

    /** For {@code ServiceLoader}. */
    public StepFunctionsInvokeActivityProvider() {
    }

    @Override
    public String typeId() {
        return StepFunctionsInvokeActivity.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return StepFunctionsInvokeActivity.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Hand work to an AWS Step Functions activity worker";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
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
        b.kmsKey(p.string("kmsKey"));
        p.finish();
        return b.build();
    }
}
