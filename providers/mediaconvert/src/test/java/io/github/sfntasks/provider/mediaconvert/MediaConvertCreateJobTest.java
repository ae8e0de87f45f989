package io.github.sfntasks.provider.mediaconvert;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.testing.ExpectedJson;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ExpectedJson.render;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaConvertCreateJobTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/MediaConvertRole";

    private final MediaConvertCreateJobProvider provider = new MediaConvertCreateJobProvider();

    private static MediaConvertCreateJob.Builder minimal() {
        return MediaConvertCreateJob.builder("CreateJob").createJobRequest(r -> r.role(ROLE).settings(Map.of("Inputs", List.of())));
    }

    @Test
    void registersItsProviderTwiceAlike() {
        ProviderRegistration.assertAgrees(MediaConvertCreateJobProvider.class, MediaConvertCreateJobProvider.class);
        TaskProvider p = provider;
        assertEquals("mediaconvert:createJob", p.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB), p.integrationPatterns());
    }

    /** CDK v2 README "MediaConvert / CreateJob": the MP4 job, RUN_JOB. */
    @Test
    void readmeExampleCreatesAJobAndWaitsForIt() {
        ExpectedJson expected = ExpectedJson.load(MediaConvertCreateJobTest.class, "/mediaconvert/readme-create-job-sync.json");
        var settings = ExpectedJson.read(MediaConvertCreateJobTest.class, "/mediaconvert/readme-settings.json");
        Task typed = MediaConvertCreateJob.builder("CreateJob").integrationPattern(IntegrationPattern.RUN_JOB)
                .createJobRequest(r -> r.role(ROLE).settings(settings)).build();
        assertEquals(expected.assertRenders(typed), expected.assertRenders(provider.create(TaskRequest.of("CreateJob", null,
                expected.properties(), IntegrationPattern.RUN_JOB, QueryLanguage.JSONPATH, StateOptions.builder().build()))));
    }

    @Test
    void defaultPatternIsRequestResponseWithoutJobOrRuleGrants() {
        MediaConvertCreateJob t = minimal().build();
        assertEquals("arn:aws:states:::mediaconvert:createJob", t.toState(ExpectedJson.CONTEXT).get("Resource").textValue());
        assertEquals(2, t.policyStatements(ExpectedJson.CONTEXT).size());
        assertInvalid(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "CreateJob", "integrationPattern",
                () -> minimal().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
    }

    @Test
    void roleAndSettingsAreRequired() {
        TaskValidationException e = assertInvalid(ErrorCode.MISSING_PROPERTY, "CreateJob", "createJobRequest.Role",
                () -> MediaConvertCreateJob.builder("CreateJob").createJobRequest(r -> { }).build());
        assertEquals(List.of("createJobRequest.Role", "createJobRequest.Settings"),
                e.problems().stream().map(TaskValidationException::property).toList());
        assertInvalid(ErrorCode.MISSING_PROPERTY, "CreateJob", "createJobRequest", () -> MediaConvertCreateJob.builder("CreateJob").build());
    }

    @Test
    void aTypoInTheRequestIsReportedWithASuggestion() {
        TaskValidationException e = assertInvalid(ErrorCode.UNKNOWN_PROPERTY, "CreateJob", "createJobRequest.Setings",
                () -> provider.create(TaskRequest.of("CreateJob", object("{\"createJobRequest\": {\"Role\": \"" + ROLE + "\", \"Setings\": {}}}"))));
        assertTrue(e.getMessage().contains("\"Settings\""), e.getMessage());
    }

    @Test
    void requestMembersFollowTheApiLimits() {
        assertInvalid(ErrorCode.OUT_OF_RANGE, "CreateJob", "createJobRequest.Priority",
                () -> MediaConvertCreateJob.builder("CreateJob").createJobRequest(r -> r.role(ROLE).settings(Map.of()).priority(51)).build());
        assertInvalid("CreateJob", "createJobRequest.StatusUpdateInterval", () -> MediaConvertCreateJob.builder("CreateJob")
                .createJobRequest(r -> r.role(ROLE).settings(Map.of()).statusUpdateInterval("SECONDS_5")).build());
    }

    @Test
    void placeholdersInTheRoleRenderUntouchedAndSitInThePassRoleGrant() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String role : List.of("${Role}", "${Role.Arn}", "${Token[TOKEN.12]}")) {
            MediaConvertCreateJob t = MediaConvertCreateJob.builder("CreateJob").createJobRequest(r -> r.role(role).settings(Map.of())).build();
            assertEquals(role, t.toState(cfn).at("/Parameters/Role").textValue());
            assertEquals(List.of(role), t.policyStatements(cfn).get(1).resources());
            assertEquals("mediaconvert.${AWS::URLSuffix}", t.policyStatements(cfn).get(1).conditions().get(0).values().get(0));
        }
        MediaConvertCreateJob staged = MediaConvertCreateJob.builder("CreateJob")
                .createJobRequest(r -> r.role("transcoder-${Stage}").settings(Map.of())).build();
        assertEquals(List.of("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/transcoder-${Stage}"), staged.policyStatements(cfn).get(1).resources());
    }

    @Test
    void aWildcardInTheRoleIsRefused() {
        for (String role : List.of("arn:aws:iam::123456789012:role/*", "arn:aws:iam::*:role/x", "arn:aws:iam::123456789012:role/m?")) {
            assertInvalid("CreateJob", "createJobRequest.Role",
                    () -> MediaConvertCreateJob.builder("CreateJob").createJobRequest(r -> r.role(role).settings(Map.of())).build());
        }
    }

    @Test
    void aRoleChosenAtRunTimeIsPassedAccountWideWithAWarning() {
        MediaConvertCreateJob t = MediaConvertCreateJob.builder("CreateJob")
                .createJobRequest(r -> r.role(JsonPath.stringAt("$.role")).settings(JsonPath.objectAt("$.settings"))).build();
        assertEquals("$.role", t.toState(ExpectedJson.CONTEXT).at("/Parameters/Role.$").textValue());
        assertEquals(List.of("arn:aws:iam::123456789012:role/*"), t.policyStatements(ExpectedJson.CONTEXT).get(1).resources());
        assertEquals("createJobRequest.Role", t.warnings(ExpectedJson.CONTEXT).get(0).property());
    }

    @Test
    void jsonataStateRendersTheRequestAsArguments() {
        Task t = MediaConvertCreateJob.builder("CreateJob").queryLanguage(QueryLanguage.JSONATA)
                .createJobRequest(r -> r.role(ROLE).settings("{% $states.input.settings %}").queue("{% $states.input.queue %}")).build();
        assertEquals("{% $states.input.settings %}", t.toState(ExpectedJson.CONTEXT).at("/Arguments/Settings").textValue());
    }

    @Test
    void toBuilderCopiesEverything() {
        MediaConvertCreateJob t = MediaConvertCreateJob.builder("CreateJob").createJobRequest(r -> r.role(ROLE).settings(Map.of("a", 1))
                .priority(-50).tags(Map.of("team", "video")).billingTagsSource("JOB")).build();
        assertEquals(render(t), render(t.toBuilder().build()));
    }
}
