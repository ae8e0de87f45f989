package io.github.sfntasks.provider.awssdk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.testing.ExpectedJson;
import io.github.sfntasks.testing.ValidationAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.CONTEXT;
import static io.github.sfntasks.testing.ExpectedJson.assertRenders;
import static io.github.sfntasks.testing.ExpectedJson.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallAwsServiceTest {

    private final CallAwsServiceProvider provider = new CallAwsServiceProvider();

    private static Map<String, Object> getObjectParameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("Bucket", "my-bucket");
        p.put("Key", JsonPath.stringAt("$.key"));
        return p;
    }

    private Task workflow(String stateName, String typeId, String properties) {
        return provider.create(TaskRequest.of(stateName, typeId, object(properties), null, null, null));
    }

    private static void assertInvalid(Executable build, ErrorCode code, String stateName, String property) {
        ValidationAssertions.assertInvalid(code, stateName, property, build);
    }

    // README (AWS SDK): "GetObject" -- service s3, action getObject, Bucket + Key path, iamResources bucket/*.

    @Test
    void readmeGetObjectWithTheBuilder() {
        CallAwsService task = CallAwsService.builder("GetObject")
                .service("s3")
                .action("getObject")
                .parameters(getObjectParameters())
                .iamResources("arn:aws:s3:::my-bucket/*")
                .build();
        assertRenders(task, CallAwsServiceTest.class, "/aws-sdk/get-object.state.json", "/aws-sdk/get-object.policy.json");
        assertEquals("aws-sdk:s3:getObject", task.typeId());
        assertEquals("s3:GetObject", task.iamAction());
    }

    @Test
    void readmeGetObjectFromAWorkflowFileWithServiceAndActionInTheTypeId() {
        Task task = workflow("GetObject", "aws-sdk:s3:getObject", """
                {"parameters": {"Bucket": "my-bucket", "Key.$": "$.key"},
                 "iamResources": ["arn:aws:s3:::my-bucket/*"]}""");
        assertRenders(task, CallAwsServiceTest.class, "/aws-sdk/get-object.state.json", "/aws-sdk/get-object.policy.json");
    }

    @Test
    void readmeGetObjectFromAWorkflowFileWithServiceAndActionAsProperties() {
        Task task = workflow("GetObject", "aws-sdk", """
                {"service": "s3", "action": "getObject",
                 "parameters": {"Bucket": "my-bucket", "Key.$": "$.key"},
                 "iamResources": ["arn:aws:s3:::my-bucket/*"]}""");
        assertRenders(task, CallAwsServiceTest.class, "/aws-sdk/get-object.state.json", "/aws-sdk/get-object.policy.json");
    }

    @Test
    void acceptsServiceAndActionGivenBothInTheTypeIdAndAsPropertiesWhenTheyAgree() {
        Task task = workflow("GetObject", "aws-sdk:s3:getObject", """
                {"service": "s3", "action": "getObject",
                 "parameters": {"Bucket": "my-bucket", "Key.$": "$.key"},
                 "iamResources": ["arn:aws:s3:::my-bucket/*"]}""");
        assertRenders(task, CallAwsServiceTest.class, "/aws-sdk/get-object.state.json", "/aws-sdk/get-object.policy.json");
    }

    // README (AWS SDK): "ListBuckets" -- iamResources ["*"] given explicitly, iamAction s3:ListAllMyBuckets.

    @Test
    void readmeListBucketsWithTheBuilder() {
        CallAwsService task = CallAwsService.builder("ListBuckets")
                .service("s3")
                .action("listBuckets")
                .iamResources("*")
                .iamAction("s3:ListAllMyBuckets")
                .build();
        assertRenders(task, CallAwsServiceTest.class, "/aws-sdk/list-buckets.state.json", "/aws-sdk/list-buckets.policy.json");
    }

    @Test
    void readmeListBucketsFromAWorkflowFile() {
        Task task = workflow("ListBuckets", "aws-sdk:s3:listBuckets", """
                {"iamResources": ["*"], "iamAction": "s3:ListAllMyBuckets"}""");
        assertRenders(task, CallAwsServiceTest.class, "/aws-sdk/list-buckets.state.json", "/aws-sdk/list-buckets.policy.json");
    }

    // CDK v2 README (AWS SDK): "DetectLabels" -- additionalIamStatements for the S3 object read.

    @Test
    void readmeDetectLabelsWithTheBuilder() {
        CallAwsService task = CallAwsService.builder("DetectLabels")
                .service("rekognition")
                .action("detectLabels")
                .iamResources("*")
                .additionalIamStatements(List.of(
                        PolicyStatement.allow("s3:getObject", "arn:aws:s3:::amzn-s3-demo-bucket/*")))
                .build();
        assertRenders(task, CallAwsServiceTest.class, "/aws-sdk/detect-labels.state.json", "/aws-sdk/detect-labels.policy.json");
    }

    @Test
    void readmeDetectLabelsFromAWorkflowFileWithStatementsInIamJson() {
        Task task = workflow("DetectLabels", "aws-sdk:rekognition:detectLabels", """
                {"iamResources": ["*"],
                 "additionalIamStatements": [
                   {"Action": ["s3:getObject"], "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"}]}""");
        assertRenders(task, CallAwsServiceTest.class, "/aws-sdk/detect-labels.state.json", "/aws-sdk/detect-labels.policy.json");
    }

    @Test
    void readsEffectAndConditionOfAdditionalStatements() {
        Task task = workflow("Encrypt", "aws-sdk:kms:encrypt", """
                {"parameters": {"KeyId": "alias/app", "Plaintext.$": "$.secret"},
                 "iamResources": ["arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"],
                 "additionalIamStatements": [
                   {"Effect": "Deny", "Action": "kms:Decrypt", "Resource": "*",
                    "Condition": {"StringEquals": {"kms:ViaService": ["s3.us-east-1.amazonaws.com"]}}}]}""");
        // Written by hand from the properties: the action on iamResources, then the statement as given.
        assertEquals(object("""
                {"s": [
                  {"Effect": "Allow", "Action": "kms:Encrypt",
                   "Resource": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"},
                  {"Effect": "Deny", "Action": "kms:Decrypt", "Resource": "*",
                   "Condition": {"StringEquals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}}]}""").get("s"),
                ExpectedJson.statements(task, CONTEXT));
    }

    @Test
    void rendersArgumentsInAJsonataState() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("Bucket", "my-bucket");
        parameters.put("Key", JsonataExpression.of("$states.input.key"));
        CallAwsService task = CallAwsService.builder("GetObject")
                .queryLanguage(QueryLanguage.JSONATA)
                .service("s3")
                .action("getObject")
                .parameters(parameters)
                .iamResources("arn:aws:s3:::my-bucket/*")
                .build();
        assertRenders(task, CallAwsServiceTest.class, "/aws-sdk/get-object-jsonata.state.json", "/aws-sdk/get-object.policy.json");
    }

    @Test
    void rendersArgumentsInAJsonataStateFromAWorkflowFile() {
        Task task = provider.create(TaskRequest.of("GetObject", "aws-sdk:s3:getObject", object("""
                {"parameters": {"Bucket": "my-bucket", "Key": "{% $states.input.key %}"},
                 "iamResources": ["arn:aws:s3:::my-bucket/*"]}"""), null, QueryLanguage.JSONATA,
                StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build()));
        assertRenders(task, CallAwsServiceTest.class, "/aws-sdk/get-object-jsonata.state.json", "/aws-sdk/get-object.policy.json");
    }

    @Test
    void rendersWaitForTaskTokenWithTheTokenInTheParameters() {
        Task task = new CallAwsServiceProvider().create(TaskRequest.of("Ask for approval", "aws-sdk:sqs:sendMessage",
                object("""
                        {"parameters": {
                           "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/my-queue",
                           "MessageBody": {"token.$": "$$.Task.Token", "input.$": "$.input"}},
                         "iamResources": ["arn:aws:sqs:us-east-1:123456789012:my-queue"]}"""),
                IntegrationPattern.WAIT_FOR_TASK_TOKEN, QueryLanguage.JSONPATH,
                StateOptions.builder().resultPath("$.callback").build()));
        assertRenders(task, CallAwsServiceTest.class, "/aws-sdk/send-message-callback.state.json", "/aws-sdk/send-message-callback.policy.json");
    }

    @Test
    void grantsTheIamPrefixWhereItDiffersFromTheServiceName() {
        // Prefixes from the CDK's table (call-aws-service.js) and the Service Authorization Reference.
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("sfn:startExecution", "states:StartExecution");
        expected.put("cloudwatchlogs:createLogStream", "logs:CreateLogStream");
        expected.put("efs:tagResource", "elasticfilesystem:TagResource");
        expected.put("elasticloadbalancingv2:describeTargetGroups", "elasticloadbalancing:DescribeTargetGroups");
        expected.put("mediapackagevod:listAssets", "mediapackage-vod:ListAssets");
        expected.put("mwaa:listEnvironments", "airflow:ListEnvironments");
        expected.put("bedrockagent:listAgents", "bedrock:ListAgents");
        expected.put("costexplorer:getCostAndUsage", "ce:GetCostAndUsage");
        expected.put("emr:listClusters", "elasticmapreduce:ListClusters");
        expected.put("sesv2:sendEmail", "ses:SendEmail");
        expected.put("dynamodb:getItem", "dynamodb:GetItem");
        expected.forEach((serviceAction, iamAction) -> {
            String[] sa = serviceAction.split(":");
            CallAwsService task = CallAwsService.builder("Call").service(sa[0]).action(sa[1]).iamResources("*").build();
            assertEquals(iamAction, task.iamAction(), serviceAction);
            assertEquals(iamAction, task.policyStatements(CONTEXT).get(0).actions().get(0), serviceAction);
        });
    }

    @Test
    void buildsTheResourceFromTheRenderContextPartition() {
        CallAwsService task = CallAwsService.builder("Call").service("sts").action("getCallerIdentity")
                .iamResources("*").build();
        assertEquals("arn:aws-cn:states:::aws-sdk:sts:getCallerIdentity",
                task.toState(io.github.sfntasks.api.RenderContext.of("aws-cn", "cn-north-1", "123456789012"))
                        .get("Resource").textValue());
    }

    @Test
    void toBuilderGivesAnEqualRendering() {
        CallAwsService task = CallAwsService.builder("GetObject").service("s3").action("getObject")
                .parameters(getObjectParameters()).iamResources("arn:aws:s3:::my-bucket/*").build();
        CallAwsService copy = task.toBuilder().build();
        assertEquals(task.toState(CONTEXT), copy.toState(CONTEXT));
        assertEquals(ExpectedJson.statements(task, CONTEXT), ExpectedJson.statements(copy, CONTEXT));
    }

    // ---- errors -----------------------------------------------------------------------------------

    @Test
    void rejectsRunJob() {
        assertInvalid(() -> CallAwsService.builder("Call").service("s3").action("getObject").iamResources("*")
                .integrationPattern(IntegrationPattern.RUN_JOB).build(),
                ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "Call", "integrationPattern");
    }

    @Test
    void rejectsWaitForTaskTokenWithoutTheToken() {
        assertInvalid(() -> CallAwsService.builder("Call").service("sqs").action("sendMessage")
                        .parameters(Map.of("QueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/q", "MessageBody", "hi"))
                        .iamResources("*").integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build(),
                ErrorCode.TASK_TOKEN_REQUIRED, "Call", "parameters");
    }

    @Test
    void rejectsAnActionThatIsNotCamelCase() {
        assertInvalid(() -> CallAwsService.builder("Call").service("s3").action("GetObject").iamResources("*").build(),
                ErrorCode.INVALID_PROPERTY, "Call", "action");
    }

    @Test
    void rejectsAServiceThatIsNotLowercase() {
        assertInvalid(() -> CallAwsService.builder("Call").service("S3").action("getObject").iamResources("*").build(),
                ErrorCode.INVALID_PROPERTY, "Call", "service");
    }

    @Test
    void rejectsAParameterNameThatIsNotPascalCase() {
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> CallAwsService.builder("Call").service("s3").action("getObject")
                        .parameters(Map.of("bucket", "my-bucket")).iamResources("*").build());
        assertEquals("parameters.bucket", e.property());
        assertTrue(e.detail().contains("\"Bucket\""), e.detail());
    }

    @Test
    void rejectsMissingIamResources() {
        assertInvalid(() -> CallAwsService.builder("Call").service("s3").action("getObject").build(),
                ErrorCode.MISSING_PROPERTY, "Call", "iamResources");
        assertInvalid(() -> workflow("Call", "aws-sdk:s3:getObject", "{}"),
                ErrorCode.MISSING_PROPERTY, "Call", "iamResources");
    }

    @Test
    void rejectsAnEmptyListOfIamResources() {
        assertInvalid(() -> workflow("Call", "aws-sdk:s3:getObject", "{\"iamResources\": []}"),
                ErrorCode.MISSING_PROPERTY, "Call", "iamResources");
    }

    @Test
    void rejectsABlankIamResource() {
        assertInvalid(() -> workflow("Call", "aws-sdk:s3:getObject", "{\"iamResources\": [\"arn:aws:s3:::b/*\", \" \"]}"),
                ErrorCode.INVALID_PROPERTY, "Call", "iamResources[1]");
    }

    @Test
    void rejectsAWildcardIamAction() {
        assertInvalid(() -> CallAwsService.builder("Call").service("s3").action("getObject").iamResources("*")
                .iamAction("s3:*").build(), ErrorCode.INVALID_PROPERTY, "Call", "iamAction");
        assertInvalid(() -> workflow("Call", "aws-sdk:s3:getObject", "{\"iamResources\": [\"*\"], \"iamAction\": \"*\"}"),
                ErrorCode.INVALID_PROPERTY, "Call", "iamAction");
    }

    @Test
    void rejectsAMalformedIamAction() {
        assertInvalid(() -> workflow("Call", "aws-sdk:s3:getObject", "{\"iamResources\": [\"*\"], \"iamAction\": \"GetObject\"}"),
                ErrorCode.INVALID_PROPERTY, "Call", "iamAction");
    }

    @Test
    void rejectsATypeIdAndPropertiesThatDisagree() {
        assertInvalid(() -> workflow("Call", "aws-sdk:s3:getObject", "{\"service\": \"sqs\", \"iamResources\": [\"*\"]}"),
                ErrorCode.CONFLICTING_PROPERTIES, "Call", "service");
        assertInvalid(() -> workflow("Call", "aws-sdk:s3:getObject", "{\"action\": \"putObject\", \"iamResources\": [\"*\"]}"),
                ErrorCode.CONFLICTING_PROPERTIES, "Call", "action");
    }

    @Test
    void rejectsATypeIdWithoutAnAction() {
        assertInvalid(() -> workflow("Call", "aws-sdk:s3", "{\"iamResources\": [\"*\"]}"),
                ErrorCode.INVALID_PROPERTY, "Call", "action");
    }

    @Test
    void rejectsAMissingServiceWhenTheTypeIdHasNone() {
        assertInvalid(() -> workflow("Call", "aws-sdk", "{\"action\": \"getObject\", \"iamResources\": [\"*\"]}"),
                ErrorCode.MISSING_PROPERTY, "Call", "service");
    }

    @Test
    void rejectsAnUnknownPropertyNamingTheClosestKnownOne() {
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> workflow("Call", "aws-sdk:s3:getObject", "{\"iamResource\": [\"*\"], \"iamResources\": [\"*\"]}"));
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, e.code());
        assertEquals("iamResource", e.property());
        assertTrue(e.detail().contains("iamResources"), e.detail());
    }

    @Test
    void rejectsAJsonataExpressionInAJsonPathState() {
        assertInvalid(() -> CallAwsService.builder("Call").service("s3").action("getObject")
                        .parameters(Map.of("Key", JsonataExpression.of("$states.input.key"))).iamResources("*").build(),
                ErrorCode.QUERY_LANGUAGE_MISMATCH, "Call", "parameters.Key");
    }

    @Test
    void rejectsAJsonPathInAJsonataState() {
        assertInvalid(() -> CallAwsService.builder("Call").queryLanguage(QueryLanguage.JSONATA)
                        .service("s3").action("getObject")
                        .parameters(Map.of("Key", JsonPath.stringAt("$.key"))).iamResources("*").build(),
                ErrorCode.QUERY_LANGUAGE_MISMATCH, "Call", "parameters.Key");
        assertInvalid(() -> provider.create(TaskRequest.of("Call", "aws-sdk:s3:getObject",
                        object("{\"parameters\": {\"Key.$\": \"$.key\"}, \"iamResources\": [\"*\"]}"),
                        null, QueryLanguage.JSONATA, null)),
                ErrorCode.QUERY_LANGUAGE_MISMATCH, "Call", "parameters.Key.$");
    }

    @Test
    void rejectsParametersThatAreNotAnObject() {
        assertInvalid(() -> workflow("Call", "aws-sdk:s3:getObject", "{\"parameters.$\": \"$.request\", \"iamResources\": [\"*\"]}"),
                ErrorCode.INVALID_PROPERTY, "Call", "parameters");
    }

    @Test
    void rejectsUnsupportedFieldsInAdditionalStatements() {
        assertInvalid(() -> workflow("Call", "aws-sdk:s3:getObject", """
                        {"iamResources": ["*"], "additionalIamStatements": [
                          {"Action": "s3:GetObject", "Resource": "*"},
                          {"Action": "s3:GetObject", "Resource": "*", "Principal": "*"}]}"""),
                ErrorCode.INVALID_PROPERTY, "Call", "additionalIamStatements[1].Principal");
        assertInvalid(() -> workflow("Call", "aws-sdk:s3:getObject", """
                        {"iamResources": ["*"], "additionalIamStatements": [{"Resource": "*"}]}"""),
                ErrorCode.MISSING_PROPERTY, "Call", "additionalIamStatements[0].Action");
        assertInvalid(() -> workflow("Call", "aws-sdk:s3:getObject", """
                        {"iamResources": ["*"], "additionalIamStatements": [{"Effect": "Permit", "Action": "a:B", "Resource": "*"}]}"""),
                ErrorCode.INVALID_PROPERTY, "Call", "additionalIamStatements[0].Effect");
    }

    @Test
    void rejectsAStateWithoutAName() {
        assertInvalid(() -> CallAwsService.builder("").service("s3").action("getObject").iamResources("*").build(),
                ErrorCode.INVALID_STATE_NAME, null, null);
    }

    @Test
    void theSchemaNamesEveryPropertyTheProviderReads() {
        ObjectNode schema = provider.propertiesSchema();
        for (String p : List.of("service", "action", "parameters", "iamResources", "iamAction", "additionalIamStatements")) {
            assertTrue(schema.get("properties").has(p), p);
        }
        assertEquals(CallAwsService.PATTERNS, provider.integrationPatterns());
        assertEquals("aws-sdk", provider.typeId());
        // under the bare type id the Properties must name the call; aws-sdk:<service>:<action> gives both instead
        assertTrue(schema.get("required").toString().contains("\"service\""), schema.get("required").toString());
        assertTrue(schema.get("required").toString().contains("\"action\""), schema.get("required").toString());
        assertEquals(List.of("service", "action"), provider.typeIdProperties());
        assertEquals(List.of("service", "action"), new CallAwsServiceCrossRegionProvider().typeIdProperties());
    }
}
