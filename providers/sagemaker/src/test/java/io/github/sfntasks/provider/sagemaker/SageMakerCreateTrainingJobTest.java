package io.github.sfntasks.provider.sagemaker;

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SageMakerCreateTrainingJobTest {

    private static final RenderContext AWS = ExpectedJson.CONTEXT;

    private static SageMakerCreateTrainingJob.Builder minimal(String name) {
        return SageMakerCreateTrainingJob.builder("Train").trainingJobName(name).role("Trainer")
                .algorithmSpecification(a -> a.algorithmName("xgboost"))
                .outputDataConfig(o -> o.s3OutputLocation("s3://models/"));
    }

    @Test
    void syncWithEveryPropertyAndTheCdkDefaultsForResourcesAndStopping() {
        Map<String, Object> hyper = new LinkedHashMap<>();
        hyper.put("max_depth", "5");
        hyper.put("eta", JsonPath.stringAt("$.eta"));
        Task typed = SageMakerCreateTrainingJob.builder("Train")
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .trainingJobName("nightly-churn").enableNetworkIsolation(true).role("arn:aws:iam::123456789012:role/Trainer")
                .algorithmSpecification(a -> a.trainingImage("123456789012.dkr.ecr.us-east-1.amazonaws.com/xgb:1")
                        .trainingInputMode("Pipe").addMetricDefinition("validation:auc", "auc=([0-9.]+)"))
                .addInputDataConfig(c -> c.channelName("train")
                        .s3DataSource(s -> s.s3Location("s3://data/train/").s3DataType("ManifestFile")
                                .s3DataDistributionType("ShardedByS3Key").attributeNames("source-ref"))
                        .compressionType("Gzip").contentType("text/csv").inputMode("File").recordWrapperType("RecordIO")
                        .shuffleSeed(42))
                .addInputDataConfig(c -> c.channelName("validation").fileSystemDataSource(f -> f.directoryPath("/fsx/validation")
                        .fileSystemAccessMode("ro").fileSystemId("fs-0123456789abcdef0").fileSystemType("FSxLustre")))
                .outputDataConfig(o -> o.s3OutputLocation("s3://models/churn/").encryptionKey("alias/models"))
                .hyperparameters(hyper).tags(Map.of("team", "data"))
                .vpcConfig(v -> v.securityGroupIds("sg-0123456789abcdef0").subnets("subnet-0aaa", "subnet-0bbb"))
                .environment(Map.of("MODE", "nightly"))
                .build();
        ExpectedJson expected = ExpectedJson.load(getClass(), "/sagemaker/training-sync-everything.json");
        String a = expected.assertRenders(typed);
        Task workflow = new SageMakerCreateTrainingJobProvider().create(TaskRequest.of("Train", "sagemaker:createTrainingJob", object("""
                {"trainingJobName": "nightly-churn", "enableNetworkIsolation": true, "role": "arn:aws:iam::123456789012:role/Trainer",
                 "algorithmSpecification": {"trainingImage": "123456789012.dkr.ecr.us-east-1.amazonaws.com/xgb:1",
                   "trainingInputMode": "Pipe", "metricDefinitions": [{"name": "validation:auc", "regex": "auc=([0-9.]+)"}]},
                 "inputDataConfig": [
                   {"channelName": "train", "dataSource": {"s3DataSource": {"s3Location": "s3://data/train/", "s3DataType": "ManifestFile",
                      "s3DataDistributionType": "ShardedByS3Key", "attributeNames": ["source-ref"]}},
                    "compressionType": "Gzip", "contentType": "text/csv", "inputMode": "File", "recordWrapperType": "RecordIO",
                    "shuffleConfig": {"seed": 42}},
                   {"channelName": "validation", "dataSource": {"fileSystemDataSource": {"directoryPath": "/fsx/validation",
                      "fileSystemAccessMode": "ro", "fileSystemId": "fs-0123456789abcdef0", "fileSystemType": "FSxLustre"}}}],
                 "outputDataConfig": {"s3OutputLocation": "s3://models/churn/", "encryptionKey": "alias/models"},
                 "hyperparameters": {"max_depth": "5", "eta.$": "$.eta"}, "tags": {"team": "data"},
                 "vpcConfig": {"securityGroupIds": ["sg-0123456789abcdef0"], "subnets": ["subnet-0aaa", "subnet-0bbb"]},
                 "environment": {"MODE": "nightly"}}
                """), IntegrationPattern.RUN_JOB, QueryLanguage.JSONPATH, null));
        assertEquals(a, expected.assertRenders(workflow));
    }

    @Test
    void theDefaultPatternIsRequestResponseAndGrantsCreateOnly() {
        SageMakerCreateTrainingJob job = minimal("j").build();
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, job.integrationPattern());
        assertEquals("arn:aws:states:::sagemaker:createTrainingJob", job.toState(AWS).get("Resource").textValue());
        assertEquals(List.of("sagemaker:CreateTrainingJob"), job.policyStatements(AWS).get(0).actions());
    }

    @Test
    void aRoleGivenByNameRendersAsItsArn() {
        assertEquals("arn:aws:iam::123456789012:role/Trainer",
                minimal("j").build().toState(AWS).get("Parameters").get("RoleArn").textValue());
    }

    @Test
    void placeholdersInTheJobNameAndRoleRenderUntouchedAndSitInTheGrants() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String name : List.of("${JobName}", "${JobName.Arn}", "${Token[TOKEN.12]}", "train-${Stage}")) {
            SageMakerCreateTrainingJob job = minimal(name).build();
            assertEquals(name, job.toState(cfn).get("Parameters").get("TrainingJobName").textValue());
            assertEquals("arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:training-job/" + name + "*",
                    job.policyStatements(cfn).get(0).resources().get(0));
        }
        for (String role : List.of("${TrainerRole.Arn}", "${Token[TOKEN.31]}")) {
            SageMakerCreateTrainingJob job = minimal("j").role(role).build();
            assertEquals(role, job.toState(cfn).get("Parameters").get("RoleArn").textValue());
            PolicyStatement pass = job.policyStatements(cfn).stream().filter(s -> s.actions().contains("iam:PassRole")).findFirst().orElseThrow();
            assertEquals(List.of(role), pass.resources());
        }
        SageMakerCreateTrainingJob job = minimal("j").role("trainer-${Stage}").build();
        assertEquals("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/trainer-${Stage}",
                job.toState(cfn).get("Parameters").get("RoleArn").textValue());
    }

    @Test
    void aWildcardInTheNameRoleOrKeyIsRefused() {
        assertInvalid("Train", "trainingJobName", () -> minimal("job*").build());
        assertInvalid("Train", "trainingJobName", () -> minimal("job?").build());
        assertInvalid("Train", "role", () -> minimal("j").role("arn:aws:iam::*:role/Trainer").build());
        assertInvalid("Train", "role", () -> minimal("j").role("arn:*:iam::123456789012:role/Trainer").build());
        assertInvalid("Train", "outputDataConfig.encryptionKey",
                () -> minimal("j").outputDataConfig(o -> o.s3OutputLocation("s3://m/").encryptionKey("arn:aws:kms:*:123456789012:key/k")).build());
    }

    @Test
    void theRoleIsStaticBecauseItDecidesThePassRoleGrant() {
        assertInvalid("Train", "role", () -> minimal("j").role(JsonPath.stringAt("$.role")).build());
        assertInvalid("Train", "role.$", () -> new SageMakerCreateTrainingJobProvider().create(TaskRequest.of("Train", object(
                "{\"trainingJobName\": \"j\", \"role.$\": \"$.role\", \"algorithmSpecification\": {\"algorithmName\": \"x\"},"
                        + " \"outputDataConfig\": {\"s3OutputLocation\": \"s3://m/\"}}"))));
    }

    @Test
    void aJobNameFromAPathIsGrantedOnEveryTrainingJobWithAWarning() {
        SageMakerCreateTrainingJob job = minimal("x").trainingJobName(JsonPath.stringAt("$.name")).build();
        assertEquals("arn:aws:sagemaker:us-east-1:123456789012:training-job/*", job.policyStatements(AWS).get(0).resources().get(0));
        assertEquals(WarningCode.WIDENED_GRANT, job.warnings(AWS).get(0).code());
        assertEquals("trainingJobName", job.warnings(AWS).get(0).property());
    }

    @Test
    void rangesAndConflictsNameTheStateAndTheProperty() {
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Train", "trainingJobName", () -> minimal("a".repeat(64)).build());
        assertInvalid("Train", "trainingJobName", () -> minimal("-bad").build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Train", "stoppingCondition.maxRuntime",
                () -> minimal("j").stoppingCondition(s -> s.maxRuntime(java.time.Duration.ofDays(29))).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Train", "resourceConfig.instanceCount",
                () -> minimal("j").resourceConfig(r -> r.instanceCount(0).instanceType("ml.m5.xlarge").volumeSize(10)).build());
        assertInvalid(ErrorCode.CONFLICTING_PROPERTIES, "Train", "algorithmSpecification.algorithmName",
                () -> minimal("j").algorithmSpecification(a -> a.trainingImage("img").algorithmName("xgboost")).build());
        assertInvalid(ErrorCode.MISSING_PROPERTY, "Train", "algorithmSpecification.trainingImage",
                () -> minimal("j").algorithmSpecification(a -> a.trainingInputMode("File")).build());
        assertInvalid("Train", "inputDataConfig[0].dataSource.s3DataSource.s3DataType",
                () -> minimal("j").addInputDataConfig(c -> c.channelName("c").s3DataSource(s -> s.s3Location("s3://b/").s3DataType("Folder"))).build());
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> SageMakerCreateTrainingJob.builder("Train").build());
        List<String> where = e.problems().stream().map(TaskValidationException::property).toList();
        assertTrue(where.containsAll(List.of("trainingJobName", "role", "algorithmSpecification", "outputDataConfig")), where.toString());
    }

    @Test
    void aWorkflowFileTypoIsReportedWithTheStateName() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> new SageMakerCreateTrainingJobProvider()
                .create(TaskRequest.of("Train", object("{\"trainingJobNmae\": \"j\", \"role\": \"r\","
                        + " \"algorithmSpecification\": {\"algorithmName\": \"x\"}, \"outputDataConfig\": {\"s3OutputLocation\": \"s3://m/\"}}"))));
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, e.code());
        assertEquals("Train", e.stateName());
    }

    @Test
    void aJsonataStateRendersArguments() {
        SageMakerCreateTrainingJob job = minimal("{% $states.input.name %}").queryLanguage(QueryLanguage.JSONATA).build();
        var state = job.toState(AWS);
        assertEquals("{% $states.input.name %}", state.get("Arguments").get("TrainingJobName").textValue());
        assertEquals("File", state.get("Arguments").get("AlgorithmSpecification").get("TrainingInputMode").textValue());
        assertTrue(state.get("Parameters") == null);
    }

    @Test
    void toBuilderCopiesEverything() {
        SageMakerCreateTrainingJob job = minimal("j").tags(Map.of("a", "b")).build();
        assertEquals(job.toState(AWS), job.toBuilder().build().toState(AWS));
    }
}
