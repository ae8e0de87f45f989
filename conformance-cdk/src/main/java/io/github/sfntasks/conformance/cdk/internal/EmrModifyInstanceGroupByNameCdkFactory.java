package io.github.sfntasks.conformance.cdk.internal;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.tasks.EmrModifyInstanceGroupByName;

/**
 * {@code elasticmapreduce:modifyInstanceGroupByName} as the CDK's {@code EmrModifyInstanceGroupByName}, its props set from the request's by name ({@link EmrCdkProps}).
 * Timeouts are whole seconds (CDK {@code Duration.seconds}).
 */
public final class EmrModifyInstanceGroupByNameCdkFactory extends EmrClusterCdkFactory {

    /** For ServiceLoader. */
    public EmrModifyInstanceGroupByNameCdkFactory() {
        super("elasticmapreduce:modifyInstanceGroupByName");
    }

    @Override
    Object builder(Stack stack, String stateName) {
        return EmrModifyInstanceGroupByName.Builder.create(stack, stateName);
    }
}
