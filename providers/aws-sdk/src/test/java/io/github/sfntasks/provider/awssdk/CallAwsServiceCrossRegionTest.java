package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.testing.ExpectedJson;
import io.github.sfntasks.testing.ValidationAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.CONTEXT;
import static io.github.sfntasks.testing.ExpectedJson.assertRenders;
import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ExpectedJson.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallAwsServiceCrossRegionTest {

    private static final String HANDLER = "arn:aws:lambda:us-east-1:123456789012:function:cross-region-aws-sdk";

    private final CallAwsServiceCrossRegionProvider provider = new CallAwsServiceCrossRegionProvider();

    private static void assertInvalid(Executable build, ErrorCode code, String property) {
        ValidationAssertions.assertInvalid(code, "GetObject", property, build);
    }

    private Task workflow(String typeId, String properties) {
        return provider.create(TaskRequest.of("GetObject", typeId, object(properties), null, null, null));
    }

    private static CallAwsServiceCrossRegion.Builder getObject() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("Bucket", "my-bucket");
        parameters.put("Key", JsonPath.stringAt("$.key"));
        return CallAwsServiceCrossRegion.builder("GetObject")
                .functionArn(HANDLER)
                .region("ap-northeast-1")
                .service("s3")
                .action("getObject")
                .parameters(parameters)
                .iamResources("arn:aws:s3:::my-bucket/*");
    }

    // CDK v2 README (AWS SDK, "Cross-region AWS API call"): GetObject in ap-northeast-1.

    @Test
    void readmeCrossRegionGetObjectWithTheBuilder() {
        CallAwsServiceCrossRegion task = getObject().build();
        assertRenders(task, CallAwsServiceCrossRegionTest.class, "/aws-sdk/cross-region-get-object.state.json", "/aws-sdk/cross-region-get-object.policy.json");
        assertEquals(ExpectedJson.read(CallAwsServiceCrossRegionTest.class, "/aws-sdk/cross-region-get-object.handler-policy.json"), ExpectedJson.statements(task.handlerPolicyStatements()));
        assertEquals("aws-sdk:crossRegion:s3:getObject", task.typeId());
    }

    @Test
    void readmeCrossRegionGetObjectFromAWorkflowFile() {
        CallAwsServiceCrossRegion task = (CallAwsServiceCrossRegion) workflow("aws-sdk:crossRegion:s3:getObject", """
                {"functionArn": "%s", "region": "ap-northeast-1",
                 "parameters": {"Bucket": "my-bucket", "Key.$": "$.key"},
                 "iamResources": ["arn:aws:s3:::my-bucket/*"]}""".formatted(HANDLER));
        assertRenders(task, CallAwsServiceCrossRegionTest.class, "/aws-sdk/cross-region-get-object.state.json", "/aws-sdk/cross-region-get-object.policy.json");
        assertEquals(ExpectedJson.read(CallAwsServiceCrossRegionTest.class, "/aws-sdk/cross-region-get-object.handler-policy.json"), ExpectedJson.statements(task.handlerPolicyStatements()));
    }

    @Test
    void readmeCrossRegionGetObjectWithServiceAndActionAsProperties() {
        Task task = workflow("aws-sdk:crossRegion", """
                {"functionArn": "%s", "region": "ap-northeast-1", "service": "s3", "action": "getObject",
                 "parameters": {"Bucket": "my-bucket", "Key.$": "$.key"},
                 "iamResources": ["arn:aws:s3:::my-bucket/*"]}""".formatted(HANDLER));
        assertRenders(task, CallAwsServiceCrossRegionTest.class, "/aws-sdk/cross-region-get-object.state.json", "/aws-sdk/cross-region-get-object.policy.json");
    }

    @Test
    void rendersWaitForTaskTokenThroughLambdaInvokeWithTheEventAsPayload() {
        Task task = provider.create(TaskRequest.of("GetObject", "aws-sdk:crossRegion:sqs:sendMessage", object("""
                {"functionArn": "%s", "region": "eu-west-1", "endpoint": "https://sqs.eu-west-1.amazonaws.com",
                 "parameters": {"QueueUrl": "https://sqs.eu-west-1.amazonaws.com/123456789012/approvals",
                                "MessageBody": {"token.$": "$$.Task.Token"}},
                 "iamResources": ["arn:aws:sqs:eu-west-1:123456789012:approvals"],
                 "retryOnServiceExceptions": false}""".formatted(HANDLER)),
                IntegrationPattern.WAIT_FOR_TASK_TOKEN, null, null));
        assertRenders(task, CallAwsServiceCrossRegionTest.class, "/aws-sdk/cross-region-callback.state.json", "/aws-sdk/cross-region-get-object.policy.json");
    }

    @Test
    void rendersArgumentsInAJsonataState() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("Bucket", "my-bucket");
        parameters.put("Key", JsonataExpression.of("$states.input.key"));
        CallAwsServiceCrossRegion task = getObject()
                .queryLanguage(QueryLanguage.JSONATA)
                .region(JsonataExpression.of("$states.input.region"))
                .parameters(parameters)
                .build();
        assertRenders(task, CallAwsServiceCrossRegionTest.class, "/aws-sdk/cross-region-jsonata.state.json", "/aws-sdk/cross-region-get-object.policy.json");
    }

    @Test
    void handlerStatementsUseTheIamPrefixOfTheV3ClientName() {
        CallAwsServiceCrossRegion task = getObject().service("cloudwatch-logs").action("putLogEvents")
                .parameters(Map.of()).iamResources("*").build();
        // CDK call-aws-service-cross-region.js maps cloudwatch-logs to logs.
        assertEquals("logs:PutLogEvents", task.iamAction());
        assertEquals("states:StartExecution",
                getObject().service("sfn").action("startExecution").iamResources("*").build().iamAction());
        assertEquals("elasticloadbalancing:DescribeTargetGroups",
                getObject().service("elastic-load-balancing-v2").action("describeTargetGroups").iamResources("*").build()
                        .iamAction());
    }

    @Test
    void grantsOnlyTheQualifiedFunctionWhenAnAliasIsGiven() {
        CallAwsServiceCrossRegion task = getObject().functionArn(HANDLER + ":live").build();
        assertEquals(object("{\"s\": [{\"Effect\": \"Allow\", \"Action\": \"lambda:InvokeFunction\", \"Resource\": \""
                + HANDLER + ":live\"}]}").get("s"), ExpectedJson.statements(task, CONTEXT));
    }

    @Test
    void makesAnArnOfAFunctionNameInTheRenderContext() {
        CallAwsServiceCrossRegion task = getObject().functionArn("cross-region-aws-sdk").build();
        assertEquals(HANDLER, task.toState(CONTEXT).get("Resource").textValue());
    }

    @Test
    void shipsTheHandlerSource() {
        String source = CallAwsServiceCrossRegion.handlerSource();
        assertTrue(source.contains("exports.handler"), "handler entry point");
        assertTrue(source.contains("@aws-sdk/client-"), "loads the v3 client");
    }

    // ---- errors -----------------------------------------------------------------------------------

    @Test
    void rejectsRunJob() {
        assertInvalid(() -> getObject().integrationPattern(IntegrationPattern.RUN_JOB).build(),
                ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "integrationPattern");
    }

    @Test
    void rejectsWaitForTaskTokenWithoutTheToken() {
        assertInvalid(() -> getObject().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build(),
                ErrorCode.TASK_TOKEN_REQUIRED, "parameters");
    }

    @Test
    void rejectsAMissingRegion() {
        assertInvalid(() -> getObject().region((String) null).build(), ErrorCode.MISSING_PROPERTY, "region");
    }

    @Test
    void rejectsAMalformedRegion() {
        assertInvalid(() -> getObject().region("Tokyo").build(), ErrorCode.INVALID_PROPERTY, "region");
    }

    @Test
    void rejectsAnEndpointThatIsNotAUrl() {
        assertInvalid(() -> getObject().endpoint("s3.amazonaws.com").build(), ErrorCode.INVALID_PROPERTY, "endpoint");
    }

    @Test
    void rejectsAMissingFunction() {
        assertInvalid(() -> workflow("aws-sdk:crossRegion:s3:getObject", """
                {"region": "ap-northeast-1", "iamResources": ["*"]}"""), ErrorCode.MISSING_PROPERTY, "functionArn");
    }

    @Test
    void rejectsAMalformedFunction() {
        assertInvalid(() -> getObject().functionArn("arn:aws:s3:::my-bucket").build(), ErrorCode.INVALID_PROPERTY, "functionArn");
    }

    @Test
    void rejectsAServiceThatIsNotAV3ClientName() {
        assertInvalid(() -> getObject().service("CloudWatchLogs").build(), ErrorCode.INVALID_PROPERTY, "service");
    }

    @Test
    void rejectsAnActionThatIsNotCamelCase() {
        assertInvalid(() -> getObject().action("GetObject").build(), ErrorCode.INVALID_PROPERTY, "action");
    }

    @Test
    void rejectsMissingIamResources() {
        assertInvalid(() -> getObject().iamResources((java.util.List<String>) null).build(),
                ErrorCode.MISSING_PROPERTY, "iamResources");
    }

    @Test
    void rejectsAWildcardIamAction() {
        assertInvalid(() -> getObject().iamAction("s3:Get*").build(), ErrorCode.INVALID_PROPERTY, "iamAction");
    }

    @Test
    void rejectsAJsonataRegionInAJsonPathState() {
        assertInvalid(() -> getObject().region(JsonataExpression.of("$states.input.region")).build(),
                ErrorCode.QUERY_LANGUAGE_MISMATCH, "region");
    }

    @Test
    void rejectsATypeIdAndPropertiesThatDisagree() {
        assertInvalid(() -> workflow("aws-sdk:crossRegion:s3:getObject", """
                {"functionArn": "%s", "region": "ap-northeast-1", "action": "putObject",
                 "iamResources": ["*"]}""".formatted(HANDLER)), ErrorCode.CONFLICTING_PROPERTIES, "action");
    }

    @Test
    void rejectsAnUnknownProperty() {
        assertInvalid(() -> workflow("aws-sdk:crossRegion:s3:getObject", """
                {"functionArn": "%s", "region": "ap-northeast-1", "regoin": "x", "iamResources": ["*"]}"""
                .formatted(HANDLER)), ErrorCode.UNKNOWN_PROPERTY, "regoin");
    }
}
