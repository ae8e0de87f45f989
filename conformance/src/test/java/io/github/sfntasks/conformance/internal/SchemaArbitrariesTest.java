package io.github.sfntasks.conformance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.conformance.generation.GenerationContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator produces valid values for the schema shapes providers write (JsonSchema's dynamic pairs,
 * {@code $ref}/{@code $defs} recursion as DynamoDB's attribute values, {@code if}/{@code then} as SQS's message
 * attributes), and leaves out what the language forbids.
 */
class SchemaArbitrariesTest {

    private static void allValid(ObjectNode schema, QueryLanguage language) {
        SchemaValidator v = new SchemaValidator(schema);
        List<ObjectNode> samples = new SchemaArbitraries(schema, new GenerationContext("test:x", language, null), List.of())
                .properties().sampleStream().limit(300).toList();
        for (ObjectNode s : samples) {
            List<String> problems = v.problems(s, language);
            assertTrue(problems.isEmpty(), () -> s + " " + problems);
        }
        assertTrue(samples.stream().map(Object::toString).distinct().count() > 50, "varied samples");
    }

    @Test
    void dynamicPairsAndRequiredVariants() {
        ObjectNode schema = JsonSchema.object()
                .required("queue", JsonSchema.string().pattern("^[a-z]{1,8}$").dynamic())
                .required("body", JsonSchema.any().dynamic())
                .optional("delay", JsonSchema.integer().minimum(0).maximum(900).dynamic())
                .optional("mode", JsonSchema.enumOf("A", "B"))
                .optional("tags", JsonSchema.array(JsonSchema.string().minLength(1)).maxItems(3))
                .toDocument("test");
        allValid(schema, QueryLanguage.JSONPATH);
        allValid(schema, QueryLanguage.JSONATA);
        SchemaArbitraries a = new SchemaArbitraries(schema, new GenerationContext("test:x", QueryLanguage.JSONPATH, null), List.of());
        assertTrue(a.properties().sampleStream().limit(300).anyMatch(o -> o.has("queue.$")), "sometimes queue.$");
        assertTrue(a.properties().sampleStream().limit(300).anyMatch(o -> o.has("queue")), "sometimes queue");
    }

    @Test
    void recursiveDefinitionsAndIfThen() {
        String json = """
                {"type": "object", "additionalProperties": false,
                 "properties": {
                   "item": {"$ref": "#/$defs/map"},
                   "attributes": {"type": "object", "maxProperties": 3,
                     "propertyNames": {"pattern": "^[A-Za-z]{1,10}$"},
                     "additionalProperties": {"type": "object", "additionalProperties": false,
                       "properties": {"value": {"anyOf": [{"type": "string", "minLength": 1}, {"type": "number"}]},
                                      "dataType": {"enum": ["String", "Number"]}},
                       "required": ["value", "dataType"],
                       "allOf": [{"if": {"properties": {"dataType": {"const": "Number"}}},
                                  "then": {"properties": {"value": {"type": "number"}}}}]}}},
                 "required": ["item"],
                 "$defs": {
                   "value": {"type": "object", "oneOf": [
                       {"required": ["S"], "properties": {"S": {"type": "string"}}, "additionalProperties": false},
                       {"required": ["M"], "properties": {"M": {"$ref": "#/$defs/map"}}, "additionalProperties": false}]},
                   "map": {"type": "object", "minProperties": 1, "additionalProperties": {"$ref": "#/$defs/value"}}}}
                """;
        allValid((ObjectNode) Json.read(json), QueryLanguage.JSONPATH);
    }

    @Test
    void freeFormValuesFollowTheLanguage() {
        ObjectNode schema = JsonSchema.object().required("payload", JsonSchema.freeObject()).toDocument("t");
        SchemaArbitraries jsonPath = new SchemaArbitraries(schema, new GenerationContext("t:x", QueryLanguage.JSONPATH, null), List.of());
        SchemaArbitraries jsonata = new SchemaArbitraries(schema, new GenerationContext("t:x", QueryLanguage.JSONATA, null), List.of());
        assertTrue(jsonPath.properties().sampleStream().limit(300).anyMatch(o -> o.toString().contains(".$\"")));
        assertTrue(jsonata.properties().sampleStream().limit(300).noneMatch(o -> o.toString().contains(".$\"")));
        assertTrue(jsonata.properties().sampleStream().limit(300).anyMatch(o -> o.toString().contains("{%")));
        JsonNode sample = jsonPath.properties().sample();
        assertTrue(SchemaValidator.languageProblems(sample, QueryLanguage.JSONPATH).isEmpty());
    }
}
