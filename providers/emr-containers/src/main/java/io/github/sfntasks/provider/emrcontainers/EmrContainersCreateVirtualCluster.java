package io.github.sfntasks.provider.emrcontainers;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.Map;

/**
 * Creates an Amazon EMR on EKS virtual cluster mapped to one Kubernetes namespace of an EKS cluster
 * ({@code emr-containers:createVirtualCluster}), as the AWS CDK v2's {@code EmrContainersCreateVirtualCluster}.
 *
 * <pre>{@code
 * EmrContainersCreateVirtualCluster create = EmrContainersCreateVirtualCluster.builder("Create a Virtual Cluster")
 *     .eksCluster(JsonPath.stringAt("$.clusterId"))
 *     .eksNamespace("specified-namespace")
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * <ul>
 *   <li>{@code eksCluster} (required; {@code ContainerProvider.Id}): the EKS cluster's name (the CDK's
 *       {@code EksClusterInput.fromCluster(c)} takes {@code c.clusterName}), in the state machine's account and region;
 *       a path takes it from the input ({@code EksClusterInput.fromTaskInput}).</li>
 *   <li>{@code eksNamespace} ({@code ContainerProvider.Info.EksInfo.Namespace}): the Kubernetes namespace; default
 *       {@code default}, rendered as the CDK does.</li>
 *   <li>{@code virtualClusterName} ({@code Name}): 1 to 64 of {@code [.-_/#A-Za-z0-9]}; default, as the CDK: the
 *       execution's name and the state's, {@code States.Format('{}/{}', $$.Execution.Name, $$.State.Name)}
 *       (in JSONata: {@code {% $states.context.Execution.Name & '/' & $states.context.State.Name %}}).</li>
 *   <li>{@code tags} ({@code Tags}): up to 50.</li>
 * </ul>
 * {@code ContainerProvider.Type} is always {@code EKS}, the only type the API has.
 *
 * <h2>Integration patterns</h2>
 * REQUEST_RESPONSE only (AWS's "Create and manage Amazon EMR on EKS clusters with Step Functions" page).
 *
 * <h2>IAM</h2>
 * As AWS's "IAM policies for Amazon EMR on EKS" page and the CDK: {@code emr-containers:CreateVirtualCluster} on
 * {@code *} (the action has no resource type to name before the cluster exists), and
 * {@code iam:CreateServiceLinkedRole} on
 * {@code arn:<partition>:iam::<account>:role/aws-service-role/emr-containers.amazonaws.com/AWSServiceRoleForAmazonEMRContainers}
 * with {@code StringLike iam:AWSServiceName = emr-containers.amazonaws.com}. EMR on EKS also needs, outside this
 * policy, the cluster access set up for EMR on EKS (its service-linked role mapped in the cluster's
 * {@code aws-auth} ConfigMap, or an access entry) and RBAC in the namespace.
 *
 * <h2>Differences from the CDK</h2>
 * <ul>
 *   <li>The CDK takes an {@code EksClusterInput}; we take the cluster's name, or a path.</li>
 *   <li>The CDK renders {@code Parameters} in a JSONata state too; we render {@code Arguments} there (the default
 *       name then is the JSONata form above).</li>
 *   <li>The AWS page names the role {@code AnAWSServiceRoleForAmazonEMRContainers}, a typo: the service-linked role
 *       is {@code AWSServiceRoleForAmazonEMRContainers}, as the CDK grants
 *       (https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/using-service-linked-roles.html).</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html">Create and manage Amazon
 *      EMR on EKS clusters with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EmrContainersCreateVirtualCluster extends ShapeTask {

    static final String SERVICE_LINKED_ROLE =
            "role/aws-service-role/emr-containers.amazonaws.com/AWSServiceRoleForAmazonEMRContainers";

    static final Field EKS_CLUSTER = Field.string("eksCluster", "Id").required()
            .pattern("[0-9A-Za-z][A-Za-z0-9_-]{0,99}",
                    "an EKS cluster name (1 to 100 letters, digits, hyphens and underscores, starting with a letter or digit)")
            .resource(VirtualClusters.EKS_CLUSTER).doc("The EKS cluster's name");
    static final Field EKS_NAMESPACE = Field.string("eksNamespace", "Namespace").range(1, 63)
            .pattern("[a-z0-9]([-a-z0-9]*[a-z0-9])?", "a Kubernetes namespace (lower-case letters, digits and hyphens)")
            .doc("The Kubernetes namespace; default: default");
    static final Field NAME = Field.string("virtualClusterName", "Name").range(1, 64)
            .pattern("[.\\-_/#A-Za-z0-9]+", "1 to 64 letters, digits and . - _ / #")
            .doc("The virtual cluster's name; default: the execution's name and the state's");
    static final Field TAGS = Field.stringMap("tags", "Tags").range(0, 50).doc("Tags of the virtual cluster, up to 50");

    static final Shape SHAPE = Shape.of("CreateVirtualCluster", EKS_CLUSTER, EKS_NAMESPACE, NAME, TAGS);

    /** {@code emr-containers:createVirtualCluster}: request/response only. */
    public static final TaskType TYPE = TaskType.of("emr-containers:createVirtualCluster",
            "Create an Amazon EMR on EKS virtual cluster", IntegrationPattern.REQUEST_RESPONSE);

    private EmrContainersCreateVirtualCluster(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /** @param stateName the state's name @return a builder */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected Value parameters(RenderContext context) {
        ObjectValue rendered = shape().render(values());
        Value name = rendered.get(NAME.aslName());
        if (name == null) {
            name = queryLanguage() == QueryLanguage.JSONATA
                    ? JsonataExpression.of("$states.context.Execution.Name & '/' & $states.context.State.Name")
                    : IntrinsicFunction.parse("States.Format('{}/{}', $$.Execution.Name, $$.State.Name)");
        }
        Value namespace = rendered.get(EKS_NAMESPACE.aslName());
        return ObjectValue.builder()
                .put("Name", name)
                .put("ContainerProvider", ObjectValue.builder()
                        .put("Id", rendered.get(EKS_CLUSTER.aslName()))
                        .put("Info", Map.of("EksInfo", ObjectValue.builder().put("Namespace", namespace == null ? "default" : namespace).build()))
                        .put("Type", "EKS")
                        .build())
                .putIfNotNull("Tags", rendered.get(TAGS.aslName()))
                .build();
    }

    @Override
    protected void grants(Grants g) {
        g.allow("emr-containers:CreateVirtualCluster", "*");
        RenderContext c = g.context();
        g.add(PolicyStatement.allow("iam:CreateServiceLinkedRole", c.arn("iam", "", c.account(), SERVICE_LINKED_ROLE))
                .withConditions(PolicyStatement.Condition.of("StringLike", "iam:AWSServiceName", "emr-containers.amazonaws.com")));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link EmrContainersCreateVirtualCluster}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EmrContainersCreateVirtualCluster> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param nameOrArn the EKS cluster's name, a placeholder, or a path @return this builder */
        public Builder eksCluster(Object nameOrArn) {
            return set(EKS_CLUSTER, nameOrArn);
        }

        /** @param namespace the Kubernetes namespace, or a path @return this builder */
        public Builder eksNamespace(Object namespace) {
            return set(EKS_NAMESPACE, namespace);
        }

        /** @param name the virtual cluster's name, or a path @return this builder */
        public Builder virtualClusterName(Object name) {
            return set(NAME, name);
        }

        /** @param tags the tags @return this builder */
        public Builder tags(Map<String, String> tags) {
            return set(TAGS, tags);
        }

        @Override
        protected EmrContainersCreateVirtualCluster newTask() {
            return new EmrContainersCreateVirtualCluster(this);
        }
    }
}
