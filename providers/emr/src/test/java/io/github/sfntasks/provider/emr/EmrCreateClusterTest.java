package io.github.sfntasks.provider.emr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code elasticmapreduce:createCluster}; expected values in {@code src/test/resources/emr} (see its README). */
class EmrCreateClusterTest {

    private static final RenderContext CFN = RenderContext.cloudFormation();

    private static Task fromWorkflow(ExpectedJson expected) {
        return new EmrCreateClusterProvider().create(TaskRequest.of("Create Cluster", expected.properties()));
    }

    private static EmrCreateCluster.Builder minimal() {
        return EmrCreateCluster.builder("Create Cluster").instances(i -> { }).name("c").clusterRole("ClusterRole")
                .serviceRole("ServiceRole");
    }

    @Test
    void seedReadmeCreateClusterExampleRendersAsTheCdkInBothForms() {
        ExpectedJson expected = ExpectedJson.load(getClass(), "/emr/readme-create-cluster.json");
        EmrCreateCluster built = EmrCreateCluster.builder("Create Cluster").instances(i -> { }).clusterRole("ClusterRole")
                .name(JsonPath.stringAt("$.ClusterName")).serviceRole("ServiceRole").autoScalingRole("AutoScalingRole").build();
        assertEquals(expected.assertRenders(built), expected.assertRenders(fromWorkflow(expected)));
    }

    @Test
    void seedReadmeStepConcurrencyExampleRendersAsTheCdkInBothForms() {
        ExpectedJson expected = ExpectedJson.load(getClass(), "/emr/readme-step-concurrency.json");
        EmrCreateCluster built = EmrCreateCluster.builder("Create Cluster").instances(i -> { }).clusterRole("ClusterRole")
                .name(JsonPath.stringAt("$.ClusterName")).serviceRole("ServiceRole").stepConcurrencyLevel(10).build();
        assertEquals(expected.assertRenders(built), expected.assertRenders(fromWorkflow(expected)));
    }

    @Test
    void instanceFleetsWithSpotAndOnDemandEbsConfigurationsAndEveryClusterOptionRenderInBothForms() {
        ExpectedJson expected = ExpectedJson.load(getClass(), "/emr/fleet-cluster.json");
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("team", "data");
        tags.put("env", "prod");
        EmrCreateCluster built = EmrCreateCluster.builder("Create Cluster").name("nightly")
                .clusterRole("arn:aws:iam::123456789012:role/emr/EMR_EC2_DefaultRole").serviceRole("EMR_DefaultRole")
                .releaseLabel("emr-6.15.0")
                .applications(a -> a.name("Spark")).applications(a -> a.name("Hive").version("3.1.3"))
                .bootstrapActions(b -> b.name("setup").script("s3://b/setup.sh", "--fast"))
                .configurations(c -> c.classification("spark-env")
                        .configurations(e -> e.classification("export").properties(Map.of("PYSPARK_PYTHON", "python3"))))
                .instances(i -> i.ec2SubnetIds("subnet-1", "subnet-2")
                        .instanceFleet(f -> f.instanceFleetType("MASTER").name("Master").targetOnDemandCapacity(1)
                                .instanceTypeConfigs(t -> t.instanceType("m5.xlarge")))
                        .instanceFleet(f -> f.instanceFleetType("CORE").name("Core").targetSpotCapacity(4)
                                .instanceTypeConfigs(t -> t.instanceType("r5.2xlarge").bidPriceAsPercentageOfOnDemandPrice(60)
                                        .weightedCapacity(2).ebsConfiguration(e -> e.ebsOptimized(true).ebsBlockDeviceConfig("gp3", 100, 3000, 2)))
                                .onDemandSpecification("lowest-price")
                                .spotSpecification(s -> s.allocationStrategy("price-capacity-optimized").timeoutAction("SWITCH_TO_ON_DEMAND")
                                        .timeout(Duration.ofMinutes(20))))
                        .terminationProtected(false))
                .ebsRootVolumeSize(30).ebsRootVolumeIops(4000)
                .kerberosAttributes(k -> k.realm("EC2.INTERNAL").kdcAdminPassword("secret"))
                .securityConfiguration("kerberos").logUri("s3://logs/emr/")
                .managedScalingPolicy(m -> m.unitType("InstanceFleetUnits").minimumCapacityUnits(2).maximumCapacityUnits(10))
                .scaleDownBehavior("TERMINATE_AT_TASK_COMPLETION").stepConcurrencyLevel(5).tags(tags).visibleToAllUsers(false)
                .autoTerminationPolicyIdleTimeout(Duration.ofHours(1)).customAmiId("ami-0123456789abcdef0").build();
        assertEquals(expected.assertRenders(built), expected.assertRenders(fromWorkflow(expected)));
    }

