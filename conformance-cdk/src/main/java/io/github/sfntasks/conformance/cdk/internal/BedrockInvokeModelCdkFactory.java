package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkInputs;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.bedrock.FoundationModel;
import software.amazon.awscdk.services.bedrock.FoundationModelIdentifier;
import software.amazon.awscdk.services.bedrock.IModel;
import software.amazon.awscdk.services.bedrock.ProvisionedModel;
import software.amazon.awscdk.services.s3.Location;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.tasks.BedrockInvokeModel;
import software.amazon.awscdk.services.stepfunctions.tasks.BedrockInvokeModelInputProps;
import software.amazon.awscdk.services.stepfunctions.tasks.BedrockInvokeModelOutputProps;
import software.amazon.awscdk.services.stepfunctions.tasks.Guardrail;

import java.util.List;
import java.util.Optional;

/**
 * {@code bedrock:invokeModel} as the CDK's {@code BedrockInvokeModel}: a foundation-model id through
 * {@code FoundationModel.fromFoundationModelId}, any model ARN through {@code ProvisionedModel.fromProvisionedModelArn}
 * (an {@code IModel} that is its ARN), {@code Guardrail.enable}/{@code enableDraft}, and the CDK's
 * {@code useNewS3UriParametersForBedrockInvokeModelTask} feature flag on (so {@code s3InputUri}/{@code s3OutputUri}
 * are what they say, and InputPath/OutputPath stay the state's). Self-contained.
 */
