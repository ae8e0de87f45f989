package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory.NotExpressible;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.TaskInput;
import software.amazon.awscdk.services.stepfunctions.tasks.ProductionVariant;
import software.amazon.awscdk.services.stepfunctions.tasks.SageMakerCreateEndpoint;
import software.amazon.awscdk.services.stepfunctions.tasks.SageMakerCreateEndpointConfig;
import software.amazon.awscdk.services.stepfunctions.tasks.SageMakerUpdateEndpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTrainingJobCdkFactory.instanceType;
import static io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTrainingJobCdkFactory.number;

/**
 * The SageMaker endpoint tasks as the CDK's {@code SageMakerCreateEndpoint}, {@code SageMakerUpdateEndpoint} and
 * {@code SageMakerCreateEndpointConfig}. Names are strings or {@code JsonPath.stringAt}; tags only as a path
 * ({@code TaskInput.fromJsonPathAt}: the CDK's {@code tags} is a {@code TaskInput} it writes as it is, where we take
 * an object and write the API's list). Not expressible: a name with a placeholder (the CDK lower-cases its own token
 * text), a KMS key ({@code IKeyRef}), an accelerator type, a variant list or a number chosen at run time.
 */
public final class SageMakerEndpointCdkFactories {

    private SageMakerEndpointCdkFactories() {
    }

    static String name(ObjectNode p, String property) {
        if (Placeholders.contains(p.path(property).asText(""))) {
            throw new NotExpressible("a " + property + " with a placeholder (the CDK lower-cases its token text)");
        }
        return CdkProps.string(p, property);
    }

    static TaskInput tags(ObjectNode p) {
        if (p.has("tags")) {
            throw new NotExpressible("tags as an object (the CDK's tags is a TaskInput written as it is; we write the API's list)");
        }
        return p.has("tags.$") ? CdkProps.taskInput(p, "tags") : null;
    }

    /** {@code sagemaker:createEndpoint}. */
    public static final class CreateEndpoint extends CdkFactoryBase {
        /** For ServiceLoader. */
        public CreateEndpoint() {
            super("sagemaker:createEndpoint");
        }

        @Override
        public IChainable create(Stack stack, String stateName, TaskCase c) {
            ObjectNode p = c.properties();
            SageMakerCreateEndpoint.Builder b = SageMakerCreateEndpoint.Builder.create(stack, stateName)
                    .endpointName(name(p, "endpointName")).endpointConfigName(name(p, "endpointConfigName"));
            TaskInput tags = tags(p);
            if (tags != null) {
                b.tags(tags);
            }
            CdkOptions.apply(b, stack, c);
            return CdkOptions.after(b.build(), stack, c);
        }
    }

    /** {@code sagemaker:updateEndpoint}. */
    public static final class UpdateEndpoint extends CdkFactoryBase {
        /** For ServiceLoader. */
        public UpdateEndpoint() {
            super("sagemaker:updateEndpoint");
        }

        @Override
        public IChainable create(Stack stack, String stateName, TaskCase c) {
            ObjectNode p = c.properties();
            SageMakerUpdateEndpoint.Builder b = SageMakerUpdateEndpoint.Builder.create(stack, stateName)
                    .endpointName(name(p, "endpointName")).endpointConfigName(name(p, "endpointConfigName"));
            CdkOptions.apply(b, stack, c);
            return CdkOptions.after(b.build(), stack, c);
        }
    }

    /** {@code sagemaker:createEndpointConfig}. */
    public static final class CreateEndpointConfig extends CdkFactoryBase {
        /** For ServiceLoader. */
        public CreateEndpointConfig() {
            super("sagemaker:createEndpointConfig");
        }

        @Override
        public IChainable create(Stack stack, String stateName, TaskCase c) {
            ObjectNode p = c.properties();
            if (p.has("kmsKey") || p.has("kmsKey.$") || p.has("productionVariants.$")) {
                throw new NotExpressible("a KMS key (an IKeyRef) or production variants chosen at run time");
            }
            if (!p.path("productionVariants").isArray()) {
                throw new NotExpressible("production variants as an expression");
            }
            List<ProductionVariant> variants = new ArrayList<>();
            for (JsonNode item : p.path("productionVariants")) {
                ObjectNode v = (ObjectNode) item;
                if (v.has("acceleratorType") || v.has("acceleratorType.$")) {
                    throw new NotExpressible("an accelerator type (the CDK's AcceleratorType class)");
                }
                ProductionVariant.Builder vb = ProductionVariant.builder().instanceType(instanceType(v))
                        .modelName(name(v, "modelName")).variantName(name(v, "variantName"));
                if (v.has("initialInstanceCount") || v.has("initialInstanceCount.$")) {
                    vb.initialInstanceCount(number(v, "initialInstanceCount"));
                }
                if (v.has("initialVariantWeight.$") || v.has("initialVariantWeight") && !v.get("initialVariantWeight").isNumber()) {
                    throw new NotExpressible("a variant weight chosen at run time");
                }
                if (v.has("initialVariantWeight")) {
                    vb.initialVariantWeight(v.get("initialVariantWeight").numberValue());
                }
                variants.add(vb.build());
            }
            SageMakerCreateEndpointConfig.Builder b = SageMakerCreateEndpointConfig.Builder.create(stack, stateName)
                    .endpointConfigName(name(p, "endpointConfigName")).productionVariants(variants);
            TaskInput tags = tags(p);
            if (tags != null) {
                b.tags(tags);
            }
            CdkOptions.apply(b, stack, c);
            return CdkOptions.after(b.build(), stack, c);
        }

        @Override
        public List<ProviderArbitraries> arbitraries() {
            Arbitrary<ObjectNode> variant = Combinators.combine(Arbitraries.of("ml.m5.large", "m5.xlarge", "ml.c5.2xlarge"),
                    Arbitraries.of("MyModel", "churn-2024"), Arbitraries.of("v1", "AllTraffic"),
                    Arbitraries.integers().between(0, 3), Arbitraries.of(-1.0, 0.0, 0.5, 1.0)).as((type, model, name, count, weight) -> {
                        ObjectNode v = JsonNodeFactory.instance.objectNode().put("instanceType", type).put("modelName", model)
                                .put("variantName", name);
                        if (count > 0) {
                            v.put("initialInstanceCount", count);
                        }
                        if (weight >= 0) {
                            v.put("initialVariantWeight", weight);
                        }
                        return v;
                    });
            Arbitrary<JsonNode> variants = variant.list().ofMinSize(1).ofMaxSize(2).map(l -> {
                ArrayNode a = JsonNodeFactory.instance.arrayNode();
                l.forEach(a::add);
                return a;
            });
            return List.of(ProviderArbitraries.properties(typeId(), (name, context) -> name.equals("productionVariants")
                    ? Optional.of(variants) : Optional.empty()));
        }
    }
}
