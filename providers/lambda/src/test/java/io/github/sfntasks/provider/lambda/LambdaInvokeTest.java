package io.github.sfntasks.provider.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LambdaInvokeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RenderContext CTX = RenderContext.of("aws", "us-east-1", "123456789012");
    private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:my-fn";

    private static ObjectNode props(String json) throws IOException {
        return (ObjectNode) JSON.readTree(json);
    }

    // Seed README: "Invoke with state input" (payload defaults to the state input)
    @Test
    void invokeWithStateInputMatchesTheCdk() throws IOException {
        LambdaInvoke task = LambdaInvoke.builder("Invoke with state input").lambdaFunction(FN).build();
        ExpectedJson.load(LambdaInvokeTest.class, "/lambda/cdk-invoke-default.json").assertRenders(task);
    }

    @Test
    void workflowFormGivesTheSameBytesAsTheBuilder() throws IOException {
        LambdaInvoke built = LambdaInvoke.builder("S").lambdaFunction(FN).build();
        Task read = new LambdaInvokeProvider().create(TaskRequest.of("S", props("{\"lambdaFunction\": \"" + FN + "\"}")));
        assertEquals(JSON.writeValueAsString(built.toState(CTX)), JSON.writeValueAsString(read.toState(CTX)));
        assertEquals(JSON.writeValueAsString(built.toState(CTX)), JSON.writeValueAsString(built.toState(CTX)));
    }

    // Seed README: "Invoke with callback"
    @Test
    void callbackPutsTheTokenInThePayloadAsTheCdkDoes() throws IOException {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("token", JsonPath.taskToken());
        payload.put("input", JsonPath.stringAt("$.input"));
        payload.put("literal", "x");
        LambdaInvoke task = LambdaInvoke.builder("Invoke with callback").lambdaFunction(FN)
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .payload(TaskInput.fromObject(payload)).build();
        ExpectedJson.load(LambdaInvokeTest.class, "/lambda/cdk-invoke-callback.json").assertRenders(task);
    }

    // Seed README: "Invoke and combine function response with task input" (payloadResponseOnly)
    @Test
    void payloadResponseOnlyUsesTheFunctionArnAsResource() throws IOException {
        LambdaInvoke task = LambdaInvoke.builder("S").lambdaFunction(FN).payloadResponseOnly(true).build();
        ExpectedJson.load(LambdaInvokeTest.class, "/lambda/cdk-invoke-payload-response-only.json").assertRenders(task);
    }

    // Seed README: "Invoke with empty object as payload" and "payload field in the state input"
    @Test
    void payloadFromObjectAndFromPath() {
        ObjectNode empty = LambdaInvoke.builder("S").lambdaFunction(FN).payload(TaskInput.fromObject(Map.of()))
                .build().toState(CTX);
        // {} is rendered as a plain member, not a path
        assertEquals(JsonNodeFactory.instance.objectNode(), empty.get("Parameters").get("Payload"));
        ObjectNode fromPath = LambdaInvoke.builder("S").lambdaFunction(FN)
                .payload(TaskInput.fromJsonPathAt("$.Payload")).build().toState(CTX);
        assertEquals("$.Payload", fromPath.get("Parameters").get("Payload.$").textValue());
    }

    // Seed README: output_path "$.Payload", result_path "$.fn", invocation_type EVENT
    @Test
    void commonOptionsAndInvocationTypeRender() {
        ObjectNode s = LambdaInvoke.builder("S").lambdaFunction(FN).outputPath("$.Payload")
                .invocationType(LambdaInvocationType.EVENT).qualifier("live").build().toState(CTX);
        assertEquals("$.Payload", s.get("OutputPath").textValue());
        // The Lambda Invoke API names: InvocationType "Event", Qualifier
        assertEquals("Event", s.get("Parameters").get("InvocationType").textValue());
        assertEquals("live", s.get("Parameters").get("Qualifier").textValue());
    }

    @Test
    void retrierCanBeTurnedOff() {
        ObjectNode s = LambdaInvoke.builder("S").lambdaFunction(FN).retryOnServiceExceptions(false).build().toState(CTX);
        assertFalse(s.has("Retry"));
    }

    @Test
    void nameIsTurnedIntoAnArnFromTheContextNotAHardCodedPartition() {
        RenderContext cn = RenderContext.of("aws-cn", "cn-north-1", "111122223333");
        LambdaInvoke task = LambdaInvoke.builder("S").lambdaFunction("my-fn").build();
        // FunctionName stays as given (the Invoke API accepts names); the grant needs the ARN
        assertEquals("my-fn", task.toState(cn).get("Parameters").get("FunctionName").textValue());
        assertEquals(List.of("arn:aws-cn:lambda:cn-north-1:111122223333:function:my-fn",
                "arn:aws-cn:lambda:cn-north-1:111122223333:function:my-fn:*"),
                task.policyStatements(cn).get(0).resources());
    }

    @Test
    void knownQualifierGrantsOnlyThatQualifiedArn() {
        // Lambda authorises an invocation of name:qualifier against the qualified ARN, so that ARN suffices.
        LambdaInvoke task = LambdaInvoke.builder("S").lambdaFunction(FN).qualifier("live").build();
        assertEquals(List.of(FN + ":live"), task.policyStatements(CTX).get(0).resources());
        LambdaInvoke qualified = LambdaInvoke.builder("S").lambdaFunction(FN + ":3").build();
        assertEquals(List.of(FN + ":3"), qualified.policyStatements(CTX).get(0).resources());
    }

    @Test
    void functionChosenAtRunTimeGetsTheNarrowestPattern() {
        LambdaInvoke task = LambdaInvoke.builder("S").lambdaFunction(JsonPath.stringAt("$.fn")).build();
        assertEquals("$.fn", task.toState(CTX).get("Parameters").get("FunctionName.$").textValue());
        assertEquals(List.of("arn:aws:lambda:us-east-1:123456789012:function:*"),
                task.policyStatements(CTX).get(0).resources());
    }

    @Test
    void jsonataStateRendersArgumentsWithTheStateInputAsDefaultPayload() {
        ObjectNode s = LambdaInvoke.builder("S").lambdaFunction(FN).queryLanguage(QueryLanguage.JSONATA).build().toState(CTX);
        // CDK v2 invoke.js: the JSONata default payload is "{% $states.input %}"
        assertEquals("{% $states.input %}", s.get("Arguments").get("Payload").textValue());
        assertEquals("JSONata", s.get("QueryLanguage").textValue());
        assertFalse(s.has("Parameters"));
    }

    @Test
    void rejectsCallbackWithoutTaskToken() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> LambdaInvoke.builder("Cb")
                .lambdaFunction(FN).integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .payload(TaskInput.fromObject(Map.of("x", 1))).build());
        assertEquals(ErrorCode.TASK_TOKEN_REQUIRED, e.code());
        assertEquals("Cb", e.stateName());
        assertEquals("payload", e.property());
    }

    @Test
    void rejectsPayloadResponseOnlyWithQualifier() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> LambdaInvoke.builder("S")
                .lambdaFunction(FN).payloadResponseOnly(true).qualifier("live").build());
        assertEquals(ErrorCode.CONFLICTING_PROPERTIES, e.code());
        assertEquals("payloadResponseOnly", e.property());
    }

    @Test
    void rejectsPayloadResponseOnlyWithExplicitPattern() {
        assertThrows(TaskValidationException.class, () -> LambdaInvoke.builder("S").lambdaFunction(FN)
                .payloadResponseOnly(true).integrationPattern(IntegrationPattern.REQUEST_RESPONSE).build());
    }

    @Test
    void rejectsRunJob() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> LambdaInvoke.builder("S")
                .lambdaFunction(FN).integrationPattern(IntegrationPattern.RUN_JOB).build());
        assertEquals(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, e.code());
    }

    @Test
    void rejectsMissingFunctionNamingStateAndProperty() throws IOException {
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> new LambdaInvokeProvider().create(TaskRequest.of("NoFn", props("{}"))));
        assertEquals("NoFn", e.stateName());
        assertEquals("lambdaFunction", e.property());
        assertEquals(ErrorCode.MISSING_PROPERTY, e.code());
    }

    @Test
    void rejectsTypoWithSuggestion() throws IOException {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> new LambdaInvokeProvider()
                .create(TaskRequest.of("S", props("{\"lambdaFunction\": \"f\", \"paylod\": {}}"))));
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, e.code());
        assertTrue(e.getMessage().contains("did you mean \"payload\""), e.getMessage());
    }

    @Test
    void rejectsJsonataExpressionInJsonPathState() throws IOException {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> new LambdaInvokeProvider()
                .create(TaskRequest.of("S", props("{\"lambdaFunction\": \"f\", \"payload\": \"{% $states.input %}\"}"))));
        assertEquals("payload", e.property());
    }

    @Test
    void rejectsPathInJsonataState() throws IOException {
        TaskRequest request = TaskRequest.of("S", null, props("{\"lambdaFunction\": \"f\", \"payload.$\": \"$.x\"}"),
                null, QueryLanguage.JSONATA, StateOptions.NONE);
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> new LambdaInvokeProvider().create(request));
        assertEquals(ErrorCode.QUERY_LANGUAGE_MISMATCH, e.code());
    }

    @Test
    void rejectsBadQualifierAndClientContext() {
        assertThrows(TaskValidationException.class, () -> LambdaInvoke.builder("S").lambdaFunction(FN).qualifier("a b").build());
        assertThrows(TaskValidationException.class, () -> LambdaInvoke.builder("S").lambdaFunction(FN).clientContext("not base64!").build());
        assertThrows(TaskValidationException.class, () -> LambdaInvoke.builder("S").lambdaFunction("has space").build());
    }

    @Test
    void toBuilderRoundTrips() {
        LambdaInvoke task = LambdaInvoke.builder("S").lambdaFunction(FN).qualifier("live").comment("c").build();
        assertEquals(task.toState(CTX), task.toBuilder().build().toState(CTX));
    }
}
