/**
 * Amazon Bedrock tasks: {@link io.github.sfntasks.provider.bedrock.BedrockInvokeModel} ({@code bedrock:invokeModel})
 * and {@link io.github.sfntasks.provider.bedrock.BedrockCreateModelCustomizationJob}
 * ({@code bedrock:createModelCustomizationJob}), and their providers.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.bedrock;

import io.github.sfntasks.api.ApiStatus;
