package io.github.sfntasks.provider.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both providers are registered twice, agreeing, and describe themselves consistently. */
class RegistrationTest {

    private static final Set<String> PROVIDERS = Set.of(
            CallApiGatewayRestApiEndpointProvider.class.getName(),
            CallApiGatewayHttpApiEndpointProvider.class.getName());

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(CallApiGatewayRestApiEndpointProvider.class, CallApiGatewayRestApiEndpointProvider.class,
                CallApiGatewayHttpApiEndpointProvider.class);
    }

    @Test
    void typeIdsPatternsAndDefaults() {
        TaskProvider rest = new CallApiGatewayRestApiEndpointProvider();
        TaskProvider http = new CallApiGatewayHttpApiEndpointProvider();
        assertEquals("apigateway:invokeRestApi", rest.typeId());
        assertEquals("apigateway:invokeHttpApi", http.typeId());
        for (TaskProvider p : List.of(rest, http)) {
            assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN),
                    p.integrationPatterns());
            assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern());
            assertThrows(UnsupportedOperationException.class, () -> p.integrationPatterns().add(IntegrationPattern.RUN_JOB));
        }
    }

    @Test
    void schemasNameTheRequiredPropertiesAndTheAllowedAuthTypes() {
        ObjectNode rest = new CallApiGatewayRestApiEndpointProvider().propertiesSchema();
        ObjectNode http = new CallApiGatewayHttpApiEndpointProvider().propertiesSchema();
        assertEquals("apigateway:invokeRestApi", rest.get("title").asText());
        assertEquals("[\"api\"]", rest.get("required").toString());
        assertEquals("[\"apiId\"]", http.get("required").toString());
        // method and stageName (REST) are required in either form: plain or ".$"
        assertEquals(2, rest.get("allOf").size());
        assertEquals(1, http.get("allOf").size());
        assertEquals("[\"NO_AUTH\",\"IAM_ROLE\",\"RESOURCE_POLICY\"]",
                rest.at("/properties/authType/enum").toString());
        assertEquals("[\"NO_AUTH\",\"IAM_ROLE\"]", http.at("/properties/authType/enum").toString());
        JsonNode headerValues = rest.at("/properties/headers/anyOf/0/additionalProperties/anyOf/0");
        assertEquals("array", headerValues.get("type").asText());
        // a fresh copy each time
        rest.put("title", "changed");
        assertEquals("apigateway:invokeRestApi",
                new CallApiGatewayRestApiEndpointProvider().propertiesSchema().get("title").asText());
    }

    @Test
    void schemaPatternForRefusedHeadersMatchesExactlyTheRefusedNames() {
        Pattern refused = Pattern.compile(EndpointSchema.forbiddenHeaderPattern());
        List<String> bad = new ArrayList<>(List.of("Host", "HOST", "host.$", "X-Amz-Date", "x-amzn-requestid",
                "X-Forwarded-Proto", "Www-Authenticate", "TE", "Content-md5"));
        for (String name : bad) {
            assertTrue(refused.matcher(name).matches(), name);
        }
        for (String name : List.of("Content-Type", "TaskToken", "Accept", "Hosts", "X-Api-Key", "x-am", "Tee")) {
            assertFalse(refused.matcher(name).matches(), name);
        }
        // The schema says the same with the pattern every header name must match (JSON Schema patterns search).
        Pattern allowed = Pattern.compile(new CallApiGatewayRestApiEndpointProvider().propertiesSchema()
                .at("/properties/headers/anyOf/0/propertyNames/pattern").asText());
        assertEquals(EndpointSchema.allowedHeaderPattern(), allowed.pattern());
        for (String name : bad) {
            assertFalse(allowed.matcher(name).find(), name);
        }
        for (String name : List.of("Content-Type", "TaskToken", "Accept", "Hosts", "X-Api-Key", "x-am", "Tee", "TaskToken.$")) {
            assertTrue(allowed.matcher(name).find(), name);
        }
    }

    @Test
    void dnsSuffixFollowsThePartition() {
        assertEquals("amazonaws.com", io.github.sfntasks.api.RenderContext.of("aws", "r", "1").urlSuffix());
        assertEquals("amazonaws.com.cn", io.github.sfntasks.api.RenderContext.of("aws-cn", "r", "1").urlSuffix());
        assertEquals("amazonaws.com", io.github.sfntasks.api.RenderContext.of("aws-us-gov", "r", "1").urlSuffix());
        assertEquals("${AWS::URLSuffix}", io.github.sfntasks.api.RenderContext.of("${AWS::Partition}", "r", "1").urlSuffix());
    }
}
