/**
 * Amazon Bedrock tasks for sfn-tasks: {@link io.github.sfntasks.provider.bedrock.BedrockInvokeModel}
 * ({@code bedrock:invokeModel}) and {@link io.github.sfntasks.provider.bedrock.BedrockCreateModelCustomizationJob}
 * ({@code bedrock:createModelCustomizationJob}).
 */
module io.github.sfntasks.provider.bedrock {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.bedrock;

    provides io.github.sfntasks.api.spi.TaskProvider with io.github.sfntasks.provider.bedrock.BedrockInvokeModelProvider,
            io.github.sfntasks.provider.bedrock.BedrockCreateModelCustomizationJobProvider;
}
