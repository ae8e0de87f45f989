package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code elasticmapreduce:terminateCluster} provider: {@link EmrTerminateCluster} from a workflow file ({@code "Provider": "elasticmapreduce:terminateCluster"}), its properties
 * those of {@link EmrTerminateCluster}'s builder.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EmrTerminateClusterProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EmrTerminateClusterProvider() {
        super(EmrTerminateCluster.TYPE, EmrTerminateCluster.SHAPE, EmrTerminateCluster::builder);
    }
}
