package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.eks.Cluster;
import software.amazon.awscdk.services.eks.ClusterAttributes;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.tasks.EksCall;
import software.amazon.awscdk.services.stepfunctions.tasks.HttpMethods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code eks:call} as the CDK's {@code EksCall}, with the cluster imported by {@code Cluster.fromClusterAttributes}
 * (name, endpoint, certificate data). The CDK takes neither a cluster, an endpoint, certificate data nor a method
 * chosen at run time, nor query parameters with paths in them: such requests are not expressible.
 */
public final class EksCallCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "eks:call";

    /** For ServiceLoader. */
    public EksCallCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        EmrContainersCdk.refuseTokens(p);
        for (String name : List.of("cluster", "clusterEndpoint", "clusterCertificateAuthorityData", "httpMethod")) {
            if (CdkProps.staticText(p, name) == null) {
                throw new NotExpressible(name + " chosen at run time (the CDK reads it from an ICluster or an enum)");
            }
        }
        EksCall.Builder b = EksCall.Builder.create(stack, stateName)
                .cluster(Cluster.fromClusterAttributes(stack, "Cluster", ClusterAttributes.builder()
                        .clusterName(p.get("cluster").textValue())
                        .clusterEndpoint(p.get("clusterEndpoint").textValue())
                        .clusterCertificateAuthorityData(p.get("clusterCertificateAuthorityData").textValue()).build()))
                .httpMethod(HttpMethods.valueOf(p.get("httpMethod").textValue()))
                .httpPath(CdkProps.string(p, "httpPath"));
        if (p.has("queryParameters.$")) {
            throw new NotExpressible("queryParameters chosen at run time (the CDK takes a map)");
        }
        JsonNode q = p.get("queryParameters");
        if (q != null) {
            Map<String, List<String>> map = new LinkedHashMap<>();
            q.properties().forEach(e -> {
                if (!e.getValue().isArray()) {
                    throw new NotExpressible("a query parameter that is not an array (" + e.getKey() + ")");
                }
                List<String> values = new ArrayList<>();
                e.getValue().forEach(v -> values.add(v.textValue()));
                map.put(e.getKey(), values);
            });
            b.queryParameters(map);
        }
        if (p.has("requestBody") || p.has("requestBody.$")) {
            b.requestBody(CdkProps.taskInput(p, "requestBody"));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(new AllowedDifference(TYPE_ID, "describe-cluster-granted",
                "eks:DescribeCluster is granted on the one cluster (as AWS's IAM templates for the Kubernetes API"
                        + " integrations); the CDK's EksCall grants nothing",
                "https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html#connect-eks-permissions",
                c -> true, (c, ours, cdk) -> CdkProps.removeStatements(ours, "eks:DescribeCluster")));
    }
}
