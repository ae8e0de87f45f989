package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import com.fasterxml.jackson.databind.node.TextNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.tasks.AlgorithmSpecification;
import software.amazon.awscdk.services.stepfunctions.tasks.Channel;
import software.amazon.awscdk.services.stepfunctions.tasks.CompressionType;
import software.amazon.awscdk.services.stepfunctions.tasks.DataSource;
import software.amazon.awscdk.services.stepfunctions.tasks.DockerImage;
import software.amazon.awscdk.services.stepfunctions.tasks.InputMode;
import software.amazon.awscdk.services.stepfunctions.tasks.MetricDefinition;
import software.amazon.awscdk.services.stepfunctions.tasks.OutputDataConfig;
import software.amazon.awscdk.services.stepfunctions.tasks.RecordWrapperType;
import software.amazon.awscdk.services.stepfunctions.tasks.ResourceConfig;
import software.amazon.awscdk.services.stepfunctions.tasks.S3DataDistributionType;
import software.amazon.awscdk.services.stepfunctions.tasks.S3DataSource;
import software.amazon.awscdk.services.stepfunctions.tasks.S3DataType;
import software.amazon.awscdk.services.stepfunctions.tasks.S3Location;
import software.amazon.awscdk.services.stepfunctions.tasks.SageMakerCreateTrainingJob;
import software.amazon.awscdk.services.stepfunctions.tasks.StoppingCondition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sagemaker:createTrainingJob} as the CDK's {@code SageMakerCreateTrainingJob}: the role imported with
 * {@code Role.fromRoleArn}, S3 URIs as {@code S3Location.fromBucket} (or {@code fromJsonExpression} for a path), the
 * training image as {@code DockerImage.fromRegistry} (or {@code fromJsonExpression}), instance types as
 * {@code ec2.InstanceType} without the {@code ml.} prefix (the CDK adds it). Not expressible: a VPC (the CDK takes an
 * {@code IVpc} and creates a security group), a file-system data source or a shuffle configuration (the CDK renders
 * neither), KMS keys (the CDK takes {@code IKey}s and renders their ARN; we write what is given), a nested object or a
 * number chosen at run time, placeholders in the role.
 */
public final class SageMakerCreateTrainingJobCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "sagemaker:createTrainingJob";

    /** For ServiceLoader. */
    public SageMakerCreateTrainingJobCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        for (String n : List.of("vpcConfig", "vpcConfig.$", "algorithmSpecification.$", "inputDataConfig.$", "outputDataConfig.$", "resourceConfig.$",
                "stoppingCondition.$", "hyperparameters.$", "tags.$", "environment.$", "enableNetworkIsolation.$", "role.$")) {
            if (p.has(n)) {
                throw new NotExpressible(n + " (see the factory's Javadoc)");
            }
        }
        if (Placeholders.contains(p.path("trainingJobName").asText(""))) {
            throw new NotExpressible("a job name with a placeholder (the CDK reads it as one of its own tokens)");
        }
        SageMakerCreateTrainingJob.Builder b = SageMakerCreateTrainingJob.Builder.create(stack, stateName)
                .trainingJobName(CdkProps.string(p, "trainingJobName"))
                .role(Role.fromRoleArn(stack, "Role", roleArn(p.path("role").asText())))
                .algorithmSpecification(algorithm(object(p, "algorithmSpecification")))
                .outputDataConfig(output(stack, object(p, "outputDataConfig")));
        if (p.has("inputDataConfig")) {
            List<Channel> channels = new ArrayList<>();
            int i = 0;
            for (JsonNode ch : p.get("inputDataConfig")) {
                channels.add(channel(stack, (ObjectNode) ch, i++));
            }
            b.inputDataConfig(channels);
        }
        if (p.has("resourceConfig")) {
            ObjectNode r = object(p, "resourceConfig");
            if (r.has("volumeEncryptionKey")) {
                throw new NotExpressible("a volume KMS key (the CDK takes an IKey)");
            }
            b.resourceConfig(ResourceConfig.builder().instanceCount(number(r, "instanceCount"))
                    .instanceType(instanceType(r)).volumeSize(Size.gibibytes(number(r, "volumeSize"))).build());
        }
        if (p.has("stoppingCondition")) {
            ObjectNode s = object(p, "stoppingCondition");
            StoppingCondition.Builder sb = StoppingCondition.builder();
            if (s.has("maxRuntime") || s.has("maxRuntime.$")) {
                sb.maxRuntime(Duration.seconds(number(s, "maxRuntime")));
            }
            b.stoppingCondition(sb.build());
        }
        if (p.has("enableNetworkIsolation")) {
            if (!p.get("enableNetworkIsolation").isBoolean()) {
                throw new NotExpressible("enableNetworkIsolation as an expression (the CDK prop is a boolean)");
            }
            b.enableNetworkIsolation(p.get("enableNetworkIsolation").asBoolean());
        }
        if (p.has("hyperparameters")) {
            if (!p.get("hyperparameters").isObject()) {
                throw new NotExpressible("hyperparameters as an expression (the CDK prop is a map)");
            }
            b.hyperparameters(CdkProps.object(p.get("hyperparameters")));
        }
        if (p.has("environment")) {
            b.environment(strings(p.get("environment"), "environment"));
        }
        if (p.has("tags")) {
            b.tags(strings(p.get("tags"), "tags"));
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    static ObjectNode object(JsonNode p, String name) {
        JsonNode v = p.get(name);
        if (v instanceof ObjectNode o) {
            return o;
        }
        throw new NotExpressible(name + " as " + (v == null ? "nothing" : v.getNodeType()));
    }

    static String roleArn(String role) {
        if (Placeholders.contains(role)) {
            throw new NotExpressible("a role with a placeholder");
        }
        return role.startsWith("arn:") ? role : "arn:aws:iam::123456789012:role/" + role;
    }

    private static AlgorithmSpecification algorithm(ObjectNode a) {
        if (a.has("metricDefinitions.$")) {
            throw new NotExpressible("metricDefinitions chosen at run time");
        }
        AlgorithmSpecification.Builder b = AlgorithmSpecification.builder();
        String image = CdkProps.string(a, "trainingImage");
        if (image != null) {
            b.trainingImage(a.has("trainingImage.$") ? DockerImage.fromJsonExpression(image) : DockerImage.fromRegistry(image));
        }
        String name = CdkProps.string(a, "algorithmName");
        if (name != null) {
            b.algorithmName(name);
        }
        String mode = CdkProps.string(a, "trainingInputMode");
        if (mode != null) {
            b.trainingInputMode(inputMode(mode));
        }
        if (a.has("metricDefinitions")) {
            List<MetricDefinition> metrics = new ArrayList<>();
            for (JsonNode m : a.get("metricDefinitions")) {
                metrics.add(MetricDefinition.builder().name(CdkProps.string((ObjectNode) m, "name"))
                        .regex(CdkProps.string((ObjectNode) m, "regex")).build());
            }
            b.metricDefinitions(metrics);
        }
        return b.build();
    }

    private static InputMode inputMode(String mode) {
        return switch (mode) {
            case "Pipe" -> InputMode.PIPE;
            case "File" -> InputMode.FILE;
            case "FastFile" -> InputMode.FAST_FILE;
            default -> throw new NotExpressible("input mode " + mode + " (the CDK's InputMode is an enum)");
        };
    }

    private static Channel channel(Stack stack, ObjectNode ch, int index) {
        if (ch.has("shuffleConfig") || ch.has("dataSource.$")) {
            throw new NotExpressible("a channel's shuffleConfig or a data source chosen at run time");
        }
        ObjectNode ds = object(ch, "dataSource");
        if (!ds.has("s3DataSource") || ds.has("s3DataSource.$")) {
            throw new NotExpressible("a file-system data source (the CDK has S3 only)");
        }
        ObjectNode s3 = object(ds, "s3DataSource");
        S3DataSource.Builder sb = S3DataSource.builder().s3Location(location(stack, s3, "s3Location", "In" + index));
        String type = CdkProps.string(s3, "s3DataType");
        if (type != null) {
            sb.s3DataType(switch (type) {
                case "ManifestFile" -> S3DataType.MANIFEST_FILE;
                case "S3Prefix" -> S3DataType.S3_PREFIX;
                case "AugmentedManifestFile" -> S3DataType.AUGMENTED_MANIFEST_FILE;
                default -> throw new NotExpressible("S3 data type " + type);
            });
        }
        String distribution = CdkProps.string(s3, "s3DataDistributionType");
        if (distribution != null) {
            sb.s3DataDistributionType("FullyReplicated".equals(distribution) ? S3DataDistributionType.FULLY_REPLICATED
                    : "ShardedByS3Key".equals(distribution) ? S3DataDistributionType.SHARDED_BY_S3_KEY : fail(distribution));
        }
        if (s3.has("attributeNames.$")) {
            throw new NotExpressible("attributeNames chosen at run time");
        }
        if (s3.has("attributeNames")) {
            List<String> names = new ArrayList<>();
            s3.get("attributeNames").forEach(n -> names.add(n.asText()));
            sb.attributeNames(names);
        }
        Channel.Builder b = Channel.builder().channelName(CdkProps.string(ch, "channelName"))
                .dataSource(DataSource.builder().s3DataSource(sb.build()).build());
        String compression = CdkProps.string(ch, "compressionType");
        if (compression != null) {
            b.compressionType("Gzip".equals(compression) ? CompressionType.GZIP : "None".equals(compression) ? CompressionType.NONE
                    : fail(compression));
        }
        String contentType = CdkProps.string(ch, "contentType");
        if (contentType != null) {
            b.contentType(contentType);
        }
        String mode = CdkProps.string(ch, "inputMode");
        if (mode != null) {
            b.inputMode(inputMode(mode));
        }
        String wrapper = CdkProps.string(ch, "recordWrapperType");
        if (wrapper != null) {
            b.recordWrapperType("RecordIO".equals(wrapper) ? RecordWrapperType.RECORD_IO : "None".equals(wrapper)
                    ? RecordWrapperType.NONE : fail(wrapper));
        }
        return b.build();
    }

    static <T> T fail(String value) {
        throw new NotExpressible("the value " + value + " (a CDK enum)");
    }

    private static OutputDataConfig output(Stack stack, ObjectNode o) {
        if (o.has("encryptionKey") || o.has("encryptionKey.$")) {
            throw new NotExpressible("an output KMS key (the CDK takes an IKey)");
        }
        return OutputDataConfig.builder().s3OutputLocation(location(stack, o, "s3OutputLocation", "Out")).build();
    }

    /** An S3 URI as a CDK user writes it: a bucket and a key prefix, or a path. */
    private static S3Location location(Stack stack, ObjectNode o, String name, String id) {
        if (o.has(name + ".$")) {
            return S3Location.fromJsonExpression(o.get(name + ".$").asText());
        }
        String uri = o.path(name).asText("");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])/(.+)").matcher(uri);
        if (!m.matches() || Placeholders.contains(uri)) {
            throw new NotExpressible(name + " " + uri + " (S3Location.fromBucket takes a bucket and a non-empty key prefix)");
        }
        return S3Location.fromBucket(Bucket.fromBucketName(stack, "Bucket" + id, m.group(1)), m.group(2));
    }

    static Number number(ObjectNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null || !v.isIntegralNumber()) {
            throw new NotExpressible(name + " not a whole number (a path, an expression)");
        }
        return v.asLong();
    }

    static InstanceType instanceType(ObjectNode r) {
        if (r.has("instanceType.$")) {
            return new InstanceType(JsonPath.stringAt(r.get("instanceType.$").asText()));
        }
        String t = r.path("instanceType").asText();
        if (t.startsWith("{%")) {
            throw new NotExpressible("an instance type as a JSONata expression");
        }
        return new InstanceType(t.startsWith("ml.") ? t.substring(3) : t);
    }

    static Map<String, String> strings(JsonNode node, String name) {
        if (!node.isObject()) {
            throw new NotExpressible(name + " as an expression (the CDK prop is a map)");
        }
        Map<String, String> out = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (e.getKey().endsWith(".$") || !e.getValue().isTextual()) {
                throw new NotExpressible(name + " with a member chosen at run time");
            }
            out.put(e.getKey(), e.getValue().textValue());
        });
        return out;
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        Arbitrary<JsonNode> role = Arbitraries.of("SageMakerRole", "arn:aws:iam::123456789012:role/Trainer",
                "arn:aws:iam::210987654321:role/path/Trainer").map(TextNode::valueOf);
        Arbitrary<JsonNode> output = Arbitraries.of("s3://models/out", "s3://my-bucket.example/a/b/").map(u -> {
            ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            o.put("s3OutputLocation", u);
            return o;
        });
        return List.of(ProviderArbitraries.properties(TYPE_ID, (name, context) -> switch (name) {
            case "role" -> Optional.of(role);
            case "outputDataConfig" -> Optional.of(output);
            default -> Optional.empty();
        }));
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(new AllowedDifference(TYPE_ID, "request-response-creates-only",
                "without .sync only sagemaker:CreateTrainingJob is granted on the job, as AWS's page says; the CDK also grants"
                        + " DescribeTrainingJob and StopTrainingJob, which only .sync calls",
                "https://docs.aws.amazon.com/step-functions/latest/dg/sagemaker-iam.html",
                c -> c.integrationPattern() == null || c.integrationPattern() == io.github.sfntasks.api.IntegrationPattern.REQUEST_RESPONSE,
                (c, ours, cdk) -> removeActions(cdk, Set.of("sagemaker:describetrainingjob", "sagemaker:stoptrainingjob"))),
                new AllowedDifference(TYPE_ID, "jsonata-name-add-tags",
                        "a job name given as a JSONata expression is granted sagemaker:AddTags on training-job/* like the other"
                                + " actions; the CDK (2.263.0) tests only for a JSONPath there and grants AddTags on"
                                + " training-job/{% ... %}*, a resource no job has",
                        "https://docs.aws.amazon.com/step-functions/latest/dg/sagemaker-iam.html",
                        c -> c.properties().path("trainingJobName").asText("").startsWith("{%"),
                        (c, ours, cdk) -> CdkProps.replaceResource(cdk, "arn:aws:sagemaker:us-east-1:123456789012:training-job/"
                                + c.properties().get("trainingJobName").asText() + "*",
                                "arn:aws:sagemaker:us-east-1:123456789012:training-job/*")),
                new AllowedDifference(TYPE_ID, "s3-uri-as-given",
                        "an S3 location is written as given (s3://bucket/key); the CDK's S3Location.fromBucket writes the"
                                + " bucket's https URL for the key; SageMaker takes both (S3Uri, S3OutputPath: ^(https|s3)://)",
                        "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_S3DataSource.html",
                        c -> c.properties().toString().contains("s3://"),
                        (c, ours, cdk) -> s3Uris(cdk.get("state"))));
    }

    /** Rewrites the CDK's {@code https://s3.<region>.<suffix>/<bucket>/<key>} as {@code s3://<bucket>/<key>}. */
    static void s3Uris(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                JsonNode v = o.get(n);
                if (v.isTextual()) {
                    o.put(n, v.textValue().replaceFirst("^https://s3\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/", "s3://"));
                } else {
                    s3Uris(v);
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(SageMakerCreateTrainingJobCdkFactory::s3Uris);
        }
    }

    /** Removes actions from every statement of a render that has others. */
    static void removeActions(ObjectNode render, Set<String> lowerCased) {
        for (JsonNode s : render.path("statements")) {
            List<String> actions = new ArrayList<>();
            JsonNode a = s.get("Action");
            if (a.isArray()) {
                a.forEach(x -> actions.add(x.asText()));
            } else {
                actions.add(a.asText());
            }
            List<String> kept = actions.stream().filter(x -> !lowerCased.contains(x.toLowerCase(Locale.ROOT))).toList();
            if (!kept.isEmpty() && kept.size() < actions.size()) {
                if (kept.size() == 1) {
                    ((ObjectNode) s).put("Action", kept.get(0));
                } else {
                    ArrayNode arr = ((ObjectNode) s).putArray("Action");
                    kept.forEach(arr::add);
                }
            }
        }
    }
}
