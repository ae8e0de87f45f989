package io.github.sfntasks.conformance.contrib;

import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.iam.ResourceLocator;
import io.github.sfntasks.conformance.iam.ResourceRule;
import io.github.sfntasks.conformance.iam.TouchedResource;

import java.util.ArrayList;
import java.util.List;

/**
 * The kit's IAM rows for the SageMaker integrations, from AWS's "IAM policies for Amazon SageMaker AI": each Create
 * action (on the job, model, configuration or endpoint; granted by name, or by pattern for a name chosen at run
 * time), {@code sagemaker:ListTags} on {@code *} (the page grants it so in every policy: it takes no resource-level
 * permission), {@code .sync} adds Describe/Stop and the managed rule; {@code iam:PassRole} and
 * {@code sagemaker:AddTags} may be granted besides (the CDK grants them).
 */
public abstract class SageMakerArbitraries implements ProviderArbitraries {

    private static final String SOURCE = "https://docs.aws.amazon.com/step-functions/latest/dg/sagemaker-iam.html";

    /** ListTags on {@code *}: the one resource the action takes. */
    private static final ResourceLocator LIST_TAGS = (state, actions, context) -> {
        List<TouchedResource> out = new ArrayList<>();
        if (actions.contains("sagemaker:ListTags")) {
            out.add(new TouchedResource("sagemaker:ListTags", "*", null, "sagemaker:ListTags takes no resource-level permission"));
        }
        return out;
    };

    private final String typeId;
    private final ResourceRule rule;

    SageMakerArbitraries(String typeId, ResourceRule rule) {
        this.typeId = typeId;
        this.rule = rule;
    }

    @Override
    public String typeId() {
        return typeId;
    }

    @Override
    public List<ResourceRule> resourceRules() {
        return List.of(rule);
    }

    private static ResourceRule.Builder row(String api, String... actions) {
        return ResourceRule.integration("sagemaker:" + api).actions(actions).locator(LIST_TAGS).source(SOURCE);
    }

    /** {@code sagemaker:createTrainingJob}. */
    public static final class TrainingJob extends SageMakerArbitraries {
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
