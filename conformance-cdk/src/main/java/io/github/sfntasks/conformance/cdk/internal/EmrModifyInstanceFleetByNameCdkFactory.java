package io.github.sfntasks.conformance.cdk.internal;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.tasks.EmrModifyInstanceFleetByName;

/**
 * {@code elasticmapreduce:modifyInstanceFleetByName} as the CDK's {@code EmrModifyInstanceFleetByName}, its props set from the request's by name ({@link EmrCdkProps}).
 * No other differences (both capacities are required, as the CDK's).
 */
public final class EmrModifyInstanceFleetByNameCdkFactory extends EmrClusterCdkFactory {

    /** For ServiceLoader. */
    public EmrModifyInstanceFleetByNameCdkFactory() {
        super("elasticmapreduce:modifyInstanceFleetByName");
    }

    @Override
    Object builder(Stack stack, String stateName) {
        return EmrModifyInstanceFleetByName.Builder.create(stack, stateName);
    }
}
