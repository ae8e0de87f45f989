package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.conformance.cdk.CdkComparison;
import io.github.sfntasks.conformance.cdk.CdkDifferential;
import io.github.sfntasks.conformance.cdk.CdkRenderer;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.internal.Json;
import io.github.sfntasks.core.TaskRegistry;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code EcsRunTaskCdkFactory} on requests chosen to meet each documented difference, and on requests the CDK's
 * {@code EcsRunTask} cannot take. Expected outcomes are reasoned from the CDK v2.263 source
 * (aws-stepfunctions-tasks lib/ecs/run-task.js: the launch targets' {@code bind}, {@code makePolicyStatements},
 * {@code configureAwsVpcNetworking}) and from the ECS API pages the differences name.
 */
class EcsRunTaskCdkFactoryTest {

    private static final TaskRegistry REGISTRY = TaskRegistry.load();
    private static final String TYPE = "ecs:runTask";

    private static CdkComparison compare(String properties, IntegrationPattern pattern) {
        TaskProvider provider = REGISTRY.providers().stream().filter(p -> p.typeId().equals(TYPE)).findFirst().orElseThrow();
        CdkTaskFactory factory = CdkTaskFactory.find(TYPE).orElseThrow();
        TaskCase c = new TaskCase(TYPE, "Run", (ObjectNode) Json.read(properties.replace('\'', '"')), pattern,
                QueryLanguage.JSONATA, null);
        return CdkDifferential.compare(provider, factory, CdkRenderer.shared(), c);
    }

    private static void assertDocumented(Set<String> applied, CdkComparison r) {
        assertEquals(CdkComparison.Kind.DOCUMENTED, r.kind(), r::toString);
        assertEquals(applied, Set.copyOf(r.applied()), r::toString);
    }

    @Test
    void ec2TaskWithPlacementAndNamedRoles() {
        // The cluster by ARN and both roles named: RunTask on the family's revisions (ours) vs the construct's ARN
        // (the CDK, flag fixRunEcsTaskPolicy); StopTask/DescribeTasks only for .sync; PassRole with its condition;
        // binpack's field as ECS spells it.
        assertDocumented(Set.of("run-task-on-family-or-revision", "stop-describe-for-sync-only", "pass-role-to-ecs-tasks-only",
                        "binpack-field-lower-case"),
                compare("{'cluster': 'arn:aws:ecs:us-east-1:123456789012:cluster/Ec2Cluster', 'taskDefinition': 'TD',"
                        + " 'launchType': 'EC2', 'taskRole': 'TDTaskRole', 'executionRole': 'TDExecRole',"
                        + " 'placementStrategies': [{'type': 'spread', 'field': 'instanceId'}, {'type': 'binpack', 'field': 'memory'}],"
                        + " 'placementConstraints': [{'type': 'memberOf', 'expression': 'attribute:ecs.instance-type =~ t2.*'}]}", null));
    }

    @Test
    void fargateSyncTaskWithNetworkAndOverrides() {
        // .sync: StopTask/DescribeTasks and the managed rule on both sides; no roles named: the CDK also passes the
        // task role its TaskDefinition creates; a cluster name is written as given.
        assertDocumented(Set.of("run-task-on-family-or-revision", "pass-role-named-roles-only", "cluster-name-as-given",
                        "assign-public-ip-disabled-written"),
                compare("{'cluster': 'FargateCluster', 'taskDefinition': 'TD:3', 'launchType': 'FARGATE', 'platformVersion': '1.4.0',"
                        + " 'networkConfiguration': {'subnets': ['subnet-1', 'subnet-2'], 'securityGroups': ['sg-1'], 'assignPublicIp': false},"
                        + " 'containerOverrides': [{'containerName': 'app', 'command': ['run'], 'cpu': 256,"
                        + " 'environment': [{'name': 'MODE', 'value': 'nightly'}]}], 'propagatedTagSource': 'TASK_DEFINITION',"
                        + " 'enableExecuteCommand': true}", IntegrationPattern.RUN_JOB));
    }

    @Test
    void noClusterNoLaunchTypeNoSecurityGroups() {
        // No launch type: CapacityProviderOptions.doDefault() writes no LaunchType either; no cluster: the CDK's
        // required cluster is the default one; no security groups: the CDK creates one.
        assertDocumented(Set.of("run-task-on-family-or-revision", "stop-describe-for-sync-only", "pass-role-named-roles-only",
                        "default-cluster-left-out", "vpc-default-security-group"),
                compare("{'taskDefinition': 'TD', 'revisionNumber': 7, 'networkConfiguration': {'subnets': ['subnet-1'],"
                        + " 'assignPublicIp': true}, 'capacityProviderStrategy': [{'capacityProvider': 'cp', 'weight': 2}]}", null));
    }

    @Test
    void whatTheCdkCannotTake() {
        for (String request : new String[] {
                "{'taskDefinition': 'TD', 'launchType': 'EXTERNAL'}",
                "{'taskDefinition': 'arn:aws:ecs:us-east-1:123456789012:task-definition/TD:1', 'launchType': 'EC2'}",
                "{'taskDefinition': 'TD', 'launchType': 'EC2', 'placementStrategies': []}",
                "{'taskDefinition': 'TD', 'launchType': 'FARGATE', 'platformVersion': '9.9.9',"
                        + " 'networkConfiguration': {'subnets': ['subnet-1'], 'securityGroups': ['sg-1']}}",
                "{'taskDefinition': 'TD', 'platformVersion': 'LATEST', 'placementConstraints': [{'type': 'distinctInstance'}],"
                        + " 'networkConfiguration': {'subnets': ['subnet-1'], 'securityGroups': ['sg-1']}}"}) {
            assertEquals(CdkComparison.Kind.NOT_EXPRESSIBLE, compare(request, null).kind(), request);
        }
    }
}
