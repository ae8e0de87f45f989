package io.github.sfntasks.provider.eks;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.ShapeValue;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.List;
import java.util.Map;

/**
 * Reads or writes Kubernetes resource objects through the Kubernetes API endpoint of an Amazon EKS cluster
 * ({@code eks:call}), as the AWS CDK v2's {@code EksCall}.
 *
 * <pre>{@code
 * EksCall listPods = EksCall.builder("Call a EKS Endpoint")
 *     .cluster("myEksCluster")
 *     .clusterCertificateAuthorityData("LS0tLS1CRUd...UtLS0tLQo=")
 *     .clusterEndpoint("https://ABCDEF.gr7.us-east-1.eks.amazonaws.com")
 *     .httpMethod(EksCall.HttpMethod.GET)
 *     .httpPath("/api/v1/namespaces/default/pods")
 *     .queryParameters(Map.of("labelSelector", List.of("job-name=example-job")))
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * <ul>
 *   <li>{@code cluster} (required, {@code ClusterName}): the cluster's name (the CDK's {@code cluster.clusterName}).
 *       An ARN is refused: {@code ClusterName} takes a name, and the call goes to the cluster of that name in the
 *       state machine's account and region, where the grant names it. Placeholders ({@code ${Cluster}},
 *       {@code ${Token[...]}}, {@code eks-${Stage}}) pass through; a path chooses the cluster at run time.</li>
 *   <li>{@code clusterCertificateAuthorityData} (required, {@code CertificateAuthority}): the base64 certificate
 *       data of the cluster (DescribeCluster's {@code certificateAuthority.data}).</li>
 *   <li>{@code clusterEndpoint} (required, {@code Endpoint}): the URL of the cluster's Kubernetes API server.</li>
 *   <li>{@code httpMethod} (required, {@code Method}): {@code GET}, {@code POST}, {@code PUT}, {@code DELETE},
 *       {@code PATCH} or {@code HEAD}.</li>
 *   <li>{@code httpPath} (required, {@code Path}): the Kubernetes REST path, such as
 *       {@code /api/v1/namespaces/default/pods}.</li>
 *   <li>{@code queryParameters} ({@code QueryParameters}): an object of string arrays
 *       ({@code {"labelSelector": ["job-name=example-job"]}}).</li>
 *   <li>{@code requestBody} ({@code RequestBody}): any JSON, or a string.</li>
 * </ul>
 *
 * <h2>Integration patterns</h2>
 * REQUEST_RESPONSE only (the default), as AWS's "Call Amazon EKS with Step Functions" page and the CDK say.
 *
 * <h2>IAM</h2>
 * {@code eks:DescribeCluster} on {@code arn:<partition>:eks:<region>:<account>:cluster/<cluster>} (every cluster of
 * the account and region, with a warning, for a cluster chosen at run time).
 *
 * <p><b>What AWS needs besides the state machine role's policy.</b> {@code eks:call} signs its request to the
 * Kubernetes API server with the state machine's role; IAM alone does not let that role in. The cluster must map the
 * role to a Kubernetes identity with RBAC permissions for the method and path: an entry for the role in the
 * {@code aws-auth} ConfigMap of {@code kube-system} ({@code mapRoles}, without any {@code /service-role/} path in the
 * ARN), or an EKS access entry for the role with an access policy or Kubernetes groups that allow the call (clusters
 * whose authentication mode includes the EKS API). A cluster created by {@code eks:createCluster} maps the role that
 * created it as administrator. The endpoint must have public access. Without the mapping the task fails with
 * {@code EKS.401} ("Unauthorized").
 *
 * <h2>Differences from the CDK</h2>
 * <ul>
 *   <li>The CDK's {@code EksCall} takes an {@code ICluster} and reads its name, endpoint and certificate data; we take
 *       the three values (their names are the CDK's cluster attributes). A value may be a path.</li>
 *   <li>The CDK's {@code EksCall} grants nothing (its source: {@code eks:call} calls no EKS API). We grant
 *       {@code eks:DescribeCluster} on the one cluster, read-only, as the project asks for the Kubernetes API
 *       integrations; the access that matters is in the cluster (above). AWS's page:
 *       https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html#connect-eks-permissions.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html">Create and manage Amazon EKS
 *      clusters with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EksCall extends ShapeTask {

    /** The HTTP methods {@code eks:call} accepts. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public enum HttpMethod {
        /** Read a resource. */
        GET,
        /** Create a resource. */
        POST,
        /** Replace a resource. */
        PUT,
        /** Delete a resource. */
        DELETE,
        /** Change part of a resource. */
        PATCH,
        /** Read a resource's headers only. */
        HEAD
    }

    /** How an EKS cluster is named in IAM. */
    static final ResourceArn CLUSTER_ARN = ResourceArn.of("eks", "cluster/");

    static final Field CLUSTER = Field.string("cluster", "ClusterName").required()
            .pattern("[0-9A-Za-z][A-Za-z0-9_-]{0,99}",
                    "an EKS cluster name (1 to 100 letters, digits, hyphens and underscores, starting with a letter or digit)")
            .resource(CLUSTER_ARN).doc("The EKS cluster's name");
    static final Field CERTIFICATE_AUTHORITY = Field.string("clusterCertificateAuthorityData", "CertificateAuthority").required()
            .atLeast(1).doc("The cluster's base64 certificate authority data");
    static final Field ENDPOINT = Field.string("clusterEndpoint", "Endpoint").required()
            .pattern("https://\\S+", "an https:// URL").doc("The URL of the cluster's Kubernetes API server");
    static final Field METHOD = Field.enumOf("httpMethod", "Method", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD").required()
            .doc("The HTTP method");
    static final Field PATH = Field.string("httpPath", "Path").required().pattern("/\\S*", "a path starting with /")
            .doc("The Kubernetes REST API path, such as /api/v1/namespaces/default/pods");
    static final Field QUERY_PARAMETERS = Field.json("queryParameters", "QueryParameters")
            .doc("Query parameters: an object whose members are arrays of strings");
    static final Field REQUEST_BODY = Field.json("requestBody", "RequestBody").doc("The request body: any JSON, or a string");

    /** The properties of {@code eks:call}. */
    static final Shape SHAPE = Shape.of("Call", CLUSTER, CERTIFICATE_AUTHORITY, ENDPOINT, METHOD, PATH, QUERY_PARAMETERS,
                    REQUEST_BODY)
            .check(EksCall::checkQueryParameters)
            .schemaRule(JsonSchema.present(QUERY_PARAMETERS.name()), JsonSchema.raw(queryParametersRule()));

    /** {@code eks:call}: request/response only, as AWS's page and the CDK. */
    public static final TaskType TYPE = TaskType.of("eks:call", "Call the Kubernetes API of an Amazon EKS cluster",
            IntegrationPattern.REQUEST_RESPONSE);

    private EksCall(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected void grants(Grants g) {
        g.allow("eks:DescribeCluster", g.resource(CLUSTER.name(), value(CLUSTER), CLUSTER_ARN));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    private static void checkQueryParameters(ShapeValue values, Shape.Problems problems) {
        Value v = values.value(QUERY_PARAMETERS);
        if (v instanceof ArrayValue) {
            problems.add(ErrorCode.INVALID_PROPERTY, QUERY_PARAMETERS.name(), "must be an object of string arrays"
                    + " ({\"labelSelector\": [\"job-name=example-job\"]}), was " + v);
            return;
        }
        if (v == null || !(v instanceof Literal || v instanceof ObjectValue)) {
            return; // absent, or a path: the service checks it at run time
        }
        Map<String, Value> members = v instanceof ObjectValue o ? o.members() : null;
        if (members == null) {
            if (!((Literal) v).node().isObject()) {
                problems.add(ErrorCode.INVALID_PROPERTY, QUERY_PARAMETERS.name(), "must be an object of string arrays"
                        + " ({\"labelSelector\": [\"job-name=example-job\"]}), was " + v);
                return;
            }
            ((Literal) v).node().properties().forEach(e -> {
                if (!e.getValue().isArray() || !allText(e.getValue())) {
                    problems.add(ErrorCode.INVALID_PROPERTY, QUERY_PARAMETERS.name() + "." + e.getKey(),
                            "must be an array of strings, was " + e.getValue());
                }
            });
            return;
        }
        members.forEach((key, member) -> {
            if (member instanceof Literal l && !(l.node().isArray() && allText(l.node()))
                    || member instanceof ArrayValue a && !a.items().stream().allMatch(i -> !(i instanceof Literal li) || li.isText())
                    || member instanceof ObjectValue) {
                problems.add(ErrorCode.INVALID_PROPERTY, QUERY_PARAMETERS.name() + "." + key, "must be an array of strings, was " + member);
            }
        });
    }

    private static boolean allText(com.fasterxml.jackson.databind.JsonNode array) {
        for (com.fasterxml.jackson.databind.JsonNode n : array) {
            if (!n.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode queryParametersRule() {
        com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        com.fasterxml.jackson.databind.node.ObjectNode items = f.objectNode().put("type", "string");
        com.fasterxml.jackson.databind.node.ObjectNode array = f.objectNode().put("type", "array").set("items", items);
        com.fasterxml.jackson.databind.node.ObjectNode map = f.objectNode().put("type", "object").set("additionalProperties", array);
        return f.objectNode().set("properties", f.objectNode().set(QUERY_PARAMETERS.name(), map));
    }

    /** Builds an {@link EksCall}; every setter names one property of the shape. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EksCall> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param name the cluster's name, a placeholder, or a path @return this builder */
        public Builder cluster(Object name) {
            return set(CLUSTER, name);
        }

        /** @param data the base64 certificate authority data, or a path @return this builder */
        public Builder clusterCertificateAuthorityData(Object data) {
            return set(CERTIFICATE_AUTHORITY, data);
        }

        /** @param url the Kubernetes API server URL, or a path @return this builder */
        public Builder clusterEndpoint(Object url) {
            return set(ENDPOINT, url);
        }

        /** @param method the HTTP method @return this builder */
        public Builder httpMethod(HttpMethod method) {
            return set(METHOD, method);
        }

        /** @param method the HTTP method as text, or a path @return this builder */
        public Builder httpMethod(Object method) {
            return set(METHOD, method);
        }

        /** @param path the REST path, or a path into the input @return this builder */
        public Builder httpPath(Object path) {
            return set(PATH, path);
        }

        /** @param parameters each query parameter's values @return this builder */
        public Builder queryParameters(Map<String, List<String>> parameters) {
            return set(QUERY_PARAMETERS, parameters);
        }

        /** @param parameters the query parameters as a value (an object, or a path) @return this builder */
        public Builder queryParameters(Value parameters) {
            return set(QUERY_PARAMETERS, parameters);
        }

        /** @param body the request body: a map, a string, a {@link Value} or a path @return this builder */
        public Builder requestBody(Object body) {
            return set(REQUEST_BODY, body);
        }

        @Override
        protected EksCall newTask() {
            return new EksCall(this);
        }
    }
}
