package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.tasks.EmrContainersDeleteVirtualCluster;

/** {@code emr-containers:deleteVirtualCluster} as the CDK's {@code EmrContainersDeleteVirtualCluster}. */
public final class EmrContainersDeleteVirtualClusterCdkFactory extends CdkFactoryBase {

    /** For ServiceLoader. */
    public EmrContainersDeleteVirtualClusterCdkFactory() {
        super("emr-containers:deleteVirtualCluster");
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        EmrContainersCdk.refuseTokens(p);
        EmrContainersDeleteVirtualCluster.Builder b = EmrContainersDeleteVirtualCluster.Builder.create(stack, stateName)
                .virtualClusterId(CdkProps.taskInput(p, "virtualClusterId"));
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }
}
