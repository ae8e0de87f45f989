package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkInputs;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.GenerationContext;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.tasks.CallAwsService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aws-sdk} as the CDK's {@code CallAwsService}. The service and action come from the properties, or from a
 * longer type id ({@code aws-sdk:s3:getObject}), which only sfn-tasks has: the CDK gets them as props either way.
 */
public final class CallAwsServiceCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "aws-sdk";

    /**
     * The CDK v2.263 {@code CallAwsService} table of service names whose IAM prefix differs
     * ({@code aws-stepfunctions-tasks/lib/aws-sdk/call-aws-service.js}); any other service is its own prefix there.
     */
    static final Map<String, String> CDK_IAM_PREFIXES = Map.of("bedrockagent", "bedrock", "cloudwatchlogs", "logs",
            "efs", "elasticfilesystem", "elasticloadbalancingv2", "elasticloadbalancing", "mediapackagevod",
            "mediapackage-vod", "mwaa", "airflow", "sfn", "states");

    /** For ServiceLoader. */
    public CallAwsServiceCdkFactory() {
        super(TYPE_ID);
    }


    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        String[] call = serviceAndAction(c, TYPE_ID);
        CallAwsService.Builder b = CallAwsService.Builder.create(stack, stateName)
                .service(call[0])
                .action(call[1])
                .iamResources(Json.texts(p.get("iamResources")));
        if (p.has("parameters")) {
            b.parameters(CdkInputs.object(p.get("parameters")));
        }
        if (p.has("iamAction")) {
            b.iamAction(p.get("iamAction").asText());
        }
        if (p.has("additionalIamStatements")) {
            b.additionalIamStatements(statements(p.get("additionalIamStatements")));
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    /**
     * @param c a request
     * @param providerId {@code aws-sdk} or {@code aws-sdk:crossRegion}
     * @return the service and action: the properties', else those of the longer type id
     */
    static String[] serviceAndAction(TaskCase c, String providerId) {
        ObjectNode p = c.properties();
        String service = p.path("service").asText(null);
        String action = p.path("action").asText(null);
        if ((service == null || action == null) && c.typeId().startsWith(providerId + ":")) {
            String[] parts = c.typeId().substring(providerId.length() + 1).split(":");
            service = service != null ? service : parts[0];
            action = action != null ? action : parts[1];
        }
        return new String[] {service, action};
    }

    /** @param json statements in IAM JSON form @return them as the CDK's {@code PolicyStatement}s */
    static List<PolicyStatement> statements(JsonNode json) {
        List<PolicyStatement> out = new ArrayList<>();
        for (JsonNode s : json) {
            PolicyStatement.Builder b = PolicyStatement.Builder.create()
                    .effect("Deny".equals(s.path("Effect").asText()) ? Effect.DENY : Effect.ALLOW)
                    .actions(Json.texts(s.get("Action")))
                    .resources(Json.texts(s.get("Resource")));
            if (s.has("Condition")) {
                b.conditions(CdkOptions.map(s.get("Condition")));
            }
            out.add(b.build());
        }
        return out;
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(oneConditionValueAsText(TYPE_ID), new AllowedDifference(TYPE_ID, "iam-prefix-of-the-service",
                "without iamAction the action is granted under the service's IAM prefix as the Service Authorization"
                        + " Reference gives it (eventbridge -> events, sesv2 -> ses, emr -> elasticmapreduce, ...), beyond"
                        + " the CDK's seven names; the CDK grants <service>:<action>, which names no IAM action there",
                "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html",
                c -> !c.properties().has("iamAction")
                        && !CDK_IAM_PREFIXES.containsKey(serviceAndAction(c, TYPE_ID)[0]),
                (c, ours, cdk) -> {
                    String[] call = serviceAndAction(c, TYPE_ID);
                    String cdkAction = call[0] + ":" + call[1];
                    boolean cdkGrants = grants(cdk.get("statements"), cdkAction);
                    for (JsonNode s : ours.get("statements")) {
                        List<String> actions = Json.texts(s.get("Action"));
                        // ours: <prefix>:<Action> for the same API action, under another prefix than the service name
                        if (cdkGrants && actions.size() == 1 && !actions.get(0).startsWith(call[0] + ":")
                                && actions.get(0).toLowerCase(Locale.ROOT).endsWith(":" + call[1].toLowerCase(Locale.ROOT))
                                // as sets: a resource given twice is granted once
                                && new java.util.HashSet<>(Json.texts(s.get("Resource")))
                                        .equals(new java.util.HashSet<>(Json.texts(c.properties().get("iamResources"))))) {
                            ((ObjectNode) s).set("Action", TextNode.valueOf(cdkAction));
                            return;
                        }
                    }
                }));
    }

    /**
     * @param typeId the provider type id
     * @return the difference of a condition with one value in a list: we write the value, the CDK the list
     */
    static AllowedDifference oneConditionValueAsText(String typeId) {
        return new AllowedDifference(typeId, "one-condition-value-as-text",
                "a condition key with one value is written \"key\": \"value\" however it was given; the CDK keeps a list"
                        + " of one as given (IAM reads both alike: condition_value_list = value | [value, ...])",
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html",
                c -> c.properties().has("additionalIamStatements"),
                (c, ours, cdk) -> {
                    for (JsonNode s : cdk.get("statements")) {
                        for (JsonNode keys : s.path("Condition")) {
                            List<String> names = new ArrayList<>();
                            keys.fieldNames().forEachRemaining(names::add);
                            for (String name : names) {
                                JsonNode v = keys.get(name);
                                if (v.isArray() && v.size() == 1 && v.get(0).isTextual()) {
                                    ((ObjectNode) keys).set(name, v.get(0));
                                }
                            }
                        }
                    }
                });
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        return List.of(realisticCalls(TYPE_ID, List.of("s3", "sfn", "cloudwatchlogs", "efs", "dynamodb", "eventbridge", "sesv2",
                "costexplorer", "emr", "ec2", "sqs", "secretsmanager", "bedrockagent", "cognitoidentityprovider")));
    }

    /**
     * @param typeId the provider type id
     * @param services service names to draw from, next to the provider's own generated ones
     * @return realistic services and actions, so that the IAM prefix tables are exercised
     */
    static ProviderArbitraries realisticCalls(String typeId, List<String> services) {
        return ProviderArbitraries.properties(typeId, (name, context) -> {
            if (name.equals("service")) {
                return Optional.of(Arbitraries.of(services).map(TextNode::valueOf));
            }
            if (name.equals("action")) {
                return Optional.of(Arbitraries.of("getObject", "listBuckets", "startExecution", "putItem", "describeInstances",
                        "putEvents", "sendEmail", "getCostAndUsage", "addTags", "getSecretValue", "sendMessage",
                        "describeFileSystems", "createAgent", "adminGetUser").map(TextNode::valueOf));
            }
            return Optional.empty();
        });
    }

    /** @return whether an Allow statement of {@code statements} names {@code action} (case-insensitively) */
    private static boolean grants(JsonNode statements, String action) {
        for (JsonNode s : statements) {
            if (!"Deny".equals(s.path("Effect").asText())
                    && Json.texts(s.get("Action")).stream().anyMatch(a -> a.equalsIgnoreCase(action))) {
                return true;
            }
        }
        return false;
    }
}
