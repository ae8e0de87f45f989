package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkInputs;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.cdk.CdkRenderer;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.tasks.LambdaInvocationType;
import software.amazon.awscdk.services.stepfunctions.tasks.LambdaInvoke;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.conformance.generation.GenerationContext;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.iam.IamGlob;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;
import java.util.Optional;

/** {@code lambda:invoke} as the CDK's {@code LambdaInvoke}, with an imported function. */
public final class LambdaInvokeCdkFactory extends CdkFactoryBase {

    /** The CDK stack's context, for names and partial ARNs. */
    static final RenderContext CDK = RenderContext.of(CdkRenderer.PARTITION, CdkRenderer.REGION, CdkRenderer.ACCOUNT);

    /** For ServiceLoader. */
    public LambdaInvokeCdkFactory() {
        super(TYPE_ID);
    }


    @Override
    @SuppressWarnings("deprecation") // qualifier: deprecated in the CDK (pass a version or alias), still the prop a user of it sets; the differential covers it
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        JsonNode fn = p.get("lambdaFunction");
        if (fn == null || !fn.isTextual() || JsonataExpression.isExpression(fn.textValue())) {
            throw new NotExpressible("a function chosen at run time (the CDK takes an IFunction)");
        }
        LambdaInvoke.Builder b = LambdaInvoke.Builder.create(stack, stateName)
                .lambdaFunction(Function.fromFunctionArn(stack, "Function", ResourceLocators.lambdaArn(fn.textValue(), CDK)));
        if (p.has("payload") || p.has("payload.$")) {
            b.payload(CdkInputs.taskInput(p, "payload"));
        }
        if (p.has("invocationType")) {
            b.invocationType(LambdaInvocationType.valueOf(p.get("invocationType").asText().toUpperCase(java.util.Locale.ROOT)));
        }
        if (p.has("clientContext")) {
            b.clientContext(p.get("clientContext").asText());
        }
        if (p.has("qualifier")) {
            b.qualifier(p.get("qualifier").asText());
        }
        if (p.has("payloadResponseOnly")) {
            b.payloadResponseOnly(p.get("payloadResponseOnly").asBoolean());
        }
        if (p.has("retryOnServiceExceptions")) {
            b.retryOnServiceExceptions(p.get("retryOnServiceExceptions").asBoolean());
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    private static final String TYPE_ID = "lambda:invoke";

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(
                new AllowedDifference(TYPE_ID, "function-name-as-given",
                        "FunctionName is written as the user gave it (a name, name:alias or partial ARN, all of which the"
                                + " Invoke API takes); the CDK takes an IFunction and writes its full ARN",
                        "https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_RequestSyntax",
                        c -> staticFunction(c) != null && !staticFunction(c).startsWith("arn:"),
                        (c, ours, cdk) -> {
                            JsonNode params = ResourceLocators.parameters((ObjectNode) ours.get("state"));
                            if (params.isObject() && staticFunction(c).equals(params.path("FunctionName").asText(null))) {
                                ((ObjectNode) params).put("FunctionName", ResourceLocators.lambdaArn(staticFunction(c), CDK));
                            }
                        }),
                new AllowedDifference(TYPE_ID, "qualified-function-grant-narrower",
                        "a function whose version or alias is known (a qualified name or ARN, or qualifier) is granted on"
                                + " that qualified ARN only; the CDK grants the function and all its versions and aliases",
                        "https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html",
                        c -> staticFunction(c) != null && (c.properties().has("qualifier") || qualified(staticFunction(c))),
                        (c, ours, cdk) -> {
                            if (covered(ours.get("statements"), cdk.get("statements"))) {
                                ours.set("statements", cdk.get("statements").deepCopy());
                            }
                        }));
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        return List.of(functions(TYPE_ID, "lambdaFunction", ":prod", ":live", ":$LATEST", ":1", ":42"));
    }

    /**
     * @param typeId the provider
     * @param property its function property
     * @param qualifiers qualifiers to add to some names (with their colon); an unqualified name is always possible
     * @return function names, partial and full ARNs in two accounts and regions, some qualified
     */
    static ProviderArbitraries functions(String typeId, String property, String... qualifiers) {
        List<String> q = new java.util.ArrayList<>(List.of(""));
        q.addAll(List.of(qualifiers));
        return ProviderArbitraries.properties(typeId, (name, context) -> {
            if (!name.equals(property)) {
                return Optional.empty();
            }
            Arbitrary<String> fn = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
                    .ofMinLength(1).ofMaxLength(24);
            Arbitrary<String> prefix = Arbitraries.of("", "arn:aws:lambda:us-east-1:123456789012:function:",
                    "arn:aws:lambda:eu-west-1:210987654321:function:", "210987654321:function:");
            return Optional.of(Combinators.combine(prefix, fn, Arbitraries.of(q))
                    .as((p, f, x) -> TextNode.valueOf(p + f + x)));
        });
    }

    private static String staticFunction(TaskCase c) {
        JsonNode fn = c.properties().get("lambdaFunction");
        return fn != null && fn.isTextual() && !JsonataExpression.isExpression(fn.textValue()) ? fn.textValue() : null;
    }

    /** @return whether the function (name, partial or full ARN) names a version or alias */
    static boolean qualified(String function) {
        String arn = ResourceLocators.lambdaArn(function, CDK);
        return arn.indexOf(':', arn.indexOf("function:") + "function:".length()) >= 0;
    }

    /** @return whether every permission of {@code narrower} is covered by one of {@code broader} */
    static boolean covered(JsonNode narrower, JsonNode broader) {
        for (JsonNode s : narrower) {
            for (String action : Json.texts(s.get("Action"))) {
                for (String resource : Json.texts(s.get("Resource"))) {
                    boolean found = false;
                    for (JsonNode b : broader) {
                        found |= Json.texts(b.get("Action")).stream().anyMatch(a -> IamGlob.actionMatches(a, action))
                                && Json.texts(b.get("Resource")).stream().anyMatch(r -> IamGlob.resourceMatches(r, resource));
                    }
                    if (!found) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
