package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code elasticmapreduce:addStep} provider: {@link EmrAddStep} from a workflow file ({@code "Provider": "elasticmapreduce:addStep"}), its properties
 * those of {@link EmrAddStep}'s builder.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EmrAddStepProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EmrAddStepProvider() {
        super(EmrAddStep.TYPE, EmrAddStep.SHAPE, EmrAddStep::builder);
    }
}
