package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The workflow-file provider of {@link SageMakerCreateTrainingJob} ({@code sagemaker:createTrainingJob}). */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class SageMakerCreateTrainingJobProvider extends ShapeTaskProvider {

    /** For ServiceLoader. */
    public SageMakerCreateTrainingJobProvider() {
        super(SageMakerCreateTrainingJob.TYPE, SageMakerCreateTrainingJob.SHAPE, SageMakerCreateTrainingJob::builder);
    }
}
