package io.github.sfntasks.provider.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ExpectedJson.render;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpInvokeTest {

    private static final String CONNECTION = "arn:aws:events:us-east-1:123456789012:connection/Connection/0c6b0f09-1a2b-4c3d-8e9f-0123456789ab";

    private final HttpInvokeProvider provider = new HttpInvokeProvider();

    private static HttpInvoke.Builder minimal() {
        return HttpInvoke.builder("Call").connection(CONNECTION).apiRoot("https://api.example.com").apiEndpoint("items").method("GET");
    }

    private Task fromWorkflow(String stateName, ObjectNode properties) {
        return provider.create(TaskRequest.of(stateName, properties));
    }

    private Task fromWorkflow(String properties) {
        return fromWorkflow("Call", object(properties));
    }

    /** CDK v2 README "Invoke HTTP API": POST with a formatted endpoint, body, headers, query, BRACKETS. */
    @Test
    void readmeExampleInvokesAnHttpApiThroughAConnection() {
        ExpectedJson expected = ExpectedJson.load(HttpInvokeTest.class, "/http/readme-invoke.json");
        Task typed = HttpInvoke.builder("Invoke HTTP API")
                .apiRoot("https://api.example.com")
                .apiEndpoint(IntrinsicFunction.format("resource/{}/details", JsonPath.stringAt("$.resourceId")))
                .body(TaskInput.fromObject(Map.of("foo", "bar")))
                .connection(CONNECTION)
                .headers(TaskInput.fromObject(Map.of("Content-Type", "application/json")))
                .method("POST")
                .queryStringParameters(TaskInput.fromObject(Map.of("id", "123")))
                .urlEncodingFormat("BRACKETS")
                .build();
        String a = expected.assertRenders(typed);
        String b = expected.assertRenders(fromWorkflow("Invoke HTTP API", expected.properties()));
        assertEquals(a, b);
    }

    /** AWS page "Call HTTPS APIs in Step Functions workflows": the Stripe definition and IAM example. */
    @Test
    void awsPageStripeExampleRendersThePagesStateAndPolicy() {
        ExpectedJson expected = ExpectedJson.load(HttpInvokeTest.class, "/http/aws-page-stripe-customers.json");
        Task typed = HttpInvoke.builder("Call HTTPS API").apiRoot("https://api.stripe.com").apiEndpoint("v1/customers")
                .connection("arn:aws:events:us-east-2:123456789012:connection/Stripe/81210c42-8af1-456b-9c4a-6ff02fc664ac")
                .method("GET").build();
        assertEquals(expected.assertRenders(typed), expected.assertRenders(fromWorkflow("Call HTTPS API", expected.properties())));
    }

    @Test
    void jsonataStateConcatenatesRootAndEndpointAndGrantsEveryMethodForARunTimeMethod() {
        ExpectedJson expected = ExpectedJson.load(HttpInvokeTest.class, "/http/jsonata-endpoint-dynamic-method.json");
        Task typed = HttpInvoke.builder("Call").queryLanguage(QueryLanguage.JSONATA)
                .apiRoot("https://api.example.com")
                .apiEndpoint(JsonataExpression.of("'orders/' & $states.input.orderId"))
                .connection("arn:aws:events:us-east-1:123456789012:connection/Orders/5f1c2d3e-0000-4000-8000-000000000001")
                .connectionSecretArn("arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/Orders/5f1c2d3e-AbCdEf")
                .method(JsonataExpression.of("$states.input.verb"))
                .urlEncodingFormat("DEFAULT")
                .build();
        expected.assertRenders(typed);
        Task read = provider.create(TaskRequest.of("Call", null, expected.properties(), null, QueryLanguage.JSONATA,
                StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build()));
        expected.assertRenders(read);
        List<TaskWarning> w = typed.warnings(ExpectedJson.CONTEXT);
        assertEquals(1, w.size(), w.toString());
        assertEquals(WarningCode.WIDENED_GRANT, w.get(0).code());
        assertEquals("method", w.get(0).property());
    }

    @Test
    void literalEndpointIsWrittenAsOneUrlAndPathEndpointAsStatesFormat() {
        JsonNode literal = render(minimal().build());
        assertEquals("https://api.example.com/items", literal.at("/state/Parameters/ApiEndpoint").textValue());
        JsonNode path = render(minimal().apiEndpoint(JsonPath.stringAt("$.path")).build());
        assertEquals("States.Format('{}/{}', 'https://api.example.com', $.path)",
                path.at("/state/Parameters/ApiEndpoint.$").textValue());
    }

    @Test
    void defaultPatternIsRequestResponseAndNoOtherIsTaken() {
        HttpInvoke t = minimal().build();
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, t.integrationPattern());
        assertEquals("arn:aws:states:::http:invoke", t.toState(ExpectedJson.CONTEXT).get("Resource").textValue());
        assertInvalid(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "Call", "integrationPattern",
                () -> minimal().integrationPattern(IntegrationPattern.RUN_JOB).build());
        assertInvalid(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "Call", "integrationPattern",
                () -> minimal().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
    }

    @Test
    void placeholdersInTheConnectionRenderUntouchedAndSitInTheGrants() {
        RenderContext cfn = RenderContext.cloudFormation();
        Map<String, String> connectionGrant = new LinkedHashMap<>();
        connectionGrant.put("${Connection}", "${Connection}");
        connectionGrant.put("${Connection.Arn}", "${Connection.Arn}");
        connectionGrant.put("${Token[TOKEN.12]}", "${Token[TOKEN.12]}");
        connectionGrant.put("orders-${Stage}", "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:connection/orders-${Stage}");
        connectionGrant.put("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:connection/orders-${Stage}/abc",
                "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:connection/orders-${Stage}/abc");
        connectionGrant.forEach((given, grant) -> {
            HttpInvoke t = minimal().connection(given).build();
            assertEquals(given, t.toState(cfn).at("/Parameters/Authentication/ConnectionArn").textValue());
            List<PolicyStatement> s = t.policyStatements(cfn);
            assertEquals(PolicyStatement.allow("events:RetrieveConnectionCredentials", grant), s.get(0), given);
        });
        // A connection ARN with a placeholder name gives that connection's secret.
        HttpInvoke staged = minimal().connection("arn:aws:events:us-east-1:123456789012:connection/orders-${Stage}/abc").build();
        assertEquals(List.of("arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/orders-${Stage}/*"),
                staged.policyStatements(ExpectedJson.CONTEXT).get(1).resources());
        // A whole placeholder does not say the connection's name: every connection secret, with a warning.
        HttpInvoke whole = minimal().connection("${Connection.Arn}").build();
        assertEquals(List.of("arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/*"),
                whole.policyStatements(ExpectedJson.CONTEXT).get(1).resources());
        assertEquals("connection", whole.warnings(ExpectedJson.CONTEXT).get(0).property());
        // ... unless the secret is given, in any placeholder form.
        for (String secret : List.of("${Secret}", "${Connection.SecretArn}", "${Token[TOKEN.31]}")) {
            HttpInvoke given = minimal().connection("${Connection.Arn}").connectionSecretArn(secret).build();
            assertEquals(List.of(secret), given.policyStatements(cfn).get(1).resources());
            assertEquals(List.of(), given.warnings(cfn));
        }
    }

    @Test
    void aConnectionChosenAtRunTimeIsGrantedAccountWideWithWarnings() {
        HttpInvoke t = minimal().connection(JsonPath.stringAt("$.connection")).build();
        assertEquals("$.connection", t.toState(ExpectedJson.CONTEXT).at("/Parameters/Authentication/ConnectionArn.$").textValue());
        List<PolicyStatement> s = t.policyStatements(ExpectedJson.CONTEXT);
        assertEquals(List.of("arn:aws:events:us-east-1:123456789012:connection/*"), s.get(0).resources());
        assertEquals(List.of("arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/*"), s.get(1).resources());
        assertEquals(2, t.warnings(ExpectedJson.CONTEXT).size());
    }

    @Test
    void aWildcardInTheConnectionOrTheApiRootIsRefused() {
        for (String c : List.of("arn:aws:events:us-east-1:123456789012:connection/*",
                "arn:aws:events:*:123456789012:connection/x/y", "arn:aws:events:us-east-1:12345678901?:connection/x/y", "*")) {
            assertInvalid("Call", "connection", () -> minimal().connection(c).build());
        }
        for (String root : List.of("https://*.example.com", "https://api.example.com/v?", "http://api.example.com", "api.example.com")) {
            assertInvalid("Call", "apiRoot", () -> minimal().apiRoot(root).build());
        }
        assertInvalid("Call", "connectionSecretArn", () -> minimal().connectionSecretArn("arn:aws:secretsmanager:us-east-1:*:secret:x").build());
    }

    @Test
    void aConnectionMustBeAnEventBridgeConnectionArn() {
        assertInvalid("Call", "connection", () -> minimal().connection("Stripe").build());
        assertInvalid("Call", "connection", () -> minimal().connection("arn:aws:sqs:us-east-1:123456789012:queue").build());
    }

    @Test
    void methodMustBeOneTheHttpTaskTakes() {
        assertInvalid("Call", "method", () -> minimal().method("TRACE").build());
        assertInvalid("Call", "method", () -> fromWorkflow("""
                {"connection": "%s", "apiRoot": "https://a.example.com", "apiEndpoint": "x", "method": "get"}
                """.formatted(CONNECTION)));
        for (String m : HttpInvoke.METHODS) {
            minimal().method(m).build();
        }
    }

    @Test
    void everyMissingRequiredPropertyIsNamedAtOnce() {
        var e = assertInvalid("Call", "apiRoot", () -> HttpInvoke.builder("Call").build());
        assertEquals(List.of("apiRoot", "apiEndpoint", "connection", "method"),
                e.problems().stream().map(p -> p.property()).toList());
    }

    @Test
    void apiRootMustBeStatic() {
        assertInvalid("Call", "apiRoot.$", () -> fromWorkflow("""
                {"connection": "%s", "apiRoot.$": "$.root", "apiEndpoint": "x", "method": "GET"}
                """.formatted(CONNECTION)));
    }

    @Test
    void urlEncodingNeedsHeadersItCanAddTheContentTypeTo() {
        assertInvalid(ErrorCode.CONFLICTING_PROPERTIES, "Call", "headers",
                () -> minimal().headers(TaskInput.fromJsonPathAt("$.headers")).urlEncodingFormat("COMMAS").build());
        // NONE: JSON body, headers as given, no Transform.
        JsonNode none = render(minimal().headers(TaskInput.fromJsonPathAt("$.headers")).urlEncodingFormat("NONE").build());
        assertEquals("$.headers", none.at("/state/Parameters/Headers.$").textValue());
        assertTrue(none.at("/state/Parameters/Transform").isMissingNode());
        JsonNode noHeaders = render(minimal().urlEncodingFormat("REPEAT").build());
        assertEquals("application/x-www-form-urlencoded", noHeaders.at("/state/Parameters/Headers/Content-Type").textValue());
        assertEquals("REPEAT", noHeaders.at("/state/Parameters/Transform/RequestEncodingOptions/ArrayFormat").textValue());
    }

    @Test
    void unknownPropertyIsReportedWithASuggestion() {
        var e = assertInvalid(ErrorCode.UNKNOWN_PROPERTY, "Call", "methd", () -> fromWorkflow("""
                {"connection": "%s", "apiRoot": "https://a.example.com", "apiEndpoint": "x", "methd": "GET"}
                """.formatted(CONNECTION)));
        assertTrue(e.getMessage().contains("\"method\""), e.getMessage());
    }

    @Test
    void toBuilderCopiesEverything() {
        HttpInvoke t = minimal().body(TaskInput.fromObject(Map.of("a", 1))).urlEncodingFormat("INDICES").comment("c").build();
        assertEquals(render(t), render(t.toBuilder().build()));
    }
}
