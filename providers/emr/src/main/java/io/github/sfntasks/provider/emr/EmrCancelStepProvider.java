package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code elasticmapreduce:cancelStep} provider: {@link EmrCancelStep} from a workflow file ({@code "Provider": "elasticmapreduce:cancelStep"}), its properties
 * those of {@link EmrCancelStep}'s builder.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EmrCancelStepProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EmrCancelStepProvider() {
        super(EmrCancelStep.TYPE, EmrCancelStep.SHAPE, EmrCancelStep::builder);
    }
}
