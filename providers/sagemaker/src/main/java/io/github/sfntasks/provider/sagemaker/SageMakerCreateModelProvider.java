package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The workflow-file provider of {@link SageMakerCreateModel} ({@code sagemaker:createModel}). */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class SageMakerCreateModelProvider extends ShapeTaskProvider {

    /** For ServiceLoader. */
    public SageMakerCreateModelProvider() {
        super(SageMakerCreateModel.TYPE, SageMakerCreateModel.SHAPE, SageMakerCreateModel::builder);
    }
}
