package io.github.sfntasks.provider.emrcontainers;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/** The provider of {@link EmrContainersDeleteVirtualCluster} for workflow files ({@code "Provider": "emr-containers:deleteVirtualCluster"}). */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EmrContainersDeleteVirtualClusterProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EmrContainersDeleteVirtualClusterProvider() {
        super(EmrContainersDeleteVirtualCluster.TYPE, EmrContainersDeleteVirtualCluster.SHAPE, EmrContainersDeleteVirtualCluster::builder);
    }
}
