package io.github.sfntasks.provider.apigateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.provider.apigateway.CallApiGatewayEndpointBase.Kind;

/** The JSON Schema of both providers' properties; they differ only as {@link Kind} says. */
final class EndpointSchema {

    private EndpointSchema() {
    }

    /**
     * @param typeId the provider type id (the title)
     * @param kind REST or HTTP
     * @return the schema document
     */
    static ObjectNode of(String typeId, Kind kind) {
        JsonSchema s = JsonSchema.object()
                .required(kind.apiProperty, JsonSchema.string().pattern("^" + CallApiGatewayEndpointBase.API_ID_REGEX + "$")
                        .description(kind == Kind.REST ? "The REST API's id" : "The HTTP API's id"))
                .required("method", JsonSchema.enumOf(HttpMethod.values()).description("The HTTP method").dynamic());
        JsonSchema stage = JsonSchema.string().dynamic();
        if (kind.stageRequired) {
            s.required("stageName", stage.pattern("^" + CallApiGatewayEndpointBase.STAGE_REGEX + "$")
                    .description("The stage the API is deployed to"));
        } else {
            s.optional("stageName", stage.pattern("^(\\$default|" + CallApiGatewayEndpointBase.STAGE_REGEX + ")$")
                    .description("The stage the API is deployed to; default: the $default stage"));
        }
        s.optional("apiPath", JsonSchema.string().minLength(1).description("Path after the stage, e.g. /bills/add").dynamic())
                .optional("headers", JsonSchema.freeObject()
                        .description("Headers: an object whose values are arrays of strings").dynamic())
                .optional("queryParameters", JsonSchema.freeObject()
                        .description("Query parameters: an object whose values are arrays of strings").dynamic())
                .optional("requestBody", JsonSchema.any().description("The request body: JSON or a string").dynamic())
                .optional("authType", (kind.resourcePolicy ? JsonSchema.enumOf(AuthType.values())
                        : JsonSchema.enumOf(AuthType.NO_AUTH, AuthType.IAM_ROLE)).description("Default NO_AUTH"))
                .optional("region", JsonSchema.string().pattern("^(" + CallApiGatewayEndpointBase.REGION_REGEX + ")$")
                        .description("The API's region; default: the render context's"));
        ObjectNode doc = s.toDocument(typeId);
        ObjectNode props = (ObjectNode) doc.get("properties");
        multiValueMap(props, "headers", true);
        multiValueMap(props, "queryParameters", false);
        return doc;
    }

    /**
     * JsonSchema has no "map of" builder (proposed API addition): give the object alternative of a dynamic
     * property the shape API Gateway wants, so that generated values are valid ones.
     */
    private static void multiValueMap(ObjectNode props, String name, boolean headers) {
        ObjectNode object = (ObjectNode) props.get(name).get("anyOf").get(0);
        // "key.$" members hold a path or intrinsic function giving the array at run time.
        object.putObject("patternProperties").putObject("\\.\\$$").put("type", "string");
        ArrayNode alternatives = object.putObject("additionalProperties").putArray("anyOf");
        alternatives.addObject().put("type", "array").putObject("items").put("type", "string");
        alternatives.addObject().put("type", "string").put("pattern", JsonSchema.JSONATA_PATTERN);
        if (headers) {
            object.putObject("propertyNames").putObject("not").put("pattern", forbiddenHeaderPattern());
        }
    }

    /**
     * The refused header names as an ECMA-262 pattern, case-insensitive without flags ({@code [aA][uU]...});
     * the names hold only letters, digits and {@code -}, which need no escaping outside a class.
     */
    static String forbiddenHeaderPattern() {
        StringBuilder sb = new StringBuilder("^(");
        boolean first = true;
        for (String prefix : CallApiGatewayEndpointBase.FORBIDDEN_HEADER_PREFIXES) {
            sb.append(first ? "" : "|").append(anyCase(prefix)).append(".*");
            first = false;
        }
        for (String name : CallApiGatewayEndpointBase.FORBIDDEN_HEADERS) {
            sb.append('|').append(anyCase(name));
        }
        return sb.append(")(\\.\\$)?$").toString();
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
