package io.github.sfntasks.conformance.cdk.internal;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.tasks.EmrCancelStep;

/**
 * {@code elasticmapreduce:cancelStep} as the CDK's {@code EmrCancelStep}, its props set from the request's by name ({@link EmrCdkProps}).
 * No other differences.
 */
public final class EmrCancelStepCdkFactory extends EmrClusterCdkFactory {

    /** For ServiceLoader. */
    public EmrCancelStepCdkFactory() {
        super("elasticmapreduce:cancelStep");
    }

    @Override
    Object builder(Stack stack, String stateName) {
        return EmrCancelStep.Builder.create(stack, stateName);
    }
}
