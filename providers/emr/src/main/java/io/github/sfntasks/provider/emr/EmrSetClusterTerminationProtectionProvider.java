package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code elasticmapreduce:setClusterTerminationProtection} provider: {@link EmrSetClusterTerminationProtection} from a workflow file ({@code "Provider": "elasticmapreduce:setClusterTerminationProtection"}), its properties
 * those of {@link EmrSetClusterTerminationProtection}'s builder.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EmrSetClusterTerminationProtectionProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EmrSetClusterTerminationProtectionProvider() {
        super(EmrSetClusterTerminationProtection.TYPE, EmrSetClusterTerminationProtection.SHAPE, EmrSetClusterTerminationProtection::builder);
    }
}
