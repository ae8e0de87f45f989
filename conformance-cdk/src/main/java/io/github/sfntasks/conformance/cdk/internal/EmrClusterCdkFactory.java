package io.github.sfntasks.conformance.cdk.internal;

import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Set;

/**
 * What the factories of the EMR tasks on one cluster share (cancel a step, modify an instance fleet or group, set the
 * termination protection, terminate the cluster): the CDK task's props set from the request's by name
 * ({@link EmrCdkProps}), the integration pattern, and one allowed difference, the cluster named in the grant.
 */
abstract class EmrClusterCdkFactory extends CdkFactoryBase {

    /** @param typeId the provider type id */
    EmrClusterCdkFactory(String typeId) {
        super(typeId);
    }

    /**
     * @param stack the stack
     * @param stateName the state's name
     * @return the CDK task's builder ({@code EmrCancelStep.Builder.create(stack, stateName)}...)
     */
    abstract Object builder(Stack stack, String stateName);

    @Override
    public final IChainable create(Stack stack, String stateName, TaskCase c) {
        Object b = builder(stack, stateName);
        EmrCdkProps.apply(b, c.properties(), Set.of());
        try {
            if (c.integrationPattern() != null) {
                b.getClass().getMethod("integrationPattern", IntegrationPattern.class)
                        .invoke(b, IntegrationPattern.valueOf(c.integrationPattern().name()));
            }
            CdkOptions.apply(b, stack, c);
            return CdkOptions.after((IChainable) b.getClass().getMethod("build").invoke(b), stack, c);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(b.getClass().getName() + " is not a CDK task builder", e);
        }
    }

    @Override
    public final List<AllowedDifference> allowedDifferences() {
        return List.of(new AllowedDifference(typeId(), "cluster-named-in-the-grant",
                "a cluster id given is granted alone (cluster/<id>), as AWS's static-resource policy; the CDK grants every cluster",
                "https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html",
                c -> c.properties().has("clusterId"), (c, ours, cdk) -> EmrCdkProps.widenClusterToCdks(ours)));
    }
}
