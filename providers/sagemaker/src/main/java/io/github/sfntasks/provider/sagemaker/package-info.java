/**
 * Amazon SageMaker AI tasks, each a typed builder and a workflow-file provider of the same declaration:
 * {@link io.github.sfntasks.provider.sagemaker.SageMakerCreateTrainingJob} ({@code sagemaker:createTrainingJob},
 * {@code .sync} supported), {@link io.github.sfntasks.provider.sagemaker.SageMakerCreateTransformJob}
 * ({@code sagemaker:createTransformJob}, {@code .sync} supported),
 * {@link io.github.sfntasks.provider.sagemaker.SageMakerCreateModel} ({@code sagemaker:createModel}),
 * {@link io.github.sfntasks.provider.sagemaker.SageMakerCreateEndpointConfig} ({@code sagemaker:createEndpointConfig}),
 * {@link io.github.sfntasks.provider.sagemaker.SageMakerCreateEndpoint} ({@code sagemaker:createEndpoint}) and
 * {@link io.github.sfntasks.provider.sagemaker.SageMakerUpdateEndpoint} ({@code sagemaker:updateEndpoint}).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html">Create and manage
 *      Amazon SageMaker AI jobs with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/sagemaker-iam.html">IAM policies for Amazon
 *      SageMaker AI</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.ApiStatus;
