package io.github.sfntasks.provider.emrcontainers;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.TaskType;

import java.util.List;

/**
 * Deletes an Amazon EMR on EKS virtual cluster ({@code emr-containers:deleteVirtualCluster}), as the AWS CDK v2's
 * {@code EmrContainersDeleteVirtualCluster}; with RUN_JOB ({@code .sync}) the state waits until the deletion is done.
 *
 * <pre>{@code
 * EmrContainersDeleteVirtualCluster delete = EmrContainersDeleteVirtualCluster.builder("Delete a Virtual Cluster")
 *     .virtualClusterId(JsonPath.stringAt("$.virtualCluster"))
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * <ul>
 *   <li>{@code virtualClusterId} (required; {@code Id}): the virtual cluster's id (1 to 64 of {@code [0-9a-z]}) in the
 *       state machine's account and region (an ARN is refused); a placeholder passes through; a path takes it from the input.</li>
 * </ul>
 *
 * <h2>Integration patterns</h2>
 * REQUEST_RESPONSE (the default, as the CDK's) and RUN_JOB ({@code .sync}), as AWS's page lists them.
 *
 * <h2>IAM</h2>
 * As AWS's "IAM policies for Amazon EMR on EKS" page and the CDK: {@code emr-containers:DeleteVirtualCluster}, and
 * for {@code .sync} {@code emr-containers:DescribeVirtualCluster}, on
 * {@code arn:<partition>:emr-containers:<region>:<account>:/virtualclusters/<id>} ({@code /virtualclusters/*} with a
 * warning for a cluster chosen at run time). {@code .sync} polls the cluster: AWS documents no EventBridge managed
 * rule for it, so none is granted.
 *
 * <h2>Differences from the CDK</h2>
 * <ul>
 *   <li>The CDK takes a {@code TaskInput}; we take the id (or a path) as text.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html">Create and manage Amazon
 *      EMR on EKS clusters with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EmrContainersDeleteVirtualCluster extends ShapeTask {

    static final Field VIRTUAL_CLUSTER_ID = VirtualClusters.virtualCluster("virtualClusterId", "Id");

    static final Shape SHAPE = Shape.of("DeleteVirtualCluster", VIRTUAL_CLUSTER_ID);

    /** {@code emr-containers:deleteVirtualCluster}: request/response (default, as the CDK) and {@code .sync}. */
    public static final TaskType TYPE = TaskType.of("emr-containers:deleteVirtualCluster",
            "Delete an Amazon EMR on EKS virtual cluster", IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB);

    private EmrContainersDeleteVirtualCluster(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /** @param stateName the state's name @return a builder */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected void grants(Grants g) {
        List<String> actions = integrationPattern() == IntegrationPattern.RUN_JOB
                ? List.of("emr-containers:DeleteVirtualCluster", "emr-containers:DescribeVirtualCluster")
                : List.of("emr-containers:DeleteVirtualCluster");
        g.allow(actions, List.of(g.resource(VIRTUAL_CLUSTER_ID.name(), value(VIRTUAL_CLUSTER_ID), VirtualClusters.VIRTUAL_CLUSTER)));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link EmrContainersDeleteVirtualCluster}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EmrContainersDeleteVirtualCluster> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param idOrArn the virtual cluster's id or ARN, a placeholder, or a path @return this builder */
        public Builder virtualClusterId(Object idOrArn) {
            return set(VIRTUAL_CLUSTER_ID, idOrArn);
        }

        @Override
        protected EmrContainersDeleteVirtualCluster newTask() {
            return new EmrContainersDeleteVirtualCluster(this);
        }
    }
}
