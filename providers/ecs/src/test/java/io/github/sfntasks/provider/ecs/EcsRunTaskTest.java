package io.github.sfntasks.provider.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.provider.ecs.EcsRunTask.LaunchType;
import io.github.sfntasks.provider.ecs.EcsRunTask.PlacementConstraint;
import io.github.sfntasks.provider.ecs.EcsRunTask.PlacementStrategy;
import io.github.sfntasks.testing.ExpectedJson;
import io.github.sfntasks.testing.Robustness;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcsRunTaskTest {

    private final EcsRunTaskProvider provider = new EcsRunTaskProvider();

    private static ExpectedJson expected(String name) {
        return ExpectedJson.load(EcsRunTaskTest.class, "/ecs/" + name + ".json");
    }

    private Task fromWorkflow(String stateName, ExpectedJson c, IntegrationPattern pattern, QueryLanguage language) {
        return provider.create(TaskRequest.of(stateName, "ecs:runTask", c.properties(), pattern, language, null));
    }

    private static EcsRunTask.Builder minimal() {
        return EcsRunTask.builder("Run").taskDefinition("TD");
    }

    // ---- the seed README's examples --------------------------------------------------------------

    /** README "ECS / RunTask / EC2": "Run", placement strategies spread/binpack(cpu)/random and memberOf("blieptuut"). */
    @Test
    void readmeEc2ExampleRendersPlacementAndRunJob() {
        ExpectedJson c = expected("readme-ec2-run");
        Task typed = EcsRunTask.builder("Run")
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .cluster("arn:aws:ecs:us-east-1:123456789012:cluster/Ec2Cluster")
                .taskDefinition("TD")
                .launchType(LaunchType.EC2)
                .placementStrategies(PlacementStrategy.spreadAcrossInstances(), PlacementStrategy.packedByCpu(),
                        PlacementStrategy.randomly())
                .placementConstraints(PlacementConstraint.memberOf("blieptuut"))
                .taskRole("TDTaskRole")
                .build();
        String a = c.assertRenders(typed);
        String b = c.assertRenders(fromWorkflow("Run", c, IntegrationPattern.RUN_JOB, QueryLanguage.JSONPATH));
        assertEquals(a, b, "builder and workflow file give the same bytes");
    }

    /** README "ECS / RunTask / Fargate": "RunFargate", public IP, an environment override from the input. */
    @Test
    void readmeFargateExampleRendersNetworkAndContainerOverride() {
        ExpectedJson c = expected("readme-fargate-run");
        Task typed = EcsRunTask.builder("RunFargate")
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .cluster("arn:aws:ecs:us-east-1:123456789012:cluster/FargateCluster")
                .taskDefinition("TD")
                .launchType(LaunchType.FARGATE)
                .networkConfiguration(n -> n.subnets("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002")
                        .securityGroups("sg-0123456789abcdef0").assignPublicIp(true))
                .addContainerOverride(o -> o.containerName("TheContainer").environment("SOME_KEY", JsonPath.stringAt("$.SomeKey")))
                .taskRole("TDTaskRole")
                .build();
        String a = c.assertRenders(typed);
        String b = c.assertRenders(fromWorkflow("RunFargate", c, IntegrationPattern.RUN_JOB, QueryLanguage.JSONPATH));
        assertEquals(a, b, "builder and workflow file give the same bytes");
    }

    // ---- patterns, overrides, revisions ----------------------------------------------------------

    @Test
    void callbackWithRevisionCapacityProvidersAndEveryOverride() {
        ExpectedJson c = expected("callback-revision-capacity");
        Task typed = EcsRunTask.builder("Run")
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .cluster("workers").taskDefinition("worker").revisionNumber(3)
                .cpu("512").memoryMiB("1024")
                .addContainerOverride(o -> o.containerName("app").command("run", "--fast").cpu(256).memoryLimit(512)
                        .memoryReservation(256).environment("TASK_TOKEN", JsonPath.taskToken()).environment("STAGE", "prod"))
                .propagatedTagSource(EcsRunTask.PropagatedTagSource.TASK_DEFINITION)
                .addCapacityProvider(p -> p.capacityProvider("FARGATE_SPOT").weight(2).base(1))
                .platformVersion("1.4.0")
                .enableExecuteCommand(true)
                .networkConfiguration(n -> n.subnets("subnet-0a1b2c3d4e5f60001").assignPublicIp(false))
                .taskRole("arn:aws:iam::123456789012:role/worker-task")
                .executionRole("worker-execution")
                .build();
        assertEquals(c.assertRenders(typed),
                c.assertRenders(fromWorkflow("Run", c, IntegrationPattern.WAIT_FOR_TASK_TOKEN, QueryLanguage.JSONPATH)));
    }

    @Test
    void aTaskDefinitionChosenAtRunTimeIsGrantedEveryTaskDefinitionWithAWarning() {
        ExpectedJson c = expected("dynamic-task-definition");
        EcsRunTask typed = EcsRunTask.builder("Run").cluster(JsonPath.stringAt("$.cluster"))
                .taskDefinition(JsonPath.stringAt("$.taskDefinition")).launchType(LaunchType.EC2).build();
        assertEquals(c.assertRenders(typed), c.assertRenders(fromWorkflow("Run", c, null, QueryLanguage.JSONPATH)));
        List<TaskWarning> w = typed.warnings(ExpectedJson.CONTEXT);
        assertEquals(1, w.size());
        assertEquals(WarningCode.WIDENED_GRANT, w.get(0).code());
        assertEquals("taskDefinition", w.get(0).property());
    }

    /** The JSONata form of the Step Functions guide's "Run an ECS Task and wait for it to complete" example. */
    @Test
    void jsonataStateRendersArgumentsAsTheGuidesExample() {
        ExpectedJson c = expected("jsonata-command");
        Task typed = EcsRunTask.builder("Run").queryLanguage(QueryLanguage.JSONATA)
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .cluster("Ec2Cluster").taskDefinition("arn:aws:ecs:us-east-1:123456789012:task-definition/job")
                .addContainerOverride(o -> o.containerName("container-name").command(JsonataExpression.of("$states.input.commands")))
                .build();
        assertEquals(c.assertRenders(typed), c.assertRenders(provider.create(TaskRequest.builder("Run").typeId("ecs:runTask")
                .properties(c.properties()).integrationPattern(IntegrationPattern.RUN_JOB).queryLanguage(QueryLanguage.JSONATA)
                .options(io.github.sfntasks.api.state.StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build()).build())));
    }

    @Test
    void theDefaultPatternIsRequestResponseAsTheCdks() {
        EcsRunTask t = minimal().build();
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, t.integrationPattern());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, provider.defaultIntegrationPattern());
        assertEquals("arn:aws:states:::ecs:runTask", t.toState(ExpectedJson.CONTEXT).get("Resource").textValue());
        assertEquals(1, t.policyStatements(ExpectedJson.CONTEXT).size(), "no StopTask/DescribeTasks, no rule without .sync");
    }

    @Test
    void aRevisionInTheFamilyOrArnIsGrantedAlone() {
        assertEquals("arn:aws:ecs:us-east-1:123456789012:task-definition/TD:7",
                runTaskResource(minimal().taskDefinition("TD:7").build()));
        assertEquals("arn:aws:ecs:eu-west-1:111122223333:task-definition/TD:2",
                runTaskResource(minimal().taskDefinition("arn:aws:ecs:eu-west-1:111122223333:task-definition/TD:2").build()));
        assertEquals("arn:aws:ecs:eu-west-1:111122223333:task-definition/TD:*",
                runTaskResource(minimal().taskDefinition("arn:aws:ecs:eu-west-1:111122223333:task-definition/TD").build()));
    }

    private static String runTaskResource(EcsRunTask t) {
        return t.policyStatements(ExpectedJson.CONTEXT).get(0).resources().get(0);
    }

    // ---- placeholders and wildcards --------------------------------------------------------------

    @Test
    void placeholdersInEveryResourcePropertyRenderUntouchedAndSitInTheGrant() {
        RenderContext cfn = RenderContext.cloudFormation();
        String prefix = "arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:task-definition/";
        for (String p : List.of("${TaskDef}", "${TaskDef.Arn}", "${Token[TOKEN.12]}", "worker-${Stage}")) {
            EcsRunTask t = minimal().taskDefinition(p).cluster(p).taskRole(p).executionRole(p).build();
            JsonNode params = t.toState(cfn).get("Parameters");
            assertEquals(p, params.get("TaskDefinition").textValue());
            assertEquals(p, params.get("Cluster").textValue());
            assertEquals(prefix + p + ":*", t.policyStatements(cfn).get(0).resources().get(0), p);
            assertEquals("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/" + p, t.policyStatements(cfn).get(1).resources().get(0), p);
            assertEquals(prefix + p + ":4", minimal().taskDefinition(p).revisionNumber(4).build().policyStatements(cfn).get(0)
                    .resources().get(0), p);
        }
    }

    @Test
    void aWildcardInAnyResourcePropertyIsRefused() {
        for (String w : List.of("TD*", "arn:aws:ecs:*:123456789012:task-definition/TD", "arn:*:ecs:us-east-1:123456789012:task-definition/TD",
                "arn:aws:ecs:us-east-1:123456789012:task-definition/TD?")) {
            assertInvalid("Run", "taskDefinition", () -> minimal().taskDefinition(w).build());
        }
        assertInvalid("Run", "cluster", () -> minimal().cluster("arn:aws:ecs:us-east-1:*:cluster/c").build());
        assertInvalid("Run", "taskRole", () -> minimal().taskRole("role-*").build());
        assertInvalid("Run", "executionRole", () -> minimal().executionRole("arn:aws:iam::123456789012:role/?x").build());
    }

    // ---- rules and ranges ------------------------------------------------------------------------

    @Test
    void launchTypeAndCapacityProvidersExcludeEachOther() {
        assertInvalid(ErrorCode.CONFLICTING_PROPERTIES, "Run", "capacityProviderStrategy", () -> minimal().launchType(LaunchType.EC2)
                .addCapacityProvider(p -> p.capacityProvider("cp")).build());
    }

    @Test
    void fargateRefusesPlacementAndEc2RefusesAPlatformVersion() {
        assertInvalid(ErrorCode.CONFLICTING_PROPERTIES, "Run", "placementStrategies", () -> minimal()
                .launchType(LaunchType.FARGATE).networkConfiguration(n -> n.subnets("subnet-1")).placementStrategies(PlacementStrategy.randomly()).build());
        assertInvalid(ErrorCode.CONFLICTING_PROPERTIES, "Run", "platformVersion", () -> minimal().launchType(LaunchType.EC2)
                .platformVersion("LATEST").build());
    }

    @Test
    void fargateNeedsANetworkConfiguration() {
        // Fargate tasks use the awsvpc network mode, for which ECS's RunTask requires networkConfiguration.
        assertInvalid(ErrorCode.MISSING_PROPERTY, "Run", "networkConfiguration", () -> minimal().launchType(LaunchType.FARGATE).build());
        assertInvalid(ErrorCode.MISSING_PROPERTY, "Run", "networkConfiguration", () -> provider.create(TaskRequest.of("Run",
                object("{\"taskDefinition\":\"TD\",\"launchType\":\"FARGATE\"}"))));
        minimal().launchType(LaunchType.FARGATE).networkConfiguration(n -> n.subnets("subnet-1")).build();
    }

    @Test
    void placementStrategiesAndConstraintsFollowEcsRules() {
        assertInvalid("Run", "placementStrategies[0].field", () -> provider.create(TaskRequest.of("Run",
                object("{\"taskDefinition\":\"TD\",\"placementStrategies\":[{\"type\":\"binpack\",\"field\":\"disk\"}]}"))));
        assertInvalid("Run", "placementStrategies[0].field", () -> provider.create(TaskRequest.of("Run",
                object("{\"taskDefinition\":\"TD\",\"placementStrategies\":[{\"type\":\"random\",\"field\":\"cpu\"}]}"))));
        assertInvalid("Run", "placementConstraints[0].expression", () -> provider.create(TaskRequest.of("Run",
                object("{\"taskDefinition\":\"TD\",\"placementConstraints\":[{\"type\":\"memberOf\"}]}"))));
        assertInvalid("Run", "placementConstraints[0].expression", () -> provider.create(TaskRequest.of("Run",
                object("{\"taskDefinition\":\"TD\",\"placementConstraints\":[{\"type\":\"distinctInstance\",\"expression\":\"x\"}]}"))));
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Run", "placementStrategies", () -> minimal().placementStrategies(
                PlacementStrategy.randomly(), PlacementStrategy.randomly(), PlacementStrategy.randomly(), PlacementStrategy.randomly(),
                PlacementStrategy.randomly(), PlacementStrategy.randomly()).build());
    }

    @Test
    void aRevisionNumberNeedsAFamilyWithoutRevision() {
        assertInvalid(ErrorCode.CONFLICTING_PROPERTIES, "Run", "revisionNumber", () -> minimal().taskDefinition("TD:2").revisionNumber(3).build());
        assertInvalid("Run", "taskDefinition", () -> minimal().taskDefinition(JsonPath.stringAt("$.td")).revisionNumber(3).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Run", "revisionNumber", () -> minimal().revisionNumber(0).build());
    }

    @Test
    void theCallbackPatternNeedsTheTokenInAContainerOverride() {
        TaskValidationException e = assertInvalid(ErrorCode.TASK_TOKEN_REQUIRED, "Run", "containerOverrides",
                () -> minimal().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
        assertTrue(e.getMessage().contains("$$.Task.Token"), e.getMessage());
        minimal().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .addContainerOverride(o -> o.containerName("app").command(JsonPath.taskToken())).build();
    }

    @Test
    void everyProblemIsReportedAtOnceNamingStateAndProperty() {
        TaskValidationException e = assertInvalid("Run", "taskDefinition", () -> EcsRunTask.builder("Run")
                .networkConfiguration(n -> n.securityGroups("a", "b", "c", "d", "e", "f"))
                .addContainerOverride(o -> o.memoryLimit(2))
                .propagatedTagSource(null)
                .build());
        assertEquals(List.of("taskDefinition", "networkConfiguration.subnets", "networkConfiguration.securityGroups",
                        "containerOverrides[0].containerName", "containerOverrides[0].memoryLimit"),
                e.problems().stream().map(TaskValidationException::property).toList());
    }

    @Test
    void serviceAsTagSourceIsRefusedAsEcsRefusesItForRunTask() {
        assertInvalid("Run", "propagatedTagSource", () -> provider.create(TaskRequest.of("Run",
                object("{\"taskDefinition\":\"TD\",\"propagatedTagSource\":\"SERVICE\"}"))));
    }

    @Test
    void grantOnlyRolesNeverReachTheAslAndAreStatic() {
        EcsRunTask t = minimal().taskRole("r1").executionRole("r2").build();
        assertFalse(t.toState(ExpectedJson.CONTEXT).toString().contains("r1"));
        assertInvalid("Run", "taskRole.$", () -> provider.create(TaskRequest.of("Run",
                object("{\"taskDefinition\":\"TD\",\"taskRole.$\":\"$.role\"}"))));
        assertTrue(provider.propertiesSchema().at("/properties/taskRole/x-sfn-grantOnly").booleanValue());
    }

    @Test
    void toBuilderCopiesEverything() {
        EcsRunTask t = EcsRunTask.builder("Run").taskDefinition("TD").revisionNumber(2).taskRole("r")
                .addContainerOverride(o -> o.containerName("c").environment("A", "b")).build();
        assertEquals(t.toState(ExpectedJson.CONTEXT), t.toBuilder().build().toState(ExpectedJson.CONTEXT));
        assertEquals(t.policyStatements(ExpectedJson.CONTEXT), t.toBuilder().build().policyStatements(ExpectedJson.CONTEXT));
    }

    @Test
    void oddValuesGiveOnlyValidationErrors() {
        Robustness.of(provider, "{\"taskDefinition\": \"TD\", \"containerOverrides\": [{\"containerName\": \"c\","
                        + " \"environment\": [{\"name\": \"T\", \"value.$\": \"$$.Task.Token\"}]}]}")
                .withProperties("taskDefinition", "cluster", "revisionNumber", "launchType", "containerOverrides",
                        "networkConfiguration", "placementStrategies", "taskRole", "cpu", "unknown")
                .assertOnlyValidationErrors();
    }
}