    @Test
    void uniformInstanceGroupsWithAnAutoScalingPolicyRenderInBothForms() {
        ExpectedJson expected = ExpectedJson.load(getClass(), "/emr/groups-cluster.json");
        EmrCreateCluster built = EmrCreateCluster.builder("Create Cluster").name("groups").clusterRole("EMR_EC2_DefaultRole")
                .serviceRole("EMR_DefaultRole").autoScalingRole("EMR_AutoScaling_DefaultRole")
                .instances(i -> i.additionalMasterSecurityGroups("sg-4").ec2KeyName("ops").ec2SubnetId("subnet-1")
                        .emrManagedMasterSecurityGroup("sg-1").emrManagedSlaveSecurityGroup("sg-2")
                        .instanceGroup(g -> g.instanceRole("MASTER").instanceType("m5.xlarge").instanceCount(1).name("Master"))
                        .instanceGroup(g -> g.instanceRole("CORE").instanceType("m5.xlarge").instanceCount(2).market("SPOT").bidPrice("0.10")
                                .name("Core")
                                .configurations(c -> c.classification("yarn-site").properties(Map.of("yarn.nodemanager.vmem-check-enabled", "false")))
                                .autoScalingPolicy(p -> p.constraints(2, 10).rule(r -> r.name("ScaleOut")
                                        .description("Add a node when memory runs short")
                                        .action(null, s -> s.adjustmentType("CHANGE_IN_CAPACITY").scalingAdjustment(1).coolDown(300))
                                        .trigger(t -> t.comparisonOperator("LESS_THAN").metricName("YARNMemoryAvailablePercentage")
                                                .period(Duration.ofMinutes(5)).threshold(15).statistic("AVERAGE").unit("PERCENT")
                                                .evaluationPeriods(1).namespace("AWS/ElasticMapReduce").dimension("JobFlowId", "${emr.clusterId}")))))
                        .availabilityZone("us-east-1a").serviceAccessSecurityGroup("sg-3"))
                .build();
        assertEquals(expected.assertRenders(built), expected.assertRenders(fromWorkflow(expected)));
    }

