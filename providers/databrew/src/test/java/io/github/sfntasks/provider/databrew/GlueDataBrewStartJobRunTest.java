package io.github.sfntasks.provider.databrew;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.testing.ExpectedJson;
import io.github.sfntasks.testing.Robustness;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ExpectedJson.render;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlueDataBrewStartJobRunTest {

    private final GlueDataBrewStartJobRunProvider provider = new GlueDataBrewStartJobRunProvider();

    private Task fromWorkflow(String stateName, String properties) {
        return provider.create(TaskRequest.of(stateName, object(properties)));
    }

    private static ExpectedJson expected(String file) {
        return ExpectedJson.load(GlueDataBrewStartJobRunTest.class, "/databrew/" + file);
    }

    /** Seed README "Glue DataBrew": {@code GlueDataBrewStartJobRun(self, "Task", name="databrew-job")}. */
    @Test
    void readmeExampleStartsTheNamedJobRequestResponse() {
        String typed = expected("readme-start-job-run.json")
                .assertRenders(GlueDataBrewStartJobRun.builder("Task").name("databrew-job").build());
        String workflow = expected("readme-start-job-run.json").assertRenders(fromWorkflow("Task", "{\"name\": \"databrew-job\"}"));
        assertEquals(typed, workflow);
    }

    @Test
    void theDefaultPatternIsRequestResponseAsTheCdks() {
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, provider.defaultIntegrationPattern());
        assertEquals(java.util.Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB), provider.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, GlueDataBrewStartJobRun.builder("T").name("j").build().integrationPattern());
    }

    @Test
    void runJobWaitsAndMayListAndStopRunsOfThatJobOnly() {
        String typed = expected("run-job.json").assertRenders(GlueDataBrewStartJobRun.builder("DataBrew StartJobRun")
                .name("sample-proj-job-1").integrationPattern(IntegrationPattern.RUN_JOB).build());
        String workflow = expected("run-job.json").assertRenders(provider.create(TaskRequest.of("DataBrew StartJobRun",
                "databrew:startJobRun", object("{\"name\": \"sample-proj-job-1\"}"), IntegrationPattern.RUN_JOB,
                QueryLanguage.JSONPATH, null)));
        assertEquals(typed, workflow);
    }

    @Test
    void aJobChosenAtRunTimeIsGrantedEveryJobWithAWarning() {
        GlueDataBrewStartJobRun t = GlueDataBrewStartJobRun.builder("Brew").name(JsonPath.stringAt("$.job"))
                .integrationPattern(IntegrationPattern.RUN_JOB).build();
        expected("dynamic-name.json").assertRenders(t);
        expected("dynamic-name.json").assertRenders(provider.create(TaskRequest.of("Brew", "databrew:startJobRun",
                object("{\"name.$\": \"$.job\"}"), IntegrationPattern.RUN_JOB, QueryLanguage.JSONPATH, null)));
        List<TaskWarning> w = t.warnings(ExpectedJson.CONTEXT);
        assertEquals(1, w.size());
        assertEquals(WarningCode.WIDENED_GRANT, w.get(0).code());
        assertEquals("name", w.get(0).property());
    }

    @Test
    void jsonataStateRendersArguments() {
        expected("jsonata.json").assertRenders(GlueDataBrewStartJobRun.builder("Brew").queryLanguage(QueryLanguage.JSONATA)
                .name(JsonataExpression.of("$states.input.job")).build());
        expected("jsonata.json").assertRenders(provider.create(TaskRequest.of("Brew", "databrew:startJobRun",
                object("{\"name\": \"{% $states.input.job %}\"}"), null, QueryLanguage.JSONATA,
                StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build())));
    }

    @Test
    void placeholdersRenderUntouchedAndSitInTheJobArn() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String name : List.of("${JobName}", "${Job.Arn}", "${Token[TOKEN.12]}", "brew-${Stage}")) {
            for (Task t : List.of(GlueDataBrewStartJobRun.builder("Brew").name(name).build(),
                    fromWorkflow("Brew", "{\"name\": \"" + name + "\"}"))) {
                assertEquals(name, t.toState(cfn).get("Parameters").get("Name").textValue());
                assertEquals(List.of(PolicyStatement.allow("databrew:startJobRun",
                        "arn:${AWS::Partition}:databrew:${AWS::Region}:${AWS::AccountId}:job/" + name)), t.policyStatements(cfn));
            }
        }
    }

    @Test
    void refusesAnIamWildcardInTheName() {
        for (String name : List.of("job*", "j?b", "*", "brew-${Stage}*")) {
            assertInvalid("Brew", "name", () -> GlueDataBrewStartJobRun.builder("Brew").name(name).build());
            assertInvalid("Brew", "name", () -> fromWorkflow("Brew", "{\"name\": \"" + name + "\"}"));
        }
    }

    @Test
    void refusesAnArnForTheName() {
        TaskValidationException e = assertInvalid("Brew", "name", () -> GlueDataBrewStartJobRun.builder("Brew")
                .name("arn:aws:databrew:us-east-1:123456789012:job/j").build());
        assertTrue(e.getMessage().contains("not an ARN"), e.getMessage());
    }

    @Test
    void refusesAMissingEmptyOrTooLongName() {
        TaskValidationException e = assertInvalid("Brew", "name", () -> GlueDataBrewStartJobRun.builder("Brew").build());
        assertEquals(ErrorCode.MISSING_PROPERTY, e.code());
        assertInvalid("Brew", "name", () -> fromWorkflow("Brew", "{}"));
        assertInvalid("Brew", "name", () -> GlueDataBrewStartJobRun.builder("Brew").name("").build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Brew", "name",
                () -> GlueDataBrewStartJobRun.builder("Brew").name("j".repeat(241)).build());
        GlueDataBrewStartJobRun.builder("Brew").name("j".repeat(240)).build();
    }

    @Test
    void refusesTheCallbackPatternAndATypo() {
        assertInvalid("Brew", "integrationPattern", () -> GlueDataBrewStartJobRun.builder("Brew").name("j")
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
        TaskValidationException e = assertInvalid("Brew", "nmae", () -> fromWorkflow("Brew", "{\"nmae\": \"j\"}"));
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, e.code());
    }

    @Test
    void toBuilderCopiesEverything() {
        GlueDataBrewStartJobRun t = GlueDataBrewStartJobRun.builder("Brew").name("j")
                .integrationPattern(IntegrationPattern.RUN_JOB).comment("c").build();
        assertEquals(render(t), render(t.toBuilder().build()));
        assertEquals(render(t), render(t.withOptions(t.options())));
    }

    @Test
    void oddValuesGiveOnlyValidationErrors() {
        Robustness.of(provider, "{\"name\": \"j\"}").withProperties("name", "unknown").assertOnlyValidationErrors();
        Robustness.of(provider, "{\"name\": \"j\"}").withProperties("name").withStateQueryLanguage(true)
                .assertOnlyValidationErrors();
    }
}
