package io.github.sfntasks.provider.emrcontainers;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The provider of {@link EmrContainersCreateVirtualCluster} for workflow files ({@code "Provider": "emr-containers:createVirtualCluster"}). */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EmrContainersCreateVirtualClusterProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EmrContainersCreateVirtualClusterProvider() {
        super(EmrContainersCreateVirtualCluster.TYPE, EmrContainersCreateVirtualCluster.SHAPE, EmrContainersCreateVirtualCluster::builder);
    }
}
