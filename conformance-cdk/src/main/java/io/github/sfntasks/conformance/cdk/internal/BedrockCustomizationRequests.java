package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.conformance.generation.GenerationContext;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.internal.DynamicValues;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The differential's requests for {@code bedrock:createModelCustomizationJob}, whole ({@link
 * ProviderArbitraries#requestProperties}): the schema-driven generator gives each of the 14 optional or dynamic
 * properties its {@code "name.$"} form, a KMS key or a VPC at random, and the CDK's construct takes few of those
 * (a model, role, customization type, hyperparameters or tags chosen at run time; the KMS key as an {@code IKey} it
 * changes the policy of; the VPC as constructs), so only about 3 % of those requests were expressible.
 *
 * <p>Here every property the CDK's {@code BedrockCreateModelCustomizationJobProps} takes appears in the forms it
 * takes, each optional one about half of the time: {@code customModelName}, {@code jobName} and
 * {@code clientRequestToken} literal or chosen at run time (a path or intrinsic, which the CDK takes through
 * {@code JsonPath.stringAt}; a JSONata expression in a JSONata state, which the CDK refuses: documented as
 * {@code jsonata-names}); {@code baseModel} as a foundation-model id or a foundation, custom or provisioned model
 * ARN; {@code customizationType} (each value); {@code hyperParameters}; {@code validationData} (1 to 3 locations;
 * without it the {@code "Evaluation percentage"} hyperparameter, as both the provider and the CDK require);
 * {@code customModelTags} and {@code jobTags} (0 to 3 tags, empty values included); buckets with and without a
 * path. What the CDK cannot take stays in, rarely (about one request in six), so the "not expressible" reasons keep
 * being exercised: a model or role chosen at run time, a KMS key, a VPC configuration.
 */
final class BedrockCustomizationRequests implements ProviderArbitraries {

    private final String typeId;
    private final Map<GenerationContext, Arbitrary<ObjectNode>> byContext = new ConcurrentHashMap<>();

    BedrockCustomizationRequests(String typeId) {
        this.typeId = typeId;
    }

    @Override
    public String typeId() {
        return typeId;
    }

    @Override
    public Optional<Arbitrary<ObjectNode>> requestProperties(GenerationContext context) {
        return Optional.of(byContext.computeIfAbsent(context, BedrockCustomizationRequests::requests));
    }

    private static Arbitrary<ObjectNode> requests(GenerationContext context) {
        boolean jsonPath = context.queryLanguage() == QueryLanguage.JSONPATH;
        Arbitrary<String> models = Arbitraries.of("amazon.titan-text-express-v1", "amazon.titan-text-lite-v1",
                "meta.llama3-1-8b-instruct-v1:0", "amazon.nova-micro-v1:0:128k",
                "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1",
                "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdefghijkl",
                "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef123456");
        Arbitrary<String> roles = Arbitraries.of("arn:aws:iam::123456789012:role/BedrockCustomization",
                "arn:aws:iam::210987654321:role/service-role/Tuner");
        List<Arbitrary<ObjectNode>> parts = new ArrayList<>();
        // required; rarely chosen at run time (the CDK takes an IModel / IRole: not expressible)
        parts.add(member("baseModel", 0, 19, models.map(TextNode::valueOf), 1, jsonPath));
        parts.add(member("role", 0, 19, roles.map(TextNode::valueOf), 1, jsonPath));
        // required; literal or chosen at run time, as the CDK's string props take
        parts.add(member("customModelName", 0, 4, names("my-model_v2", "Tuned_1", "x"), 1, jsonPath));
        parts.add(member("jobName", 0, 4, names("job-2026.12.07", "Nightly+1", "a--b"), 1, jsonPath));
        parts.add(member("clientRequestToken", 5, 4, names("token-1", "a-b-c", "Z"), 1, jsonPath));
        parts.add(member("trainingData", 0, 1, location(), 0, jsonPath));
        parts.add(member("outputData", 0, 1, location(), 0, jsonPath));
        parts.add(member("validationData", 1, 1, location().list().ofMinSize(1).ofMaxSize(3).map(BedrockCustomizationRequests::array), 0, jsonPath));
        parts.add(member("customizationType", 1, 1,
                Arbitraries.of("FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION").map(TextNode::valueOf), 0, jsonPath));
        parts.add(member("hyperParameters", 1, 1, hyperParameters(), 0, jsonPath));
        parts.add(member("customModelTags", 1, 1, tags(), 0, jsonPath));
        parts.add(member("jobTags", 1, 1, tags(), 0, jsonPath));
        // not expressible in the CDK, kept rare
        parts.add(member("customModelKmsKey", 19, 1,
                Arbitraries.just(TextNode.valueOf("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")), 0, jsonPath));
        parts.add(member("vpcConfig", 19, 1, Arbitraries.just(Json.read(
                "{\"securityGroups\":[\"sg-0123456789abcdef0\"],\"subnets\":[\"subnet-0123456789abcdef0\",\"subnet-0fedcba9876543210\"]}")),
                0, jsonPath));
        return Combinators.combine(parts).as(BedrockCustomizationRequests::merge);
    }

