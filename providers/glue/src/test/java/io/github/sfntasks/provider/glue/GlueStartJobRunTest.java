package io.github.sfntasks.provider.glue;

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
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlueStartJobRunTest {

    private static final RenderContext AWS = ExpectedJson.CONTEXT;
    private final GlueStartJobRunProvider provider = new GlueStartJobRunProvider();

    private Task fromWorkflow(String stateName, String properties) {
        return provider.create(TaskRequest.of(stateName, object(properties)));
    }

    // ---- the seed README's example ---------------------------------------------------------------

    /** README "Glue": GlueStartJobRun of my-glue-job with arguments, a 30-minute timeout and a 5-minute notification. */
    @Test
    void readmeExampleStartsTheJobWithArgumentsTimeoutAndNotification() {
        Task typed = GlueStartJobRun.builder("Task")
                .glueJobName("my-glue-job")
                .arguments(TaskInput.fromObject(Map.of("key", "value")))
                .timeout(Duration.ofMinutes(30))
                .notifyDelayAfter(Duration.ofMinutes(5))
                .build();
        ExpectedJson expected = ExpectedJson.load(GlueStartJobRunTest.class, "/glue/readme-start-job-run.json");
        String a = expected.assertRenders(typed);
        Task workflow = fromWorkflow("Task", """
                {"glueJobName": "my-glue-job", "arguments": {"key": "value"}, "timeout": 30, "notifyDelayAfter": 5}
                """);
        assertEquals(a, expected.assertRenders(workflow));
    }

    @Test
    void runJobWithEveryPropertyRendersTheWorkerConfigurationFlatAndGrantsThePollingActions() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("--day", JsonPath.stringAt("$.day"));
        args.put("--mode", "full");
        Task typed = GlueStartJobRun.builder("Run ETL").integrationPattern(IntegrationPattern.RUN_JOB)
                .glueJobName("nightly-etl").arguments(args).timeout(Duration.ofHours(2)).securityConfiguration("encrypted-etl")
                .notifyDelayAfter(Duration.ofMinutes(15)).workerConfiguration(GlueStartJobRun.WorkerType.G_2X, 10)
                .executionClass(GlueStartJobRun.ExecutionClass.FLEX).build();
        ExpectedJson expected = ExpectedJson.load(GlueStartJobRunTest.class, "/glue/sync-every-property.json");
        String a = expected.assertRenders(typed);
        Task workflow = provider.create(TaskRequest.of("Run ETL", "glue:startJobRun", object("""
                {"glueJobName": "nightly-etl", "arguments": {"--day.$": "$.day", "--mode": "full"}, "timeout": 120,
                 "securityConfiguration": "encrypted-etl", "notifyDelayAfter": 15,
                 "workerConfiguration": {"workerType": "G.2X", "numberOfWorkers": 10}, "executionClass": "FLEX"}
                """), IntegrationPattern.RUN_JOB, QueryLanguage.JSONPATH, null));
        assertEquals(a, expected.assertRenders(workflow));
        assertEquals(List.of(), typed.warnings(AWS));
    }

    @Test
    void aTaskThatNamesNoPatternGetsRequestResponseAsTheCdk() {
        GlueStartJobRun t = GlueStartJobRun.builder("S").glueJobName("j").build();
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, t.integrationPattern());
        assertEquals("arn:aws:states:::glue:startJobRun", t.toState(AWS).get("Resource").textValue());
    }

    @Test
    void theBuildersTimeoutIsTheJobRunsAndTheStatesTimeoutStaysTheStates() {
        Task t = provider.create(TaskRequest.of("S", "glue:startJobRun", object("{\"glueJobName\": \"j\", \"timeout\": 10}"),
                null, QueryLanguage.JSONPATH, io.github.sfntasks.api.state.StateOptions.builder().timeout(Duration.ofSeconds(900)).build()));
        JsonNode state = t.toState(AWS);
        assertEquals(10, state.get("Parameters").get("Timeout").intValue());
        assertEquals(900, state.get("TimeoutSeconds").intValue());
        assertFalse(GlueStartJobRun.builder("S").glueJobName("j").timeout(Duration.ofMinutes(10)).build().toState(AWS).has("TimeoutSeconds"));
    }

    @Test
    void workerCountAndTimeoutMayBePaths() {
        JsonNode p = GlueStartJobRun.builder("S").glueJobName("j").timeoutMinutes(JsonPath.numberAt("$.minutes"))
                .workerConfiguration(w -> w.workerType(JsonPath.stringAt("$.type")).numberOfWorkers(JsonPath.numberAt("$.n")))
                .build().toState(AWS).get("Parameters");
        assertEquals("$.minutes", p.get("Timeout.$").textValue());
        assertEquals("$.type", p.get("WorkerType.$").textValue());
        assertEquals("$.n", p.get("NumberOfWorkers.$").textValue());
    }

    // ---- resources: placeholders, wildcards, run time ---------------------------------------------

    @Test
    void placeholdersInTheJobNamePassThroughAndSitInTheGrantsArn() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String name : List.of("${EtlJob}", "${EtlJob.Arn}", "${Token[TOKEN.12]}", "etl-${Stage}")) {
            GlueStartJobRun t = GlueStartJobRun.builder("S").glueJobName(name).build();
            assertEquals(name, t.toState(cfn).get("Parameters").get("JobName").textValue());
            assertEquals("arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:job/" + name,
                    t.policyStatements(cfn).get(0).resources().get(0), name);
        }
    }

    @Test
    void aWildcardOrAnArnInTheJobNameIsRefused() {
        for (String name : List.of("etl*", "et?", "arn:aws:glue:us-east-1:123456789012:job/etl", "arn:aws:glue:*:123456789012:job/etl")) {
            assertInvalid("S", "glueJobName", () -> GlueStartJobRun.builder("S").glueJobName(name).build());
        }
    }

    @Test
    void aJobChosenAtRunTimeIsGrantedEveryJobOfTheAccountWithAWarning() {
        GlueStartJobRun t = GlueStartJobRun.builder("S").glueJobName(JsonPath.stringAt("$.job"))
                .integrationPattern(IntegrationPattern.RUN_JOB).build();
        assertEquals("$.job", t.toState(AWS).get("Parameters").get("JobName.$").textValue());
        assertEquals(List.of("arn:aws:glue:us-east-1:123456789012:job/*"), t.policyStatements(AWS).get(0).resources());
        List<TaskWarning> w = t.warnings(AWS);
        assertEquals(1, w.size());
        assertEquals(WarningCode.WIDENED_GRANT, w.get(0).code());
        assertEquals("glueJobName", w.get(0).property());
    }

    // ---- ranges and errors ---------------------------------------------------------------------------

    @Test
    void rangesFromTheGlueApiAreCheckedNamingStateAndProperty() {
        assertInvalid(ErrorCode.OUT_OF_RANGE, "S", "timeout", () -> GlueStartJobRun.builder("S").glueJobName("j").timeoutMinutes(0).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "S", "notifyDelayAfter",
                () -> GlueStartJobRun.builder("S").glueJobName("j").notifyDelayAfter(Duration.ZERO).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "S", "workerConfiguration.numberOfWorkers",
                () -> GlueStartJobRun.builder("S").glueJobName("j").workerConfiguration(GlueStartJobRun.WorkerType.G_1X, 0).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "S", "securityConfiguration",
                () -> GlueStartJobRun.builder("S").glueJobName("j").securityConfiguration("x".repeat(256)).build());
        assertInvalid("S", "glueJobName", () -> GlueStartJobRun.builder("S").glueJobName("").build());
        assertInvalid("S", "glueJobName", () -> GlueStartJobRun.builder("S").glueJobName("two\nlines").build());
    }

    @Test
    void aDurationThatIsNotWholeMinutesIsRefusedAsTheCdksToMinutes() {
        TaskValidationException e = assertInvalid("S", "timeout",
                () -> GlueStartJobRun.builder("S").glueJobName("j").timeout(Duration.ofSeconds(90)).build());
        assertTrue(e.getMessage().contains("whole"), e.getMessage());
    }

    @Test
    void theWorkerConfigurationNeedsBothMembersAndAKnownTypeForm() {
        assertInvalid("S", "workerConfiguration.numberOfWorkers",
                () -> GlueStartJobRun.builder("S").glueJobName("j").workerConfiguration(w -> w.workerType("G.1X")).build());
        assertInvalid("S", "workerConfiguration.workerType",
                () -> GlueStartJobRun.builder("S").glueJobName("j").workerConfiguration(w -> w.workerType("huge").numberOfWorkers(2)).build());
        assertInvalid("S", "workerConfiguration.$",
                () -> fromWorkflow("S", "{\"glueJobName\": \"j\", \"workerConfiguration.$\": \"$.workers\"}"));
    }

    @Test
    void aWorkflowFileGetsEveryReadingProblemAtOnceTypoFirst() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> fromWorkflow("S", """
                {"glueJobNmae": "j", "timeout": "ten", "executionClass": 1}
                """));
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, e.code());
        List<String> where = e.problems().stream().map(TaskValidationException::property).toList();
        assertEquals(List.of("glueJobNmae", "timeout", "executionClass"), where);
        assertEquals("S", e.stateName());
    }

    @Test
    void everyValidationProblemOfTheStateIsReportedAtOnce() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> fromWorkflow("S", """
                {"executionClass": "FAST", "timeout": 0, "notifyDelayAfter": 0}
                """));
        assertEquals(List.of("glueJobName", "timeout", "notifyDelayAfter", "executionClass"),
                e.problems().stream().map(TaskValidationException::property).toList());
    }

    @Test
    void argumentsMustBeStrings() {
        assertInvalid("S", "arguments.n", () -> fromWorkflow("S", "{\"glueJobName\": \"j\", \"arguments\": {\"n\": 1}}"));
    }

    // ---- JSONata ---------------------------------------------------------------------------------

    @Test
    void aJsonataStateRendersArgumentsWithExpressions() {
        JsonNode state = GlueStartJobRun.builder("S").queryLanguage(QueryLanguage.JSONATA)
                .glueJobName("{% $states.input.job %}").arguments(Map.of("--day", "{% $states.input.day %}"))
                .workerConfiguration(w -> w.workerType("G.1X").numberOfWorkers("{% $states.input.n %}")).build().toState(AWS);
        assertEquals(ExpectedJson.parse("""
                {"Type": "Task", "QueryLanguage": "JSONata", "Resource": "arn:aws:states:::glue:startJobRun",
                 "Arguments": {"JobName": "{% $states.input.job %}", "Arguments": {"--day": "{% $states.input.day %}"},
                               "WorkerType": "G.1X", "NumberOfWorkers": "{% $states.input.n %}"}}
                """), state);
    }

    @Test
    void toBuilderGivesTheSameTask() {
        GlueStartJobRun t = GlueStartJobRun.builder("S").glueJobName("j").workerConfiguration(GlueStartJobRun.WorkerType.Z_2X, 3)
                .executionClass(GlueStartJobRun.ExecutionClass.STANDARD).build();
        assertEquals(t.toState(AWS), t.toBuilder().build().toState(AWS));
    }
}
