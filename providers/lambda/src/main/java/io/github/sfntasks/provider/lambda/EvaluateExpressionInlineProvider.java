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

/**
 * The {@code jsonata:evaluateExpression} provider: {@link EvaluateExpressionInline} from a workflow
 * file, the CDK's EvaluateExpression compiled to a JSONata Pass state (no Lambda function).
 */
@ApiStatus(ApiStatus.Status.EXPERIMENTAL)
public final class EvaluateExpressionInlineProvider implements TaskProvider {

    private static final ObjectNode SCHEMA = schema();

    private static ObjectNode schema() {
        ObjectNode schema = JsonSchema.object()
                .required("expression", JsonSchema.string().minLength(1).pattern("\\S")
                        .description("JavaScript expression over state paths, in the subset that compiles to JSONata,"
                                + " such as $.a + $.b"))
                .toDocument(EvaluateExpressionInline.TYPE_ID);
        // Which expressions are valid is not a JSON Schema pattern; examples show the form.
        ((ObjectNode) schema.get("properties").get("expression")).putArray("examples")
                .add("$.waitMilliseconds / 1000").add("$.a + $.b").add("$.items.length > 0 ? 'some' : 'none'");
        return schema;
    }

    /** For {@code ServiceLoader}. */
    public EvaluateExpressionInlineProvider() {
    }

    @Override
    public String typeId() {
        return EvaluateExpressionInline.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return EvaluateExpressionInline.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Evaluate an expression over state paths in a JSONata Pass state (no Lambda function)";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
        EvaluateExpressionInline.Builder b = EvaluateExpressionInline.builder(request.stateName()).apply(request)
                .expression(p.requiredString("expression"));
        p.finish();
        return b.build();
    }
}
