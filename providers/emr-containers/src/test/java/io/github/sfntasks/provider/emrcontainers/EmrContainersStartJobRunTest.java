package io.github.sfntasks.provider.emrcontainers;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.CONTEXT;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmrContainersStartJobRunTest {

    static final String ROLE = "arn:aws:iam::123456789012:role/JobExecutionRole";
    static final String ENTRY_POINT = "local:///usr/lib/spark/examples/src/main/python/pi.py";
    static final String PARAMS = "--conf spark.executor.instances=2 --conf spark.executor.memory=2G --conf spark.executor.cores=2"
            + " --conf spark.driver.cores=1";
    static final String STATE = "EMR Containers Start Job Run";

    private final EmrContainersStartJobRunProvider provider = new EmrContainersStartJobRunProvider();

    private static ExpectedJson load(String name) {
        return ExpectedJson.load(EmrContainersStartJobRunTest.class, "/emrcontainers/" + name);
    }

    private String bothForms(ExpectedJson e, Task typed) {
        String a = e.assertRenders(typed);
        String b = e.assertRenders(provider.create(TaskRequest.of(typed.toState(CONTEXT) == null ? STATE : ((EmrContainersStartJobRun) typed).stateName(),
                e.properties())));
        assertEquals(a, b);
        return a;
    }

    private static EmrContainersStartJobRun.Builder base() {
        return EmrContainersStartJobRun.builder(STATE).virtualCluster("de92jdei2910fwedz").executionRole(ROLE)
                .releaseLabel("emr-6.2.0-latest");
    }

    /** Seed README "Start Job Run": "The job can be configured with spark submit parameters". */
    @Test
    void readmeJobWithSparkSubmitParameters() {
        bothForms(load("readme-start-spark-submit.json"), base()
                .jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint(ENTRY_POINT).sparkSubmitParameters(PARAMS))).build());
    }

    /** Seed README "Start Job Run": "Configuring the job can also be done via application configuration". */
    @Test
    void readmeJobWithApplicationConfiguration() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("spark.executor.instances", "1");
        props.put("spark.executor.memory", "512M");
        bothForms(load("readme-start-application-config.json"), base().jobName("EMR-Containers-Job")
                .jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint(ENTRY_POINT)))
                .addApplicationConfig(c -> c.classification("spark-defaults").properties(props)).build());
    }

    /**
     * Seed README "Start Job Run": "Job monitoring can be enabled if monitoring.logging is set true" makes the CDK create a
     * log group and a bucket; we take existing ones (the next example), and {@code logging} is no property.
     */
    @Test
    void readmeMonitoringLoggingIsNotAPropertyWeTakeExistingResources() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> provider.create(TaskRequest.of(STATE, ExpectedJson.object(
                "{\"virtualCluster\":\"de92jdei2910fwedz\",\"executionRole\":\"" + ROLE + "\",\"releaseLabel\":\"emr-6.2.0-latest\","
                        + "\"jobDriver\":{\"sparkSubmitJobDriver\":{\"entryPoint\":\"" + ENTRY_POINT + "\"}},\"monitoring\":{\"logging\":true}}"))));
        assertTrue(e.problems().stream().anyMatch(p -> "monitoring.logging".equals(p.property())), e.getMessage());
    }

    /** Seed README "Start Job Run": "providing monitoring for jobs with existing log groups and log buckets". */
    @Test
    void readmeJobWithAnExistingLogGroupAndBucket() {
        bothForms(load("readme-start-existing-log-group-and-bucket.json"), base()
                .jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint(ENTRY_POINT).sparkSubmitParameters(PARAMS)))
                .monitoring(m -> m.logGroup("emr-job-logs").logBucket("emr-job-log-bucket")).build());
        // the same resources given by ARN render by name
        Task byArn = base().jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint(ENTRY_POINT).sparkSubmitParameters(PARAMS)))
                .monitoring(m -> m.logGroup("arn:aws:logs:us-east-1:123456789012:log-group:emr-job-logs")
                        .logBucket("arn:aws:s3:::emr-job-log-bucket")).build();
        load("readme-start-existing-log-group-and-bucket.json").assertRenders(byArn);
    }

    /** Seed README "Start Job Run": "Users can provide their own existing Job Execution Role" (cluster from "$.VirtualClusterId"). */
    @Test
    void readmeJobWithOwnRoleAndTheClusterFromTheInput() {
        ExpectedJson e = load("readme-start-own-role-cluster-from-input.json");
        EmrContainersStartJobRun typed = EmrContainersStartJobRun.builder(STATE).virtualCluster(JsonPath.stringAt("$.VirtualClusterId"))
                .releaseLabel("emr-6.2.0-latest").jobName("EMR-Containers-Job").executionRole(ROLE)
                .jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint(ENTRY_POINT).sparkSubmitParameters(PARAMS))).build();
        bothForms(e, typed);
        assertEquals(WarningCode.WIDENED_GRANT, typed.warnings(CONTEXT).get(0).code());
        assertEquals("virtualCluster", typed.warnings(CONTEXT).get(0).property());
    }

    @Test
    void awsPageSubmitJobWithEveryOverride() {
        ExpectedJson e = load("aws-page-submit-job.json");
        e.assertRenders(provider.create(TaskRequest.of("Submit_Job", e.properties())));
    }

    @Test
    void runJobIsTheDefaultAndRequestResponseDropsTheJobRunGrant() {
        assertEquals(IntegrationPattern.RUN_JOB, provider.defaultIntegrationPattern());
        EmrContainersStartJobRun rr = base().jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint(ENTRY_POINT)))
                .integrationPattern(IntegrationPattern.REQUEST_RESPONSE).build();
        assertEquals("arn:aws:states:::emr-containers:startJobRun", rr.toState(CONTEXT).get("Resource").textValue());
        assertEquals(1, rr.policyStatements(CONTEXT).size());
        assertThrows(TaskValidationException.class, () -> base().jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint(ENTRY_POINT)))
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
    }

    @Test
    void aRoleNameRendersAsTheRoleArnOfTheContext() {
        EmrContainersStartJobRun t = base().executionRole("JobExecutionRole")
                .jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint(ENTRY_POINT))).build();
        assertEquals(ROLE, t.toState(CONTEXT).at("/Parameters/ExecutionRoleArn").textValue());
        assertEquals(List.of(ROLE), t.policyStatements(CONTEXT).get(0).conditions().get(0).values());
    }

    @Test
    void placeholdersPassThroughAndSitInTheGrants() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String vc : List.of("${VirtualCluster}", "${VirtualCluster.Id}", "${Token[TOKEN.12]}", "vc${Stage}")) {
            EmrContainersStartJobRun t = base().virtualCluster(vc).jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint(ENTRY_POINT))).build();
            assertEquals(vc, t.toState(cfn).at("/Parameters/VirtualClusterId").textValue());
            String arn = "arn:${AWS::Partition}:emr-containers:${AWS::Region}:${AWS::AccountId}:/virtualclusters/" + vc;
            assertEquals(List.of(arn), t.policyStatements(cfn).get(0).resources());
            assertEquals(List.of(arn + "/jobruns/*"), t.policyStatements(cfn).get(1).resources());
        }
        for (String role : List.of("${JobRole.Arn}", "${Token[TOKEN.13]}")) {
            EmrContainersStartJobRun t = base().executionRole(role).jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint(ENTRY_POINT))).build();
            assertEquals(role, t.toState(cfn).at("/Parameters/ExecutionRoleArn").textValue());
            assertEquals(List.of(role), t.policyStatements(cfn).get(0).conditions().get(0).values());
        }
        EmrContainersStartJobRun named = base().executionRole("jobs-${Stage}").jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint(ENTRY_POINT))).build();
        assertEquals("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/jobs-${Stage}",
                named.toState(cfn).at("/Parameters/ExecutionRoleArn").textValue());
    }

    @Test
    void wildcardsAreRefusedInEveryResource() {
        assertInvalid(STATE, "virtualCluster", () -> base().virtualCluster("*").jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint("x"))).build());
        assertInvalid(STATE, "executionRole", () -> base().executionRole("arn:aws:iam::123456789012:role/*")
                .jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint("x"))).build());
        assertInvalid(STATE, "monitoring.logGroup", () -> base().jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint("x")))
                .monitoring(m -> m.logGroup("logs-*")).build());
    }

    @Test
    void theExecutionRoleCannotBeAPath() {
        assertInvalid(STATE, "executionRole.$", () -> provider.create(TaskRequest.of(STATE, ExpectedJson.object(
                "{\"virtualCluster\":\"abc\",\"executionRole.$\":\"$.role\",\"releaseLabel\":\"emr-6.2.0-latest\","
                        + "\"jobDriver\":{\"sparkSubmitJobDriver\":{\"entryPoint\":\"x\"}}}"))));
    }

    @Test
    void cdkValidationsHold() {
        // entry point 1 to 256 characters; spark submit parameters 1 to 102400; arguments 1 to 10280 items
        assertInvalid(STATE, "jobDriver.sparkSubmitJobDriver.entryPoint",
                () -> base().jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint("x".repeat(257)))).build());
        assertInvalid(STATE, "jobDriver.sparkSubmitJobDriver.sparkSubmitParameters",
                () -> base().jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint("x").sparkSubmitParameters(""))).build());
        assertInvalid(STATE, "jobDriver.sparkSubmitJobDriver.entryPointArguments",
                () -> base().jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint("x").entryPointArguments(List.of()))).build());
        // each configuration has properties or nested configurations
        TaskValidationException e = assertInvalid(STATE, "applicationConfig[0].properties",
                () -> base().jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint("x"))).addApplicationConfig(c -> c.classification("spark")).build());
        assertTrue(e.getMessage().contains("nestedConfig"), e.getMessage());
        // a stream prefix needs a log group
        assertInvalid(STATE, "monitoring.logGroup", () -> base().jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint("x")))
                .monitoring(m -> m.logStreamNamePrefix("p")).build());
    }

    @Test
    void applicationConfigurationsNestToTheDeclaredDepth() {
        EmrContainersStartJobRun t = base().jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint("x")))
                .addApplicationConfig(c -> c.classification("spark-env").addNestedConfig(n -> n.classification("export")
                        .addNestedConfig(m -> m.classification("inner").properties(Map.of("A", "1"))))).build();
        JsonNode config = t.toState(CONTEXT).at("/Parameters/ConfigurationOverrides/ApplicationConfiguration/0");
        assertEquals("export", config.at("/Configurations/0/Classification").textValue());
        assertEquals("1", config.at("/Configurations/0/Configurations/0/Properties/A").textValue());
        assertThrows(IllegalStateException.class, () -> base().addApplicationConfig(c -> c.classification("a")
                .addNestedConfig(n -> n.classification("b").addNestedConfig(m -> m.classification("c").addNestedConfig(o -> { })))));
        // a workflow file one level too deep names the member it does not know
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> provider.create(TaskRequest.of(STATE, ExpectedJson.object(
                "{\"virtualCluster\":\"abc\",\"executionRole\":\"r\",\"releaseLabel\":\"emr-6.2.0-latest\","
                        + "\"jobDriver\":{\"sparkSubmitJobDriver\":{\"entryPoint\":\"x\"}},\"applicationConfig\":[{\"classification\":\"a\","
                        + "\"nestedConfig\":[{\"classification\":\"b\",\"nestedConfig\":[{\"classification\":\"c\",\"properties\":{},"
                        + "\"nestedConfig\":[]}]}]}]}"))));
        assertTrue(e.problems().stream().anyMatch(p -> p.property().endsWith("nestedConfig[0].nestedConfig[0].nestedConfig")), e.getMessage());
        Map<String, String> tooMany = new LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            tooMany.put("p" + i, "v");
        }
        assertInvalid(STATE, "applicationConfig[0].properties", () -> base().jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint("x")))
                .addApplicationConfig(c -> c.classification("spark-defaults").properties(tooMany)).build());
    }

    @Test
    void aJsonataStateRendersArguments() {
        JsonNode state = base().queryLanguage(QueryLanguage.JSONATA).virtualCluster("{% $states.input.vc %}")
                .jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint("{% $states.input.script %}"))).build().toState(CONTEXT);
        assertEquals("{% $states.input.vc %}", state.at("/Arguments/VirtualClusterId").textValue());
        assertEquals("{% $states.input.script %}", state.at("/Arguments/JobDriver/SparkSubmitJobDriver/EntryPoint").textValue());
        assertEquals("ENABLED", state.at("/Arguments/ConfigurationOverrides/MonitoringConfiguration/PersistentAppUI").textValue());
    }

    @Test
    void persistentAppUiCanBeDisabledAndToBuilderCopies() {
        EmrContainersStartJobRun t = base().jobDriver(d -> d.sparkSubmitJobDriver(s -> s.entryPoint("x")))
                .monitoring(m -> m.persistentAppUI(false)).tags(Map.of("team", "data")).build();
        assertEquals("DISABLED", t.toState(CONTEXT).at("/Parameters/ConfigurationOverrides/MonitoringConfiguration/PersistentAppUI").textValue());
        assertEquals(t.toState(CONTEXT), t.toBuilder().build().toState(CONTEXT));
    }
}
