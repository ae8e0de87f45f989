package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The workflow-file provider of {@link SageMakerCreateTransformJob} ({@code sagemaker:createTransformJob}). */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class SageMakerCreateTransformJobProvider extends ShapeTaskProvider {

    /** For ServiceLoader. */
    public SageMakerCreateTransformJobProvider() {
        super(SageMakerCreateTransformJob.TYPE, SageMakerCreateTransformJob.SHAPE, SageMakerCreateTransformJob::builder);
    }
}
