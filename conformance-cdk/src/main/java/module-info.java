/**
 * The differential check of the sfn-tasks conformance kit against the AWS CDK v2: the same generated requests
 * rendered by a {@code TaskProvider} and by the CDK's {@code aws-stepfunctions-tasks} construct (through jsii, so
 * Node.js must be on the PATH at run time), compared as ASL and as IAM permission sets.
 *
 * <p>A module of its own so that the kit ({@code io.github.sfntasks.conformance}) stays free of the CDK's jars,
 * which carry no module names: {@code aws-cdk-lib}, {@code constructs} and {@code jsii-runtime} are automatic
 * modules named from their file names here, and this module is test tooling for those who opt into the
 * differential, not a library to put on a production module path.
 *
 * <ul>
 *   <li>{@link io.github.sfntasks.conformance.cdk} &mdash; {@code CdkDifferentialKit} (the base class a provider's
 *       test extends), {@code CdkTaskFactory} (the SPI: one per task type), {@code AllowedDifference},
 *       {@code CdkRenderer} and the conversions factories share.</li>
 * </ul>
 *
 * @uses io.github.sfntasks.conformance.cdk.CdkTaskFactory
 * @provides io.github.sfntasks.conformance.cdk.CdkTaskFactory
 */
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module io.github.sfntasks.conformance.cdk {
    requires transitive io.github.sfntasks.conformance;
    requires transitive aws.cdk.lib;
    requires transitive constructs;
    requires jsii.runtime;

    exports io.github.sfntasks.conformance.cdk;

    // jqwik instantiates the differential's lifecycle hook and calls the base class reflectively.
    opens io.github.sfntasks.conformance.cdk to net.jqwik.engine;

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
                 io.github.sfntasks.conformance.cdk.internal.EcsRunTaskCdkFactory,
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
                 io.github.sfntasks.conformance.cdk.internal.BedrockCreateModelCustomizationJobCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.MediaConvertCreateJobCdkFactory,
                 io.github.sfntasks.conformance.cdk.internal.EventBridgeSchedulerCreateScheduleCdkFactory;
}
