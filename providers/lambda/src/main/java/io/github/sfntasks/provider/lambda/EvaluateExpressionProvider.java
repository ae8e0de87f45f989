package io.github.sfntasks.provider.lambda;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;

import java.util.Set;

/** The {@code lambda:evaluateExpression} provider: {@link EvaluateExpression} from a workflow file. */
@ApiStatus(ApiStatus.Status.STABLE)
public final class EvaluateExpressionProvider implements TaskProvider {

    private static final ObjectNode SCHEMA = schema();

    private static ObjectNode schema() {
        ObjectNode schema = JsonSchema.object()
                .required("expression", JsonSchema.string().minLength(1).pattern("\\S")
                        .description("JavaScript expression over state paths, such as $.a + $.b"))
                .required("functionArn", JsonSchema.string()
                        .pattern("^(arn:[^:]+:lambda:[^:]*:\\d{12}:function:|\\d{12}:function:)?[a-zA-Z0-9_-]{1,140}(:(\\$LATEST|[a-zA-Z0-9_-]+))?$")
                        .description("ARN or name of the deployed evaluator function"))
                .optional("runtime", JsonSchema.string().pattern("^nodejs\\d+\\.x$")
                        .description("Runtime of the deployed evaluator, such as nodejs20.x (descriptive only)"))
                .optional("architecture", JsonSchema.enumOf("x86_64", "arm64")
                        .description("Architecture of the deployed evaluator (descriptive only)"))
                .toDocument(EvaluateExpression.TYPE_ID);
        // Which expressions are valid is not a JSON Schema pattern; examples show the form.
        ((ObjectNode) schema.get("properties").get("expression")).putArray("examples")
                .add("$.waitMilliseconds / 1000").add("`Now waiting ${$.waitSeconds} seconds...`");
        return schema;
    }

    /** For {@code ServiceLoader}. */
    public EvaluateExpressionProvider() {
    }

    @Override
    public String typeId() {
        return EvaluateExpression.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return EvaluateExpression.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Evaluate a JavaScript expression over state paths in a Lambda function";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
        EvaluateExpression.Builder b = EvaluateExpression.builder(request.stateName()).apply(request)
                .expression(p.requiredString("expression"))
                .functionArn(p.requiredString("functionArn"))
                .runtime(p.string("runtime"))
                .architecture(p.string("architecture"));
        p.finish();
        return b.build();
    }
}
