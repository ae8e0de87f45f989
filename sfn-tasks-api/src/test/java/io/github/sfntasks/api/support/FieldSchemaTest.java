package io.github.sfntasks.api.support;

import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.PolicyStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A JSON field's own schema, and a managed rule named whole. */
class FieldSchemaTest {

    @Test
    void aJsonFieldWithItsOwnSchemaPutsItInTheShapesSchema() {
        Field env = Field.json("env", "Env").staticOnly()
                .schema(() -> JsonSchema.mapOf(JsonSchema.object().required("value", JsonSchema.string())));
        Shape shape = Shape.of("S", env);
        String schema = shape.schema().toJson().toString();
        assertTrue(schema.contains("\"value\""), schema);
        assertTrue(shape.schema().toJson().at("/properties/env/additionalProperties").isObject(), schema);
    }

    @Test
    void aJsonFieldWithoutItsOwnSchemaAdmitsAnyJson() {
        assertEquals(JsonSchema.any().toJson(), Shape.of("S", Field.json("p", "P").staticOnly()).schema().toJson().at("/properties/p"));
    }

    @Test
    void anyFieldMayStateItsStaticFormsSchema() {
        // the detail of an EventBridge entry: an object, or a string holding one
        Field f = Field.string("s", "S").schema(() -> JsonSchema.string().pattern("^x$"));
        assertEquals("^x$", Shape.of("S", f.staticOnly()).schema().toJson().at("/properties/s/pattern").textValue());
    }

    @Test
    void aManagedRuleNamedWholeKeepsItsName() {
        Grants g = new Grants(RenderContext.of("aws", "us-east-1", "123456789012"), "S");
        g.managedRuleNamed("StepFunctionsGetEventForCodeBuildStartBuildRule");
        assertEquals(List.of(PolicyStatement.allow(Grants.MANAGED_RULE_ACTIONS,
                List.of("arn:aws:events:us-east-1:123456789012:rule/StepFunctionsGetEventForCodeBuildStartBuildRule"))), g.statements());
    }
}
