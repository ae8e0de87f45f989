package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.tasks.AssembleWith;
import software.amazon.awscdk.services.stepfunctions.tasks.BatchStrategy;
import software.amazon.awscdk.services.stepfunctions.tasks.CompressionType;
import software.amazon.awscdk.services.stepfunctions.tasks.ModelClientOptions;
import software.amazon.awscdk.services.stepfunctions.tasks.S3DataType;
import software.amazon.awscdk.services.stepfunctions.tasks.SageMakerCreateTransformJob;
import software.amazon.awscdk.services.stepfunctions.tasks.SplitType;
import software.amazon.awscdk.services.stepfunctions.tasks.TransformDataSource;
import software.amazon.awscdk.services.stepfunctions.tasks.TransformInput;
import software.amazon.awscdk.services.stepfunctions.tasks.TransformOutput;
import software.amazon.awscdk.services.stepfunctions.tasks.TransformResources;
import software.amazon.awscdk.services.stepfunctions.tasks.TransformS3DataSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTrainingJobCdkFactory.fail;
import static io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTrainingJobCdkFactory.instanceType;
import static io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTrainingJobCdkFactory.number;
import static io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTrainingJobCdkFactory.object;
import static io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTrainingJobCdkFactory.removeActions;
import static io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTrainingJobCdkFactory.roleArn;
import static io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTrainingJobCdkFactory.strings;

/**
 * {@code sagemaker:createTransformJob} as the CDK's {@code SageMakerCreateTransformJob}: the role (grant-only for us)
 * imported with {@code Role.fromRoleArn}, S3 URIs as text or {@code JsonPath.stringAt}, instance types as
 * {@code ec2.InstanceType} without the {@code ml.} prefix. Not expressible: KMS keys (the CDK takes {@code IKeyRef}s),
 * a nested object, a number or a map chosen at run time, a name with a placeholder.
 */
public final class SageMakerCreateTransformJobCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "sagemaker:createTransformJob";
    private static final String ANY_JOB = "arn:aws:sagemaker:us-east-1:123456789012:transform-job/*";

    /** For ServiceLoader. */
    public SageMakerCreateTransformJobCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        for (String n : List.of("transformInput.$", "transformOutput.$", "transformResources.$", "modelClientOptions.$",
                "environment.$", "tags.$", "maxConcurrentTransforms.$", "maxPayload.$", "batchStrategy.$")) {
            if (p.has(n)) {
                throw new NotExpressible(n + " (the CDK's prop is typed)");
            }
        }
        for (String n : List.of("transformJobName", "modelName")) {
            if (Placeholders.contains(p.path(n).asText(""))) {
                throw new NotExpressible("a " + n + " with a placeholder (the CDK reads it as one of its own tokens)");
            }
        }
        SageMakerCreateTransformJob.Builder b = SageMakerCreateTransformJob.Builder.create(stack, stateName)
                .transformJobName(CdkProps.string(p, "transformJobName"))
                .modelName(CdkProps.string(p, "modelName"))
                .transformInput(input(object(p, "transformInput")))
                .transformOutput(output(object(p, "transformOutput")));
        if (p.has("role")) {
            b.role(Role.fromRoleArn(stack, "Role", roleArn(p.get("role").asText())));
        }
        if (p.has("transformResources")) {
            ObjectNode r = object(p, "transformResources");
            if (r.has("volumeEncryptionKey")) {
                throw new NotExpressible("a volume KMS key (the CDK takes an IKeyRef)");
            }
            b.transformResources(TransformResources.builder().instanceCount(number(r, "instanceCount")).instanceType(instanceType(r)).build());
        }
        String strategy = CdkProps.staticText(p, "batchStrategy");
        if (strategy != null) {
            b.batchStrategy("MultiRecord".equals(strategy) ? BatchStrategy.MULTI_RECORD
                    : "SingleRecord".equals(strategy) ? BatchStrategy.SINGLE_RECORD : fail(strategy));
        } else if (p.has("batchStrategy")) {
            throw new NotExpressible("batchStrategy as an expression");
        }
        if (p.has("environment")) {
            b.environment(strings(p.get("environment"), "environment"));
        }
        if (p.has("tags")) {
            b.tags(strings(p.get("tags"), "tags"));
        }
        if (p.has("maxConcurrentTransforms")) {
            b.maxConcurrentTransforms(number(p, "maxConcurrentTransforms"));
        }
        if (p.has("maxPayload")) {
            b.maxPayload(Size.mebibytes(number(p, "maxPayload")));
        }
        if (p.has("modelClientOptions")) {
            ObjectNode o = object(p, "modelClientOptions");
            ModelClientOptions.Builder ob = ModelClientOptions.builder();
            if (o.has("invocationsMaxRetries") || o.has("invocationsMaxRetries.$")) {
                ob.invocationsMaxRetries(number(o, "invocationsMaxRetries"));
            }
            if (o.has("invocationsTimeout") || o.has("invocationsTimeout.$")) {
                ob.invocationsTimeout(Duration.seconds(number(o, "invocationsTimeout")));
            }
            b.modelClientOptions(ob.build());
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    private static String text(ObjectNode o, String name) {
        if (o.has(name + ".$")) {
            return JsonPath.stringAt(o.get(name + ".$").asText());
        }
        JsonNode v = o.get(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual() || v.textValue().startsWith("{%")) {
            throw new NotExpressible(name + " as " + v + " (an enum or an expression)");
        }
        return v.textValue();
    }

    private static TransformInput input(ObjectNode i) {
        ObjectNode ds = object(i, "transformDataSource");
        ObjectNode s3 = object(ds, "s3DataSource");
        TransformS3DataSource.Builder sb = TransformS3DataSource.builder().s3Uri(text(s3, "s3Uri"));
        String type = text(s3, "s3DataType");
        if (type != null) {
            sb.s3DataType(switch (type) {
                case "ManifestFile" -> S3DataType.MANIFEST_FILE;
                case "S3Prefix" -> S3DataType.S3_PREFIX;
                case "AugmentedManifestFile" -> S3DataType.AUGMENTED_MANIFEST_FILE;
                default -> fail(type);
            });
        }
        TransformInput.Builder b = TransformInput.builder()
                .transformDataSource(TransformDataSource.builder().s3DataSource(sb.build()).build());
        String compression = text(i, "compressionType");
        if (compression != null) {
            b.compressionType("Gzip".equals(compression) ? CompressionType.GZIP : "None".equals(compression) ? CompressionType.NONE
                    : fail(compression));
        }
        String contentType = text(i, "contentType");
        if (contentType != null) {
            b.contentType(contentType);
        }
        String split = text(i, "splitType");
        if (split != null) {
            b.splitType(switch (split) {
                case "None" -> SplitType.NONE;
                case "Line" -> SplitType.LINE;
                case "RecordIO" -> SplitType.RECORD_IO;
                case "TFRecord" -> SplitType.TF_RECORD;
                default -> fail(split);
            });
        }
        return b.build();
    }

    private static TransformOutput output(ObjectNode o) {
        if (o.has("encryptionKey") || o.has("encryptionKey.$")) {
            throw new NotExpressible("an output KMS key (the CDK takes an IKeyRef)");
        }
        TransformOutput.Builder b = TransformOutput.builder().s3OutputPath(text(o, "s3OutputPath"));
        String accept = text(o, "accept");
        if (accept != null) {
            b.accept(accept);
        }
        String assemble = text(o, "assembleWith");
        if (assemble != null) {
            b.assembleWith("Line".equals(assemble) ? AssembleWith.LINE : "None".equals(assemble) ? AssembleWith.NONE : fail(assemble));
        }
        return b.build();
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        Arbitrary<JsonNode> role = Arbitraries.of("SageMakerRole", "arn:aws:iam::123456789012:role/Transformer")
                .map(TextNode::valueOf);
        return List.of(ProviderArbitraries.properties(TYPE_ID, (name, context) -> name.equals("role")
                ? Optional.of(role) : Optional.empty()));
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        String page = "https://docs.aws.amazon.com/step-functions/latest/dg/sagemaker-iam.html";
        return List.of(
                new AllowedDifference(TYPE_ID, "request-response-creates-only",
                        "without .sync only sagemaker:CreateTransformJob is granted on the job; the CDK also grants"
                                + " DescribeTransformJob and StopTransformJob, which only .sync calls", page,
                        c -> c.integrationPattern() == null
                                || c.integrationPattern() == io.github.sfntasks.api.IntegrationPattern.REQUEST_RESPONSE,
                        (c, ours, cdk) -> removeActions(cdk, Set.of("sagemaker:describetransformjob", "sagemaker:stoptransformjob"))),
                new AllowedDifference(TYPE_ID, "transform-job-by-name",
                        "a job named by a literal is granted on transform-job/<name>*, as AWS's page grants jobs by name;"
                                + " the CDK grants transform-job/* whatever the name", page,
                        c -> c.properties().has("transformJobName"),
                        (c, ours, cdk) -> {
                            List<String> mine = CdkProps.resources(ours, "sagemaker:CreateTransformJob");
                            if (!mine.isEmpty()) {
                                CdkProps.replaceResource(cdk, ANY_JOB, mine.get(0));
                            }
                        }),
                new AllowedDifference(TYPE_ID, "no-role-no-pass-role",
                        "without a role nothing is passed to SageMaker and no iam:PassRole is granted (CreateTransformJob"
                                + " takes no role); the CDK creates a role no request names and grants iam:PassRole on it",
                        "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html",
                        c -> !c.properties().has("role"),
                        (c, ours, cdk) -> CdkProps.removeStatements(cdk, "iam:PassRole")));
    }
}
