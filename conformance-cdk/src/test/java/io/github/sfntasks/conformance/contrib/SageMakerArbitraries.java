package io.github.sfntasks.conformance.contrib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.generation.GenerationContext;
import io.github.sfntasks.conformance.iam.ResourceLocator;
import io.github.sfntasks.conformance.iam.ResourceRule;
import io.github.sfntasks.conformance.iam.TouchedResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The kit's IAM rows for the SageMaker integrations, from AWS's "IAM policies for Amazon SageMaker AI": each Create
 * action (on the job, model, configuration or endpoint; granted by name, or by pattern for a name chosen at run
 * time), {@code sagemaker:ListTags} on {@code *} (the page grants it so in every policy: it takes no resource-level
 * permission), {@code .sync} adds Describe/Stop and the managed rule; {@code iam:PassRole} and
 * {@code sagemaker:AddTags} may be granted besides (the CDK grants them).
 */
public abstract class SageMakerArbitraries extends IntegrationRules {

    private static final String SOURCE = "https://docs.aws.amazon.com/step-functions/latest/dg/sagemaker-iam.html";

    /** ListTags on {@code *}: the one resource the action takes. */
    private static final ResourceLocator LIST_TAGS = (state, actions, context) -> {
        List<TouchedResource> out = new ArrayList<>();
        if (actions.contains("sagemaker:ListTags")) {
            out.add(new TouchedResource("sagemaker:ListTags", "*", null, "sagemaker:ListTags takes no resource-level permission"));
        }
        return out;
    };

    SageMakerArbitraries(String typeId, ResourceRule rule) {
        super(typeId, rule);
    }

