package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Transform jobs beyond the README, models (pipelines, VPC), endpoint configurations and endpoints. */
class SageMakerModelAndEndpointTest {

    private static final RenderContext AWS = ExpectedJson.CONTEXT;
    private static final RenderContext CFN = RenderContext.cloudFormation();

    @Test
    void transformSyncWithPathsTheCdkDefaultsAndAPassedRole() {
        Task typed = SageMakerCreateTransformJob.builder("Transform").integrationPattern(IntegrationPattern.RUN_JOB)
                .batchStrategy("MultiRecord").environment(Map.of("LOG", "1")).maxConcurrentTransforms(4).maxPayload(6)
                .modelClientOptions(o -> { }).modelName(JsonPath.stringAt("$.model")).tags(Map.of("stage", "prod"))
                .transformInput(i -> i.contentType("text/csv").s3DataSource(JsonPath.stringAt("$.input"), null).splitType("Line"))
                .transformJobName(JsonPath.stringAt("$.name"))
                .transformOutput(o -> o.s3OutputPath("s3://out/").encryptionKey("1234abcd-12ab-34cd-56ef-1234567890ab")
                        .accept("text/csv").assembleWith("Line"))
                .role("Transformer")
                .build();
        ExpectedJson expected = ExpectedJson.load(getClass(), "/sagemaker/transform-sync-defaults.json");
        String a = expected.assertRenders(typed);
        Task workflow = new SageMakerCreateTransformJobProvider().create(TaskRequest.of("Transform", "sagemaker:createTransformJob", object("""
                {"batchStrategy": "MultiRecord", "environment": {"LOG": "1"}, "maxConcurrentTransforms": 4, "maxPayload": 6,
                 "modelClientOptions": {}, "modelName.$": "$.model", "tags": {"stage": "prod"},
                 "transformInput": {"contentType": "text/csv", "transformDataSource": {"s3DataSource": {"s3Uri.$": "$.input"}},
                                    "splitType": "Line"},
                 "transformJobName.$": "$.name",
                 "transformOutput": {"s3OutputPath": "s3://out/", "encryptionKey": "1234abcd-12ab-34cd-56ef-1234567890ab",
                                     "accept": "text/csv", "assembleWith": "Line"},
                 "role": "Transformer"}
                """), IntegrationPattern.RUN_JOB, QueryLanguage.JSONPATH, null));
        assertEquals(a, expected.assertRenders(workflow));
    }

    @Test
    void transformRangesNameTheProperty() {
        assertInvalid(ErrorCode.OUT_OF_RANGE, "T", "modelClientOptions.invocationsMaxRetries", () -> transform()
                .modelClientOptions(o -> o.invocationsMaxRetries(4)).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "T", "maxPayload", () -> transform().maxPayload(101).build());
        assertInvalid("T", "transformResources.instanceType", () -> transform()
                .transformResources(r -> r.instanceCount(1).instanceType("big")).build());
        assertInvalid("T", "transformJobName", () -> transform().transformJobName("job-*").build());
    }

    private static SageMakerCreateTransformJob.Builder transform() {
        return SageMakerCreateTransformJob.builder("T").transformJobName("j").modelName("m")
                .transformInput(i -> i.s3DataSource("s3://in/", null)).transformOutput(o -> o.s3OutputPath("s3://out/"));
    }

    @Test
    void transformJobNamePlaceholdersSitInTheGrant() {
        for (String name : List.of("${Job}", "${Job.Name}", "${Token[TOKEN.7]}", "batch-${Stage}")) {
            SageMakerCreateTransformJob job = transform().transformJobName(name).build();
            assertEquals(name, job.toState(CFN).get("Parameters").get("TransformJobName").textValue());
            assertEquals("arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:transform-job/" + name + "*",
                    job.policyStatements(CFN).get(0).resources().get(0));
        }
    }

