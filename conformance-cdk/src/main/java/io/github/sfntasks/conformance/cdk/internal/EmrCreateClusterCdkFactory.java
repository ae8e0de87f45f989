package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import io.github.sfntasks.conformance.internal.Json;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.tasks.EmrCreateCluster;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * {@code elasticmapreduce:createCluster} as the CDK's {@code EmrCreateCluster}: the roles imported by name
 * ({@code Role.fromRoleName}) or ARN ({@code Role.fromRoleArn}), every other prop set from the request's by name
 * ({@link EmrCdkProps}, nested structs included). Documented differences: the CDK creates an auto-scaling role for
 * instance groups when none is named (we never create roles), and grants {@code elasticmapreduce:AddTags} on
 * {@code *} without tags (we grant it on {@code cluster/*} with tags only).
 */
public final class EmrCreateClusterCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "elasticmapreduce:createCluster";
    private static final Set<String> ROLES = Set.of("clusterRole", "serviceRole", "autoScalingRole");

    /** For ServiceLoader. */
    public EmrCreateClusterCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        EmrCreateCluster.Builder b = EmrCreateCluster.Builder.create(stack, stateName);
        EmrCdkProps.apply(b, p, ROLES);
        b.clusterRole(role(stack, p, "clusterRole")).serviceRole(role(stack, p, "serviceRole"));
        IRole scaling = role(stack, p, "autoScalingRole");
        if (scaling != null) {
            b.autoScalingRole(scaling);
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    private static IRole role(Stack stack, ObjectNode p, String name) {
        String role = EmrCdkProps.staticResource(p, name);
        if (role == null) {
            return null;
        }
        String id = "Imported" + name;
        return role.startsWith("arn:") ? Role.fromRoleArn(stack, id, role) : Role.fromRoleName(stack, id, role);
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(
                new AllowedDifference(TYPE_ID, "roles-never-created",
                        "no auto-scaling role is made up when none is named (EMR needs one only for instance groups with an"
                                + " autoScalingPolicy); the CDK creates one for every cluster of instance groups",
                        "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-automatic-scaling.html",
                        c -> !c.properties().has("autoScalingRole"), (c, ours, cdk) -> {
                            JsonNode params = ResourceLocators.parameters((ObjectNode) cdk.get("state"));
                            if (params instanceof ObjectNode o) {
                                o.remove("AutoScalingRole");
                            }
                            List<String> passed = new ArrayList<>();
                            for (JsonNode s : ours.get("statements")) {
                                if (Json.texts(s.get("Action")).equals(List.of("iam:PassRole"))) {
                                    passed.addAll(Json.texts(s.get("Resource")));
                                }
                            }
                            // the role the CDK made up is dropped from its PassRole statements
                            Iterator<JsonNode> it = ((ArrayNode) cdk.get("statements")).elements();
                            while (it.hasNext()) {
                                ObjectNode s = (ObjectNode) it.next();
                                if (Json.texts(s.get("Action")).equals(List.of("iam:PassRole"))) {
                                    List<String> kept = Json.texts(s.get("Resource")).stream().filter(passed::contains).toList();
                                    if (kept.isEmpty()) {
                                        it.remove();
                                    } else {
                                        ArrayNode r = s.putArray("Resource");
                                        kept.forEach(r::add);
                                    }
                                }
                            }
                        }),
                new AllowedDifference(TYPE_ID, "service-linked-role-of-the-partition",
                        "iam:CreateServiceLinkedRole names EMR's service in the context's partition only; the CDK names"
                                + " elasticmapreduce.amazonaws.com and elasticmapreduce.amazonaws.com.cn in every partition",
                        "https://docs.aws.amazon.com/emr/latest/ManagementGuide/using-service-linked-roles-cleanup.html",
                        c -> true, (c, ours, cdk) -> {
                            for (JsonNode s : cdk.get("statements")) {
                                JsonNode names = s.path("Condition").path("StringEquals").path("iam:AWSServiceName");
                                if (Json.texts(s.get("Action")).equals(List.of("iam:CreateServiceLinkedRole")) && names.isArray()) {
                                    ((ObjectNode) s.get("Condition").get("StringEquals")).put("iam:AWSServiceName",
                                            "elasticmapreduce." + RenderContext.urlSuffixOf(EmrCdkProps.CDK.partition()));
                                }
                            }
                        }),
                new AllowedDifference(TYPE_ID, "add-tags-with-tags-only",
                        "elasticmapreduce:AddTags is granted (on cluster/*) only when tags are given, for tag-on-create; the CDK"
                                + " also grants it on * for every cluster",
                        "https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html",
                        c -> true, (c, ours, cdk) -> {
                            for (JsonNode s : cdk.get("statements")) {
                                List<String> actions = new ArrayList<>(Json.texts(s.get("Action")));
                                if (Json.texts(s.get("Resource")).equals(List.of("*")) && actions.remove("elasticmapreduce:AddTags")) {
                                    ArrayNode a = ((ObjectNode) s).putArray("Action");
                                    actions.forEach(a::add);
                                }
                            }
                        }));
    }
}
