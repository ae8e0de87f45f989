package io.github.sfntasks.provider.bedrock;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ExpectedJson.render;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BedrockCreateModelCustomizationJobTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/BedrockCustomization";

    private final BedrockCreateModelCustomizationJobProvider provider = new BedrockCreateModelCustomizationJobProvider();

    private static BedrockCreateModelCustomizationJob.Builder minimal() {
        return BedrockCreateModelCustomizationJob.builder("Customize").baseModel("amazon.titan-text-express-v1")
                .customModelName("Tuned").jobName("job-1").role(ROLE)
                .trainingData(d -> d.bucket("training-bucket")).outputData(d -> d.bucket("output-bucket"))
                .hyperParameters(Map.of("Evaluation percentage", "20"));
    }

    /** CDK v2 README "createModelCustomizationJob": every prop, constructs given by their identifiers. */
    @Test
    void readmeExampleCreatesACustomizationJob() {
        ExpectedJson expected = ExpectedJson.load(BedrockCreateModelCustomizationJobTest.class, "/bedrock/readme-customization-job.json");
        Task typed = BedrockCreateModelCustomizationJob.builder("CreateModelCustomizationJob")
                .baseModel("amazon.titan-text-express-v1")
                .clientRequestToken("MyToken")
                .customizationType("FINE_TUNING")
                .customModelKmsKey("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
                .customModelName("MyCustomModel")
                .addCustomModelTag("key1", "value1")
                .hyperParameters(Map.of("batchSize", "10"))
                .jobName("MyCustomizationJob")
                .addJobTag("key2", "value2")
                .outputData(d -> d.bucket("output-bucket").path("output-data/"))
                .role(ROLE)
                .trainingData(d -> d.bucket("training-bucket").path("training-data/data.json"))
                .addValidationData(d -> d.bucket("validation-bucket").path("validation-data/data.json"))
                .vpcConfig(v -> v.securityGroups("sg-0123456789abcdef0").subnets("subnet-0123456789abcdef0", "subnet-0fedcba9876543210"))
                .build();
        assertEquals(expected.assertRenders(typed),
                expected.assertRenders(provider.create(TaskRequest.of("CreateModelCustomizationJob", expected.properties()))));
    }

    /** AWS page: the CreateModelCustomizationJob.sync policy for a foundation model. */
    @Test
    void runJobRendersSyncAndGrantsThePagesPollingActionsWithoutAManagedRule() {
        ExpectedJson expected = ExpectedJson.load(BedrockCreateModelCustomizationJobTest.class, "/bedrock/aws-page-customization-sync.json");
        Task typed = BedrockCreateModelCustomizationJob.builder("Customize").integrationPattern(IntegrationPattern.RUN_JOB)
                .baseModel("amazon.titan-text-express-v1").customModelName("TitanTuned").jobName("titan-tuning-1")
                .role("arn:aws:iam::123456789012:role/myRole").trainingData(d -> d.bucket("training-bucket"))
                .outputData(d -> d.bucket("output-bucket").path("out")).hyperParameters(Map.of("Evaluation percentage", "20"))
                .build();
        expected.assertRenders(typed);
        expected.assertRenders(provider.create(TaskRequest.of("Customize", null, expected.properties(), IntegrationPattern.RUN_JOB,
                QueryLanguage.JSONPATH, StateOptions.builder().build())));
    }

    @Test
    void defaultPatternIsRequestResponseAsTheCdks() {
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, minimal().build().integrationPattern());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, provider.defaultIntegrationPattern());
        assertInvalid(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "Customize", "integrationPattern",
                () -> minimal().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
    }

    @Test
    void validationDataOrTheEvaluationPercentageIsRequired() {
        assertInvalid(ErrorCode.MISSING_PROPERTY, "Customize", "validationData", () -> minimal().hyperParameters(Map.of("batchSize", "1")).build());
        minimal().hyperParameters(null).addValidationData(d -> d.bucket("validation-bucket")).build();
    }

    @Test
    void namesTokensAndListsFollowTheApiLimits() {
        assertInvalid("Customize", "customModelName", () -> minimal().customModelName("x".repeat(64)).build());
        assertInvalid("Customize", "customModelName", () -> minimal().customModelName("-bad").build());
        assertInvalid("Customize", "jobName", () -> minimal().jobName("_bad").build());
        assertInvalid("Customize", "clientRequestToken", () -> minimal().clientRequestToken("a--").build());
        assertInvalid("Customize", "vpcConfig.securityGroups", () -> minimal()
                .vpcConfig(v -> v.securityGroups("a", "b", "c", "d", "e", "f").subnets("s")).build());
        assertInvalid("Customize", "customizationType", () -> minimal().customizationType("LORA").build());
    }

    @Test
    void roleIsPassedToBedrockOnlyAndRequired() {
        assertInvalid(ErrorCode.MISSING_PROPERTY, "Customize", "role", () -> minimal().role(null).build());
        assertInvalid("Customize", "role", () -> minimal().role("BedrockCustomization").build());
        var pass = minimal().build().policyStatements(ExpectedJson.CONTEXT).get(1);
        assertEquals(List.of("iam:PassRole"), pass.actions());
        assertEquals("bedrock.amazonaws.com", pass.conditions().get(0).values().get(0));
    }

    @Test
    void placeholdersInEveryResourcePropertyRenderUntouchedAndSitInTheGrants() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String model : List.of("${Model}", "${Model.Arn}", "${Token[TOKEN.12]}")) {
            BedrockCreateModelCustomizationJob t = minimal().baseModel(model).build();
            assertEquals(model, t.toState(cfn).at("/Parameters/BaseModelIdentifier").textValue());
            assertEquals(model, t.policyStatements(cfn).get(0).resources().get(0));
        }
        assertEquals("arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/titan-${Stage}",
                minimal().baseModel("titan-${Stage}").build().policyStatements(cfn).get(0).resources().get(0));
        for (String role : List.of("${Role}", "${Role.Arn}", "${Token[TOKEN.7]}")) {
            BedrockCreateModelCustomizationJob t = minimal().role(role).build();
            assertEquals(role, t.toState(cfn).at("/Parameters/RoleArn").textValue());
            assertEquals(List.of(role), t.policyStatements(cfn).get(1).resources());
        }
        assertEquals(List.of("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/tuner-${Stage}"),
                minimal().role("tuner-${Stage}").build().policyStatements(cfn).get(1).resources());
        for (String bucket : List.of("${Bucket}", "${Token[TOKEN.9]}", "data-${Stage}")) {
            assertEquals("s3://" + bucket, minimal().trainingData(d -> d.bucket(bucket)).build()
                    .toState(cfn).at("/Parameters/TrainingDataConfig/S3Uri").textValue());
        }
    }

    @Test
    void aWildcardInAnyResourceIsRefused() {
        assertInvalid("Customize", "baseModel", () -> minimal().baseModel("arn:aws:bedrock:us-east-1::foundation-model/*").build());
        assertInvalid("Customize", "role", () -> minimal().role("arn:aws:iam::123456789012:role/*").build());
        assertInvalid("Customize", "trainingData.bucket", () -> minimal().trainingData(d -> d.bucket("data-*")).build());
        assertInvalid("Customize", "customModelKmsKey", () -> minimal().customModelKmsKey("arn:aws:kms:us-east-1:*:key/x").build());
    }

    @Test
    void aBaseModelOrRoleChosenAtRunTimeIsGrantedWithAWarning() {
        BedrockCreateModelCustomizationJob t = minimal().baseModel(JsonPath.stringAt("$.model")).role(JsonPath.stringAt("$.role")).build();
        assertEquals("arn:aws:bedrock:us-east-1::foundation-model/*", t.policyStatements(ExpectedJson.CONTEXT).get(0).resources().get(0));
        assertEquals("arn:aws:iam::123456789012:role/*", t.policyStatements(ExpectedJson.CONTEXT).get(1).resources().get(0));
        assertEquals(List.of("baseModel", "role"), t.warnings(ExpectedJson.CONTEXT).stream().map(w -> w.property()).toList());
    }

    @Test
    void everyProblemIsReportedAtOnceTyposFirst() {
        TaskValidationException e = assertInvalid(ErrorCode.UNKNOWN_PROPERTY, "Customize", "jobNmae",
                () -> provider.create(TaskRequest.of("Customize", object("{\"jobNmae\": \"x\", \"trainingData\": {\"bucket\": 5}}"))));
        List<String> where = e.problems().stream().map(TaskValidationException::property).toList();
        assertTrue(where.containsAll(List.of("jobNmae", "trainingData.bucket")), where.toString());
        // Read, then built: every build problem of the state at once.
        TaskValidationException missing = assertInvalid(ErrorCode.MISSING_PROPERTY, "Customize", "baseModel",
                () -> BedrockCreateModelCustomizationJob.builder("Customize").build());
        assertEquals(List.of("baseModel", "customModelName", "jobName", "outputData", "role", "trainingData"),
                missing.problems().stream().map(TaskValidationException::property).toList());
    }

    @Test
    void jsonataStateRendersArguments() {
        Task t = minimal().queryLanguage(QueryLanguage.JSONATA).jobName("{% 'job-' & $states.input.n %}").build();
        assertEquals("{% 'job-' & $states.input.n %}", t.toState(ExpectedJson.CONTEXT).at("/Arguments/JobName").textValue());
    }

    @Test
    void toBuilderCopiesEverything() {
        BedrockCreateModelCustomizationJob t = minimal().addJobTag("a", "b").vpcConfig(v -> v.securityGroups("sg").subnets("s")).build();
        assertEquals(render(t), render(t.toBuilder().build()));
    }
}
