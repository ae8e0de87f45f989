package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every example of the seed README's SageMaker section, in the builder form and the workflow-file form, against the
 * expected files of {@code src/test/resources/sagemaker} (see the README there for where each value comes from).
 */
class SageMakerReadmeExamplesTest {

    private static Task fromWorkflow(TaskProvider provider, String stateName, String properties) {
        return provider.create(TaskRequest.of(stateName, object(properties)));
    }

    private static void assertBoth(String resource, Task typed, Task workflow) {
        ExpectedJson expected = ExpectedJson.load(SageMakerReadmeExamplesTest.class, resource);
        assertEquals(expected.assertRenders(typed), expected.assertRenders(workflow));
    }

    /** README "Create Training Job": TrainSagemaker (BlazingText, a path job name, a path instance type). */
    @Test
    void readmeCreateTrainingJobTrainSagemaker() {
        Task typed = SageMakerCreateTrainingJob.builder("TrainSagemaker")
                .trainingJobName(JsonPath.stringAt("$.JobName"))
                .role("arn:aws:iam::123456789012:role/SageMakerTrainingRole")
                .algorithmSpecification(a -> a.algorithmName("BlazingText").trainingInputMode("File"))
                .addInputDataConfig(c -> c.channelName("train")
                        .s3DataSource(s -> s.s3DataType("S3Prefix").s3Location(JsonPath.stringAt("$.S3Bucket"))))
                .outputDataConfig(o -> o.s3OutputLocation("s3://mybucket/myoutputpath"))
                .resourceConfig(r -> r.instanceCount(1).instanceType(JsonPath.stringAt("$.InstanceType")).volumeSize(50))
                .stoppingCondition(s -> s.maxRuntime(Duration.ofHours(2)))
                .build();
        Task workflow = fromWorkflow(new SageMakerCreateTrainingJobProvider(), "TrainSagemaker", """
                {"trainingJobName.$": "$.JobName",
                 "role": "arn:aws:iam::123456789012:role/SageMakerTrainingRole",
                 "algorithmSpecification": {"algorithmName": "BlazingText", "trainingInputMode": "File"},
                 "inputDataConfig": [{"channelName": "train",
                   "dataSource": {"s3DataSource": {"s3DataType": "S3Prefix", "s3Location.$": "$.S3Bucket"}}}],
                 "outputDataConfig": {"s3OutputLocation": "s3://mybucket/myoutputpath"},
                 "resourceConfig": {"instanceCount": 1, "instanceType.$": "$.InstanceType", "volumeSize": 50},
                 "stoppingCondition": {"maxRuntime": 7200}}
                """);
        assertBoth("/sagemaker/readme-training-job.json", typed, workflow);
    }

    /** README "Create Transform Job": Batch Inference (model client options, the default-less S3 source). */
    @Test
    void readmeCreateTransformJobBatchInference() {
        Task typed = SageMakerCreateTransformJob.builder("Batch Inference")
                .transformJobName("MyTransformJob")
                .modelName("MyModelName")
                .modelClientOptions(o -> o.invocationsMaxRetries(3).invocationsTimeout(Duration.ofMinutes(5)))
                .transformInput(i -> i.s3DataSource("s3://inputbucket/train", "S3Prefix"))
                .transformOutput(o -> o.s3OutputPath("s3://outputbucket/TransformJobOutputPath"))
                .transformResources(r -> r.instanceCount(1).instanceType("m4.xlarge"))
                .build();
        Task workflow = fromWorkflow(new SageMakerCreateTransformJobProvider(), "Batch Inference", """
                {"transformJobName": "MyTransformJob", "modelName": "MyModelName",
                 "modelClientOptions": {"invocationsMaxRetries": 3, "invocationsTimeout": 300},
                 "transformInput": {"transformDataSource": {"s3DataSource": {"s3Uri": "s3://inputbucket/train", "s3DataType": "S3Prefix"}}},
                 "transformOutput": {"s3OutputPath": "s3://outputbucket/TransformJobOutputPath"},
                 "transformResources": {"instanceCount": 1, "instanceType": "ml.m4.xlarge"}}
                """);
        assertBoth("/sagemaker/readme-transform-job.json", typed, workflow);
    }

