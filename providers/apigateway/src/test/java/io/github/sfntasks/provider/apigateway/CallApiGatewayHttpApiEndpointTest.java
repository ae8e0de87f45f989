package io.github.sfntasks.provider.apigateway;

import io.github.sfntasks.api.value.TaskInput;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** CallApiGatewayHttpApiEndpoint, built through the typed builder and through the workflow form. */
class CallApiGatewayHttpApiEndpointTest {

    private final CallApiGatewayHttpApiEndpointProvider provider = new CallApiGatewayHttpApiEndpointProvider();

    private void check(String caseName, CallApiGatewayHttpApiEndpoint typed) {
        Cases c = Cases.load(caseName);
        c.assertRenders(typed);
        c.assertRenders(c.fromWorkflow(provider));
    }

    /** Seed README, "Call HTTP API Endpoint": CallApiGatewayHttpApiEndpoint(api_id, api_stack, method=GET). */
    @Test
    void readmeCallHttpApiRendersWithoutStageAndNeedsNoGrant() {
        check("http-readme-call", CallApiGatewayHttpApiEndpoint.builder("Call HTTP API")
                .apiId("z9y8x7w6v5").method(HttpMethod.GET).build());
    }

    @Test
    void iamRoleGrantsTheNamedStageMethodAndPath() {
        check("http-iam-stage-path", CallApiGatewayHttpApiEndpoint.builder("Call HTTP API")
                .apiId("z9y8x7w6v5").method(HttpMethod.PATCH).stageName("live").apiPath("/orders/42")
                .authType(AuthType.IAM_ROLE).build());
    }

    @Test
    void withoutStageTheGrantNamesTheDefaultStageAndTheRoot() {
        check("http-iam-default-stage", CallApiGatewayHttpApiEndpoint.builder("Call HTTP API")
                .apiId("z9y8x7w6v5").method(HttpMethod.GET).authType(AuthType.IAM_ROLE).build());
    }

    /** Step Functions' own example calls "Path": "bills" without a leading slash. */
    @Test
    void pathWithoutLeadingSlashIsRenderedAsGivenAndGrantedUnderTheMethod() {
        check("http-path-without-slash", CallApiGatewayHttpApiEndpoint.builder("Get bills")
                .apiId("z9y8x7w6v5").method(HttpMethod.GET).stageName("prod").apiPath("bills")
                .queryParameters(TaskInput.fromObject(Map.of("billId", List.of("123456"))))
                .authType(AuthType.IAM_ROLE).build());
    }
}
