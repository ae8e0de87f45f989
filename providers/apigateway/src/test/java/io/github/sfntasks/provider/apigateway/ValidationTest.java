package io.github.sfntasks.provider.apigateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every invalid input gives a TaskValidationException naming the state and the property. */
class ValidationTest {

    private static final String STATE = "Call API";
    private static final TaskProvider REST = new CallApiGatewayRestApiEndpointProvider();
    private static final TaskProvider HTTP = new CallApiGatewayHttpApiEndpointProvider();

    private static TaskValidationException fails(ErrorCode code, String property, Executable call) {
        TaskValidationException e = assertThrows(TaskValidationException.class, call);
        assertEquals(STATE, e.stateName(), e.getMessage());
        assertEquals(property, e.property(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    private static ObjectNode rest(String json) {
        try {
            ObjectNode n = ExpectedJson.object(json);
            if (!n.has("api")) {
                n.put("api", "a1b2c3d4e5");
            }
            if (!n.has("stageName") && !n.has("stageName.$")) {
                n.put("stageName", "prod");
            }
            if (!n.has("method") && !n.has("method.$")) {
                n.put("method", "GET");
            }
            return n;
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void restFails(ErrorCode code, String property, String json) {
        fails(code, property, () -> REST.create(TaskRequest.of(STATE, rest(json))));
    }

    private static CallApiGatewayRestApiEndpoint.Builder valid() {
        return CallApiGatewayRestApiEndpoint.builder(STATE).api("a1b2c3d4e5").stageName("prod").method(HttpMethod.GET);
    }

    // ---- required properties ----------------------------------------------------------------------

    @Test
    void rejectsRestApiWithoutApi() {
        ObjectNode props = rest("{}");
        props.remove("api");
        fails(ErrorCode.MISSING_PROPERTY, "api", () -> REST.create(TaskRequest.of(STATE, props)));
        fails(ErrorCode.MISSING_PROPERTY, "api", () -> CallApiGatewayRestApiEndpoint.builder(STATE)
                .stageName("prod").method(HttpMethod.GET).build());
    }

    @Test
    void rejectsHttpApiWithoutApiId() {
        fails(ErrorCode.MISSING_PROPERTY, "apiId",
                () -> HTTP.create(TaskRequest.of(STATE, ExpectedJson.object("{\"method\": \"GET\"}"))));
    }

    @Test
    void rejectsMissingMethod() {
        ObjectNode props = rest("{}");
        props.remove("method");
        fails(ErrorCode.MISSING_PROPERTY, "method", () -> REST.create(TaskRequest.of(STATE, props)));
    }

    @Test
    void rejectsRestApiWithoutStageName() {
        fails(ErrorCode.MISSING_PROPERTY, "stageName", () -> CallApiGatewayRestApiEndpoint.builder(STATE)
                .api("a1b2c3d4e5").method(HttpMethod.GET).build());
    }

    // ---- values -----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"A1B2C3", "abc-123", "abc.execute-api.us-east-1.amazonaws.com", ""})
    void rejectsApiIdThatIsNotLowercaseAlphanumeric(String id) {
        restFails(ErrorCode.INVALID_PROPERTY, "api", "{\"api\": \"" + id + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANY", "CONNECT", "TRACE", "G ET"})
    void rejectsMethodOutsideTheDocumentedEnum(String method) {
        restFails(ErrorCode.INVALID_PROPERTY, "method", "{\"method\": \"" + method + "\"}");
    }

    @Test
    void rejectsMethodThatIsNotAString() {
        restFails(ErrorCode.INVALID_PROPERTY, "method", "{\"method\": 3}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod/v1", "my stage", "$default", "stage.1"})
    void rejectsRestStageNameWithOtherCharacters(String stage) {
        restFails(ErrorCode.INVALID_PROPERTY, "stageName", "{\"stageName\": \"" + stage + "\"}");
    }

    @Test
    void rejectsStageNameLongerThan128Characters() {
        restFails(ErrorCode.INVALID_PROPERTY, "stageName", "{\"stageName\": \"" + "s".repeat(129) + "\"}");
        valid().stageName("s".repeat(128)).build();
    }

    @Test
    void acceptsDollarDefaultStageForHttpApisOnly() {
        CallApiGatewayHttpApiEndpoint.builder(STATE).apiId("z9y8x7w6v5").method(HttpMethod.GET).stageName("$default").build();
        fails(ErrorCode.INVALID_PROPERTY, "stageName", () -> valid().stageName("$default").build());
    }

    @Test
    void rejectsEmptyApiPath() {
        restFails(ErrorCode.INVALID_PROPERTY, "apiPath", "{\"apiPath\": \"\"}");
    }

    @Test
    void rejectsObjectAsApiPath() {
        restFails(ErrorCode.INVALID_PROPERTY, "apiPath", "{\"apiPath\": {\"a\": 1}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host", "authorization", "Content-MD5", "X-Amz-Date", "x-amzn-trace-id", "X-Forwarded-For",
            "Transfer-Encoding", "WWW-Authenticate", "te"})
    void rejectsHeadersStepFunctionsDoesNotPermit(String header) {
        restFails(ErrorCode.INVALID_PROPERTY, "headers." + header, "{\"headers\": {\"" + header + "\": [\"x\"]}}");
    }

    @Test
    void rejectsForbiddenHeaderEvenWhenItsValueIsAPath() {
        restFails(ErrorCode.INVALID_PROPERTY, "headers.Host", "{\"headers\": {\"Host.$\": \"$.host\"}}");
    }

    @Test
    void rejectsHeaderValueThatIsNotAnArray() {
        restFails(ErrorCode.INVALID_PROPERTY, "headers.Content-Type", "{\"headers\": {\"Content-Type\": \"application/json\"}}");
    }

    @Test
    void rejectsHeaderArrayItemThatIsNotAString() {
        restFails(ErrorCode.INVALID_PROPERTY, "headers.X-Count[1]", "{\"headers\": {\"X-Count\": [\"1\", 2]}}");
    }

    @Test
    void rejectsHeadersThatAreNotAnObject() {
        restFails(ErrorCode.INVALID_PROPERTY, "headers", "{\"headers\": [\"a\"]}");
        restFails(ErrorCode.INVALID_PROPERTY, "headers", "{\"headers\": \"Content-Type: text/plain\"}");
    }

    @Test
    void rejectsBareTaskTokenAsHeaderValue() {
        fails(ErrorCode.INVALID_PROPERTY, "headers.TaskToken", () -> valid()
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .headers(TaskInput.fromObject(Map.of("TaskToken", JsonPath.taskToken()))).build());
        fails(ErrorCode.INVALID_PROPERTY, "headers.TaskToken", () -> valid()
                .queryLanguage(QueryLanguage.JSONATA)
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .headers(TaskInput.fromObject(Map.of("TaskToken", "{% $states.context.Task.Token %}"))).build());
    }

    @Test
    void rejectsQueryParameterValueThatIsNotAnArray() {
        restFails(ErrorCode.INVALID_PROPERTY, "queryParameters.billId", "{\"queryParameters\": {\"billId\": 123456}}");
    }

    @Test
    void acceptsQueryParameterNamedLikeAForbiddenHeader() {
        REST.create(TaskRequest.of(STATE, rest("{\"queryParameters\": {\"host\": [\"a\"]}}")));
    }

    @Test
    void rejectsUnknownAuthType() {
        restFails(ErrorCode.INVALID_PROPERTY, "authType", "{\"authType\": \"IAM_AUTH\"}");
    }

    @Test
    void rejectsResourcePolicyForHttpApis() {
        fails(ErrorCode.INVALID_PROPERTY, "authType", () -> CallApiGatewayHttpApiEndpoint.builder(STATE)
                .apiId("z9y8x7w6v5").method(HttpMethod.GET).authType(AuthType.RESOURCE_POLICY).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"US-EAST-1", "useast1", "us-east", "us-east-1a"})
    void rejectsRegionThatIsNotARegionCode(String region) {
        restFails(ErrorCode.INVALID_PROPERTY, "region", "{\"region\": \"" + region + "\"}");
    }

    @Test
    void acceptsRegionPlaceholder() {
        valid().region("${AWS::Region}").build();
    }

    @Test
    void rejectsRegionGivenAsPath() {
        restFails(ErrorCode.INVALID_PROPERTY, "region.$", "{\"region.$\": \"$.region\"}");
    }

    // ---- patterns ---------------------------------------------------------------------------------

    @Test
    void rejectsWaitForTaskTokenWithoutTheToken() {
        fails(ErrorCode.TASK_TOKEN_REQUIRED, "headers", () -> valid()
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .headers(TaskInput.fromObject(Map.of("Accept", List.of("application/json")))).build());
        fails(ErrorCode.TASK_TOKEN_REQUIRED, "headers", () -> REST.create(TaskRequest.of(STATE, null, rest("{}"),
                IntegrationPattern.WAIT_FOR_TASK_TOKEN, null, null)));
    }

    @Test
    void acceptsTheTaskTokenInTheRequestBody() {
        valid().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .requestBody(TaskInput.fromObject(Map.of("token", JsonPath.taskToken()))).build();
    }

    @Test
    void rejectsRunJob() {
        fails(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "integrationPattern",
                () -> valid().integrationPattern(IntegrationPattern.RUN_JOB).build());
    }

    // ---- query languages --------------------------------------------------------------------------

    @Test
    void rejectsJsonataExpressionInJsonPathState() {
        fails(ErrorCode.QUERY_LANGUAGE_MISMATCH, "requestBody",
                () -> valid().requestBody(TaskInput.fromJsonata("$states.input.body")).build());
        fails(ErrorCode.QUERY_LANGUAGE_MISMATCH, "stageName",
                () -> valid().stageName(JsonataExpression.of("$states.input.stage")).build());
    }

    @Test
    void rejectsJsonPathInJsonataState() {
        fails(ErrorCode.QUERY_LANGUAGE_MISMATCH, "headers.Accept", () -> valid().queryLanguage(QueryLanguage.JSONATA)
                .headers(TaskInput.fromObject(Map.of("Accept", JsonPath.stringAt("$.accept")))).build());
        StateOptions jsonata = StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build();
        fails(ErrorCode.QUERY_LANGUAGE_MISMATCH, "method.$", () -> REST.create(TaskRequest.of(STATE, null,
                rest("{\"method.$\": \"$.method\"}"), null, QueryLanguage.JSONATA, jsonata)));
    }

    // ---- workflow form ----------------------------------------------------------------------------

    @Test
    void rejectsUnknownPropertyAndSuggestsTheClosest() {
        TaskValidationException e = fails(ErrorCode.UNKNOWN_PROPERTY, "stageNmae",
                () -> REST.create(TaskRequest.of(STATE, rest("{\"stageNmae\": \"prod\"}"))));
        assertTrue(e.getMessage().contains("\"stageName\""), e.getMessage());
    }

    @Test
    void rejectsApiIdPropertyOnTheRestProvider() {
        // The REST provider takes the CDK's name, "api"; "apiId" belongs to the HTTP provider.
        fails(ErrorCode.UNKNOWN_PROPERTY, "apiId",
                () -> REST.create(TaskRequest.of(STATE, rest("{\"apiId\": \"a1b2c3d4e5\"}"))));
    }

    @Test
    void rejectsBothPlainAndPathForm() {
        restFails(ErrorCode.CONFLICTING_PROPERTIES, "apiPath", "{\"apiPath\": \"/a\", \"apiPath.$\": \"$.path\"}");
    }

    @Test
    void rejectsInvalidPath() {
        restFails(ErrorCode.INVALID_PATH, "apiPath.$", "{\"apiPath.$\": \"not a path\"}");
    }
}