    /** README "Create Endpoint": SagemakerEndpoint, both names from the input. */
    @Test
    void readmeCreateEndpointSagemakerEndpoint() {
        Task typed = SageMakerCreateEndpoint.builder("SagemakerEndpoint")
                .endpointName(JsonPath.stringAt("$.EndpointName"))
                .endpointConfigName(JsonPath.stringAt("$.EndpointConfigName"))
                .build();
        Task workflow = fromWorkflow(new SageMakerCreateEndpointProvider(), "SagemakerEndpoint",
                "{\"endpointName.$\": \"$.EndpointName\", \"endpointConfigName.$\": \"$.EndpointConfigName\"}");
        assertBoth("/sagemaker/readme-endpoint.json", typed, workflow);
    }

    /** README "Create Endpoint Config": SagemakerEndpointConfig, one variant of two ml.m5.xlarge. */
    @Test
    void readmeCreateEndpointConfigSagemakerEndpointConfig() {
        Task typed = SageMakerCreateEndpointConfig.builder("SagemakerEndpointConfig")
                .endpointConfigName("MyEndpointConfig")
                .addProductionVariant(v -> v.initialInstanceCount(2).instanceType("m5.xlarge").modelName("MyModel")
                        .variantName("awesome-variant"))
                .build();
        Task workflow = fromWorkflow(new SageMakerCreateEndpointConfigProvider(), "SagemakerEndpointConfig", """
                {"endpointConfigName": "MyEndpointConfig",
                 "productionVariants": [{"initialInstanceCount": 2, "instanceType": "ml.m5.xlarge",
                                         "modelName": "MyModel", "variantName": "awesome-variant"}]}
                """);
        assertBoth("/sagemaker/readme-endpoint-config.json", typed, workflow);
    }

    /** README "Create Model": Sagemaker, the image and the model data from the input. */
    @Test
    void readmeCreateModelSagemaker() {
        Task typed = SageMakerCreateModel.builder("Sagemaker")
                .modelName("MyModel")
                .role("SageMakerModelRole")
                .primaryContainer(c -> c.image(JsonPath.stringAt("$.Model.imageName")).mode("SingleModel")
                        .modelS3Location(JsonPath.stringAt("$.TrainingJob.ModelArtifacts.S3ModelArtifacts")))
                .build();
        Task workflow = fromWorkflow(new SageMakerCreateModelProvider(), "Sagemaker", """
                {"modelName": "MyModel", "role": "arn:aws:iam::123456789012:role/SageMakerModelRole",
                 "primaryContainer": {"image.$": "$.Model.imageName", "mode": "SingleModel",
                                      "modelS3Location.$": "$.TrainingJob.ModelArtifacts.S3ModelArtifacts"}}
                """);
        assertBoth("/sagemaker/readme-model.json", typed, workflow);
    }

    /** README "Update Endpoint": SagemakerEndpoint, both names from the input. */
    @Test
    void readmeUpdateEndpointSagemakerEndpoint() {
        Task typed = SageMakerUpdateEndpoint.builder("SagemakerEndpoint")
                .endpointName(JsonPath.stringAt("$.Endpoint.Name"))
                .endpointConfigName(JsonPath.stringAt("$.Endpoint.EndpointConfig"))
                .build();
        Task workflow = fromWorkflow(new SageMakerUpdateEndpointProvider(), "SagemakerEndpoint",
                "{\"endpointName.$\": \"$.Endpoint.Name\", \"endpointConfigName.$\": \"$.Endpoint.EndpointConfig\"}");
        assertBoth("/sagemaker/readme-update-endpoint.json", typed, workflow);
    }
}
