package io.github.sfntasks.conformance.contrib;

import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.iam.ResourceLocator;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import io.github.sfntasks.conformance.iam.ResourceRule;
import io.github.sfntasks.conformance.iam.TouchedResource;

import java.util.ArrayList;
import java.util.List;

/**
 * The IAM rows of the seven Amazon EMR integrations, from AWS's "IAM policies for Amazon EMR"
 * (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html): the actions on the cluster named by
 * {@code Parameters.ClusterId} (any cluster when it is chosen at run time), {@code *} for a cluster that
 * createCluster makes; the managed rules of {@code .sync} as the AWS CDK names them
 * ({@code StepFunctionsGetEventForEMR...Rule}); {@code iam:PassRole} (the roles handed to EMR) and createCluster's
 * service-linked role and tagging as optional actions.
 */
public abstract class EmrArbitraries implements ProviderArbitraries {

    private static final String SOURCE = "https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html";

    private final ResourceRule rule;

    /** @param rule the row */
    protected EmrArbitraries(ResourceRule rule) {
        this.rule = rule;
    }

    @Override
    public String typeId() {
        return "elasticmapreduce:" + rule.key().substring(rule.key().indexOf(':') + 1);
    }

    @Override
    public List<ResourceRule> resourceRules() {
        return List.of(rule);
    }

    /** @return the cluster of {@code Parameters.ClusterId} (or {@code Arguments.ClusterId}) */
    static ResourceLocator cluster() {
        return (state, actions, context) -> {
            String id = ResourceLocators.staticParameter(ResourceLocators.parameters(state), "ClusterId");
            String arn = id == null ? null : context.arn("elasticmapreduce", "cluster/" + id);
            List<TouchedResource> out = new ArrayList<>();
            for (String a : actions) {
                if (a.startsWith("elasticmapreduce:")) {
                    out.add(arn == null ? TouchedResource.dynamic(a, "Parameters.ClusterId (chosen at run time)")
                            : new TouchedResource(a, arn, ResourceLocators.sibling(arn, "cluster/"), "Parameters.ClusterId"));
                }
            }
            return out;
        };
    }

    private static ResourceRule.Builder row(String api, String... actions) {
        return ResourceRule.integration("elasticmapreduce:" + api).actions(actions).locator(cluster()).source(SOURCE);
    }

    /** For {@code elasticmapreduce:createCluster}. */
    public static final class CreateCluster extends EmrArbitraries {
        /** For ServiceLoader. */
        public CreateCluster() {
            super(ResourceRule.integration("elasticmapreduce:createCluster")
                    .actions("elasticmapreduce:RunJobFlow", "elasticmapreduce:DescribeCluster", "elasticmapreduce:TerminateJobFlows")
                    .optionalActions("iam:PassRole", "iam:CreateServiceLinkedRole", "elasticmapreduce:AddTags")
                    .syncEventsRule("StepFunctionsGetEventForEMRRunJobFlowRule")
                    .locator((state, actions, context) -> actions.stream().filter(a -> a.startsWith("elasticmapreduce:"))
                            .map(a -> new TouchedResource(a, "*", null, "the cluster RunJobFlow makes (no ARN before it exists)")).toList())
                    .source(SOURCE).build());
        }
    }

    /** For {@code elasticmapreduce:addStep}. */
    public static final class AddStep extends EmrArbitraries {
        /** For ServiceLoader. */
        public AddStep() {
            super(row("addStep", "elasticmapreduce:AddJobFlowSteps", "elasticmapreduce:DescribeStep", "elasticmapreduce:CancelSteps")
                    .optionalActions("iam:PassRole").syncEventsRule("StepFunctionsGetEventForEMRAddJobFlowStepsRule").build());
        }
    }

    /** For {@code elasticmapreduce:terminateCluster}. */
    public static final class TerminateCluster extends EmrArbitraries {
        /** For ServiceLoader. */
        public TerminateCluster() {
            super(row("terminateCluster", "elasticmapreduce:TerminateJobFlows", "elasticmapreduce:DescribeCluster")
                    .syncEventsRule("StepFunctionsGetEventForEMRTerminateJobFlowsRule").build());
        }
    }

    /** For {@code elasticmapreduce:setClusterTerminationProtection}. */
    public static final class SetClusterTerminationProtection extends EmrArbitraries {
        /** For ServiceLoader. */
        public SetClusterTerminationProtection() {
            super(row("setClusterTerminationProtection", "elasticmapreduce:SetTerminationProtection").build());
        }
    }

    /** For {@code elasticmapreduce:cancelStep}. */
    public static final class CancelStep extends EmrArbitraries {
        /** For ServiceLoader. */
        public CancelStep() {
            super(row("cancelStep", "elasticmapreduce:CancelSteps").build());
        }
    }

    /** For {@code elasticmapreduce:modifyInstanceFleetByName}. */
    public static final class ModifyInstanceFleetByName extends EmrArbitraries {
        /** For ServiceLoader. */
        public ModifyInstanceFleetByName() {
            super(row("modifyInstanceFleetByName", "elasticmapreduce:ModifyInstanceFleet", "elasticmapreduce:ListInstanceFleets").build());
        }
    }

    /** For {@code elasticmapreduce:modifyInstanceGroupByName}. */
    public static final class ModifyInstanceGroupByName extends EmrArbitraries {
        /** For ServiceLoader. */
        public ModifyInstanceGroupByName() {
            super(row("modifyInstanceGroupByName", "elasticmapreduce:ModifyInstanceGroups", "elasticmapreduce:ListInstanceGroups").build());
        }
    }
}