    @Test
    void theDefaultPatternIsRunJobAsTheCdksAndRequestResponseDropsTheManagedRule() {
        assertEquals(IntegrationPattern.RUN_JOB, new EmrCreateClusterProvider().defaultIntegrationPattern());
        EmrCreateCluster rr = minimal().integrationPattern(IntegrationPattern.REQUEST_RESPONSE).build();
        assertEquals("arn:aws:states:::elasticmapreduce:createCluster", rr.toState(ExpectedJson.CONTEXT).get("Resource").textValue());
        assertTrue(rr.policyStatements(ExpectedJson.CONTEXT).stream().noneMatch(s -> s.actions().contains("events:PutRule")));
        assertThrows(TaskValidationException.class, () -> minimal().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
    }

    @Test
    void rolePlaceholdersRenderUntouchedAndSitInThePassRoleArn() {
        for (String role : List.of("${ClusterRole}", "${Token[TOKEN.12]}", "emr-${Stage}")) {
            EmrCreateCluster task = minimal().clusterRole(role).serviceRole(role).autoScalingRole(role).build();
            ObjectNode p = (ObjectNode) task.toState(CFN).get("Parameters");
            assertEquals(role, p.get("JobFlowRole").textValue());
            assertEquals(role, p.get("ServiceRole").textValue());
            assertEquals(role, p.get("AutoScalingRole").textValue());
            assertTrue(task.policyStatements(CFN).contains(PolicyStatement.allow("iam:PassRole",
                    "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/" + role)), role);
        }
    }

    @Test
    void aRoleArnRendersItsNameAndIsGrantedAsGiven() {
        EmrCreateCluster task = minimal().serviceRole("arn:aws:iam::111122223333:role/service-role/EMR_DefaultRole_V2").build();
        assertEquals("EMR_DefaultRole_V2", task.toState(ExpectedJson.CONTEXT).get("Parameters").get("ServiceRole").textValue());
        assertTrue(task.policyStatements(ExpectedJson.CONTEXT).contains(PolicyStatement.allow("iam:PassRole",
                "arn:aws:iam::111122223333:role/service-role/EMR_DefaultRole_V2")));
    }

    @Test
    void aWildcardInAnyPositionOfARoleIsRefused() {
        for (String role : List.of("EMR_*", "arn:aws:iam::*:role/x", "arn:*:iam::123456789012:role/x", "r?")) {
            assertInvalid("Create Cluster", "serviceRole", () -> minimal().serviceRole(role).build());
        }
    }

    @Test
    void aRoleChosenAtRunTimeGetsEveryRoleOfTheAccountWithAWarning() {
        EmrCreateCluster task = minimal().clusterRole(JsonPath.stringAt("$.role")).build();
        assertEquals("$.role", task.toState(ExpectedJson.CONTEXT).get("Parameters").get("JobFlowRole.$").textValue());
        assertTrue(task.policyStatements(ExpectedJson.CONTEXT).contains(PolicyStatement.allow("iam:PassRole",
                "arn:aws:iam::123456789012:role/*")));
        assertEquals(WarningCode.WIDENED_GRANT, task.warnings(ExpectedJson.CONTEXT).get(0).code());
        assertEquals("clusterRole", task.warnings(ExpectedJson.CONTEXT).get(0).property());
    }

    @Test
    void rejectsStepConcurrencyOutside1To256() {
        TaskValidationException e = assertInvalid("Create Cluster", "stepConcurrencyLevel", () -> minimal().stepConcurrencyLevel(257).build());
        assertEquals(ErrorCode.OUT_OF_RANGE, e.code());
        assertInvalid("Create Cluster", "stepConcurrencyLevel", () -> minimal().stepConcurrencyLevel(0).build());
    }

    @Test
    void rejectsStepConcurrencyAbove1BeforeRelease5280() {
        assertInvalid("Create Cluster", "stepConcurrencyLevel", () -> minimal().releaseLabel("emr-5.27.0").stepConcurrencyLevel(2).build());
        minimal().releaseLabel("emr-5.27.0").stepConcurrencyLevel(1).build();
        minimal().releaseLabel("emr-5.28.0").stepConcurrencyLevel(256).build();
        minimal().releaseLabel(JsonPath.stringAt("$.release")).stepConcurrencyLevel(5).build();
    }

    @Test
    void rejectsRootVolumeIopsAndThroughputBeforeRelease6150AndOutOfRange() {
        assertInvalid("Create Cluster", "ebsRootVolumeIops", () -> minimal().releaseLabel("emr-6.14.0").ebsRootVolumeIops(3000).build());
        assertInvalid("Create Cluster", "ebsRootVolumeThroughput", () -> minimal().releaseLabel("emr-5.36.1").ebsRootVolumeThroughput(125).build());
        assertInvalid("Create Cluster", "ebsRootVolumeIops", () -> minimal().ebsRootVolumeIops(2999).build());
        assertInvalid("Create Cluster", "ebsRootVolumeSize", () -> minimal().ebsRootVolumeSize(101).build());
        assertInvalid("Create Cluster", "autoTerminationPolicyIdleTimeout",
                () -> minimal().autoTerminationPolicyIdleTimeout(Duration.ofSeconds(59)).build());
    }

    @Test
    void rejectsAReleaseLabelNotEmrXyz() {
        assertInvalid("Create Cluster", "releaseLabel", () -> minimal().releaseLabel("6.15.0").build());
        assertInvalid("Create Cluster", "releaseLabel", () -> minimal().releaseLabel("emr-6.15").build());
    }

    @Test
    void rejectsAnAutoScalingRoleWithInstanceFleets() {
        TaskValidationException e = assertInvalid("Create Cluster", "autoScalingRole", () -> minimal().autoScalingRole("r")
                .instances(i -> i.instanceFleet(f -> f.instanceFleetType("MASTER").targetOnDemandCapacity(1))).build());
        assertEquals(ErrorCode.CONFLICTING_PROPERTIES, e.code());
    }

    @Test
    void rejectsBothBidPricesOfOneInstanceTypeAndFleetsWithGroups() {
        assertInvalid("Create Cluster", "instances.instanceFleets[0].instanceTypeConfigs[0].bidPriceAsPercentageOfOnDemandPrice",
                () -> minimal().instances(i -> i.instanceFleet(f -> f.instanceFleetType("CORE")
                        .instanceTypeConfigs(t -> t.instanceType("m5.xlarge").bidPrice("0.1").bidPriceAsPercentageOfOnDemandPrice(50)))).build());
        assertInvalid("Create Cluster", "instances.instanceGroups", () -> minimal().instances(i -> i
                .instanceFleet(f -> f.instanceFleetType("CORE"))
                .instanceGroup(g -> g.instanceRole("CORE").instanceType("m5.xlarge").instanceCount(1))).build());
    }

    @Test
    void rejectsASpotSpecificationWithoutTimeoutAndAnUnknownVolumeType() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> minimal().instances(i -> i
                .instanceFleet(f -> f.instanceFleetType("CORE").spotSpecification(s -> s.timeoutAction("TERMINATE_CLUSTER"))
                        .instanceTypeConfigs(t -> t.instanceType("m5.xlarge").ebsConfiguration(b -> b.ebsBlockDeviceConfig("gp9", 10, null, null)))))
                .build());
        assertEquals(List.of("instances.instanceFleets[0].instanceTypeConfigs[0].ebsConfiguration.ebsBlockDeviceConfigs[0].volumeSpecification.volumeType",
                        "instances.instanceFleets[0].launchSpecifications.spotSpecification.timeoutDurationMinutes"),
                e.problems().stream().map(TaskValidationException::property).toList());
    }

    @Test
    void everyMissingRequiredPropertyIsNamedAtOnce() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> EmrCreateCluster.builder("Create Cluster").build());
        assertEquals(List.of("instances", "clusterRole", "name", "serviceRole"),
                e.problems().stream().map(TaskValidationException::property).toList());
        assertEquals("Create Cluster", e.stateName());
    }

    @Test
    void configurationsNestFourLevels() {
        EmrCreateCluster task = minimal().configurations(a -> a.classification("a").configurations(b -> b.classification("b")
                .configurations(c -> c.classification("c").configurations(d -> d.classification("d"))))).build();
        assertEquals("d", task.toState(ExpectedJson.CONTEXT).at("/Parameters/Configurations/0/Configurations/0/Configurations/0/Configurations/0/Classification")
                .textValue());
        assertThrows(IllegalStateException.class, () -> minimal().configurations(a -> a.configurations(b -> b.configurations(
                c -> c.configurations(d -> d.configurations(e -> { }))))));
        ObjectNode props = ExpectedJson.object("{\"instances\": {}, \"name\": \"c\", \"clusterRole\": \"r\", \"serviceRole\": \"s\","
                + " \"configurations\": [{\"configurations\": [{\"configurations\": [{\"configurations\": [{\"configurations\": []}]}]}]}]}");
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> new EmrCreateClusterProvider().create(TaskRequest.of("Create Cluster", props)));
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, e.code());
    }

    @Test
    void aWorkflowFileTypoIsReportedFirst() {
        ObjectNode props = ExpectedJson.object("{\"instances\": {\"instanceGroup\": []}, \"nmae\": \"c\", \"clusterRole\": \"r\", \"serviceRole\": \"s\"}");
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> new EmrCreateClusterProvider().create(TaskRequest.of("Create Cluster", props)));
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, e.code());
        assertTrue(e.problems().stream().anyMatch(p -> "instances.instanceGroup".equals(p.property())), e.getMessage());
    }

    @Test
    void aJsonataStateRendersArguments() {
        EmrCreateCluster task = minimal().queryLanguage(QueryLanguage.JSONATA).name("{% $states.input.name %}").build();
        ObjectNode state = task.toState(ExpectedJson.CONTEXT);
        assertEquals("{% $states.input.name %}", state.get("Arguments").get("Name").textValue());
        assertTrue(state.get("Arguments").get("Instances").get("KeepJobFlowAliveWhenNoSteps").booleanValue());
    }

    @Test
    void toBuilderGivesTheSameTask() {
        EmrCreateCluster task = minimal().tags(Map.of("a", "b")).visibleToAllUsers(false).build();
        assertEquals(task.toState(ExpectedJson.CONTEXT), task.toBuilder().build().toState(ExpectedJson.CONTEXT));
    }
}
