package io.github.sfntasks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static io.github.sfntasks.cli.Invocation.example;
import static io.github.sfntasks.cli.Invocation.sfnTasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code schema}: a draft 2020-12 schema, checked with an independent validator (networknt): it must
 * accept the shipped examples and plain ASL, and reject what the reader rejects for the same reason
 * (a misspelt property, a provider nobody has, a Task with both forms).
 */
class SchemaCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode schemaJson;
    private static Schema schema;

    @BeforeAll
    static void load() throws IOException {
        Invocation run = sfnTasks("schema");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        schemaJson = JSON.readTree(run.out());
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(run.out(), InputFormat.JSON);
    }

    private static List<Error> errors(JsonNode workflow) {
        return schema.validate(workflow);
    }

    private static ObjectNode order() throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(example("order.json")));
    }

    @Test
    void isADraft202012DocumentNamingItsProviders() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schemaJson.get("$schema").textValue());
        assertTrue(schemaJson.get("description").textValue().contains("lambda:invoke"));
        assertTrue(schemaJson.get("$defs").has("provider.lambda:invoke"));
        JsonNode lambdaProps = schemaJson.get("$defs").get("provider.lambda:invoke").get("properties");
        assertTrue(lambdaProps.has("lambdaFunction"), "the provider's own schema");
        assertTrue(lambdaProps.has("integrationPattern"), "added: the reader takes it from Properties");
        assertFalse(schemaJson.get("$defs").get("provider.lambda:invoke").has("$schema"),
                "only a schema resource's root names the dialect");
    }

    /*
     * Editors key a schema by its $id (JSON Schema 2020-12, 8.2.1) and find it for a JSON file through
     * the file's own "$schema" member, which the schema must therefore allow (its root has
     * additionalProperties: false).
     */
    @Test
    void hasAStableIdAndAllowsASchemaMemberThatIsAString() throws IOException {
        assertEquals(io.github.sfntasks.core.workflow.WorkflowSchema.ID, schemaJson.get("$id").textValue());
        ObjectNode wf = order();
        wf.put("$schema", "./workflow.schema.json");
        assertEquals(List.of(), errors(wf));
        wf.put("$schema", 42);
        assertFalse(errors(wf).isEmpty(), "a number is no schema reference");
    }

    @Test
    void acceptsEveryExample() throws IOException {
        List<java.nio.file.Path> files;
        try (java.util.stream.Stream<java.nio.file.Path> all = Files.list(example("order.json").getParent())) {
            files = all.filter(f -> f.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
        }
        assertTrue(files.size() >= 10, files.toString());
        for (java.nio.file.Path f : files) {
            JsonNode wf = f.toString().endsWith(".json") ? JSON.readTree(Files.readString(f))
                    : new YAMLMapper().readTree(Files.readString(f));
            assertEquals(List.of(), errors(wf), f.toString());
        }
    }

    @Test
    void acceptsPlainAsl() throws IOException {
        JsonNode plain = JSON.readTree(SchemaCommandTest.class.getResourceAsStream("/workflows/plain-asl.json"));
        assertEquals(List.of(), errors(plain));
    }

    @Test
    void rejectsAMisspeltProviderProperty() throws IOException {
        ObjectNode wf = order();
        ObjectNode props = wf.withObjectProperty("States").withObjectProperty("Validate order").withObjectProperty("Properties");
        props.set("paylod", props.remove("payload.$"));
        List<Error> errors = errors(wf);
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("paylod"), errors.toString());
    }

    @Test
    void rejectsAnUnknownProviderAndAPatternTheProviderLacks() throws IOException {
        ObjectNode wf = order();
        wf.withObjectProperty("States").withObjectProperty("Validate order").put("Provider", "nosuch:thing");
        assertFalse(errors(wf).isEmpty());
        ObjectNode sync = order();
        // LambdaInvoke has no .sync (RUN_JOB) pattern
        sync.withObjectProperty("States").withObjectProperty("Validate order").withObjectProperty("Properties").put("integrationPattern", "RUN_JOB");
        assertFalse(errors(sync).isEmpty());
    }

    @Test
    void takesWhatALongerTypeIdGivesOutOfTheRequiredProperties() throws IOException {
        // aws-sdk names service and action as typeIdProperties: required under "aws-sdk", given by "aws-sdk:s3:getObject"
        ObjectNode wf = (ObjectNode) JSON.readTree("""
                {"StartAt": "Get", "States": {"Get": {"Type": "Task", "Provider": "aws-sdk:s3:getObject",
                 "Properties": {"parameters": {"Bucket": "b", "Key": "k"}, "iamResources": ["arn:aws:s3:::b/*"]}, "End": true}}}""");
        assertEquals(List.of(), errors(wf));
        ObjectNode bare = wf.deepCopy();
        bare.withObjectProperty("States").withObjectProperty("Get").put("Provider", "aws-sdk");
        List<Error> errors = errors(bare);
        assertTrue(errors.toString().contains("service") && errors.toString().contains("action"), errors.toString());
        ObjectNode named = bare.deepCopy();
        named.withObjectProperty("States").withObjectProperty("Get").withObjectProperty("Properties").put("service", "s3").put("action", "getObject");
        assertEquals(List.of(), errors(named));
    }

    @Test
    void rejectsATaskWithBothResourceAndProvider() throws IOException {
        ObjectNode wf = order();
        wf.withObjectProperty("States").withObjectProperty("Validate order").put("Resource", "arn:aws:states:::lambda:invoke");
        assertFalse(errors(wf).isEmpty());
    }

    @Test
    void rejectsAStateOfNoType() throws IOException {
        ObjectNode wf = order();
        wf.withObjectProperty("States").withObjectProperty("Wait for the warehouse").put("Type", "Sleep");
        assertFalse(errors(wf).isEmpty());
    }
}
