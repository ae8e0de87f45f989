package io.github.sfntasks.conformance.contrib;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.conformance.generation.GenerationContext;
import net.jqwik.api.Arbitrary;
import io.github.sfntasks.conformance.iam.ResourceLocator;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import io.github.sfntasks.conformance.iam.ResourceRule;
import io.github.sfntasks.conformance.iam.TouchedResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kit's IAM rows for {@code eks:call} and the three EMR on EKS integrations, each from its AWS page: what the
 * state machine's role needs on which resource, read from the rendered state.
 */
public abstract class EksAndEmrContainersRules extends IntegrationRules {

    private static final String GUIDE = "https://docs.aws.amazon.com/step-functions/latest/dg/";

    EksAndEmrContainersRules(String typeId, ResourceRule rule) {
        super(typeId, rule);
    }

    /** The ARN a static parameter names, or {@code null} when it is chosen at run time. */
    private static String arn(JsonNode params, String name, RenderContext context, String service, String prefix) {
        String v = ResourceLocators.staticParameter(params, name);
        if (v == null) {
            return null;
        }
        return ResourceLocators.split(v) != null ? v : context.arn(service, prefix + v);
    }

    private static ResourceLocator locator(String parameter, String service, String prefix, String jobRunActions) {
        return (state, actions, context) -> {
            String arn = arn(ResourceLocators.parameters(state), parameter, context, service, prefix);
            List<TouchedResource> out = new ArrayList<>();
            for (String a : actions) {
                String why = "Parameters." + parameter;
                if (arn == null) {
                    out.add(TouchedResource.dynamic(a, why + " (chosen at run time)"));
                } else if (jobRunActions != null && jobRunActions.contains(a)) {
                    out.add(new TouchedResource(a, arn + "/jobruns/sfn-conformance-jobrun",
                            ResourceLocators.sibling(arn, prefix) + "/jobruns/sfn-conformance-jobrun", why + " (its job runs)"));
                } else {
                    out.add(new TouchedResource(a, arn, ResourceLocators.sibling(arn, prefix), why));
                }
            }
            return out;
        };
    }

    /** {@code eks:call}: eks:DescribeCluster on the cluster (the brief; AWS's connect-eks page, Permissions). */
    public static final class Call extends EksAndEmrContainersRules {
        /** For ServiceLoader. */
        public Call() {
            super("eks:call", ResourceRule.integration("eks:call").actions("eks:DescribeCluster")
                    .locator(locator("ClusterName", "eks", "cluster/", null)).source(GUIDE + "connect-eks.html").build());
        }
    }

    /** {@code emr-containers:createVirtualCluster}: CreateVirtualCluster on *, and the service-linked role. */
    public static final class CreateVirtualCluster extends EksAndEmrContainersRules {
        /** For ServiceLoader. */
        public CreateVirtualCluster() {
            super("emr-containers:createVirtualCluster", ResourceRule.integration("emr-containers:createVirtualCluster")
                    .actions("emr-containers:CreateVirtualCluster").optionalActions("iam:CreateServiceLinkedRole")
                    .locator((state, actions, context) -> actions.stream()
                            .map(a -> new TouchedResource(a, "*", null, "CreateVirtualCluster has no resource type")).toList())
                    .source(GUIDE + "emr-eks-iam.html").build());
        }
    }

    /** {@code emr-containers:deleteVirtualCluster}: Delete (and Describe for .sync) on the virtual cluster. */
    public static final class DeleteVirtualCluster extends EksAndEmrContainersRules {
        /** For ServiceLoader. */
        public DeleteVirtualCluster() {
            super("emr-containers:deleteVirtualCluster", ResourceRule.integration("emr-containers:deleteVirtualCluster")
                    .actions("emr-containers:DeleteVirtualCluster").syncActions("emr-containers:DescribeVirtualCluster")
                    .syncNeedsNothingMore().locator(locator("Id", "emr-containers", "/virtualclusters/", null))
                    .source(GUIDE + "emr-eks-iam.html").build());
        }
    }

    /** {@code emr-containers:startJobRun}: StartJobRun on the virtual cluster, Describe/CancelJobRun on its job runs for .sync. */
    public static final class StartJobRun extends EksAndEmrContainersRules {
        /** For ServiceLoader. */
        public StartJobRun() {
            super("emr-containers:startJobRun", ResourceRule.integration("emr-containers:startJobRun")
                    .actions("emr-containers:StartJobRun").syncActions("emr-containers:DescribeJobRun", "emr-containers:CancelJobRun")
                    .syncNeedsNothingMore()
                    .locator(locator("VirtualClusterId", "emr-containers", "/virtualclusters/",
                            "emr-containers:DescribeJobRun emr-containers:CancelJobRun"))
                    .source(GUIDE + "emr-eks-iam.html").build());
        }

        /** Small application configurations (see the CDK factory's generator). */
        @Override
        public Optional<Arbitrary<? extends JsonNode>> property(String name, GenerationContext context) {
            return name.equals("applicationConfig")
                    ? Optional.of(io.github.sfntasks.conformance.cdk.internal.EmrContainersStartJobRunCdkFactory.smallConfigurations(0))
                    : Optional.empty();
        }
    }
}
