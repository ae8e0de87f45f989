package io.github.sfntasks.provider.apigateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.provider.apigateway.CallApiGatewayEndpointBase.Kind;

/** The JSON Schema of both providers' properties; they differ only as {@link Kind} says. */
final class EndpointSchema {

    private EndpointSchema() {
    }

    /**
     * @param kind REST or HTTP
     * @return the schema of the properties
     */
    static JsonSchema of(Kind kind) {
        JsonSchema s = JsonSchema.object()
                .required(kind.apiProperty, JsonSchema.resource(
                                JsonSchema.string().pattern("^" + CallApiGatewayEndpointBase.API_ID_REGEX + "$"),
                                io.github.sfntasks.api.iam.ResourceArn.of("execute-api", ""))
                        .description((kind == Kind.REST ? "The REST API's id" : "The HTTP API's id")
                                + "; a placeholder (${Api}, a CDK token) for an API deployed alongside"))
                .required("method", JsonSchema.enumOf(HttpMethod.values()).description("The HTTP method").dynamic());
        if (kind.stageRequired) {
            s.required("stageName", JsonSchema.anyOf(JsonSchema.string().pattern("^" + CallApiGatewayEndpointBase.STAGE_REGEX + "$"),
                            JsonSchema.string().pattern(io.github.sfntasks.api.Placeholders.RESOURCE_PATTERN))
                    .description("The stage the API is deployed to (placeholders allowed)").dynamic());
        } else {
            s.optional("stageName", JsonSchema.anyOf(
                            JsonSchema.string().pattern("^(\\$default|" + CallApiGatewayEndpointBase.STAGE_REGEX + ")$"),
                            JsonSchema.string().pattern(io.github.sfntasks.api.Placeholders.RESOURCE_PATTERN))
                    .description("The stage the API is deployed to; default: the $default stage (placeholders allowed)").dynamic());
        }
        return s.optional("apiPath", JsonSchema.string().minLength(1).description("Path after the stage, e.g. /bills/add").dynamic())
                .optional("headers", multiValueMap(true)
                        .description("Headers: an object whose values are arrays of strings").dynamic())
                .optional("queryParameters", multiValueMap(false)
                        .description("Query parameters: an object whose values are arrays of strings").dynamic())
                .optional("requestBody", JsonSchema.any().description("The request body: JSON or a string").dynamic())
                .optional("authType", (kind.resourcePolicy ? JsonSchema.enumOf(AuthType.values())
                        : JsonSchema.enumOf(AuthType.NO_AUTH, AuthType.IAM_ROLE)).description("Default NO_AUTH"))
                .optional("region", JsonSchema.string().pattern("^(" + CallApiGatewayEndpointBase.REGION_REGEX + ")$")
                        .description("The API's region; default: the render context's"));
    }

    /**
     * The shape API Gateway wants for headers and query parameters, so that generated values are valid ones:
     * an object of arrays of strings (or JSONata expressions giving one); some header names are refused.
     */
    private static JsonSchema multiValueMap(boolean headers) {
        JsonSchema map = JsonSchema.mapOf(JsonSchema.anyOf(JsonSchema.array(JsonSchema.string()),
                JsonSchema.string().pattern(JsonSchema.JSONATA_PATTERN)));
        if (headers) {
            map.propertyNames(allowedHeaderPattern());
        }
        // "key.$" members hold a path or intrinsic function giving the array at run time. JsonSchema has no
        // patternProperties (proposed API addition), so this one keyword is added by hand.
        ObjectNode json = map.toJson();
        json.putObject("patternProperties").putObject("\\.\\$$").put("type", "string");
        return JsonSchema.raw(json);
    }

    /**
     * The header names a schema accepts: those that {@link #forbiddenHeaderPattern()} does not match whole
     * (a negative lookahead, as {@code propertyNames} takes a pattern to match, not one to avoid).
     */
    static String allowedHeaderPattern() {
        return "^(?!" + forbiddenHeaderNames() + "$)";
    }

    /**
     * The refused header names as an ECMA-262 pattern, case-insensitive without flags ({@code [aA][uU]...});
     * the names hold only letters, digits and {@code -}, which need no escaping outside a class.
     */
    static String forbiddenHeaderPattern() {
        return "^" + forbiddenHeaderNames() + "$";
    }

    /** The refused header names, with or without {@code .$}, unanchored. */
    private static String forbiddenHeaderNames() {
        StringBuilder sb = new StringBuilder("(");
        boolean first = true;
        for (String prefix : CallApiGatewayEndpointBase.FORBIDDEN_HEADER_PREFIXES) {
            sb.append(first ? "" : "|").append(anyCase(prefix)).append(".*");
            first = false;
        }
        for (String name : CallApiGatewayEndpointBase.FORBIDDEN_HEADERS) {
            sb.append('|').append(anyCase(name));
        }
        return sb.append(")(\\.\\$)?").toString();
    }

    private static String anyCase(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isLetter(c)) {
                sb.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append(']');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
