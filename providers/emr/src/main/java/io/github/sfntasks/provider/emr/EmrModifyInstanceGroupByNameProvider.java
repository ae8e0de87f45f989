package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code elasticmapreduce:modifyInstanceGroupByName} provider: {@link EmrModifyInstanceGroupByName} from a workflow file ({@code "Provider": "elasticmapreduce:modifyInstanceGroupByName"}), its properties
 * those of {@link EmrModifyInstanceGroupByName}'s builder.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EmrModifyInstanceGroupByNameProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EmrModifyInstanceGroupByNameProvider() {
        super(EmrModifyInstanceGroupByName.TYPE, EmrModifyInstanceGroupByName.SHAPE, EmrModifyInstanceGroupByName::builder);
    }
}
