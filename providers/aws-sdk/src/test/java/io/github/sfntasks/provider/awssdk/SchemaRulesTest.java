package io.github.sfntasks.provider.awssdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the JSON Schemas allow is what the tasks accept: each rule the providers check is also in their schema,
 * read here from the schema the provider publishes. The patterns are written to read alike in ECMA-262 (the
 * schema's dialect) and {@code java.util.regex}, so evaluating them with Java here is evaluating the schema.
 */
class SchemaRulesTest {

    private final CallAwsServiceProvider sdk = new CallAwsServiceProvider();
    private final CallAwsServiceCrossRegionProvider crossRegion = new CallAwsServiceCrossRegionProvider();

    private static boolean accepts(TaskProvider provider, String typeId, String properties, QueryLanguage language) {
        try {
            provider.create(TaskRequest.of("Call", typeId, object(properties), null, language, null));
            return true;
        } catch (TaskValidationException e) {
            return false;
        }
    }

    private static boolean patternFinds(JsonNode schemaWithPattern, String text) {
        return Pattern.compile(schemaWithPattern.get("pattern").textValue()).matcher(text).find();
    }

    private static String json(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    @Test
    void theNotBlankPatternFindsACharacterExactlyWhenStringIsBlankSaysNo() {
        // Every BMP character alone, and each inside spaces: the schema's rule and String.isBlank() agree.
        Pattern notBlank = Pattern.compile(AwsSdkCall.NOT_BLANK_REGEX);
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String one = String.valueOf(c);
            assertEquals(!one.isBlank(), notBlank.matcher(one).find(), () -> String.format("U+%04X", (int) one.charAt(0)));
            assertEquals(!one.isBlank(), notBlank.matcher("  " + one + "\t").find());
        }
        // the cases that differ between Java's \s and ECMA-262's \s: both sides of each are explicit now
        assertTrue(notBlank.matcher("\u00a0").find(), "a no-break space is not blank to String.isBlank");
        assertFalse(notBlank.matcher("\u001c\u2003").find(), "an information separator and an em space are");
    }

    @Test
    void parameterNamesStartWithALetterAToZInTheSchemaAndTheTask() {
        JsonNode names = sdk.propertiesSchema().at("/properties/parameters/propertyNames");
        // PascalCase as AWS API member names are written; the last three are what ^[^a-z] let through before.
        Map<String, Boolean> cases = Map.of("Bucket", true, "Key.$", true, "TaskToken", true,
                "bucket", false, "_Bucket", false, "1Bucket", false, "\u00e9lan", false, "\u00dfx", false, "\u00c9lan", false);
        cases.forEach((name, expected) -> {
            String value = name.endsWith(".$") ? "\"$.key\"" : "\"v\"";
            assertEquals(expected, patternFinds(names, name), "schema, " + name);
            assertEquals(expected, accepts(sdk, "aws-sdk:s3:getObject",
                    "{\"parameters\": {" + json(name) + ": " + value + "}, \"iamResources\": [\"*\"]}", QueryLanguage.JSONPATH),
                    "task, " + name);
        });
    }

    @Test
    void iamResourcesMustHoldANonBlankCharacterInTheSchemaAndTheTask() {
        for (TaskProvider p : List.of(sdk, crossRegion)) {
            JsonNode item = p.propertiesSchema().at("/properties/iamResources/items");
            String base = p == sdk ? "{" : "{\"functionArn\": \"f\", \"region\": \"us-west-2\", ";
            for (String r : List.of("arn:aws:s3:::b/*", "\u00a0", " \u001c ", "\u2003", "")) {
                boolean expected = !r.isBlank();
                assertEquals(expected, patternFinds(item, r), "schema, " + json(r));
                assertEquals(expected, accepts(p, p.typeId() + ":s3:getObject", base + "\"iamResources\": [" + json(r) + "]}",
                        QueryLanguage.JSONPATH), p.typeId() + ", " + json(r));
            }
        }
    }

    @Test
    void statementActionsAreIamActionsInTheSchemaAndTheTask() {
        JsonNode action = sdk.propertiesSchema().at("/properties/additionalIamStatements/items/properties/Action/anyOf/0");
        // IAM's form, as the CDK's PolicyStatement checks it: <prefix>:<name>, wildcards in the name; * alone grants
        // every action of every service, which the CDK takes and sfn-tasks does not
        Map<String, Boolean> cases = Map.of("s3:GetObject", true, "s3:Get*", true, "*", false, "elasticfilesystem:ClientMount", true,
                "GetObject", false, "s3:", false, "\u20ac\u20ac\u20ac", false, "s3:Get Object", false, "{% $states.input.action %}", false);
        cases.forEach((a, expected) -> {
            assertEquals(expected, patternFinds(action, a), "schema, " + a);
            for (QueryLanguage language : QueryLanguage.values()) {
                assertEquals(expected, accepts(sdk, "aws-sdk:s3:getObject", "{\"iamResources\": [\"*\"], \"additionalIamStatements\":"
                        + " [{\"Action\": " + json(a) + ", \"Resource\": \"*\"}]}", language), "task, " + language + ", " + a);
            }
        });
    }

    @Test
    void statementResourcesAreStaticInTheSchemaAndTheTask() {
        JsonNode text = sdk.propertiesSchema().at("/properties/additionalIamStatements/items/properties/Resource/anyOf/0");
        Pattern jsonata = Pattern.compile(text.at("/allOf/1/not/pattern").textValue());
        assertTrue(jsonata.matcher("{% $states.input.arn %}").find(), "the schema refuses a JSONata expression");
        for (QueryLanguage language : QueryLanguage.values()) {
            assertFalse(accepts(sdk, "aws-sdk:s3:getObject", "{\"iamResources\": [\"*\"], \"additionalIamStatements\":"
                    + " [{\"Action\": \"kms:Decrypt\", \"Resource\": \"{% $states.input.arn %}\"}]}", language), language.name());
            assertTrue(accepts(sdk, "aws-sdk:s3:getObject", "{\"iamResources\": [\"*\"], \"additionalIamStatements\":"
                    + " [{\"Action\": \"kms:Decrypt\", \"Resource\": \"arn:aws:kms:us-east-1:123456789012:key/k\"}]}", language));
        }
    }

    @Test
    void conditionNamesDoNotEndInDotDollarInTheSchemaAndTheTask() {
        ObjectNode schema = sdk.propertiesSchema();
        Pattern name = Pattern.compile(schema.at("/properties/additionalIamStatements/items/properties/Condition/propertyNames/pattern")
                .textValue());
        // a name ending in ".$" makes the statement a run-time value (Values.fromJson), in either language
        Map<String, Boolean> cases = Map.of("aws:SourceArn", true, "aws:SourceArn.$", false, "x.$", false,
                "$", true, ".$", false, "a$", true, "", true);
        cases.forEach((key, expected) -> {
            assertEquals(expected, name.matcher(key).find(), "schema, " + json(key));
            String value = key.endsWith(".$") ? "\"$.arn\"" : "\"arn:aws:sqs:us-east-1:123456789012:q\"";
            for (QueryLanguage language : QueryLanguage.values()) {
                assertEquals(expected, accepts(sdk, "aws-sdk:s3:getObject", "{\"iamResources\": [\"*\"], \"additionalIamStatements\":"
                        + " [{\"Action\": \"kms:Decrypt\", \"Resource\": \"*\", \"Condition\": {\"ArnEquals\": {" + json(key) + ": "
                        + value + "}}}]}", language), "task, " + language + ", " + json(key));
            }
        });
    }

    @Test
    void anEndpointHasNoWhiteSpaceInTheSchemaAndTheTask() {
        JsonNode endpoint = crossRegion.propertiesSchema().at("/properties/endpoint/anyOf/0");
        // U+00A0 is white space to ECMA-262's \s but not to Java's; the pattern now names its characters itself.
        Map<String, Boolean> cases = Map.of("https://s3.ap-northeast-1.amazonaws.com", true, "http://localhost:4566/x", true,
                "https://h\u00a0x", true, "https://h\u2003x", false, "https://h x", false, "ftp://h", false);
        cases.forEach((url, expected) -> {
            assertEquals(expected, patternFinds(endpoint, url), "schema, " + json(url));
            assertEquals(expected, accepts(crossRegion, "aws-sdk:crossRegion:s3:getObject", "{\"functionArn\": \"f\","
                    + " \"region\": \"us-west-2\", \"endpoint\": " + json(url) + ", \"iamResources\": [\"*\"]}", QueryLanguage.JSONPATH),
                    "task, " + json(url));
        });
    }
}
