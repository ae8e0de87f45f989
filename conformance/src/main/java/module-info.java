/**
 * The sfn-tasks conformance kit: the properties every {@code TaskProvider} must pass, generated from its JSON
 * Schema with jqwik; the architecture rules of the project (ArchUnit); and the differential check against the AWS
 * CDK v2.
 *
 * <ul>
 *   <li>{@link io.github.sfntasks.conformance} &mdash; {@code ProviderConformanceKit}, the base class a provider's
 *       test extends, and {@code ConformanceChecks}, the checks as plain methods;</li>
 *   <li>{@link io.github.sfntasks.conformance.generation} &mdash; the generated requests, and
 *       {@code ProviderArbitraries}, the SPI for what a provider's schema cannot say;</li>
 *   <li>{@link io.github.sfntasks.conformance.iam} &mdash; the table of what each Task state Resource needs in IAM;</li>
 *   <li>{@link io.github.sfntasks.conformance.architecture} &mdash; the project's architecture rules;</li>
 *   <li>{@link io.github.sfntasks.conformance.cdk} &mdash; the CDK differential (opt-in: needs {@code aws-cdk-lib} and
 *       Node.js at run time).</li>
 * </ul>
 *
 * @uses io.github.sfntasks.api.spi.TaskProvider
 * @uses io.github.sfntasks.conformance.generation.ProviderArbitraries
 * @uses io.github.sfntasks.conformance.cdk.CdkTaskFactory
 * @provides io.github.sfntasks.conformance.cdk.CdkTaskFactory
 */
module io.github.sfntasks.conformance {
    requires transitive io.github.sfntasks.core;
    requires transitive net.jqwik.api;
    requires transitive com.tngtech.archunit;

    // The CDK part is optional (Maven <optional>): present only for those who opt into the differential.
    requires static aws.cdk.lib;
    requires static constructs;
    requires static jsii.runtime;

    exports io.github.sfntasks.conformance;
    exports io.github.sfntasks.conformance.generation;
    exports io.github.sfntasks.conformance.iam;
    exports io.github.sfntasks.conformance.architecture;
    exports io.github.sfntasks.conformance.cdk;

    // jqwik instantiates the kit's lifecycle hook and calls the base class reflectively.
    opens io.github.sfntasks.conformance to net.jqwik.engine;
    opens io.github.sfntasks.conformance.cdk to net.jqwik.engine;

    uses io.github.sfntasks.api.spi.TaskProvider;
    uses io.github.sfntasks.conformance.generation.ProviderArbitraries;
    uses io.github.sfntasks.conformance.cdk.CdkTaskFactory;

    provides io.github.sfntasks.conformance.cdk.CdkTaskFactory
            with io.github.sfntasks.conformance.cdk.internal.BatchSubmitJobCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.CallApiGatewayHttpApiCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.AthenaStartQueryExecutionCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.AthenaQueryExecutionCdkFactory.Get,
                 io.github.sfntasks.conformance.cdk.internal.AthenaQueryExecutionCdkFactory.Results,
                 io.github.sfntasks.conformance.cdk.internal.AthenaQueryExecutionCdkFactory.Stop,
                 io.github.sfntasks.conformance.cdk.internal.GlueDataBrewStartJobRunCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.CallApiGatewayRestApiCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.CallAwsServiceCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.CallAwsServiceCrossRegionCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.DynamoDeleteItemCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.DynamoGetItemCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.DynamoPutItemCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.DynamoUpdateItemCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EvaluateExpressionCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EventBridgePutEventsCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.LambdaInvokeCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.SnsPublishCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.SqsSendMessageCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.StepFunctionsInvokeActivityCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.StepFunctionsStartExecutionCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.GlueStartJobRunCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.GlueStartCrawlerRunCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.CodeBuildStartBuildCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.CodeBuildStartBuildBatchCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EksCallCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EmrContainersCreateVirtualClusterCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EmrContainersDeleteVirtualClusterCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EmrContainersStartJobRunCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EmrCreateClusterCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EmrSetClusterTerminationProtectionCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EmrTerminateClusterCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EmrAddStepCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EmrCancelStepCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EmrModifyInstanceFleetByNameCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EmrModifyInstanceGroupByNameCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTrainingJobCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.SageMakerCreateTransformJobCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.SageMakerEndpointCdkFactories.CreateEndpoint,
                 io.github.sfntasks.conformance.cdk.internal.SageMakerEndpointCdkFactories.UpdateEndpoint,
                 io.github.sfntasks.conformance.cdk.internal.SageMakerEndpointCdkFactories.CreateEndpointConfig,
                 io.github.sfntasks.conformance.cdk.internal.SageMakerCreateModelCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.HttpInvokeCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.BedrockInvokeModelCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.MediaConvertCreateJobCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EventBridgeSchedulerCreateScheduleCdkFactory;
}
