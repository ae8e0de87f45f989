package io.github.sfntasks.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JSON the builder writes. Expected documents are written by hand from JSON Schema draft 2020-12
 * (https://json-schema.org/draft/2020-12/json-schema-core: {@code allOf}, {@code if}/{@code then}, {@code not},
 * {@code anyOf}; json-schema-validation: {@code required}, {@code pattern}).
 */
class JsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void aRuleIsAnAllOfMemberBesideTheDynamicPropertyAlternatives() throws Exception {
        JsonSchema s = JsonSchema.object()
                .required("queueUrl", JsonSchema.string())
                .required("body", JsonSchema.any().dynamic())
                .optional("groupId", JsonSchema.string().dynamic())
                .rule(JsonSchema.propertyMatches("queueUrl", "\\.fifo$"), JsonSchema.present("groupId"))
                .rule(JsonSchema.present("delay"), JsonSchema.absent("groupId"));
        JsonNode allOf = s.toJson().get("allOf");
        assertEquals(json("[{'oneOf':[{'required':['body']},{'required':['body.$']}]},"
                + "{'if':{'properties':{'queueUrl':{'type':'string','pattern':'\\\\.fifo$'}},'required':['queueUrl']},"
                + " 'then':{'anyOf':[{'required':['groupId']},{'required':['groupId.$']}]}},"
                + "{'if':{'anyOf':[{'required':['delay']},{'required':['delay.$']}]},"
                + " 'then':{'not':{'anyOf':[{'required':['groupId']},{'required':['groupId.$']}]}}}]"), allOf);
        assertEquals(json("['queueUrl']"), s.toJson().get("required"));
    }

    @Test
    void allOfCombinesSchemas() throws Exception {
        assertEquals(json("{'allOf':[{'required':['a']},{'not':{'anyOf':[{'required':['b']},{'required':['b.$']}]}}]}"),
                JsonSchema.allOf(JsonSchema.raw(
                        (com.fasterxml.jackson.databind.node.ObjectNode) json("{'required':['a']}")), JsonSchema.absent("b")).toJson());
    }
}
