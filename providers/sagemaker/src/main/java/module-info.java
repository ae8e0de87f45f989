/**
 * Amazon SageMaker AI tasks for sfn-tasks: training jobs ({@code sagemaker:createTrainingJob}), batch transform jobs
 * ({@code sagemaker:createTransformJob}), models ({@code sagemaker:createModel}), endpoint configurations
 * ({@code sagemaker:createEndpointConfig}) and endpoints ({@code sagemaker:createEndpoint},
 * {@code sagemaker:updateEndpoint}).
 */
module io.github.sfntasks.provider.sagemaker {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.sagemaker;

    provides io.github.sfntasks.api.spi.TaskProvider with
            io.github.sfntasks.provider.sagemaker.SageMakerCreateTrainingJobProvider,
            io.github.sfntasks.provider.sagemaker.SageMakerCreateTransformJobProvider,
            io.github.sfntasks.provider.sagemaker.SageMakerCreateModelProvider,
            io.github.sfntasks.provider.sagemaker.SageMakerCreateEndpointConfigProvider,
            io.github.sfntasks.provider.sagemaker.SageMakerCreateEndpointProvider,
            io.github.sfntasks.provider.sagemaker.SageMakerUpdateEndpointProvider;
}
