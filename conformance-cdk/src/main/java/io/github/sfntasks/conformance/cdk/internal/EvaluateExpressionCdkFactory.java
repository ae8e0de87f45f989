package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.tasks.EvaluateExpression;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code lambda:evaluateExpression} as the CDK's {@code EvaluateExpression}. The CDK creates the evaluator function
 * in the stack (a singleton per runtime); the provider takes the ARN of one the user deployed. So the CDK's function
 * ARN, resolved to {@code ${<logical id>.Arn}}, is put back to the user's function ARN before comparing: what is
 * compared is everything else — the Resource is the function ARN itself, the Parameters (the expression and one
 * {@code expressionAttributeValues} member per path the CDK's pattern finds), and {@code lambda:InvokeFunction} on
 * the function and {@code <function>:*}.
 */
public final class EvaluateExpressionCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "lambda:evaluateExpression";
    private static final Pattern CDK_FUNCTION = Pattern.compile("\\$\\{[A-Za-z0-9]+\\.Arn}");

    /** For ServiceLoader. */
    public EvaluateExpressionCdkFactory() {
        super(TYPE_ID);
    }


    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        io.github.sfntasks.api.QueryLanguage language = c.options().queryLanguage() != null
                ? c.options().queryLanguage() : c.queryLanguage();
        if (language == io.github.sfntasks.api.QueryLanguage.JSONATA) {
            throw new NotExpressible("a JSONata state (the CDK's EvaluateExpression writes JSONPath Parameters only)");
        }
        if (qualified(c)) {
            throw new NotExpressible("a version or alias of the evaluator (the CDK's own function is never qualified)");
        }
        // runtime and architecture only choose the function the CDK creates: they are not given, so that the CDK's
        // defaults (and its refusal of runtimes it no longer creates) do not enter the comparison.
        EvaluateExpression.Builder b = EvaluateExpression.Builder.create(stack, stateName)
                .expression(p.path("expression").asText());
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(new AllowedDifference(TYPE_ID, "evaluator-deployed-by-the-user",
                "the evaluator function is one the user deployed and names (functionArn); the CDK creates one in the"
                        + " stack, whose ARN is its own: that ARN is replaced by the user's in the CDK's output",
                "https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html",
                c -> true,
                (c, ours, cdk) -> {
                    String arn = ResourceLocators.lambdaArn(c.properties().path("functionArn").asText(), LambdaInvokeCdkFactory.CDK);
                    replace(cdk, arn);
                }));
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        // Mostly unqualified: the CDK's evaluator never is, so qualified ones are not compared.
        return List.of(LambdaInvokeCdkFactory.functions(TYPE_ID, "functionArn", ":live"));
    }

    private static boolean qualified(TaskCase c) {
        return LambdaInvokeCdkFactory.qualified(c.properties().path("functionArn").asText());
    }

    /** Replaces the CDK's function ARN wherever it appears as a whole string or as the start of one. */
    private static void replace(JsonNode node, String arn) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            List<String> names = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                JsonNode v = o.get(n);
                if (v.isTextual()) {
                    o.put(n, CDK_FUNCTION.matcher(v.textValue()).replaceAll(java.util.regex.Matcher.quoteReplacement(arn)));
                } else {
                    replace(v, arn);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode v = node.get(i);
                if (v.isTextual()) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, TextNode.valueOf(
                            CDK_FUNCTION.matcher(v.textValue()).replaceAll(java.util.regex.Matcher.quoteReplacement(arn))));
                } else {
                    replace(v, arn);
                }
            }
        }
    }
}
