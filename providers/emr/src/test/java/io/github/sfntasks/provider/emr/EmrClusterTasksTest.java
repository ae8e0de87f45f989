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
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The six tasks on a running cluster; expected values in {@code src/test/resources/emr} (see its README). */
class EmrClusterTasksTest {

    private static final RenderContext CFN = RenderContext.cloudFormation();

    private static void bothForms(String resource, Task built, TaskProvider provider) {
        ExpectedJson expected = ExpectedJson.load(EmrClusterTasksTest.class, resource);
        Task read = provider.create(TaskRequest.of("Task", expected.properties()));
        assertEquals(expected.assertRenders(built), expected.assertRenders(read));
    }

    @Test
    void seedReadmeTerminationProtectionExample() {
        bothForms("/emr/readme-termination-protection.json", EmrSetClusterTerminationProtection.builder("Task").clusterId("ClusterId")
                .terminationProtected(false).build(), new EmrSetClusterTerminationProtectionProvider());
    }

    @Test
    void seedReadmeTerminateClusterExample() {
        bothForms("/emr/readme-terminate-cluster.json", EmrTerminateCluster.builder("Task").clusterId("ClusterId").build(),
                new EmrTerminateClusterProvider());
    }

    @Test
    void seedReadmeAddStepExample() {
        bothForms("/emr/readme-add-step.json", EmrAddStep.builder("Task").clusterId("ClusterId").name("StepName").jar("Jar")
                .actionOnFailure("CONTINUE").build(), new EmrAddStepProvider());
    }

    @Test
    void seedReadmeCancelStepExample() {
        bothForms("/emr/readme-cancel-step.json", EmrCancelStep.builder("Task").clusterId("ClusterId").stepId("StepId").build(),
                new EmrCancelStepProvider());
    }

    @Test
    void seedReadmeModifyInstanceFleetExample() {
        bothForms("/emr/readme-modify-instance-fleet.json", EmrModifyInstanceFleetByName.builder("Task").clusterId("ClusterId")
                .instanceFleetName("InstanceFleetName").targetOnDemandCapacity(2).targetSpotCapacity(0).build(),
                new EmrModifyInstanceFleetByNameProvider());
    }

    @Test
    void seedReadmeModifyInstanceGroupExample() {
        bothForms("/emr/readme-modify-instance-group.json", EmrModifyInstanceGroupByName.builder("Task").clusterId("ClusterId")
                .instanceGroupName(JsonPath.stringAt("$.InstanceGroupName")).instanceGroup(g -> g.instanceCount(1)).build(),
                new EmrModifyInstanceGroupByNameProvider());
    }

    /** Every task on a cluster, built for a cluster id. */
    private static final List<Function<Object, Task>> ON_A_CLUSTER = List.of(
            id -> EmrSetClusterTerminationProtection.builder("Task").clusterId(id).terminationProtected(true).build(),
            id -> EmrTerminateCluster.builder("Task").clusterId(id).build(),
            id -> EmrAddStep.builder("Task").clusterId(id).name("s").jar("j").build(),
            id -> EmrCancelStep.builder("Task").clusterId(id).stepId("s-1").build(),
            id -> EmrModifyInstanceFleetByName.builder("Task").clusterId(id).instanceFleetName("f").targetOnDemandCapacity(0).targetSpotCapacity(1).build(),
            id -> EmrModifyInstanceGroupByName.builder("Task").clusterId(id).instanceGroupName("g").instanceGroup(g -> g.instanceCount(2)).build());

    @Test
    void clusterPlaceholdersRenderUntouchedAndSitInTheClusterArn() {
        for (String id : List.of("${Cluster}", "${Token[TOKEN.12]}", "j-${Stage}", "${Cluster.Id}")) {
            for (Function<Object, Task> make : ON_A_CLUSTER) {
                Task task = make.apply(id);
                assertEquals(id, task.toState(CFN).get("Parameters").get("ClusterId").textValue());
                assertEquals(List.of("arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/" + id),
                        task.policyStatements(CFN).get(0).resources(), id);
            }
        }
    }

    @Test
    void aWildcardOrAnArnAsClusterIdIsRefused() {
        for (String id : List.of("j-*", "j-?", "arn:aws:elasticmapreduce:us-east-1:123456789012:cluster/j-1")) {
            for (Function<Object, Task> make : ON_A_CLUSTER) {
                assertInvalid("Task", "clusterId", () -> make.apply(id));
            }
        }
    }

