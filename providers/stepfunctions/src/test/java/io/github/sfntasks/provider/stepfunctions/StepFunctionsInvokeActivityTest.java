package io.github.sfntasks.provider.stepfunctions;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ExpectedJson.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StepFunctionsInvokeActivityTest {

    static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:SubmitJob";

    private final StepFunctionsInvokeActivityProvider provider = new StepFunctionsInvokeActivityProvider();

    private Task fromWorkflow(String properties) {
        return provider.create(TaskRequest.of("Submit Job", object(properties)));
    }

    private Task fromWorkflow(String properties, QueryLanguage language, StateOptions options) {
        return provider.create(TaskRequest.of("Submit Job", "states:invokeActivity", object(properties), null,
                language, options));
    }

    /** README "Invoke Activity": tasks.StepFunctionsInvokeActivity(self, "Submit Job", activity=submit_job_activity). */
    @Test
    void readmeExampleInvokesActivityByName() {
        Task typed = StepFunctionsInvokeActivity.builder("Submit Job").activity("SubmitJob").build();
        ExpectedJson.load(StepFunctionsInvokeActivityTest.class, "/stepfunctions/readme-invoke-activity.json").assertRenders(typed);

        Task workflow = fromWorkflow("{\"activity\": \"SubmitJob\"}");
        ExpectedJson.load(StepFunctionsInvokeActivityTest.class, "/stepfunctions/readme-invoke-activity.json").assertRenders(workflow);
    }

    @Test
    void activityGivenByArnRendersTheSameAsByName() {
        ExpectedJson.load(StepFunctionsInvokeActivityTest.class, "/stepfunctions/readme-invoke-activity.json").assertRenders(StepFunctionsInvokeActivity.builder("Submit Job").activity(ACTIVITY).build());
    }

    @Test
    void parametersAndHeartbeatRender() {
        Task typed = StepFunctionsInvokeActivity.builder("Submit Job").activity(ACTIVITY)
                .parameters(Map.of("job", JsonPath.stringAt("$.job")))
                .heartbeat(Duration.ofSeconds(60))
                .build();
        ExpectedJson.load(StepFunctionsInvokeActivityTest.class, "/stepfunctions/activity-parameters-heartbeat.json").assertRenders(typed);

        Task workflow = fromWorkflow("{\"activity\": \"" + ACTIVITY + "\", \"parameters\": {\"job.$\": \"$.job\"}}",
                QueryLanguage.JSONPATH, StateOptions.builder().heartbeat(Duration.ofSeconds(60)).build());
        ExpectedJson.load(StepFunctionsInvokeActivityTest.class, "/stepfunctions/activity-parameters-heartbeat.json").assertRenders(workflow);
    }

    @Test
    void jsonataArgumentsRender() {
        StateOptions jsonata = StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build();
        Task typed = StepFunctionsInvokeActivity.builder("Submit Job").activity("SubmitJob")
                .queryLanguage(QueryLanguage.JSONATA)
                .arguments(Map.of("job", JsonataExpression.of("$states.input.job")))
                .build();
        ExpectedJson.load(StepFunctionsInvokeActivityTest.class, "/stepfunctions/activity-jsonata-arguments.json").assertRenders(typed);

        Task workflow = fromWorkflow("{\"activity\": \"SubmitJob\", \"arguments\": {\"job\": \"{% $states.input.job %}\"}}",
                QueryLanguage.JSONATA, jsonata);
        ExpectedJson.load(StepFunctionsInvokeActivityTest.class, "/stepfunctions/activity-jsonata-arguments.json").assertRenders(workflow);

        // The CDK accepts either name in either language; so do we.
        Task viaParameters = fromWorkflow("{\"activity\": \"SubmitJob\", \"parameters\": {\"job\": \"{% $states.input.job %}\"}}",
                QueryLanguage.JSONATA, jsonata);
        ExpectedJson.load(StepFunctionsInvokeActivityTest.class, "/stepfunctions/activity-jsonata-arguments.json").assertRenders(viaParameters);
    }

    @Test
    void jsonataArgumentsMayBeOneExpression() {
        Task t = StepFunctionsInvokeActivity.builder("Submit Job").activity("SubmitJob")
                .queryLanguage(QueryLanguage.JSONATA).arguments(JsonataExpression.of("$states.input.job")).build();
        assertEquals("{% $states.input.job %}", t.toState(ExpectedJson.CONTEXT).get("Arguments").asText());
    }

    @Test
    void kmsKeyGrantsDecryptAndGenerateDataKeyForThisActivity() {
        Task typed = StepFunctionsInvokeActivity.builder("Submit Job").activity("SubmitJob")
                .kmsKey("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab").build();
        ExpectedJson.load(StepFunctionsInvokeActivityTest.class, "/stepfunctions/activity-kms.json").assertRenders(typed);

        Task byKeyId = fromWorkflow("{\"activity\": \"SubmitJob\", \"kmsKey\": \"1234abcd-12ab-34cd-56ef-1234567890ab\"}");
        ExpectedJson.load(StepFunctionsInvokeActivityTest.class, "/stepfunctions/activity-kms.json").assertRenders(byKeyId);
    }

    @Test
    void toBuilderCopiesEverything() {
        StepFunctionsInvokeActivity t = StepFunctionsInvokeActivity.builder("Submit Job").activity("SubmitJob")
                .parameters(Map.of("a", 1)).kmsKey("1234abcd-12ab-34cd-56ef-1234567890ab")
                .timeout(Duration.ofMinutes(5)).build();
        assertEquals(render(t), render(t.toBuilder().build()));
        assertEquals(render(t), render(t.withOptions(t.options())));
    }

    // ---- errors ---------------------------------------------------------------------------------------

    @Test
    void rejectsMissingActivity() {
        TaskValidationException e = assertInvalid("Submit Job", "activity",
                () -> StepFunctionsInvokeActivity.builder("Submit Job").build());
        assertEquals(ErrorCode.MISSING_PROPERTY, e.code());
        assertInvalid("Submit Job", "activity", () -> fromWorkflow("{}"));
    }

    @Test
    void rejectsInvalidActivityNameOrArn() {
        for (String bad : new String[] {"Submit Job", "a".repeat(81), "",
                "arn:aws:states:us-east-1:123456789012:stateMachine:X", "SubmitJob:1"}) {
            assertInvalid("Submit Job", "activity",
                    () -> StepFunctionsInvokeActivity.builder("Submit Job").activity(bad).build());
        }
    }

    @Test
    void rejectsActivityGivenAsPath() {
        assertInvalid("Submit Job", "activity.$", () -> fromWorkflow("{\"activity.$\": \"$.activity\"}"));
    }

    @Test
    void rejectsIntegrationPatternsOtherThanRequestResponse() {
        for (IntegrationPattern p : new IntegrationPattern[] {IntegrationPattern.RUN_JOB, IntegrationPattern.WAIT_FOR_TASK_TOKEN}) {
            TaskValidationException e = assertInvalid("Submit Job", "integrationPattern",
                    () -> StepFunctionsInvokeActivity.builder("Submit Job").activity("SubmitJob").integrationPattern(p).build());
            assertEquals(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, e.code());
        }
    }

    @Test
    void rejectsParametersThatAreNotAnObject() {
        assertInvalid("Submit Job", "parameters", () -> fromWorkflow("{\"activity\": \"SubmitJob\", \"parameters\": [1]}"));
        assertInvalid("Submit Job", "parameters",
                () -> fromWorkflow("{\"activity\": \"SubmitJob\", \"parameters.$\": \"$.params\"}"));
        assertInvalid("Submit Job", "parameters", () -> StepFunctionsInvokeActivity.builder("Submit Job")
                .activity("SubmitJob").parameters(JsonPath.stringAt("$.p")).build());
    }

    @Test
    void rejectsParametersAndArgumentsTogether() {
        TaskValidationException e = assertInvalid("Submit Job", "arguments",
                () -> fromWorkflow("{\"activity\": \"SubmitJob\", \"parameters\": {}, \"arguments\": {}}"));
        assertEquals(ErrorCode.CONFLICTING_PROPERTIES, e.code());
    }

    @Test
    void rejectsJsonataExpressionInJsonPathState() {
        TaskValidationException e = assertInvalid("Submit Job", "parameters.job", () -> StepFunctionsInvokeActivity
                .builder("Submit Job").activity("SubmitJob")
                .parameters(ObjectValue.of(Map.of("job", JsonataExpression.of("$states.input.job")))).build());
        assertEquals(ErrorCode.QUERY_LANGUAGE_MISMATCH, e.code());
    }

    @Test
    void rejectsJsonPathInJsonataState() {
        TaskValidationException e = assertInvalid("Submit Job", "arguments.job", () -> StepFunctionsInvokeActivity
                .builder("Submit Job").activity("SubmitJob").queryLanguage(QueryLanguage.JSONATA)
                .arguments(Map.of("job", JsonPath.stringAt("$.job"))).build());
        assertEquals(ErrorCode.QUERY_LANGUAGE_MISMATCH, e.code());
        assertInvalid("Submit Job", "arguments.job.$", () -> fromWorkflow(
                "{\"activity\": \"SubmitJob\", \"arguments\": {\"job.$\": \"$.job\"}}", QueryLanguage.JSONATA, null));
    }

    @Test
    void rejectsKmsAliasOrMalformedKey() {
        assertInvalid("Submit Job", "kmsKey", () -> fromWorkflow("{\"activity\": \"SubmitJob\", \"kmsKey\": \"alias/my-key\"}"));
        assertInvalid("Submit Job", "kmsKey", () -> StepFunctionsInvokeActivity.builder("Submit Job").activity("SubmitJob")
                .kmsKey("arn:aws:kms:us-east-1:123456789012:alias/my-key").build());
    }

    @Test
    void rejectsUnknownPropertyWithSuggestion() {
        TaskValidationException e = assertInvalid("Submit Job", "activty", () -> fromWorkflow("{\"activty\": \"SubmitJob\"}"));
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, e.code());
    }
}
