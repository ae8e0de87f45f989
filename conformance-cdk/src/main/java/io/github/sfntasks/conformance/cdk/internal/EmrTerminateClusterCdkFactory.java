package io.github.sfntasks.conformance.cdk.internal;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.tasks.EmrTerminateCluster;

/**
 * {@code elasticmapreduce:terminateCluster} as the CDK's {@code EmrTerminateCluster}, its props set from the request's by name ({@link EmrCdkProps}).
 * No other differences.
 */
public final class EmrTerminateClusterCdkFactory extends EmrClusterCdkFactory {

    /** For ServiceLoader. */
    public EmrTerminateClusterCdkFactory() {
        super("elasticmapreduce:terminateCluster");
    }

    @Override
    Object builder(Stack stack, String stateName) {
        return EmrTerminateCluster.Builder.create(stack, stateName);
    }
}
