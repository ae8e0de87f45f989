package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkInputs;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import io.github.sfntasks.conformance.internal.Json;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.tasks.CallAwsServiceCrossRegion;

import java.util.List;

/**
 * {@code aws-sdk:crossRegion} as the CDK's {@code CallAwsServiceCrossRegion}. The CDK creates the handler itself
 * (a singleton Lambda function from a bundled asset); sfn-tasks invokes the one you deployed ({@code functionArn}).
 * What is compared: the state (Resource or {@code lambda:invoke} Parameters, the event given to the handler, the
 * built-in retrier) and the state machine role's grants, with the CDK's function in place of ours. Not compared:
 * the handler's own role (the CDK adds {@code iamResources}, {@code iamAction} and {@code additionalIamStatements}
 * to the function it creates; sfn-tasks returns them from {@code handlerPolicyStatements()}, outside the state
 * machine's policy the kit compares), and the function itself (code asset, runtime, timeout).
 */
public final class CallAwsServiceCrossRegionCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "aws-sdk:crossRegion";

    /** For ServiceLoader. */
    public CallAwsServiceCrossRegionCdkFactory() {
        super(TYPE_ID);
    }


    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        String[] call = CallAwsServiceCdkFactory.serviceAndAction(c, TYPE_ID);
        CallAwsServiceCrossRegion.Builder b = CallAwsServiceCrossRegion.Builder.create(stack, stateName)
                .region(text(p, "region"))
                .service(call[0])
                .action(call[1])
                .iamResources(Json.texts(p.get("iamResources")));
        String endpoint = text(p, "endpoint");
        if (endpoint != null) {
            b.endpoint(endpoint);
        }
        if (p.has("parameters")) {
            b.parameters(CdkInputs.object(p.get("parameters")));
        }
        if (p.has("iamAction")) {
            b.iamAction(p.get("iamAction").asText());
        }
        if (p.has("additionalIamStatements")) {
            b.additionalIamStatements(CallAwsServiceCdkFactory.statements(p.get("additionalIamStatements")));
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

    /** A string prop given as {@code name} (a literal or JSONata) or {@code name.$} (a path or intrinsic function). */
    private static String text(ObjectNode p, String name) {
        JsonNode dynamic = p.get(name + ".$");
        if (dynamic != null) {
            return JsonPath.stringAt(dynamic.asText());
        }
        JsonNode v = p.get(name);
        return v == null ? null : v.asText();
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(
                new AllowedDifference(TYPE_ID, "handler-you-deploy",
                        "the state invokes the handler function you deployed (functionArn), and the state machine role may"
                                + " invoke it; the CDK creates a singleton function and names that one (a Fn::GetAtt of it)",
                        "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_stepfunctions_tasks.CallAwsServiceCrossRegion.html",
                        c -> true,
                        (c, ours, cdk) -> {
                            String oursFn = function((ObjectNode) ours.get("state"));
                            String cdkFn = function((ObjectNode) cdk.get("state"));
                            if (oursFn == null || cdkFn == null || !cdkFn.startsWith("${") || oursFn.equals(cdkFn)) {
                                return;
                            }
                            setFunction((ObjectNode) ours.get("state"), cdkFn);
                            for (JsonNode s : ours.get("statements")) {
                                ArrayNode resources = Json.NODES.arrayNode();
                                for (String r : Json.texts(s.get("Resource"))) {
                                    resources.add(r.equals(oursFn) ? cdkFn : r.equals(oursFn + ":*") ? cdkFn + ":*" : r);
                                }
                                ((ObjectNode) s).set("Resource", resources.size() == 1 ? resources.get(0) : resources);
                            }
                        }),
                new AllowedDifference(TYPE_ID, "qualified-handler-grant-narrower",
                        "a handler given with its version or alias (function:name:alias) is granted on that qualified ARN"
                                + " only; the CDK grants its function and all its versions and aliases (<arn>:*)",
                        "https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html",
                        CallAwsServiceCrossRegionCdkFactory::qualified,
                        (c, ours, cdk) -> {
                            if (LambdaInvokeCdkFactory.covered(ours.get("statements"), cdk.get("statements"))) {
                                ours.set("statements", cdk.get("statements").deepCopy());
                            }
                        }));
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        return List.of(CallAwsServiceCdkFactory.realisticCalls(TYPE_ID, List.of("s3", "sfn", "cloudwatch-logs", "mwaa",
                "dynamodb", "eventbridge", "sesv2", "cost-explorer", "secrets-manager", "elastic-load-balancing-v2")));
    }

    /** @return the function the state invokes: the Resource itself, or FunctionName of {@code lambda:invoke} */
    private static String function(ObjectNode state) {
        String resource = state.path("Resource").asText("");
        if (!resource.contains(":states:::lambda:invoke")) {
            return resource;
        }
        JsonNode params = ResourceLocators.parameters(state);
        return params.path("FunctionName").isTextual() ? params.get("FunctionName").textValue() : null;
    }

    private static void setFunction(ObjectNode state, String fn) {
        if (!state.path("Resource").asText("").contains(":states:::lambda:invoke")) {
            state.set("Resource", TextNode.valueOf(fn));
        } else if (ResourceLocators.parameters(state) instanceof ObjectNode params) {
            params.set("FunctionName", TextNode.valueOf(fn));
        }
    }

    private static boolean qualified(TaskCase c) {
        String fn = c.properties().path("functionArn").asText("");
        String arn = ResourceLocators.lambdaArn(fn, LambdaInvokeCdkFactory.CDK);
        return arn.indexOf(':', arn.indexOf("function:") + "function:".length()) >= 0;
    }
}