public final class BedrockInvokeModelCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "bedrock:invokeModel";
    private static final String S3_URI_FLAG = "@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask";
    private static final String PAGE = "https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html";

    /** For ServiceLoader. */
    public BedrockInvokeModelCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    @SuppressWarnings("deprecation") // contentType: deprecated in the CDK, still the prop a user of it sets; the differential covers it
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        HttpInvokeCdkFactory.refuseForeignTokens(p);
        stack.getNode().setContext(S3_URI_FLAG, true);
        if (p.has("model.$") || isJsonata(p.get("model"))) {
            throw new NotExpressible("a model chosen at run time (the CDK takes an IModel)");
        }
        String model = p.get("model").textValue();
        IModel m = model.startsWith("arn:") ? ProvisionedModel.fromProvisionedModelArn(stack, "Model", model)
                : FoundationModel.fromFoundationModelId(stack, "Model", new FoundationModelIdentifier(model));
        BedrockInvokeModel.Builder b = BedrockInvokeModel.Builder.create(stack, stateName).model(m);
        if (p.has("body") || p.has("body.$")) {
            b.body(CdkInputs.taskInput(p, "body"));
        }
        JsonNode in = p.get("input");
        if (in != null) {
            BedrockInvokeModelInputProps.Builder ib = BedrockInvokeModelInputProps.builder();
            if (in.has("s3Location")) {
                ib.s3Location(location(in.get("s3Location")));
            } else {
                ib.s3InputUri(text(in, "s3InputUri"));
            }
            b.input(ib.build());
        }
        JsonNode out = p.get("output");
        if (out != null) {
            BedrockInvokeModelOutputProps.Builder ob = BedrockInvokeModelOutputProps.builder();
            if (out.has("s3Location")) {
                ob.s3Location(location(out.get("s3Location")));
            } else {
                ob.s3OutputUri(text(out, "s3OutputUri"));
            }
            b.output(ob.build());
        }
        if (p.has("accept") || p.has("accept.$")) {
            b.accept(text(p, "accept"));
        }
        if (p.has("contentType") || p.has("contentType.$")) {
            b.contentType(text(p, "contentType"));
        }
        JsonNode g = p.get("guardrail");
        if (g != null) {
            if (g.has("guardrailVersion.$") || isJsonata(g.get("guardrailVersion")) || g.has("guardrailIdentifier.$")
                    || isJsonata(g.get("guardrailIdentifier"))) {
                throw new NotExpressible("a guardrail chosen at run time (the CDK's Guardrail takes an id and a number)");
            }
            String id = g.get("guardrailIdentifier").textValue();
            String version = g.get("guardrailVersion").textValue();
            b.guardrail(version.equals("DRAFT") ? Guardrail.enableDraft(id) : Guardrail.enable(id, Long.parseLong(version)));
        }
        if (p.has("traceEnabled")) {
            b.traceEnabled(p.get("traceEnabled").booleanValue());
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    private static Location location(JsonNode l) {
        return Location.builder().bucketName(l.get("bucketName").textValue()).objectKey(l.get("objectKey").textValue()).build();
    }

    /** @return a string member, {@code "name.$"} as {@code JsonPath.stringAt} */
    private static String text(JsonNode o, String name) {
        JsonNode path = o.get(name + ".$");
        return path != null ? JsonPath.stringAt(path.textValue()) : o.path(name).textValue();
    }

    private static boolean isJsonata(JsonNode n) {
        return n != null && n.isTextual() && JsonataExpression.isExpression(n.textValue());
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(
                new AllowedDifference(TYPE_ID, "model-id-as-given",
                        "ModelId is written as given (a foundation-model id, as in the AWS page's example); the CDK writes"
                                + " its IModel's ARN; the grant is the same foundation-model ARN",
                        PAGE, c -> !c.properties().path("model").asText("arn:").startsWith("arn:"),
                        (c, ours, cdk) -> {
                            JsonNode op = ResourceLocators.parameters((ObjectNode) ours.get("state"));
                            JsonNode cp = ResourceLocators.parameters((ObjectNode) cdk.get("state"));
                            String id = op.path("ModelId").asText();
                            String arn = cp.path("ModelId").asText();
                            if (arn.startsWith("arn:") && arn.endsWith(":foundation-model/" + id)) {
                                ((ObjectNode) cp).put("ModelId", id);
                            }
                        }),
                new AllowedDifference(TYPE_ID, "literal-s3-uri-one-object",
                        "a literal s3InputUri/s3OutputUri is granted on that object (arn:<partition>:s3:::bucket/key);"
                                + " the CDK grants every object (arn:<partition>:s3:::*) for any URI",
                        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html",
                        c -> c.properties().path("input").has("s3InputUri") || c.properties().path("output").has("s3OutputUri"),
                        (c, ours, cdk) -> {
                            widen(ours, "s3:GetObject", c.properties().path("input").has("s3InputUri"));
                            widen(ours, "s3:PutObject", c.properties().path("output").has("s3OutputUri"));
                        }));
    }

    private static void widen(ObjectNode ours, String action, boolean literalUri) {
        if (!literalUri) {
            return;
        }
        for (JsonNode s : ours.get("statements")) {
            if (Json.texts(s.get("Action")).contains(action)) {
                String r = s.path("Resource").asText("");
                ((ObjectNode) s).put("Resource", r.substring(0, r.indexOf(":::") + 3) + "*");
            }
        }
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        Arbitrary<String> models = Arbitraries.of("amazon.titan-text-express-v1", "anthropic.claude-3-haiku-20240307-v1:0",
                "cohere.command-text-v14", "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-lite-v1",
                "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/c2oi931ulksx",
                "arn:aws:bedrock:eu-west-1:210987654321:custom-model/amazon.titan-text-express-v1:0:8k/abcdefghijkl");
        Arbitrary<String> guardrails = Arbitraries.of("abc123", "guardrailid",
                "arn:aws:bedrock:us-east-1:123456789012:guardrail/xyz789");
        Arbitrary<String> buckets = Arbitraries.of("prompts", "my-results.bucket", "bedrock-io-123");
        Arbitrary<String> keys = Arbitraries.of("prompts/in.json", "a/b/c.txt", "k");
        Arbitrary<JsonNode> guardrail = net.jqwik.api.Combinators.combine(guardrails, Arbitraries.of("1", "DRAFT", "42", "99999999"))
                .as((id, v) -> Json.NODES.objectNode().put("guardrailIdentifier", id).put("guardrailVersion", v));
        Arbitrary<JsonNode> location = net.jqwik.api.Combinators.combine(buckets, keys)
                .as((b, k) -> (JsonNode) Json.NODES.objectNode().put("bucketName", b).put("objectKey", k));
        Arbitrary<String> uris = net.jqwik.api.Combinators.combine(buckets, keys).as((b, k) -> "s3://" + b + "/" + k);
        Arbitrary<JsonNode> input = Arbitraries.oneOf(location.map(l -> Json.NODES.objectNode().set("s3Location", l)),
                uris.map(u -> Json.NODES.objectNode().put("s3InputUri", u)),
                Arbitraries.of("$.prompt", "$.in.uri").map(pth -> Json.NODES.objectNode().put("s3InputUri.$", pth)));
        Arbitrary<JsonNode> output = Arbitraries.oneOf(location.map(l -> Json.NODES.objectNode().set("s3Location", l)),
                uris.map(u -> Json.NODES.objectNode().put("s3OutputUri", u)),
                Arbitraries.of("$.out").map(pth -> Json.NODES.objectNode().put("s3OutputUri.$", pth)));
        return List.of(ProviderArbitraries.properties(TYPE_ID, (name, context) -> switch (name) {
            case "model" -> Optional.of(models.map(TextNode::valueOf));
            case "guardrail" -> Optional.of(guardrail);
            case "input" -> Optional.of(input);
            case "output" -> Optional.of(output);
            default -> Optional.empty();
        }));
    }
}
