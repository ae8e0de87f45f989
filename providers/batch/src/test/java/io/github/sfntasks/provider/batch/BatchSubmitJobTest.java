package io.github.sfntasks.provider.batch;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.testing.ExpectedJson;
import io.github.sfntasks.testing.Robustness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchSubmitJobTest {

    private final BatchSubmitJobProvider provider = new BatchSubmitJobProvider();

    private static ExpectedJson expected(String name) {
        return ExpectedJson.load(BatchSubmitJobTest.class, "/batch/" + name + ".json");
    }

    private Task fromWorkflow(String stateName, ExpectedJson c) {
        return provider.create(TaskRequest.of(stateName, c.properties()));
    }

    private static BatchSubmitJob.Builder minimal() {
        return BatchSubmitJob.builder("Submit Job").jobDefinitionArn("def:1").jobName("MyJob").jobQueueArn("queue");
    }

    // ---- the seed README's example ---------------------------------------------------------------

    /** README "Batch / SubmitJob": "Submit Job" with a job definition ARN, job name "MyJob" and a queue ARN. */
    @Test
    void readmeExampleSubmitsAndWaitsByDefault() {
        ExpectedJson c = expected("readme-submit-job");
        Task typed = BatchSubmitJob.builder("Submit Job")
                .jobDefinitionArn("arn:aws:batch:us-east-1:123456789012:job-definition/MyJobDefinition:1")
                .jobName("MyJob")
                .jobQueueArn("arn:aws:batch:us-east-1:123456789012:job-queue/MyJobQueue")
                .build();
        assertEquals(c.assertRenders(typed), c.assertRenders(fromWorkflow("Submit Job", c)));
        assertEquals(IntegrationPattern.RUN_JOB, provider.defaultIntegrationPattern());
    }

    /** The Step Functions guide's "Submit Batch Job" example, every optional argument the CDK has. */
    @Test
    void guideExampleRendersEveryOptionalArgument() {
        ExpectedJson c = expected("guide-submit-batch-job");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("Key1", "value1");
        payload.put("Key2", 100);
        Task typed = BatchSubmitJob.builder("Submit Batch Job")
                .jobName("BATCH_NAME")
                .jobQueueArn("arn:aws:batch:us-east-1:123456789012:job-queue/BATCH_QUEUE")
                .jobDefinitionArn("BATCH_JOB_DEFINITION")
                .arraySize(10)
                .containerOverrides(o -> o.vcpus(4))
                .addDependency("myJobId", BatchSubmitJob.DependencyType.SEQUENTIAL)
                .payload(TaskInput.fromObject(payload))
                .attempts(1)
                .tags(Map.of("Tag", "TAG"))
                .attemptTimeout(Duration.ofSeconds(60))
                .build();
        assertEquals(c.assertRenders(typed), c.assertRenders(fromWorkflow("Submit Batch Job", c)));
    }

    @Test
    void requestResponseWithPathsAndEveryContainerOverride() {
        ExpectedJson c = expected("request-response-overrides");
        Task typed = BatchSubmitJob.builder("Submit")
                .integrationPattern(IntegrationPattern.REQUEST_RESPONSE)
                .jobDefinitionArn("nightly:2")
                .jobName(JsonPath.stringAt("$.name"))
                .jobQueueArn(JsonPath.stringAt("$.queue"))
                .containerOverrides(o -> o.command("python", "run.py").environment("STAGE", "prod")
                        .environment("ORDER_ID", JsonPath.stringAt("$.orderId")).instanceType("p3.2xlarge")
                        .gpuCount(1).memory(2048).vcpus(8))
                .addDependency(JsonPath.stringAt("$.previous"), null)
                .build();
        Task workflow = provider.create(TaskRequest.of("Submit", "batch:submitJob", c.properties(),
                IntegrationPattern.REQUEST_RESPONSE, QueryLanguage.JSONPATH, null));
        assertEquals(c.assertRenders(typed), c.assertRenders(workflow));
        List<TaskWarning> w = typed.warnings(ExpectedJson.CONTEXT);
        assertEquals(1, w.size());
        assertEquals(WarningCode.WIDENED_GRANT, w.get(0).code());
        assertEquals("jobQueueArn", w.get(0).property());
    }

    @Test
    void jsonataStateRendersArguments() {
        ExpectedJson c = expected("jsonata-arguments");
        Task typed = BatchSubmitJob.builder("Submit").queryLanguage(QueryLanguage.JSONATA)
                .jobDefinitionArn("arn:aws:batch:us-east-1:123456789012:job-definition/BATCH_JOB_DEFINITION:3")
                .jobName(JsonataExpression.of("$states.input.name"))
                .jobQueueArn("BATCH_QUEUE")
                .containerOverrides(o -> o.command(JsonataExpression.of("$states.input.command")))
                .build();
        Task workflow = provider.create(TaskRequest.builder("Submit").properties(c.properties()).queryLanguage(QueryLanguage.JSONATA)
                .options(StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build()).build());
        assertEquals(c.assertRenders(typed), c.assertRenders(workflow));
    }

    @Test
    void waitForTaskTokenIsRefusedAsStepFunctionsDoesNotSupportItForBatch() {
        assertInvalid(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "Submit Job", "integrationPattern",
                () -> minimal().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
    }

    // ---- grants: the one job definition -----------------------------------------------------------

    @Test
    void aJobDefinitionWithoutRevisionIsGrantedEveryRevisionOfItOnly() {
        assertEquals("arn:aws:batch:us-east-1:123456789012:job-definition/def:*", definitionGrant(minimal().jobDefinitionArn("def")));
        assertEquals("arn:aws:batch:eu-west-1:111122223333:job-definition/def:*",
                definitionGrant(minimal().jobDefinitionArn("arn:aws:batch:eu-west-1:111122223333:job-definition/def")));
        assertEquals("arn:aws:batch:us-east-1:123456789012:job-definition/def:1", definitionGrant(minimal()));
        assertEquals("arn:aws:batch:us-east-1:123456789012:job-definition/*",
                definitionGrant(minimal().jobDefinitionArn(JsonPath.stringAt("$.def"))));
    }

    private static String definitionGrant(BatchSubmitJob.Builder b) {
        return b.build().policyStatements(ExpectedJson.CONTEXT).get(0).resources().get(0);
    }

    @Test
    void requestResponseGetsNoManagedRule() {
        assertEquals(1, minimal().integrationPattern(IntegrationPattern.REQUEST_RESPONSE).build()
                .policyStatements(ExpectedJson.CONTEXT).size());
    }

    // ---- placeholders and wildcards --------------------------------------------------------------

    @Test
    void placeholdersInEveryResourcePropertyRenderUntouchedAndSitInTheGrant() {
        RenderContext cfn = RenderContext.cloudFormation();
        String base = "arn:${AWS::Partition}:batch:${AWS::Region}:${AWS::AccountId}:";
        for (String p : List.of("${JobDefinition}", "${JobDefinition.Arn}", "${Token[TOKEN.12]}")) {
            BatchSubmitJob t = minimal().jobDefinitionArn(p).jobQueueArn(p).build();
            assertEquals(p, t.toState(cfn).get("Parameters").get("JobDefinition").textValue());
            assertEquals(p, t.toState(cfn).get("Parameters").get("JobQueue").textValue());
            // a whole placeholder stands for the ARN, as the CDK's jobDefinitionArn / jobQueueArn
            assertEquals(List.of(p), t.policyStatements(cfn).get(0).resources().subList(0, 1));
        }
        BatchSubmitJob mixed = minimal().jobDefinitionArn("nightly-${Stage}").jobQueueArn("jobs-${Stage}").build();
        assertEquals("nightly-${Stage}", mixed.toState(cfn).get("Parameters").get("JobDefinition").textValue());
        assertEquals(List.of(base + "job-definition/nightly-${Stage}:*", base + "job-queue/jobs-${Stage}"),
                mixed.policyStatements(cfn).get(0).resources());
    }

    @Test
    void aWildcardInAnyResourcePropertyIsRefused() {
        for (String w : List.of("def*", "arn:aws:batch:*:123456789012:job-definition/def:1",
                "arn:*:batch:us-east-1:123456789012:job-definition/def:1", "arn:aws:batch:us-east-1:123456789012:job-definition/def:?")) {
            assertInvalid("Submit Job", "jobDefinitionArn", () -> minimal().jobDefinitionArn(w).build());
        }
        for (String w : List.of("queue*", "arn:aws:batch:us-east-1:*:job-queue/q", "arn:aws:batch:us-east-1:123456789012:job-queue/q?")) {
            assertInvalid("Submit Job", "jobQueueArn", () -> minimal().jobQueueArn(w).build());
        }
    }

    // ---- ranges (the CDK's checks and the Batch API's) --------------------------------------------

    @Test
    void rangesAreTheCdksAndTheApis() {
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Submit Job", "arraySize", () -> minimal().arraySize(1).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Submit Job", "arraySize", () -> minimal().arraySize(10_001).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Submit Job", "attempts", () -> minimal().attempts(0).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Submit Job", "attempts", () -> minimal().attempts(11).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Submit Job", "timeout", () -> minimal().attemptTimeout(Duration.ofSeconds(59)).build());
        assertInvalid("Submit Job", "jobName", () -> minimal().jobName("-starts-with-hyphen").build());
        assertInvalid("Submit Job", "jobName", () -> minimal().jobName("x".repeat(129)).build());
    }

    @Test
    void moreThanTwentyDependenciesAndFiftyTagsAreRefused() {
        BatchSubmitJob.Builder b = minimal();
        for (int i = 0; i < 21; i++) {
            b.addDependency("job-" + i, BatchSubmitJob.DependencyType.N_TO_N);
        }
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Submit Job", "dependsOn", b::build);
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            tags.put("k" + i, "v");
        }
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Submit Job", "tags", () -> minimal().tags(tags).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Submit Job", "tags", () -> minimal().tags(Map.of("k".repeat(129), "v")).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Submit Job", "tags.k", () -> minimal().tags(Map.of("k", "v".repeat(257))).build());
    }

    @Test
    void environmentNamesStartingAwsBatchAreReserved() {
        assertInvalid("Submit Job", "containerOverrides.environment.AWS_BATCH_JOB_ID",
                () -> minimal().containerOverrides(o -> o.environment("AWS_BATCH_JOB_ID", "x")).build());
        assertInvalid("S", "containerOverrides.environment.AWS_BATCH_X", () -> provider.create(TaskRequest.of("S",
                object("{\"jobDefinitionArn\":\"d\",\"jobName\":\"n\",\"jobQueueArn\":\"q\","
                        + "\"containerOverrides\":{\"environment\":{\"AWS_BATCH_X\":\"1\"}}}"))));
    }

    @Test
    void everyProblemIsReportedAtOnceNamingStateAndProperty() {
        TaskValidationException e = assertInvalid("Submit Job", "jobName", () -> BatchSubmitJob.builder("Submit Job")
                .jobDefinitionArn("def").arraySize(1).attempts(20).containerOverrides(o -> o.vcpus(0)).build());
        assertEquals(List.of("jobName", "jobQueueArn", "arraySize", "containerOverrides.vcpus", "attempts"),
                e.problems().stream().map(TaskValidationException::property).toList());
    }

    @Test
    void theEnvironmentMustBeAnObjectNotAPath() {
        assertInvalid("S", "containerOverrides.environment.$", () -> provider.create(TaskRequest.of("S",
                object("{\"jobDefinitionArn\":\"d\",\"jobName\":\"n\",\"jobQueueArn\":\"q\","
                        + "\"containerOverrides\":{\"environment.$\":\"$.env\"}}"))));
    }

    @Test
    void toBuilderCopiesEverything() {
        BatchSubmitJob t = minimal().arraySize(3).containerOverrides(o -> o.environment("A", "b").memory(512)).build();
        assertEquals(t.toState(ExpectedJson.CONTEXT), t.toBuilder().build().toState(ExpectedJson.CONTEXT));
        assertTrue(t.toBuilder().build().policyStatements(ExpectedJson.CONTEXT).equals(t.policyStatements(ExpectedJson.CONTEXT)));
    }

    @Test
    void oddValuesGiveOnlyValidationErrors() {
        Robustness.of(provider, "{\"jobDefinitionArn\": \"d\", \"jobName\": \"n\", \"jobQueueArn\": \"q\"}")
                .withProperties("jobDefinitionArn", "jobName", "jobQueueArn", "arraySize", "attempts", "timeout", "tags",
                        "payload", "containerOverrides", "dependsOn", "unknown")
                .assertOnlyValidationErrors();
    }
}