    @Test
    void modelWithAPipelineVpcTagsAndAPlaceholderName() {
        Task typed = SageMakerCreateModel.builder("Model").enableNetworkIsolation(true).role("Models").modelName("Pipeline-${Stage}")
                .tags(Map.of("team", "ml"))
                .primaryContainer(c -> c.image("123456789012.dkr.ecr.us-east-1.amazonaws.com/pre:1").mode("MultiModel")
                        .modelS3Location("s3://models/"))
                .addContainer(c -> c.containerHostName("pre").image("123456789012.dkr.ecr.us-east-1.amazonaws.com/pre:1")
                        .environmentVariables(Map.of("A", "1")))
                .addContainer(c -> c.containerHostName("xgb")
                        .modelPackageName("arn:aws:sagemaker:us-east-1:123456789012:model-package/xgb/1"))
                .vpcConfig(v -> v.securityGroupIds("sg-1").subnets("subnet-1"))
                .build();
        ExpectedJson expected = ExpectedJson.load(getClass(), "/sagemaker/model-multi-container-vpc.json");
        String a = expected.assertRenders(typed);
        Task workflow = new SageMakerCreateModelProvider().create(TaskRequest.of("Model", object("""
                {"enableNetworkIsolation": true, "role": "Models", "modelName": "Pipeline-${Stage}", "tags": {"team": "ml"},
                 "primaryContainer": {"image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/pre:1", "mode": "MultiModel",
                                      "modelS3Location": "s3://models/"},
                 "containers": [
                   {"containerHostName": "pre", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/pre:1",
                    "environmentVariables": {"A": "1"}},
                   {"containerHostName": "xgb", "modelPackageName": "arn:aws:sagemaker:us-east-1:123456789012:model-package/xgb/1"}],
                 "vpcConfig": {"securityGroupIds": ["sg-1"], "subnets": ["subnet-1"]}}
                """)));
        assertEquals(a, expected.assertRenders(workflow));
    }

    @Test
    void endpointNamesAreLowerCasedInGrantsButPlaceholdersKept() {
        SageMakerCreateEndpoint e = SageMakerCreateEndpoint.builder("E").endpointName("Prod-${Stage}")
                .endpointConfigName("${Token[TOKEN.3]}").build();
        assertEquals(List.of("arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint/prod-${Stage}",
                        "arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint-config/${Token[TOKEN.3]}"),
                e.policyStatements(CFN).get(0).resources());
        assertEquals("Prod-${Stage}", e.toState(CFN).get("Parameters").get("EndpointName").textValue());
        SageMakerUpdateEndpoint u = SageMakerUpdateEndpoint.builder("U").endpointName("${Endpoint.Name}").endpointConfigName("Cfg").build();
        assertEquals(List.of("arn:aws:sagemaker:us-east-1:123456789012:endpoint/${Endpoint.Name}",
                "arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/cfg"), u.policyStatements(AWS).get(0).resources());
    }

    @Test
    void endpointConfigTagsRenderAsTheApiListAndLimitsAreChecked() {
        SageMakerCreateEndpointConfig c = SageMakerCreateEndpointConfig.builder("C").endpointConfigName("c").kmsKey("alias/ep")
                .tags(Map.of("a", "b"))
                .addProductionVariant(v -> v.instanceType("ml.m5.large").modelName("m").variantName("v")
                        .acceleratorType("ml.eia2.medium").initialVariantWeight(0.5))
                .build();
        var p = c.toState(AWS).get("Parameters");
        assertEquals(object("{\"Key\":\"a\",\"Value\":\"b\"}"), p.get("Tags").get(0));
        assertEquals(1, p.get("ProductionVariants").get(0).get("InitialInstanceCount").intValue());
        assertEquals("alias/ep", p.get("KmsKeyId").textValue());
        assertInvalid(ErrorCode.MISSING_PROPERTY, "C", "productionVariants", () -> SageMakerCreateEndpointConfig.builder("C")
                .endpointConfigName("c").build());
        assertInvalid("C", "productionVariants[0].acceleratorType", () -> SageMakerCreateEndpointConfig.builder("C")
                .endpointConfigName("c").addProductionVariant(v -> v.instanceType("ml.m5.large").modelName("m").variantName("v")
                        .acceleratorType("ml.eia9.huge")).build());
        assertInvalid("E", "endpointName", () -> SageMakerCreateEndpoint.builder("E").endpointName("e?").endpointConfigName("c").build());
        assertInvalid("E", "endpointConfigName", () -> SageMakerCreateEndpoint.builder("E").endpointName("e").endpointConfigName("*").build());
    }

    @Test
    void endpointInJsonataRendersArguments() {
        SageMakerCreateEndpoint e = SageMakerCreateEndpoint.builder("E").queryLanguage(QueryLanguage.JSONATA)
                .endpointName("{% $states.input.name %}").endpointConfigName("cfg").build();
        assertEquals("{% $states.input.name %}", e.toState(AWS).get("Arguments").get("EndpointName").textValue());
    }
}
