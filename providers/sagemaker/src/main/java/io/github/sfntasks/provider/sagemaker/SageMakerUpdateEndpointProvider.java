package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The workflow-file provider of {@link SageMakerUpdateEndpoint} ({@code sagemaker:updateEndpoint}). */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class SageMakerUpdateEndpointProvider extends ShapeTaskProvider {

    /** For ServiceLoader. */
    public SageMakerUpdateEndpointProvider() {
        super(SageMakerUpdateEndpoint.TYPE, SageMakerUpdateEndpoint.SHAPE, SageMakerUpdateEndpoint::builder);
    }
}
