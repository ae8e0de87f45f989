package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code elasticmapreduce:createCluster} provider: {@link EmrCreateCluster} from a workflow file ({@code "Provider": "elasticmapreduce:createCluster"}), its properties
 * those of {@link EmrCreateCluster}'s builder.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EmrCreateClusterProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EmrCreateClusterProvider() {
        super(EmrCreateCluster.TYPE, EmrCreateCluster.SHAPE, EmrCreateCluster::builder);
    }
}
