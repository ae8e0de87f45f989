package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code elasticmapreduce:modifyInstanceFleetByName} provider: {@link EmrModifyInstanceFleetByName} from a workflow file ({@code "Provider": "elasticmapreduce:modifyInstanceFleetByName"}), its properties
 * those of {@link EmrModifyInstanceFleetByName}'s builder.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EmrModifyInstanceFleetByNameProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EmrModifyInstanceFleetByNameProvider() {
        super(EmrModifyInstanceFleetByName.TYPE, EmrModifyInstanceFleetByName.SHAPE, EmrModifyInstanceFleetByName::builder);
    }
}
