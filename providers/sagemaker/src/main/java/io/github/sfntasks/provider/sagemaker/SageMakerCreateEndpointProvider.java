package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The workflow-file provider of {@link SageMakerCreateEndpoint} ({@code sagemaker:createEndpoint}). */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class SageMakerCreateEndpointProvider extends ShapeTaskProvider {

    /** For ServiceLoader. */
    public SageMakerCreateEndpointProvider() {
        super(SageMakerCreateEndpoint.TYPE, SageMakerCreateEndpoint.SHAPE, SageMakerCreateEndpoint::builder);
    }
}