    private static ResourceRule.Builder row(String api, String... actions) {
        return ResourceRule.integration("sagemaker:" + api).actions(actions).locator(LIST_TAGS).source(SOURCE);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Channels and algorithm specifications: each must have exactly one of two members (an S3 or a file-system data
     * source; a training image or an algorithm name), which the schema says as if/then rules the kit can only filter
     * by; over a list of channels that filter misses too often, so these generate the one-of choice.
     */
    static Arbitrary<JsonNode> channels() {
        Arbitrary<ObjectNode> s3 = Combinators.combine(Arbitraries.of("s3://train-data/in/", "s3://b.example/x/y",
                        "https://b.s3.amazonaws.com/p"), Arbitraries.of("", "S3Prefix", "ManifestFile", "AugmentedManifestFile"))
                .as((uri, type) -> {
                    ObjectNode o = JSON.createObjectNode().put("s3Location", uri);
                    if (!type.isEmpty()) {
                        o.put("s3DataType", type);
                    }
                    return JSON.createObjectNode().set("s3DataSource", o);
                });
        Arbitrary<ObjectNode> s3Path = Arbitraries.of("$.input", "$.data.train").map(p -> {
            ObjectNode o = JSON.createObjectNode().put("s3Location.$", p);
            return JSON.createObjectNode().set("s3DataSource", o);
        });
        Arbitrary<ObjectNode> fileSystem = Arbitraries.of("EFS", "FSxLustre").map(t -> JSON.createObjectNode().set("fileSystemDataSource",
                JSON.createObjectNode().put("directoryPath", "/fs/train").put("fileSystemAccessMode", "ro")
                        .put("fileSystemId", "fs-0123456789abcdef0").put("fileSystemType", t)));
        Arbitrary<ObjectNode> channel = Combinators.combine(Arbitraries.of("train", "validation", "test_1"),
                        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, s3), net.jqwik.api.Tuple.of(2, s3Path),
                                net.jqwik.api.Tuple.of(1, fileSystem)),
                        Arbitraries.of("", "File", "Pipe", "FastFile"), Arbitraries.of("", "text/csv"))
                .as((name, source, mode, contentType) -> {
                    ObjectNode c = JSON.createObjectNode().put("channelName", name);
                    c.set("dataSource", source);
                    if (!mode.isEmpty()) {
                        c.put("inputMode", mode);
                    }
                    if (!contentType.isEmpty()) {
                        c.put("contentType", contentType);
                    }
                    return c;
                });
        return channel.list().ofMinSize(1).ofMaxSize(3).map(list -> {
            ArrayNode a = JSON.createArrayNode();
            list.forEach(a::add);
            return a;
        });
    }

    static Arbitrary<JsonNode> algorithms() {
        Arbitrary<ObjectNode> named = Arbitraries.of("BlazingText", "xgboost", "arn:aws:sagemaker:us-east-1:123456789012:algorithm/my-algo")
                .map(n -> JSON.createObjectNode().put("algorithmName", n));
        Arbitrary<ObjectNode> image = Arbitraries.of("123456789012.dkr.ecr.us-east-1.amazonaws.com/train:1")
                .map(i -> JSON.createObjectNode().put("trainingImage", i));
        Arbitrary<ObjectNode> imagePath = Arbitraries.of("$.image").map(i -> JSON.createObjectNode().put("trainingImage.$", i));
        return Combinators.combine(Arbitraries.oneOf(named, image, imagePath), Arbitraries.of("", "File", "Pipe", "FastFile"))
                .as((a, mode) -> mode.isEmpty() ? a : a.put("trainingInputMode", mode));
    }

    /** {@code sagemaker:createTrainingJob}. */
    public static final class TrainingJob extends SageMakerArbitraries {
        @Override
        public Optional<Arbitrary<? extends JsonNode>> property(String name, GenerationContext context) {
            return switch (name) {
                case "inputDataConfig" -> Optional.of(channels());
                case "algorithmSpecification" -> Optional.of(algorithms());
                default -> Optional.empty();
            };
        }

        /** For ServiceLoader. */
        public TrainingJob() {
            super("sagemaker:createTrainingJob", row("createTrainingJob", "sagemaker:CreateTrainingJob", "sagemaker:ListTags")
                    .syncActions("sagemaker:DescribeTrainingJob", "sagemaker:StopTrainingJob")
                    .syncEventsRule("StepFunctionsGetEventsForSageMakerTrainingJobsRule")
                    .optionalActions("sagemaker:AddTags", "iam:PassRole").build());
        }
    }

    /** {@code sagemaker:createTransformJob}. */
    public static final class TransformJob extends SageMakerArbitraries {
        /** For ServiceLoader. */
        public TransformJob() {
            super("sagemaker:createTransformJob", row("createTransformJob", "sagemaker:CreateTransformJob", "sagemaker:ListTags")
                    .syncActions("sagemaker:DescribeTransformJob", "sagemaker:StopTransformJob")
                    .syncEventsRule("StepFunctionsGetEventsForSageMakerTransformJobsRule")
                    .optionalActions("sagemaker:AddTags", "iam:PassRole").build());
        }
    }

    /** {@code sagemaker:createModel}. */
    public static final class Model extends SageMakerArbitraries {
        /** For ServiceLoader. */
        public Model() {
            super("sagemaker:createModel", row("createModel", "sagemaker:CreateModel", "sagemaker:ListTags")
                    .optionalActions("iam:PassRole").build());
        }
    }

    /** {@code sagemaker:createEndpointConfig}. */
    public static final class EndpointConfig extends SageMakerArbitraries {
        /** For ServiceLoader. */
        public EndpointConfig() {
            super("sagemaker:createEndpointConfig", row("createEndpointConfig", "sagemaker:CreateEndpointConfig",
                    "sagemaker:ListTags").build());
        }
    }

    /** {@code sagemaker:createEndpoint}. */
    public static final class Endpoint extends SageMakerArbitraries {
        /** For ServiceLoader. */
        public Endpoint() {
            super("sagemaker:createEndpoint", row("createEndpoint", "sagemaker:CreateEndpoint", "sagemaker:ListTags").build());
        }
    }

    /** {@code sagemaker:updateEndpoint}. */
    public static final class UpdateEndpoint extends SageMakerArbitraries {
        /** For ServiceLoader. */
        public UpdateEndpoint() {
            super("sagemaker:updateEndpoint", row("updateEndpoint", "sagemaker:UpdateEndpoint").build());
        }
    }
}
