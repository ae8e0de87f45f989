package io.github.sfntasks.conformance.contrib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.conformance.generation.GenerationContext;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.iam.ResourceLocator;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import io.github.sfntasks.conformance.iam.ResourceRule;
import io.github.sfntasks.conformance.iam.TouchedResource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The IAM rows of the AWS Glue job and AWS CodeBuild integrations, which the kit's table does not have: the
 * actions AWS's "IAM policies for AWS Glue" / "IAM policies for AWS CodeBuild" pages list per pattern, the managed
 * rules of CodeBuild's {@code .sync}, and the resource the state touches (the job or the project, by the name in
 * the Parameters), so least privilege is checked by ARN.
 */
public abstract class GlueCodeBuildArbitraries implements ProviderArbitraries {

    private static final String GUIDE = "https://docs.aws.amazon.com/step-functions/latest/dg/";

    private final String typeId;

    /** @param typeId the provider this is for */
    protected GlueCodeBuildArbitraries(String typeId) {
        this.typeId = typeId;
    }

    @Override
    public String typeId() {
        return typeId;
    }

    /** The resource named in the Parameters' {@code member}, in the context's account and region. */
    static ResourceLocator named(String member, String service, String prefix) {
        return (ObjectNode state, List<String> actions, RenderContext context) -> {
            String name = ResourceLocators.staticParameter(ResourceLocators.parameters(state), member);
            List<TouchedResource> out = new ArrayList<>();
            for (String action : actions) {
                if (name == null) {
                    out.add(TouchedResource.dynamic(action, "Parameters." + member + " (chosen at run time)"));
                } else {
                    String arn = context.arn(service, prefix + name);
                    out.add(new TouchedResource(action, arn, ResourceLocators.sibling(arn, prefix), "Parameters." + member));
                }
            }
            return out;
        };
    }

    /** For {@code glue:startJobRun}. */
    public static final class GlueJob extends GlueCodeBuildArbitraries {
        /** For ServiceLoader. */
        public GlueJob() {
            super("glue:startJobRun");
        }

        @Override
        public List<ResourceRule> resourceRules() {
            return List.of(ResourceRule.integration("glue:startJobRun").actions("glue:StartJobRun")
                    .syncActions("glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun")
                    .locator(named("JobName", "glue", "job/")).source(GUIDE + "connect-glue.html").build());
        }
    }

    /**
     * For the CodeBuild tasks: ProjectName renders the name also for a project given by ARN, so the row cannot see
     * that ARN's account; the kit's requests name projects by name (ARNs are covered by the provider's own tests).
     */
    abstract static class CodeBuild extends GlueCodeBuildArbitraries {
        CodeBuild(String typeId) {
            super(typeId);
        }

        @Override
        public Optional<Arbitrary<? extends JsonNode>> property(String name, GenerationContext context) {
            if (!name.equals("project")) {
                return Optional.empty();
            }
            return Optional.of(Arbitraries.oneOf(
                    Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '_').ofMinLength(1).ofMaxLength(40)
                            .map(s -> "p" + s),
                    Arbitraries.of("${Project}", "${Project.Arn}", "${Token[TOKEN.12]}", "build-${Stage}"))
                    .map(TextNode::valueOf));
        }
    }

    /** For {@code codebuild:startBuild}. */
    public static final class StartBuild extends CodeBuild {
        /** For ServiceLoader. */
        public StartBuild() {
            super("codebuild:startBuild");
        }

        @Override
        public List<ResourceRule> resourceRules() {
            return List.of(ResourceRule.integration("codebuild:startBuild").actions("codebuild:StartBuild")
                    .syncActions("codebuild:StopBuild", "codebuild:BatchGetBuilds")
                    .syncEventsRule("StepFunctionsGetEventForCodeBuildStartBuildRule")
                    .locator(named("ProjectName", "codebuild", "project/")).source(GUIDE + "codebuild-iam.html").build());
        }
    }

    /** For {@code codebuild:startBuildBatch}. */
    public static final class StartBuildBatch extends CodeBuild {
        /** For ServiceLoader. */
        public StartBuildBatch() {
            super("codebuild:startBuildBatch");
        }

        @Override
        public List<ResourceRule> resourceRules() {
            return List.of(ResourceRule.integration("codebuild:startBuildBatch").actions("codebuild:StartBuildBatch")
                    .syncActions("codebuild:StopBuildBatch", "codebuild:BatchGetBuildBatches")
                    .syncEventsRule("StepFunctionsGetEventForCodeBuildStartBuildBatchRule")
                    .locator(named("ProjectName", "codebuild", "project/")).source(GUIDE + "codebuild-iam.html").build());
        }
    }
}
