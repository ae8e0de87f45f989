package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.TaskType;

import java.util.List;

/**
 * Shuts down an Amazon EMR cluster (the {@code TerminateJobFlows} API, {@code elasticmapreduce:terminateCluster}):
 * the AWS CDK's {@code EmrTerminateCluster}. With {@code .sync} (the default, as the CDK's) the state waits until the
 * cluster has terminated.
 *
 * <pre>{@code
 * EmrTerminateCluster stop = EmrTerminateCluster.builder("Task").clusterId("ClusterId").build();
 * }</pre>
 *
 * <p><b>Properties:</b> {@code clusterId} (required; a path for a cluster chosen at run time).
 *
 * <p><b>Patterns:</b> REQUEST_RESPONSE and RUN_JOB ({@code .sync}, the default).
 *
 * <p><b>IAM:</b> {@code elasticmapreduce:TerminateJobFlows} and {@code DescribeCluster} on the cluster
 * ({@code cluster/*} of the account and region, with a warning, for a cluster chosen at run time); for {@code .sync}
 * the managed rule {@code StepFunctionsGetEventForEMRTerminateJobFlowsRule}.
 *
 * <p><b>Differences from the CDK:</b> the CDK grants every cluster of the account ({@code cluster/*}); a cluster id
 * given here is granted alone, as AWS's static-resource policy does
 * (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html">Create and manage Amazon EMR
 *      clusters with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EmrTerminateCluster extends ShapeTask {

    /** The type: {@code elasticmapreduce:terminateCluster}, REQUEST_RESPONSE and RUN_JOB, RUN_JOB by default as the CDK's. */
    public static final TaskType TYPE = TaskType.of("elasticmapreduce:terminateCluster", "Terminate an Amazon EMR cluster",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB).withDefault(IntegrationPattern.RUN_JOB);

    /** The properties. */
    public static final Shape SHAPE = Shape.of("TerminateCluster", EmrFields.CLUSTER_ID);

    private EmrTerminateCluster(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /** @param stateName the state's name @return a builder */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected void grants(Grants g) {
        g.allow(List.of("elasticmapreduce:TerminateJobFlows", "elasticmapreduce:DescribeCluster"),
                List.of(g.resource("clusterId", value(EmrFields.CLUSTER_ID), EmrFields.CLUSTER)));
        if (integrationPattern() == IntegrationPattern.RUN_JOB) {
            g.managedRuleNamed("StepFunctionsGetEventForEMRTerminateJobFlowsRule");
        }
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link EmrTerminateCluster}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EmrTerminateCluster> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param id the cluster id, or a path @return this builder */
        public Builder clusterId(Object id) { return set(EmrFields.CLUSTER_ID, id); }

        @Override
        protected EmrTerminateCluster newTask() {
            return new EmrTerminateCluster(this);
        }
    }
}
