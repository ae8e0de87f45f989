package io.github.sfntasks.conformance.contrib;

import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.iam.ResourceRule;

import java.util.List;

/**
 * The kit's IAM rows for integrations its standard table does not have, each from the AWS page that documents the
 * integration's permissions; also the base of the other contributed rows (Athena and DataBrew, EKS and EMR on EKS,
 * EMR, SageMaker), which add their generators and resource locators to the one row of a type. The actions named as required are the ones every state of the type needs; optional
 * ones are those some properties add (an S3 input, a guardrail, a tag).
 */
public abstract class IntegrationRules implements ProviderArbitraries {

    private static final String GUIDE = "https://docs.aws.amazon.com/step-functions/latest/dg/";

    private final String typeId;
    private final ResourceRule rule;

    /** @param typeId the provider @param rule its row */
    protected IntegrationRules(String typeId, ResourceRule rule) {
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

    /** {@code http:invoke}: "Call HTTPS APIs in Step Functions workflows", IAM permissions to run an HTTP Task. */
    public static final class HttpInvoke extends IntegrationRules {
        /** For ServiceLoader. */
        public HttpInvoke() {
            super("http:invoke", ResourceRule.integration("http:invoke")
                    .actions("states:InvokeHTTPEndpoint", "events:RetrieveConnectionCredentials",
                            "secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret")
                    .source(GUIDE + "call-https-apis.html").build());
        }
    }

    /** {@code bedrock:invokeModel}: "IAM policies for calling Amazon Bedrock" and the CDK's S3 and guardrail grants. */
    public static final class BedrockInvokeModel extends IntegrationRules {
        /** For ServiceLoader. */
        public BedrockInvokeModel() {
            super("bedrock:invokeModel", ResourceRule.integration("bedrock:invokeModel").actions("bedrock:InvokeModel")
                    .optionalActions("s3:GetObject", "s3:PutObject", "bedrock:ApplyGuardrail")
                    .source(GUIDE + "connect-bedrock.html").build());
        }
    }

    /**
     * {@code bedrock:createModelCustomizationJob}: the AWS page's CreateModelCustomizationJob policies; {@code .sync}
     * polls the job (Get/Stop on the job), with no managed EventBridge rule.
     */
    public static final class BedrockCreateModelCustomizationJob extends IntegrationRules {
        /** For ServiceLoader. */
        public BedrockCreateModelCustomizationJob() {
            super("bedrock:createModelCustomizationJob", ResourceRule.integration("bedrock:createModelCustomizationJob")
                    .actions("bedrock:CreateModelCustomizationJob", "iam:PassRole")
                    .optionalActions("bedrock:TagResource")
                    .syncActions("bedrock:GetModelCustomizationJob", "bedrock:StopModelCustomizationJob")
                    .source(GUIDE + "connect-bedrock.html").build());
        }
    }

    /** {@code mediaconvert:createJob}: "IAM policies for calling AWS Elemental MediaConvert". */
    public static final class MediaConvertCreateJob extends IntegrationRules {
        /** For ServiceLoader. */
        public MediaConvertCreateJob() {
            super("mediaconvert:createJob", ResourceRule.integration("mediaconvert:createJob")
                    .actions("mediaconvert:CreateJob", "iam:PassRole")
                    .syncActions("mediaconvert:GetJob", "mediaconvert:CancelJob")
                    .syncEventsRule("StepFunctionsGetEventsForMediaConvertJobRule")
                    .source(GUIDE + "connect-mediaconvert.html").build());
        }
    }

    /**
     * {@code scheduler:createSchedule} (Resource {@code aws-sdk:scheduler:createSchedule}): the SDK action, and PassRole
     * for the target's role, which the standard {@code aws-sdk:*} row does not imply.
     */
    public static final class SchedulerCreateSchedule extends IntegrationRules {
        /** For ServiceLoader. */
        public SchedulerCreateSchedule() {
            super("scheduler:createSchedule", ResourceRule.integration("aws-sdk:scheduler:createSchedule")
                    .actions("scheduler:CreateSchedule", "iam:PassRole")
                    .source("https://docs.aws.amazon.com/scheduler/latest/UserGuide/security_iam_id-based-policy-examples.html").build());
        }
    }
}
