package io.github.sfntasks.provider.apigateway;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** CallApiGatewayRestApiEndpoint, built through the typed builder and through the workflow form. */
class CallApiGatewayRestApiEndpointTest {

    private final CallApiGatewayRestApiEndpointProvider provider = new CallApiGatewayRestApiEndpointProvider();

    private void check(String caseName, CallApiGatewayRestApiEndpoint typed) {
        Cases c = Cases.load(caseName);
        c.assertRenders(typed);
        c.assertRenders(c.fromWorkflow(provider));
    }

    /** Seed README, "Call REST API Endpoint": CallApiGatewayRestApiEndpoint(api, stage_name="prod", method=GET). */
    @Test
    void readmeCallRestApiRendersAndNeedsNoGrantWithoutAuth() {
        check("rest-readme-call", CallApiGatewayRestApiEndpoint.builder("Call REST API")
                .api("a1b2c3d4e5").stageName("prod").method(HttpMethod.GET).build());
    }

    /** Seed README, "Endpoint": PUT, WAIT_FOR_TASK_TOKEN, headers {"TaskToken": JsonPath.array(JsonPath.task_token)}. */
    @Test
    void readmeEndpointPassesTaskTokenAsHeaderArray() {
        check("rest-readme-wait", CallApiGatewayRestApiEndpoint.builder("Endpoint")
                .api("a1b2c3d4e5").stageName("Stage").method(HttpMethod.PUT)
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .headers(TaskInput.fromObject(Map.of("TaskToken", IntrinsicFunction.array(JsonPath.taskToken()))))
                .build());
    }

    /** CDK v2 README, "Call REST API" with region: 'us-west-2'. */
    @Test
    void v2ReadmeRegionOverrideChangesTheEndpoint() {
        check("rest-v2-region", CallApiGatewayRestApiEndpoint.builder("Call REST API")
                .api("a1b2c3d4e5").stageName("prod").method(HttpMethod.GET).region("us-west-2").build());
    }

    @Test
    void regionOverrideNamesTheApisRegionInTheGrant() {
        check("rest-region-iam", CallApiGatewayRestApiEndpoint.builder("Call REST API")
                .api("a1b2c3d4e5").stageName("prod").method(HttpMethod.GET).region("us-west-2")
                .authType(AuthType.IAM_ROLE).build());
    }

    @Test
    void iamRoleGrantsInvokeOnTheExactStageMethodAndPath() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("billId", JsonPath.stringAt("$.billId"));
        body.put("amount", 12);
        check("rest-iam-full", CallApiGatewayRestApiEndpoint.builder("Add bill")
                .api("a1b2c3d4e5").stageName("prod").method(HttpMethod.POST).apiPath("/bills/add")
                .headers(TaskInput.fromObject(Map.of("Content-Type", List.of("application/json"))))
                .queryParameters(TaskInput.fromObject(Map.of("billId", List.of("123456"))))
                .requestBody(TaskInput.fromObject(body))
                .authType(AuthType.IAM_ROLE).build());
    }

    @Test
    void resourcePolicyNeedsNoGrantOnTheRole() {
        check("rest-resource-policy", CallApiGatewayRestApiEndpoint.builder("Call REST API")
                .api("a1b2c3d4e5").stageName("prod").method(HttpMethod.DELETE).apiPath("/bills/1")
                .authType(AuthType.RESOURCE_POLICY).build());
    }

    @Test
    void jsonataStateRendersArgumentsWithTokenInHeadersAndBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", "{% $states.context.Task.Token %}");
        body.put("order", "{% $states.input.order %}");
        check("rest-jsonata-wait", CallApiGatewayRestApiEndpoint.builder("Endpoint")
                .queryLanguage(QueryLanguage.JSONATA)
                .api("a1b2c3d4e5").stageName("prod").method(HttpMethod.POST).apiPath("/callbacks")
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .headers(TaskInput.fromObject(Map.of("TaskToken", "{% [$states.context.Task.Token] %}")))
                .requestBody(TaskInput.fromObject(body))
                .authType(AuthType.IAM_ROLE).build());
    }

    @Test
    void partsChosenAtRunTimeAreWildcardsInTheGrant() {
        check("rest-dynamic", CallApiGatewayRestApiEndpoint.builder("Call chosen endpoint")
                .api("a1b2c3d4e5").stageName(JsonPath.stringAt("$.stage")).method(JsonPath.stringAt("$.method"))
                .apiPath(JsonPath.stringAt("$.path")).headers(TaskInput.fromJsonPathAt("$.headers"))
                .requestBody(TaskInput.fromJsonPathAt("$.body")).authType(AuthType.IAM_ROLE).build());
    }

    @Test
    void cloudFormationPlaceholdersGiveTheUrlSuffixPseudoParameter() {
        check("rest-cloudformation-placeholders", CallApiGatewayRestApiEndpoint.builder("Call REST API")
                .api("a1b2c3d4e5").stageName("prod").method(HttpMethod.GET).authType(AuthType.IAM_ROLE).build());
    }

    @Test
    void chinaPartitionUsesItsOwnDnsSuffix() {
        check("rest-aws-cn", CallApiGatewayRestApiEndpoint.builder("Call REST API")
                .api("a1b2c3d4e5").stageName("prod").method(HttpMethod.GET).authType(AuthType.IAM_ROLE).build());
    }

    @Test
    void toBuilderGivesAnEqualTaskThatCanBeChanged() {
        Cases c = Cases.load("rest-iam-full");
        CallApiGatewayRestApiEndpoint task = (CallApiGatewayRestApiEndpoint) c.fromWorkflow(provider);
        CallApiGatewayRestApiEndpoint copy = task.toBuilder().build();
        c.assertRenders(copy);
        CallApiGatewayRestApiEndpoint changed = task.toBuilder().authType(AuthType.NO_AUTH).build();
        assertEquals(List.of(), changed.policyStatements(ExpectedJson.CONTEXT));
        assertEquals(AuthType.IAM_ROLE, task.authType());
        assertEquals("a1b2c3d4e5", copy.api());
    }

    @Test
    void authTypeDefaultsToNoAuthAndRegionToTheContexts() {
        CallApiGatewayRestApiEndpoint task = CallApiGatewayRestApiEndpoint.builder("s")
                .api("a1b2c3d4e5").stageName("prod").method(HttpMethod.GET).build();
        assertEquals(AuthType.NO_AUTH, task.authType());
        assertNull(task.region());
        assertEquals("a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com",
                task.apiEndpoint(io.github.sfntasks.api.RenderContext.of("aws", "eu-west-1", "111122223333")));
    }

    @Test
    void methodIsReadCaseInsensitivelyAndRenderedUppercase() {
        Cases c = Cases.load("rest-readme-call");
        com.fasterxml.jackson.databind.node.ObjectNode props = c.request().properties().deepCopy();
        props.put("method", "get");
        io.github.sfntasks.api.spi.Task task = provider.create(io.github.sfntasks.api.spi.TaskRequest.of("Call REST API", props));
        c.assertRenders(task);
    }
}
