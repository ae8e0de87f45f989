package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.tasks.ContainerDefinition;
import software.amazon.awscdk.services.stepfunctions.tasks.ContainerDefinitionOptions;
import software.amazon.awscdk.services.stepfunctions.tasks.DockerImage;
import software.amazon.awscdk.services.stepfunctions.tasks.IContainerDefinition;
import software.amazon.awscdk.services.stepfunctions.tasks.Mode;
import software.amazon.awscdk.services.stepfunctions.tasks.S3Location;
import software.amazon.awscdk.services.stepfunctions.tasks.SageMakerCreateModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTrainingJobCdkFactory.object;
import static io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTrainingJobCdkFactory.roleArn;

/**
 * {@code sagemaker:createModel} as the CDK's {@code SageMakerCreateModel}: the role imported with
 * {@code Role.fromRoleArn}, each container a {@code ContainerDefinition} (image {@code DockerImage.fromRegistry} or
 * {@code fromJsonExpression}, model data {@code S3Location.fromBucket} or {@code fromJsonExpression}, environment a
 * {@code TaskInput}). Not expressible: a VPC (the CDK takes an {@code IVpc} and creates a security group), tags as an
 * object (a {@code TaskInput} written as it is), a container or a name chosen at run time or with a placeholder.
 */
public final class SageMakerCreateModelCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "sagemaker:createModel";

    /** For ServiceLoader. */
    public SageMakerCreateModelCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        for (String n : List.of("vpcConfig", "vpcConfig.$", "primaryContainer.$", "containers.$", "enableNetworkIsolation.$")) {
            if (p.has(n)) {
                throw new NotExpressible(n + " (see the factory's Javadoc)");
            }
        }
        SageMakerCreateModel.Builder b = SageMakerCreateModel.Builder.create(stack, stateName)
                .modelName(SageMakerEndpointCdkFactories.name(p, "modelName"))
                .role(Role.fromRoleArn(stack, "Role", roleArn(p.path("role").asText())))
                .primaryContainer(container(stack, object(p, "primaryContainer"), "Primary"));
        if (p.has("containers")) {
            List<IContainerDefinition> containers = new ArrayList<>();
            int i = 0;
            for (JsonNode item : p.get("containers")) {
                containers.add(container(stack, (ObjectNode) item, "C" + i++));
            }
            b.containers(containers);
        }
        if (p.has("enableNetworkIsolation")) {
            if (!p.get("enableNetworkIsolation").isBoolean()) {
                throw new NotExpressible("enableNetworkIsolation as an expression (the CDK prop is a boolean)");
            }
            b.enableNetworkIsolation(p.get("enableNetworkIsolation").asBoolean());
        }
        var tags = SageMakerEndpointCdkFactories.tags(p);
        if (tags != null) {
            b.tags(tags);
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    private static IContainerDefinition container(Stack stack, ObjectNode o, String id) {
        ContainerDefinitionOptions.Builder b = ContainerDefinitionOptions.builder();
        for (String n : List.of("image", "modelS3Location", "modelPackageName", "containerHostName", "mode")) {
            if (Placeholders.contains(o.path(n).asText("")) || o.path(n).asText("").startsWith("{%")) {
                throw new NotExpressible(n + " with a placeholder or an expression");
            }
        }
        if (o.has("image.$")) {
            b.image(DockerImage.fromJsonExpression(CdkProps.string(o, "image")));
        } else if (o.has("image")) {
            b.image(DockerImage.fromRegistry(o.get("image").asText()));
        }
        if (o.has("modelS3Location.$")) {
            b.modelS3Location(S3Location.fromJsonExpression(o.get("modelS3Location.$").asText()));
        } else if (o.has("modelS3Location")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])/(.+)")
                    .matcher(o.get("modelS3Location").asText());
            if (!m.matches()) {
                throw new NotExpressible("modelS3Location " + o.get("modelS3Location") + " (S3Location.fromBucket: a bucket and a key)");
            }
            b.modelS3Location(S3Location.fromBucket(Bucket.fromBucketName(stack, "Bucket" + id, m.group(1)), m.group(2)));
        }
        String pkg = CdkProps.string(o, "modelPackageName");
        if (pkg != null) {
            b.modelPackageName(pkg);
        }
        String host = CdkProps.string(o, "containerHostName");
        if (host != null) {
            b.containerHostName(host);
        }
        if (o.has("mode.$")) {
            throw new NotExpressible("a mode chosen at run time");
        }
        if (o.has("mode")) {
            b.mode("MultiModel".equals(o.get("mode").asText()) ? Mode.MULTI_MODEL : Mode.SINGLE_MODEL);
        }
        if (o.has("environmentVariables") || o.has("environmentVariables.$")) {
            b.environmentVariables(CdkProps.taskInput(o, "environmentVariables"));
        }
        return new ContainerDefinition(b.build());
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        Arbitrary<JsonNode> role = Arbitraries.of("SageMakerRole", "arn:aws:iam::123456789012:role/Models").map(TextNode::valueOf);
        return List.of(ProviderArbitraries.properties(TYPE_ID, (name, context) -> name.equals("role")
                ? Optional.of(role) : Optional.empty()));
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(
                new AllowedDifference(TYPE_ID, "s3-uri-as-given",
                        "the model data's S3 URI is written as given (s3://bucket/key); the CDK's S3Location.fromBucket writes"
                                + " the bucket's https URL; SageMaker takes both (ModelDataUrl: ^(https|s3)://)",
                        "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html",
                        c -> c.properties().toString().contains("s3://"),
                        (c, ours, cdk) -> SageMakerCreateTrainingJobCdkFactory.s3Uris(cdk.get("state"))),
                new AllowedDifference(TYPE_ID, "containers-as-the-api",
                        "each of Containers is the API's ContainerDefinition; the CDK 2.263.0 writes what its bind() returns,"
                                + " {\"parameters\": {...}}, which SageMaker refuses",
                        "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html",
                        c -> c.properties().has("containers"),
                        (c, ours, cdk) -> {
                            ObjectNode params = CdkProps.parameters(cdk);
                            if (params != null && params.get("Containers") instanceof ArrayNode a) {
                                for (int i = 0; i < a.size(); i++) {
                                    if (a.get(i).has("parameters")) {
                                        a.set(i, a.get(i).get("parameters"));
                                    }
                                }
                            }
                        }));
    }
}
