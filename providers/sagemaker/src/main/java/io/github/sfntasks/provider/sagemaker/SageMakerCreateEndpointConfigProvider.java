package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The workflow-file provider of {@link SageMakerCreateEndpointConfig} ({@code sagemaker:createEndpointConfig}). */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class SageMakerCreateEndpointConfigProvider extends ShapeTaskProvider {

    /** For ServiceLoader. */
    public SageMakerCreateEndpointConfigProvider() {
        super(SageMakerCreateEndpointConfig.TYPE, SageMakerCreateEndpointConfig.SHAPE, SageMakerCreateEndpointConfig::builder);
    }
}
