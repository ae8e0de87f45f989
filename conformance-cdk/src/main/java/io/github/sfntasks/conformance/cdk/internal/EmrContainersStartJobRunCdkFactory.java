package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.TaskInput;
import software.amazon.awscdk.services.stepfunctions.tasks.ApplicationConfiguration;
import software.amazon.awscdk.services.stepfunctions.tasks.Classification;
import software.amazon.awscdk.services.stepfunctions.tasks.EmrContainersStartJobRun;
import software.amazon.awscdk.services.stepfunctions.tasks.JobDriver;
import software.amazon.awscdk.services.stepfunctions.tasks.Monitoring;
import software.amazon.awscdk.services.stepfunctions.tasks.ReleaseLabel;
import software.amazon.awscdk.services.stepfunctions.tasks.SparkSubmitJobDriver;
import software.amazon.awscdk.services.stepfunctions.tasks.VirtualClusterInput;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code emr-containers:startJobRun} as the CDK's {@code EmrContainersStartJobRun}: the role imported by
 * {@code Role.fromRoleArn} (immutable, so the CDK adds nothing to it), the log group and bucket by name or ARN.
 * Not expressible: a literal array of entry point arguments (jsii's {@code TaskInput.fromObject} takes a map), a
 * release label, a job driver or application configurations chosen at run time.
 */
public final class EmrContainersStartJobRunCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "emr-containers:startJobRun";
    private static final String CLUSTERS = CdkProps.STACK_STATES_PREFIX.replace(":states:", ":emr-containers:") + "/virtualclusters/";

    /** For ServiceLoader. */
    public EmrContainersStartJobRunCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        EmrContainersCdk.refuseTokens(p);
        for (String name : List.of("jobDriver", "applicationConfig")) {
            if (p.has(name + ".$") || p.path(name).isTextual()) {
                throw new NotExpressible(name + " chosen at run time");
            }
        }
        String role = p.get("executionRole").textValue();
        String roleArn = role.startsWith("arn:") ? role : "arn:aws:iam::123456789012:role/" + role;
        EmrContainersStartJobRun.Builder b = EmrContainersStartJobRun.Builder.create(stack, stateName)
                .virtualCluster(p.has("virtualCluster.$") ? VirtualClusterInput.fromTaskInput(TaskInput.fromJsonPathAt(p.get("virtualCluster.$").textValue()))
                        : VirtualClusterInput.fromVirtualClusterId(p.get("virtualCluster").textValue()))
                .executionRole(Role.fromRoleArn(stack, "Role", roleArn, FromRoleArnOptions.builder().mutable(false).build()))
                .releaseLabel(new ReleaseLabel(CdkProps.string(p, "releaseLabel")))
                .jobDriver(jobDriver(p.get("jobDriver")));
        if (p.has("jobName") || p.has("jobName.$")) {
            b.jobName(CdkProps.string(p, "jobName"));
        }
        if (p.has("applicationConfig")) {
            b.applicationConfig(configs(p.get("applicationConfig")));
        }
        if (p.has("monitoring")) {
            b.monitoring(monitoring(stack, p.get("monitoring")));
        }
        if (p.has("tags.$") || p.path("tags").isTextual()) {
            throw new NotExpressible("tags chosen at run time (the CDK takes a map)");
        }
        if (p.has("tags")) {
            Map<String, String> tags = new LinkedHashMap<>();
            p.get("tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText()));
            b.tags(tags);
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    private static JobDriver jobDriver(JsonNode driver) {
        JsonNode s = driver.get("sparkSubmitJobDriver");
        if (s == null || !s.isObject()) {
            throw new NotExpressible("a spark-submit driver chosen at run time");
        }
        ObjectNode o = (ObjectNode) s;
        SparkSubmitJobDriver.Builder d = SparkSubmitJobDriver.builder().entryPoint(CdkProps.taskInput(o, "entryPoint"));
        if (o.has("entryPointArguments")) {
            throw new NotExpressible("entryPointArguments as an array (jsii's TaskInput.fromObject takes a map)");
        }
        if (o.has("entryPointArguments.$")) {
            d.entryPointArguments(CdkProps.taskInput(o, "entryPointArguments"));
        }
        if (o.has("sparkSubmitParameters") || o.has("sparkSubmitParameters.$")) {
            d.sparkSubmitParameters(CdkProps.string(o, "sparkSubmitParameters"));
        }
        return JobDriver.builder().sparkSubmitJobDriver(d.build()).build();
    }

    private static List<ApplicationConfiguration> configs(JsonNode list) {
        List<ApplicationConfiguration> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.isObject() || n.has("classification.$") || n.has("properties.$") || n.has("nestedConfig.$")) {
                throw new NotExpressible("an application configuration with a path");
            }
            ApplicationConfiguration.Builder a = ApplicationConfiguration.builder()
                    .classification(new Classification(n.get("classification").textValue()));
            if (n.has("properties")) {
                Map<String, String> props = new LinkedHashMap<>();
                n.get("properties").properties().forEach(e -> {
                    if (!e.getValue().isTextual()) {
                        throw new NotExpressible("a configuration property that is not text");
                    }
                    props.put(e.getKey(), e.getValue().textValue());
                });
                a.properties(props);
            }
            if (n.has("nestedConfig")) {
                a.nestedConfig(configs(n.get("nestedConfig")));
            }
            out.add(a.build());
        }
        return out;
    }

    private static Monitoring monitoring(Stack stack, JsonNode m) {
        Monitoring.Builder b = Monitoring.builder();
        JsonNode group = m.get("logGroup");
        if (m.has("logGroup.$")) {
            throw new NotExpressible("a log group chosen at run time (the CDK takes an ILogGroup)");
        }
        if (group != null) {
            String g = group.textValue();
            b.logGroup(g.startsWith("arn:") ? LogGroup.fromLogGroupArn(stack, "LogGroup", g) : LogGroup.fromLogGroupName(stack, "LogGroup", g));
        }
        if (m.has("logStreamNamePrefix.$")) {
            throw new NotExpressible("a log stream prefix chosen at run time");
        }
        if (m.has("logStreamNamePrefix")) {
            b.logStreamNamePrefix(m.get("logStreamNamePrefix").textValue());
        }
        if (m.has("logBucket")) {
            String bucket = m.get("logBucket").textValue();
            b.logBucket(bucket.startsWith("arn:") ? Bucket.fromBucketArn(stack, "LogBucket", bucket)
                    : Bucket.fromBucketName(stack, "LogBucket", bucket));
        }
        if (m.has("persistentAppUI")) {
            b.persistentAppUi(m.get("persistentAppUI").asBoolean());
        }
        return b.build();
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        Arbitrary<String> ids = Arbitraries.strings().withChars("0123456789abcdefghijklmnopqrstuvwxyz").ofMinLength(1).ofMaxLength(25);
        Arbitrary<String> roles = Arbitraries.oneOf(Arbitraries.of("JobExecutionRole", "emr-jobs", "service-role/emr"),
                Arbitraries.of("arn:aws:iam::123456789012:role/", "arn:aws:iam::210987654321:role/")
                        .flatMap(p -> Arbitraries.of("JobExecutionRole", "emr-jobs").map(p::concat)));
        Arbitrary<ObjectNode> monitoring = Combinators.combine(Arbitraries.of("", "emr-logs", "arn:aws:logs:us-east-1:123456789012:log-group:emr"),
                Arbitraries.of("", "pi"), Arbitraries.of("", "emr-log-bucket", "arn:aws:s3:::emr-logs-2"), Arbitraries.of(0, 1, 2))
                .as((group, prefix, bucket, ui) -> {
                    ObjectNode m = JsonNodeFactory.instance.objectNode();
                    if (!group.isEmpty()) {
                        m.put("logGroup", group);
                        if (!prefix.isEmpty()) {
                            m.put("logStreamNamePrefix", prefix);
                        }
                    }
                    if (!bucket.isEmpty()) {
                        m.put("logBucket", bucket);
                    }
                    if (ui > 0) {
                        m.put("persistentAppUI", ui == 1);
                    }
                    return m;
                });
        return List.of(ProviderArbitraries.properties(TYPE_ID, (name, context) -> switch (name) {
            case "virtualCluster" -> Optional.of(ids.map(TextNode::valueOf));
            case "executionRole" -> Optional.of(roles.map(TextNode::valueOf));
            case "releaseLabel" -> Optional.of(Arbitraries.of("emr-6.2.0-latest", "emr-7.1.0-latest").map(TextNode::valueOf));
            case "monitoring" -> Optional.of(monitoring);
            case "applicationConfig" -> Optional.of(smallConfigurations(0));
            default -> Optional.empty();
        }));
    }

    /**
     * @param level the nesting level (0 for the top-level list)
     * @return up to three small application configurations, nested at most three levels: the schema allows 100 items at
     *         each level, a million objects at the edge, which says nothing more than three
     */
    public static Arbitrary<ArrayNode> smallConfigurations(int level) {
        Arbitrary<String> classification = Arbitraries.of("spark-defaults", "spark-env", "export", "spark-log4j", " x ");
        Arbitrary<ObjectNode> props = Arbitraries.maps(Arbitraries.strings().alpha().ofLength(3),
                Arbitraries.strings().alpha().ofMaxLength(4)).ofMaxSize(3).map(m -> {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    m.forEach(o::put);
                    return o;
                });
        Arbitrary<ArrayNode> nested = level < 2 ? Arbitraries.lazy(() -> smallConfigurations(level + 1))
                : Arbitraries.just(JsonNodeFactory.instance.arrayNode());
        Arbitrary<ObjectNode> one = Combinators.combine(classification, props, nested).as((c, p, n) -> {
            ObjectNode o = JsonNodeFactory.instance.objectNode().put("classification", c);
            if (n.isEmpty() || !p.isEmpty()) {
                o.set("properties", p);
            }
            if (!n.isEmpty()) {
                o.set("nestedConfig", n);
            }
            return o;
        });
        return one.list().ofMaxSize(level == 0 ? 3 : 2).map(l -> {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            l.forEach(a::add);
            return a;
        });
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(new AllowedDifference(TYPE_ID, "job-runs-of-any-cluster",
                "for a virtual cluster chosen at run time, .sync's DescribeJobRun/CancelJobRun are granted on"
                        + " /virtualclusters/*/jobruns/*; the CDK (and AWS's page) grant /virtualclusters/*, the clusters too",
                "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonemroneksemrcontainers.html",
                c -> c.properties().has("virtualCluster.$") || c.properties().path("virtualCluster").asText("").startsWith("{%"),
                (c, ours, cdk) -> CdkProps.replaceResource(ours, CLUSTERS + "*/jobruns/*", CLUSTERS + "*")));
    }
}