    @Test
    void aClusterChosenAtRunTimeIsGrantedEveryClusterOfTheAccountWithAWarning() {
        for (Function<Object, Task> make : ON_A_CLUSTER) {
            Task task = make.apply(JsonPath.stringAt("$.ClusterId"));
            assertEquals("$.ClusterId", task.toState(ExpectedJson.CONTEXT).get("Parameters").get("ClusterId.$").textValue());
            assertEquals(List.of("arn:aws:elasticmapreduce:us-east-1:123456789012:cluster/*"),
                    task.policyStatements(ExpectedJson.CONTEXT).get(0).resources());
            assertEquals(WarningCode.WIDENED_GRANT, task.warnings(ExpectedJson.CONTEXT).get(0).code());
            assertEquals("clusterId", task.warnings(ExpectedJson.CONTEXT).get(0).property());
        }
    }

    @Test
    void theDefaultPatternsAreTheCdks() {
        assertEquals(IntegrationPattern.RUN_JOB, new EmrTerminateClusterProvider().defaultIntegrationPattern());
        assertEquals(IntegrationPattern.RUN_JOB, new EmrAddStepProvider().defaultIntegrationPattern());
        for (TaskProvider p : List.of(new EmrSetClusterTerminationProtectionProvider(), new EmrCancelStepProvider(),
                new EmrModifyInstanceFleetByNameProvider(), new EmrModifyInstanceGroupByNameProvider())) {
            assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern());
            assertEquals(java.util.Set.of(IntegrationPattern.REQUEST_RESPONSE), p.integrationPatterns());
        }
        Task rr = EmrTerminateCluster.builder("Task").clusterId("j-1").integrationPattern(IntegrationPattern.REQUEST_RESPONSE).build();
        assertEquals("arn:aws:states:::elasticmapreduce:terminateCluster", rr.toState(ExpectedJson.CONTEXT).get("Resource").textValue());
        assertEquals(1, rr.policyStatements(ExpectedJson.CONTEXT).size());
        assertThrows(TaskValidationException.class, () -> EmrCancelStep.builder("Task").clusterId("j-1").stepId("s")
                .integrationPattern(IntegrationPattern.RUN_JOB).build());
    }

    @Test
    void addStepRendersTheHadoopJarStepAndPassesTheExecutionRole() {
        EmrAddStep step = EmrAddStep.builder("Task").clusterId("j-1").name("etl").jar("command-runner.jar")
                .mainClass("Main").args(List.of("spark-submit", "s3://b/job.py")).properties(Map.of("k", "v"))
                .actionOnFailure("CANCEL_AND_WAIT").executionRoleArn("arn:aws:iam::123456789012:role/StepRole")
                .integrationPattern(IntegrationPattern.REQUEST_RESPONSE).build();
        assertEquals(ExpectedJson.object("{\"ClusterId\": \"j-1\", \"ExecutionRoleArn\": \"arn:aws:iam::123456789012:role/StepRole\","
                + " \"Step\": {\"Name\": \"etl\", \"ActionOnFailure\": \"CANCEL_AND_WAIT\", \"HadoopJarStep\": {\"Jar\": \"command-runner.jar\","
                + " \"MainClass\": \"Main\", \"Args\": [\"spark-submit\", \"s3://b/job.py\"], \"Properties\": [{\"Key\": \"k\", \"Value\": \"v\"}]}}}"),
                step.toState(ExpectedJson.CONTEXT).get("Parameters"));
        assertEquals(List.of(
                PolicyStatement.allow(List.of("elasticmapreduce:AddJobFlowSteps", "elasticmapreduce:DescribeStep", "elasticmapreduce:CancelSteps"),
                        List.of("arn:aws:elasticmapreduce:us-east-1:123456789012:cluster/j-1")),
                PolicyStatement.allow("iam:PassRole", "arn:aws:iam::123456789012:role/StepRole")), step.policyStatements(ExpectedJson.CONTEXT));
    }

    @Test
    void anExecutionRolePlaceholderIsTheRoleArn() {
        for (String arn : List.of("${StepRole.Arn}", "${Token[TOKEN.12]}")) {
            EmrAddStep step = EmrAddStep.builder("Task").clusterId("j-1").name("s").jar("j").executionRoleArn(arn).build();
            assertEquals(arn, step.toState(CFN).get("Parameters").get("ExecutionRoleArn").textValue());
            assertTrue(step.policyStatements(CFN).contains(PolicyStatement.allow("iam:PassRole", arn)), arn);
        }
        assertInvalid("Task", "executionRoleArn", () -> EmrAddStep.builder("Task").clusterId("j-1").name("s").jar("j")
                .executionRoleArn("arn:aws:iam::123456789012:role/*").build());
    }

    @Test
    void addStepDefaultsToContinueAndRejectsAnUnknownAction() {
        Task step = EmrAddStep.builder("Task").clusterId("j-1").name("s").jar("j").build();
        assertEquals("CONTINUE", step.toState(ExpectedJson.CONTEXT).at("/Parameters/Step/ActionOnFailure").textValue());
        assertInvalid("Task", "actionOnFailure", () -> EmrAddStep.builder("Task").clusterId("j-1").name("s").jar("j")
                .actionOnFailure("TERMINATE_JOB_FLOW").build());
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> EmrAddStep.builder("Task").build());
        assertEquals(List.of("clusterId", "name", "jar"), e.problems().stream().map(TaskValidationException::property).toList());
    }

    @Test
    void modifyInstanceFleetNeedsBothCapacitiesAsTheCdk() {
        TaskValidationException e = assertInvalid("Task", "targetOnDemandCapacity", () -> EmrModifyInstanceFleetByName.builder("Task")
                .clusterId("j-1").instanceFleetName("f").targetSpotCapacity(1).build());
        assertEquals(ErrorCode.MISSING_PROPERTY, e.code());
        assertInvalid("Task", "targetSpotCapacity", () -> EmrModifyInstanceFleetByName.builder("Task").clusterId("j-1")
                .instanceFleetName("f").targetOnDemandCapacity(1).targetSpotCapacity(-1).build());
    }

    @Test
    void modifyInstanceGroupRendersItsShrinkPolicyInBothForms() {
        Task built = EmrModifyInstanceGroupByName.builder("Task").clusterId("j-1").instanceGroupName("Core")
                .instanceGroup(g -> g.instanceCount(1).eC2InstanceIdsToTerminate("i-1")
                        .configurations(c -> c.classification("yarn-site").properties(Map.of("a", "b")))
                        .shrinkPolicy(java.time.Duration.ofMinutes(1), List.of("i-2"), null, java.time.Duration.ofSeconds(30)))
                .build();
        ObjectNode props = ExpectedJson.object("{\"clusterId\": \"j-1\", \"instanceGroupName\": \"Core\", \"instanceGroup\": {"
                + "\"configurations\": [{\"classification\": \"yarn-site\", \"properties\": {\"a\": \"b\"}}], \"eC2InstanceIdsToTerminate\": [\"i-1\"],"
                + " \"instanceCount\": 1, \"shrinkPolicy\": {\"decommissionTimeout\": 60, \"instanceResizePolicy\": {\"instancesToProtect\": [\"i-2\"],"
                + " \"instanceTerminationTimeout\": 30}}}}");
        Task read = new EmrModifyInstanceGroupByNameProvider().create(TaskRequest.of("Task", props));
        assertEquals(ExpectedJson.object("{\"Configurations\": [{\"Classification\": \"yarn-site\", \"Properties\": {\"a\": \"b\"}}],"
                + " \"EC2InstanceIdsToTerminate\": [\"i-1\"], \"InstanceCount\": 1, \"ShrinkPolicy\": {\"DecommissionTimeout\": 60,"
                + " \"InstanceResizePolicy\": {\"InstancesToProtect\": [\"i-2\"], \"InstanceTerminationTimeout\": 30}}}"),
                built.toState(ExpectedJson.CONTEXT).at("/Parameters/InstanceGroup"));
        assertEquals(built.toState(ExpectedJson.CONTEXT), read.toState(ExpectedJson.CONTEXT));
    }

    @Test
    void aJsonataStateRendersArgumentsForEveryTask() {
        Task t = EmrAddStep.builder("Task").queryLanguage(QueryLanguage.JSONATA).clusterId("{% $states.input.cluster %}").name("s")
                .jar("j").build();
        ObjectNode state = t.toState(ExpectedJson.CONTEXT);
        assertEquals("{% $states.input.cluster %}", state.at("/Arguments/ClusterId").textValue());
        assertEquals("j", state.at("/Arguments/Step/HadoopJarStep/Jar").textValue());
        Task fleet = EmrModifyInstanceFleetByName.builder("Task").queryLanguage(QueryLanguage.JSONATA).clusterId("j-1")
                .instanceFleetName("f").targetOnDemandCapacity("{% $states.input.n %}").targetSpotCapacity(0).build();
        assertEquals("{% $states.input.n %}", fleet.toState(ExpectedJson.CONTEXT).at("/Arguments/InstanceFleet/TargetOnDemandCapacity").textValue());
    }
}