    /** One object from the parts; without validation data, the evaluation share the provider and the CDK require. */
    private static ObjectNode merge(List<ObjectNode> parts) {
        ObjectNode o = Json.NODES.objectNode();
        parts.forEach(o::setAll);
        if (!o.has("validationData")) {
            ObjectNode hp = o.get("hyperParameters") instanceof ObjectNode h ? h : o.putObject("hyperParameters");
            if (!hp.has("Evaluation percentage")) {
                hp.put("Evaluation percentage", "20");
            }
        }
        return o;
    }

    /**
     * @param absent weight of leaving it out
     * @param plain weight of the literal value
     * @param runTime weight of a value chosen at run time: {@code "name.$"} (JSONPath) or a {@code {% %}} string
     */
    private static Arbitrary<ObjectNode> member(String name, int absent, int plain, Arbitrary<? extends JsonNode> value,
            int runTime, boolean jsonPath) {
        List<Tuple.Tuple2<Integer, Arbitrary<ObjectNode>>> forms = new ArrayList<>();
        if (absent > 0) {
            forms.add(Tuple.of(absent, Arbitraries.just(Json.NODES.objectNode()).map(ObjectNode::deepCopy)));
        }
        forms.add(Tuple.of(plain, value.map(v -> {
            ObjectNode o = Json.NODES.objectNode();
            o.set(name, v.deepCopy());
            return o;
        })));
        if (runTime > 0) {
            forms.add(Tuple.of(runTime, jsonPath
                    ? DynamicValues.dynamic().map(p -> Json.NODES.objectNode().put(name + ".$", p))
                    : DynamicValues.jsonata().map(e -> Json.NODES.objectNode().put(name, e))));
        }
        return Arbitraries.frequencyOf(forms);
    }

    /** Names all three patterns take: some written ones, and random letters and digits (1 to 63). */
    private static Arbitrary<JsonNode> names(String... written) {
        Arbitrary<String> random = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(63);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(written)), Tuple.of(2, random)).map(TextNode::valueOf);
    }

    /** A bucket and, most of the time, a path: rendered {@code s3://bucket[/path]}. */
    private static Arbitrary<JsonNode> location() {
        Arbitrary<String> buckets = Arbitraries.of("training-bucket", "my-output.bucket", "validation-123", "abc");
        Arbitrary<String> paths = Arbitraries.of("", "data/train.jsonl", "out/", "validation/v1.jsonl");
        return Combinators.combine(buckets, paths).as((b, p) -> {
            ObjectNode o = Json.NODES.objectNode().put("bucket", b);
            return p.isEmpty() ? o : o.put("path", p);
        });
    }

    private static Arbitrary<JsonNode> hyperParameters() {
        return Arbitraries.of(
                Map.of("Evaluation percentage", "20"),
                Map.of("epochCount", "2", "batchSize", "1", "learningRate", "0.00001"),
                Map.of("epochCount", "5", "Evaluation percentage", "10"),
                Map.of("learningRateWarmupSteps", "0")).map(m -> {
                    ObjectNode o = Json.NODES.objectNode();
                    new java.util.TreeMap<>(m).forEach(o::put);
                    return o;
                });
    }

    /** 0 to 3 tags; keys 1-128 and values 0-256 characters as CreateModelCustomizationJob's {@code Tag}. */
    private static Arbitrary<JsonNode> tags() {
        Arbitrary<JsonNode> tag = Combinators.combine(
                Arbitraries.strings().alpha().numeric().withChars("-_.:/=+@ ").ofMinLength(1).ofMaxLength(20)
                        .filter(s -> !s.isBlank()),
                Arbitraries.strings().alpha().numeric().withChars("-_. ").ofMaxLength(20))
                .as((k, v) -> Json.NODES.objectNode().put("key", k).put("value", v));
        return tag.list().ofMaxSize(3).map(BedrockCustomizationRequests::array);
    }

    private static JsonNode array(List<JsonNode> items) {
        ArrayNode a = Json.NODES.arrayNode();
        items.forEach(a::add);
        return a;
    }
}
