package io.github.sfntasks.conformance.contrib;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.conformance.generation.GenerationContext;
import io.github.sfntasks.conformance.iam.ResourceLocator;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import io.github.sfntasks.conformance.iam.ResourceRule;
import io.github.sfntasks.conformance.iam.TouchedResource;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The IAM rows of the seven Amazon EMR integrations, from AWS's "IAM policies for Amazon EMR"
 * (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html): the actions on the cluster named by
 * {@code Parameters.ClusterId} (any cluster when it is chosen at run time), {@code *} for a cluster that
 * createCluster makes; the managed rules of {@code .sync} as the AWS CDK names them
 * ({@code StepFunctionsGetEventForEMR...Rule}); {@code iam:PassRole} (the roles handed to EMR) and createCluster's
 * service-linked role and tagging as optional actions.
 */
public abstract class EmrArbitraries extends IntegrationRules {

    private static final String SOURCE = "https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html";

    /** @param rule the row; the type id is {@code elasticmapreduce:} and the action of its key */
    protected EmrArbitraries(ResourceRule rule) {
        super("elasticmapreduce:" + rule.key().substring(rule.key().indexOf(':') + 1), rule);
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

    /**
     * For {@code elasticmapreduce:createCluster}: besides its row, hand-written {@code instances} and
     * {@code configurations} (uniform, instance groups with automatic scaling and EBS, instance fleets with Spot and
     * On-Demand; configurations one to three levels deep), as the kit's schema generator spends minutes on the
     * four-level nesting of the whole shape (jqwik hashes the deep arbitrary tree again for every value).
     */
    public static final class CreateCluster extends EmrArbitraries {
        private static final List<String> INSTANCES = List.of("{}",
                "{'masterInstanceType': 'm5.xlarge', 'slaveInstanceType': 'm5.xlarge', 'instanceCount': 3, 'ec2SubnetId': 'subnet-1',"
                        + " 'terminationProtected': true, 'ec2KeyName': 'ops', 'hadoopVersion': '2.8.5'}",
                "{'instanceGroups': [{'instanceRole': 'MASTER', 'instanceType': 'm5.xlarge', 'instanceCount': 1, 'name': 'Master'},"
                        + " {'instanceRole': 'CORE', 'instanceType': 'r5.2xlarge', 'instanceCount': 2, 'market': 'SPOT', 'bidPrice': '0.2',"
                        + " 'ebsConfiguration': {'ebsOptimized': true, 'ebsBlockDeviceConfigs': [{'volumeSpecification': {'volumeType': 'gp3',"
                        + " 'volumeSize': 64, 'iops': 3000}, 'volumesPerInstance': 2}]},"
                        + " 'configurations': [{'classification': 'yarn-site', 'properties': {'a': 'b'}}],"
                        + " 'autoScalingPolicy': {'constraints': {'minCapacity': 1, 'maxCapacity': 5}, 'rules': [{'name': 'out',"
                        + " 'action': {'market': 'ON_DEMAND', 'simpleScalingPolicyConfiguration': {'scalingAdjustment': 1, 'adjustmentType': 'CHANGE_IN_CAPACITY', 'coolDown': 60}},"
                        + " 'trigger': {'cloudWatchAlarmDefinition': {'comparisonOperator': 'LESS_THAN', 'metricName': 'YARNMemoryAvailablePercentage',"
                        + " 'period': 300, 'threshold': 15, 'unit': 'PERCENT', 'statistic': 'AVERAGE', 'evaluationPeriods': 2,"
                        + " 'dimensions': [{'key': 'JobFlowId', 'value': 'j-1'}]}}}]}}],"
                        + " 'placement': {'availabilityZone': 'us-east-1a'}, 'emrManagedMasterSecurityGroup': 'sg-1',"
                        + " 'emrManagedSlaveSecurityGroup': 'sg-2', 'serviceAccessSecurityGroup': 'sg-3', 'additionalSlaveSecurityGroups': ['sg-4']}",
                "{'instanceFleets': [{'instanceFleetType': 'MASTER', 'name': 'm', 'targetOnDemandCapacity': 1,"
                        + " 'instanceTypeConfigs': [{'instanceType': 'm5.xlarge'}]}, {'instanceFleetType': 'CORE', 'targetSpotCapacity': 4,"
                        + " 'instanceTypeConfigs': [{'instanceType': 'r5.xlarge', 'bidPriceAsPercentageOfOnDemandPrice': 50, 'weightedCapacity': 2,"
                        + " 'configurations': [{'classification': 'spark', 'configurations': [{'classification': 'export'}]}],"
                        + " 'ebsConfiguration': {'ebsBlockDeviceConfigs': [{'volumeSpecification': {'volumeType': 'st1', 'volumeSize': 500}}]}},"
                        + " {'instanceType': 'r5.2xlarge', 'bidPrice': '0.5'}],"
                        + " 'launchSpecifications': {'onDemandSpecification': {'allocationStrategy': 'lowest-price'},"
                        + " 'spotSpecification': {'allocationStrategy': 'capacity-optimized', 'timeoutAction': 'TERMINATE_CLUSTER',"
                        + " 'timeoutDurationMinutes': 10, 'blockDurationMinutes': 60}}}],"
                        + " 'ec2SubnetIds': ['subnet-1', 'subnet-2'], 'placement': {'availabilityZones': ['us-east-1a']}}");
        private static final List<String> CONFIGURATIONS = List.of("[]",
                "[{'classification': 'spark-defaults', 'properties': {'spark.executor.memory': '4g'}}]",
                "[{'classification': 'hadoop-env', 'configurations': [{'classification': 'export', 'properties': {'JAVA_HOME': '/usr/lib/jvm'},"
                        + " 'configurations': [{'classification': 'deep'}]}]}, {'properties': {}}]");

        /** For ServiceLoader. */
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

        @Override
        public Optional<Arbitrary<? extends JsonNode>> property(String name, GenerationContext context) {
            List<String> choices = name.equals("instances") ? INSTANCES : name.equals("configurations") ? CONFIGURATIONS : null;
            return choices == null ? Optional.empty()
                    : Optional.of(Arbitraries.of(choices).map(t -> Json.read(t.replace('\'', '"'))));
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
