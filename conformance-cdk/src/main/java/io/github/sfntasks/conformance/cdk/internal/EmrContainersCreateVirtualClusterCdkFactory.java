package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.TaskInput;
import software.amazon.awscdk.services.stepfunctions.tasks.EksClusterInput;
import software.amazon.awscdk.services.stepfunctions.tasks.EmrContainersCreateVirtualCluster;

/**
 * {@code emr-containers:createVirtualCluster} as the CDK's {@code EmrContainersCreateVirtualCluster}: the cluster as
 * {@code EksClusterInput.fromTaskInput} of a text or a path. A JSONata state without a name is not compared (the
 * CDK's default name is a JSONPath intrinsic).
 */
public final class EmrContainersCreateVirtualClusterCdkFactory extends CdkFactoryBase {

    /** For ServiceLoader. */
    public EmrContainersCreateVirtualClusterCdkFactory() {
        super("emr-containers:createVirtualCluster");
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        EmrContainersCdk.refuseTokens(p);
        if (c.queryLanguage() == QueryLanguage.JSONATA && !p.has("virtualClusterName")) {
            throw new NotExpressible("a JSONata state with the default name (the CDK's default is a JSONPath intrinsic)");
        }
        TaskInput cluster = p.has("eksCluster.$") ? TaskInput.fromJsonPathAt(p.get("eksCluster.$").textValue())
                : TaskInput.fromText(p.get("eksCluster").textValue());
        EmrContainersCreateVirtualCluster.Builder b = EmrContainersCreateVirtualCluster.Builder.create(stack, stateName)
                .eksCluster(EksClusterInput.fromTaskInput(cluster));
        if (p.has("eksNamespace") || p.has("eksNamespace.$")) {
            b.eksNamespace(CdkProps.string(p, "eksNamespace"));
        }
        if (p.has("virtualClusterName") || p.has("virtualClusterName.$")) {
            b.virtualClusterName(CdkProps.string(p, "virtualClusterName"));
        }
        if (p.has("tags.$") || p.path("tags").isTextual()) {
            throw new NotExpressible("tags chosen at run time (the CDK takes a map)");
        }
        if (p.has("tags")) {
            java.util.Map<String, String> tags = new java.util.LinkedHashMap<>();
            p.get("tags").properties().forEach(e -> {
                if (!e.getValue().isTextual()) {
                    throw new NotExpressible("a tag that is not text");
                }
                tags.put(e.getKey(), e.getValue().textValue());
            });
            b.tags(tags);
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }
}
