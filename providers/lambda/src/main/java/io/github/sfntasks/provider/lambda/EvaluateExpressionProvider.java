package io.github.sfntasks.provider.lambda;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;
import io.github.sfntasks.provider.support.LambdaFunctions;

/** The {@code lambda:evaluateExpression} provider: {@link EvaluateExpression} from a workflow file. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class EvaluateExpressionProvider extends ServiceTaskProvider {

    private static JsonSchema schema() {
        return JsonSchema.object()
                .required("expression", JsonSchema.string().minLength(1).pattern("\\S")
                        .description("JavaScript expression over state paths, such as $.a + $.b")
                        // Which expressions are valid is not a JSON Schema pattern; examples show the form.
                        .examples("$.waitMilliseconds / 1000", "`Now waiting ${$.waitSeconds} seconds...`"))
                .required("functionArn", JsonSchema.resource(JsonSchema.string()
                        .pattern("^(arn:[^:]+:lambda:[^:]*:\\d{12}:function:|\\d{12}:function:)?[a-zA-Z0-9_-]{1,140}(:(\\$LATEST|[a-zA-Z0-9_-]+))?$"),
                                LambdaFunctions.FUNCTION)
                        .description("ARN or name of the deployed evaluator function; a whole placeholder is the function ARN"))
                .optional("runtime", JsonSchema.string().pattern("^nodejs\\d+\\.x$")
                        .description("Runtime of the deployed evaluator, such as nodejs20.x (descriptive only)"))
                .optional("architecture", JsonSchema.enumOf("x86_64", "arm64")
                        .description("Architecture of the deployed evaluator (descriptive only)"));
    }

    /** For {@code ServiceLoader}. */
    public EvaluateExpressionProvider() {
        super(EvaluateExpression.TYPE_ID, EvaluateExpression.PATTERNS,
                "Evaluate a JavaScript expression over state paths in a Lambda function", EvaluateExpressionProvider::schema);
    }

    @Override
    protected EvaluateExpression.Builder read(TaskRequest request, PropertyReader p) {
        return EvaluateExpression.builder(request.stateName()).apply(request)
                .expression(p.requiredString("expression"))
                .functionArn(p.requiredString("functionArn"))
                .runtime(p.string("runtime"))
                .architecture(p.string("architecture"));
    }
}
