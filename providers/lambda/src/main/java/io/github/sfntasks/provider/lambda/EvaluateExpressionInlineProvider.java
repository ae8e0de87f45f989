package io.github.sfntasks.provider.lambda;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;

import java.util.Set;

/**
 * The {@code jsonata:evaluateExpression} provider: {@link EvaluateExpressionInline} from a workflow
 * file, the CDK's EvaluateExpression compiled to a JSONata Pass state (no Lambda function).
 *
 * <p>Not a {@link io.github.sfntasks.api.support.ServiceTaskProvider}: that base builds a
 * {@link io.github.sfntasks.api.support.TaskBuilder}, and a Pass state has none (its builder takes
 * only what a Pass state can use), so this provider keeps the same shape by hand.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class EvaluateExpressionInlineProvider implements TaskProvider {

    /** The schema, built on first use (class initialisation is lazy). */
    private static final class Schema {
        static final ObjectNode DOCUMENT = JsonSchema.object()
                .required("expression", JsonSchema.string().minLength(1).pattern("\\S")
                        .description("JavaScript expression over state paths, in the subset that compiles to JSONata,"
                                + " such as $.a + $.b")
                        // Which expressions are valid is not a JSON Schema pattern; examples show the form.
                        .examples("$.waitMilliseconds / 1000", "$.a + $.b", "$.items.length > 0 ? 'some' : 'none'"))
                .toDocument(EvaluateExpressionInline.TYPE_ID);
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
        return Schema.DOCUMENT.deepCopy();
    }

    @Override
    public String description() {
        return "Evaluate an expression over state paths in a JSONata Pass state (no Lambda function)";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = PropertyReader.of(request);
        EvaluateExpressionInline.Builder b = EvaluateExpressionInline.builder(request.stateName()).apply(request)
                .expression(p.requiredString("expression"));
        p.finish();
        return b.build();
    }
}
