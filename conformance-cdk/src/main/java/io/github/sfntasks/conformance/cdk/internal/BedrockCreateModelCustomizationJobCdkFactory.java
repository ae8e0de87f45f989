package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import io.github.sfntasks.conformance.internal.Json;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.bedrock.FoundationModel;
import software.amazon.awscdk.services.bedrock.FoundationModelIdentifier;
import software.amazon.awscdk.services.bedrock.IModel;
import software.amazon.awscdk.services.bedrock.ProvisionedModel;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.tasks.BedrockCreateModelCustomizationJob;
import software.amazon.awscdk.services.stepfunctions.tasks.CustomModelTag;
import software.amazon.awscdk.services.stepfunctions.tasks.CustomizationType;
import software.amazon.awscdk.services.stepfunctions.tasks.OutputBucketConfiguration;
import software.amazon.awscdk.services.stepfunctions.tasks.TrainingBucketConfiguration;
import software.amazon.awscdk.services.stepfunctions.tasks.ValidationBucketConfiguration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bedrock:createModelCustomizationJob} as the CDK's {@code BedrockCreateModelCustomizationJob}: the base
 * model as for InvokeModel, the role by {@code Role.fromRoleArn}, buckets by {@code Bucket.fromBucketName}. Not
 * expressible: a customer managed key (the CDK adds the role to the key's policy and refuses an imported key), a VPC
 * configuration (an interface of constructs), values chosen at run time where the CDK takes constructs or maps.
 *
 * <p>Its requests come whole from {@link BedrockCustomizationRequests} ({@code ProviderArbitraries#requestProperties}):
 * with so many construct-typed props, only about 3 % of the schema-driven requests were expressible, below the
 * differential's 30 % floor.
 */
public final class BedrockCreateModelCustomizationJobCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "bedrock:createModelCustomizationJob";
    private static final String PAGE = "https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html";

    /** For ServiceLoader. */
    public BedrockCreateModelCustomizationJobCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        HttpInvokeCdkFactory.refuseForeignTokens(p);
        for (String name : List.of("baseModel", "role", "hyperParameters", "customModelTags", "jobTags", "customizationType")) {
            if (p.has(name + ".$") || isJsonata(p.get(name))) {
                throw new NotExpressible(name + " chosen at run time (the CDK takes a construct, a map or an enum)");
            }
        }
        if (p.has("customModelKmsKey") || p.has("customModelKmsKey.$")) {
            throw new NotExpressible("customModelKmsKey (the CDK adds the role to the key's policy and refuses an imported key)");
        }
        if (p.has("vpcConfig")) {
            throw new NotExpressible("vpcConfig (the CDK takes security group and subnet constructs)");
        }
        if (has(p.get("customModelTags"), "") || has(p.get("jobTags"), "")) {
            throw new NotExpressible("a tag member chosen at run time");
        }
        String model = p.get("baseModel").textValue();
        IModel m = model.startsWith("arn:") ? ProvisionedModel.fromProvisionedModelArn(stack, "Model", model)
                : FoundationModel.fromFoundationModelId(stack, "Model", new FoundationModelIdentifier(model));
        BedrockCreateModelCustomizationJob.Builder b = BedrockCreateModelCustomizationJob.Builder.create(stack, stateName)
                .baseModel(m)
                .customModelName(text(p, "customModelName"))
                .jobName(text(p, "jobName"))
                .role(Role.fromRoleArn(stack, "Role", p.get("role").textValue()))
                .trainingData(TrainingBucketConfiguration.builder().bucket(bucket(stack, "Training", p.get("trainingData")))
                        .path(p.get("trainingData").path("path").textValue()).build())
                .outputData(OutputBucketConfiguration.builder().bucket(bucket(stack, "Output", p.get("outputData")))
                        .path(p.get("outputData").path("path").textValue()).build());
        if (p.has("clientRequestToken") || p.has("clientRequestToken.$")) {
            b.clientRequestToken(text(p, "clientRequestToken"));
        }
        if (p.has("customizationType")) {
            b.customizationType(CustomizationType.valueOf(p.get("customizationType").textValue()));
        }
        if (p.has("hyperParameters")) {
            Map<String, String> hp = new LinkedHashMap<>();
            p.get("hyperParameters").properties().forEach(e -> {
                if (!e.getValue().isTextual()) {
                    throw new NotExpressible("a hyperparameter that is not a string");
                }
                hp.put(e.getKey(), e.getValue().textValue());
            });
            b.hyperParameters(hp);
        }
        if (p.has("customModelTags")) {
            b.customModelTags(tags(p.get("customModelTags")));
        }
        if (p.has("jobTags")) {
            b.jobTags(tags(p.get("jobTags")));
        }
        if (p.has("validationData")) {
            List<ValidationBucketConfiguration> v = new ArrayList<>();
            int i = 0;
            for (JsonNode d : p.get("validationData")) {
                v.add(ValidationBucketConfiguration.builder().bucket(bucket(stack, "Validation" + i++, d))
                        .path(d.path("path").textValue()).build());
            }
            b.validationData(v);
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    private static boolean has(JsonNode tags, String unused) {
        if (tags == null) {
            return false;
        }
        for (JsonNode t : tags) {
            if (t.has("key.$") || t.has("value.$") || isJsonata(t.get("key")) || isJsonata(t.get("value"))) {
                return true;
            }
        }
        return false;
    }

    private static List<CustomModelTag> tags(JsonNode tags) {
        List<CustomModelTag> out = new ArrayList<>();
        for (JsonNode t : tags) {
            out.add(CustomModelTag.builder().key(t.get("key").textValue()).value(t.get("value").textValue()).build());
        }
        return out;
    }

    private static IBucket bucket(Stack stack, String id, JsonNode config) {
        return Bucket.fromBucketName(stack, id + "Bucket", config.get("bucket").textValue());
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
                new AllowedDifference(TYPE_ID, "arguments-in-jsonata",
                        "a JSONata state writes Arguments; the CDK's BedrockCreateModelCustomizationJob always writes Parameters"
                                + " (its _renderTask ignores the query language), which a JSONata state does not take",
                        "https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html",
                        c -> true,
                        (c, ours, cdk) -> {
                            ObjectNode cs = (ObjectNode) cdk.get("state");
                            if (ours.get("state").has("Arguments") && cs.has("Parameters") && !cs.has("Arguments")) {
                                cs.set("Arguments", cs.remove("Parameters"));
                            }
                        }),
                AllowedDifference.cdkRefuses(TYPE_ID, "jsonata-names",
                        "customModelName, jobName and clientRequestToken may be JSONata expressions (checked at run time by the"
                                + " API); the CDK checks a {% %} string against the literal pattern and refuses it",
                        "https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html",
                        c -> List.of("customModelName", "jobName", "clientRequestToken").stream()
                                .anyMatch(n -> isJsonata(c.properties().get(n)))),
                new AllowedDifference(TYPE_ID, "model-id-as-given",
                        "BaseModelIdentifier is written as given (a foundation-model id, which the API takes); the CDK writes"
                                + " its IModel's ARN; the grant is the same ARN",
                        "https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelCustomizationJob.html",
                        c -> !c.properties().path("baseModel").asText("arn:").startsWith("arn:"),
                        (c, ours, cdk) -> {
                            JsonNode op = ResourceLocators.parameters((ObjectNode) ours.get("state"));
                            JsonNode cp = ResourceLocators.parameters((ObjectNode) cdk.get("state"));
                            String id = op.path("BaseModelIdentifier").asText();
                            if (cp.path("BaseModelIdentifier").asText().endsWith(":foundation-model/" + id)) {
                                ((ObjectNode) cp).put("BaseModelIdentifier", id);
                            }
                        }),
                new AllowedDifference(TYPE_ID, "tag-resource-only-with-tags",
                        "bedrock:TagResource is granted only when tags are given (the AWS page's policies have none);"
                                + " the CDK always grants it with CreateModelCustomizationJob",
                        PAGE, c -> !c.properties().has("customModelTags") && !c.properties().has("jobTags"),
                        (c, ours, cdk) -> {
                            for (JsonNode s : ours.get("statements")) {
                                List<String> actions = Json.texts(s.get("Action"));
                                if (actions.equals(List.of("bedrock:CreateModelCustomizationJob"))) {
                                    ArrayNode a = Json.NODES.arrayNode().add("bedrock:CreateModelCustomizationJob").add("bedrock:TagResource");
                                    ((ObjectNode) s).set("Action", a);
                                }
                            }
                        }),
                new AllowedDifference(TYPE_ID, "pass-role-to-bedrock-only",
                        "iam:PassRole carries iam:PassedToService bedrock.amazonaws.com; the CDK's has no condition",
                        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService",
                        c -> true,
                        (c, ours, cdk) -> {
                            for (JsonNode s : ours.get("statements")) {
                                if (Json.texts(s.get("Action")).contains("iam:PassRole")) {
                                    ((ObjectNode) s).remove("Condition");
                                }
                            }
                        }),
                new AllowedDifference(TYPE_ID, "run-job-sync-and-polling",
                        "RUN_JOB renders the .sync Resource and grants bedrock:GetModelCustomizationJob and"
                                + " StopModelCustomizationJob as the AWS page's .sync policies; the CDK writes no .sync and grants nothing more",
                        PAGE, c -> c.integrationPattern() == io.github.sfntasks.api.IntegrationPattern.RUN_JOB,
                        (c, ours, cdk) -> {
                            ((ObjectNode) cdk.get("state")).set("Resource", ours.get("state").get("Resource").deepCopy());
                            ArrayNode kept = Json.NODES.arrayNode();
                            for (JsonNode s : ours.get("statements")) {
                                if (!Json.texts(s.get("Action")).contains("bedrock:GetModelCustomizationJob")) {
                                    kept.add(s);
                                }
                            }
                            ours.set("statements", kept);
                        }));
    }

    /** @return the whole requests ({@link BedrockCustomizationRequests}): the CDK takes few of the schema-driven ones */
    @Override
    public List<ProviderArbitraries> arbitraries() {
        return List.of(new BedrockCustomizationRequests(TYPE_ID));
    }
}
