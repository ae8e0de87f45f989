package io.github.sfntasks.provider.emrcontainers;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The provider of {@link EmrContainersStartJobRun} for workflow files ({@code "Provider": "emr-containers:startJobRun"}). */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EmrContainersStartJobRunProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EmrContainersStartJobRunProvider() {
        super(EmrContainersStartJobRun.TYPE, EmrContainersStartJobRun.SHAPE, EmrContainersStartJobRun::builder);
    }
}
