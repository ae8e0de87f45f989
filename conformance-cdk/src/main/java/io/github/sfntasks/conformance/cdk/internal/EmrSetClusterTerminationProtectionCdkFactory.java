package io.github.sfntasks.conformance.cdk.internal;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.tasks.EmrSetClusterTerminationProtection;

/**
 * {@code elasticmapreduce:setClusterTerminationProtection} as the CDK's {@code EmrSetClusterTerminationProtection}, its props set from the request's by name ({@link EmrCdkProps}).
 * No other differences.
 */
public final class EmrSetClusterTerminationProtectionCdkFactory extends EmrClusterCdkFactory {

    /** For ServiceLoader. */
    public EmrSetClusterTerminationProtectionCdkFactory() {
        super("elasticmapreduce:setClusterTerminationProtection");
    }

    @Override
    Object builder(Stack stack, String stateName) {
        return EmrSetClusterTerminationProtection.Builder.create(stack, stateName);
    }
}
