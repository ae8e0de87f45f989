package io.github.sfntasks.provider.athena;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.provider.athena.AthenaStartQueryExecution.EncryptionOption;
import io.github.sfntasks.testing.ExpectedJson;
import io.github.sfntasks.testing.Robustness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ExpectedJson.render;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AthenaStartQueryExecutionTest {

    private final AthenaStartQueryExecutionProvider provider = new AthenaStartQueryExecutionProvider();

    private Task fromWorkflow(String stateName, String properties) {
        return provider.create(TaskRequest.of(stateName, object(properties)));
    }

    private Task fromWorkflow(String stateName, String properties, IntegrationPattern pattern) {
        return provider.create(TaskRequest.of(stateName, provider.typeId(), object(properties), pattern, QueryLanguage.JSONPATH, null));
    }

    private static ExpectedJson expected(String file) {
        return ExpectedJson.load(AthenaStartQueryExecutionTest.class, "/athena/" + file);
    }

    private static AthenaStartQueryExecution.Builder minimal() {
        return AthenaStartQueryExecution.builder("Query").queryString("SELECT 1");
    }

    // ---- the seed README's examples ------------------------------------------------------------------

    /** Seed README, intrinsic functions: "Athena Start Query" with {@code JsonPath.format}, RUN_JOB. */
    @Test
    void readmeIntrinsicFormatExampleStartsAQueryAndWaits() {
        Task typed = AthenaStartQueryExecution.builder("Athena Start Query")
                .queryString(IntrinsicFunction.format("select contacts where year={};", JsonPath.stringAt("$.year")))
                .queryExecutionContext(c -> c.databaseName("interactions"))
                .resultConfiguration(r -> r.encryptionConfiguration(e -> e.encryptionOption(EncryptionOption.SSE_S3))
                        .outputLocation(o -> o.bucketName("mybucket").objectKey("myprefix")))
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .build();
        Task workflow = fromWorkflow("Athena Start Query", """
                {"queryString.$": "States.Format('select contacts where year={};', $.year)",
                 "queryExecutionContext": {"databaseName": "interactions"},
                 "resultConfiguration": {"encryptionConfiguration": {"encryptionOption": "SSE_S3"},
                                         "outputLocation": {"bucketName": "mybucket", "objectKey": "myprefix"}}}
                """, IntegrationPattern.RUN_JOB);
        assertEquals(expected("readme-intrinsic-format.json").assertRenders(typed),
                expected("readme-intrinsic-format.json").assertRenders(workflow));
    }

    /** Seed README "Athena / StartQueryExecution": "Start Athena Query", the default pattern. */
    @Test
    void readmeStartQueryExecutionExampleIsRequestResponse() {
        Task typed = AthenaStartQueryExecution.builder("Start Athena Query")
                .queryString(JsonPath.stringAt("$.queryString"))
                .queryExecutionContext(c -> c.databaseName("mydatabase"))
                .resultConfiguration(r -> r.encryptionConfiguration(e -> e.encryptionOption(EncryptionOption.SSE_S3))
                        .outputLocation(o -> o.bucketName("query-results-bucket").objectKey("folder")))
                .build();
        Task workflow = fromWorkflow("Start Athena Query", """
                {"queryString.$": "$.queryString", "queryExecutionContext": {"databaseName": "mydatabase"},
                 "resultConfiguration": {"encryptionConfiguration": {"encryptionOption": "SSE_S3"},
                                         "outputLocation": {"bucketName": "query-results-bucket", "objectKey": "folder"}}}
                """);
        assertEquals(expected("readme-start-query-execution.json").assertRenders(typed),
                expected("readme-start-query-execution.json").assertRenders(workflow));
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, provider.defaultIntegrationPattern());
        assertEquals(List.of(), ((AthenaStartQueryExecution) typed).warnings(ExpectedJson.CONTEXT));
    }

    // ---- every property, run-time values, JSONata -------------------------------------------------------

    @Test
    void everyPropertyWithAKmsKeyGrantsTheKey() {
        Task typed = AthenaStartQueryExecution.builder("Query")
                .queryString("SELECT * FROM orders WHERE year = ? AND region = ?")
                .clientRequestToken("0123456789abcdef0123456789abcdef")
                .queryExecutionContext(c -> c.catalogName("sales_catalog").databaseName("orders_db"))
                .resultConfiguration(r -> r.encryptionConfiguration(e -> e.encryptionOption(EncryptionOption.SSE_KMS)
                                .encryptionKey("1234abcd-12ab-34cd-56ef-1234567890ab"))
                        .outputLocation(o -> o.bucketName("results").objectKey("athena/orders")))
                .workGroup("analytics")
                .executionParameters(List.of("2024", "'eu'"))
                .resultReuseConfigurationMaxAge(Duration.ofHours(1))
                .build();
        Task workflow = fromWorkflow("Query", """
                {"queryString": "SELECT * FROM orders WHERE year = ? AND region = ?",
                 "clientRequestToken": "0123456789abcdef0123456789abcdef",
                 "queryExecutionContext": {"catalogName": "sales_catalog", "databaseName": "orders_db"},
                 "resultConfiguration": {"encryptionConfiguration": {"encryptionOption": "SSE_KMS",
                                                                     "encryptionKey": "1234abcd-12ab-34cd-56ef-1234567890ab"},
                                         "outputLocation": {"bucketName": "results", "objectKey": "athena/orders"}},
                 "workGroup": "analytics", "executionParameters": ["2024", "'eu'"], "resultReuseConfigurationMaxAge": 60}
                """);
        assertEquals(expected("kms-every-property.json").assertRenders(typed), expected("kms-every-property.json").assertRenders(workflow));
    }

    @Test
    void valuesChosenAtRunTimeGetTheNarrowestPatternsWithWarnings() {
        AthenaStartQueryExecution typed = AthenaStartQueryExecution.builder("Query").queryString(JsonPath.stringAt("$.sql"))
                .queryExecutionContext(c -> c.catalogName(JsonPath.stringAt("$.catalog")).databaseName(JsonPath.stringAt("$.database")))
                .workGroup(JsonPath.stringAt("$.workGroup"))
                .integrationPattern(IntegrationPattern.RUN_JOB).build();
        expected("run-time-everything.json").assertRenders(typed);
        expected("run-time-everything.json").assertRenders(fromWorkflow("Query", """
                {"queryString.$": "$.sql", "queryExecutionContext": {"catalogName.$": "$.catalog", "databaseName.$": "$.database"},
                 "workGroup.$": "$.workGroup"}
                """, IntegrationPattern.RUN_JOB));
        assertEquals(List.of("queryExecutionContext.catalogName", "workGroup", "resultConfiguration.outputLocation",
                        "queryExecutionContext.databaseName"),
                typed.warnings(ExpectedJson.CONTEXT).stream().map(TaskWarning::property).toList());
    }

    @Test
    void anOutputLocationChosenAtRunTimeRendersItsPathAndGrantsEveryBucket() {
        AthenaStartQueryExecution t = minimal().resultConfiguration(r -> r.outputLocation(JsonPath.stringAt("$.out"))).build();
        assertEquals("$.out", t.toState(ExpectedJson.CONTEXT).at("/Parameters/ResultConfiguration/OutputLocation.$").textValue());
        assertTrue(t.policyStatements(ExpectedJson.CONTEXT).stream().anyMatch(s -> s.resources().equals(List.of("arn:aws:s3:::*"))));
        assertTrue(t.warnings(ExpectedJson.CONTEXT).get(0).message().contains("chosen at run time"));
    }

    @Test
    void jsonataStateRendersArguments() {
        Task typed = AthenaStartQueryExecution.builder("Query").queryLanguage(QueryLanguage.JSONATA)
                .queryString(JsonataExpression.of("'SELECT * FROM t WHERE d = ' & $states.input.day"))
                .resultConfiguration(r -> r.outputLocation(o -> o.bucketName("results").objectKey("q")))
                .workGroup("primary").build();
        Task workflow = provider.create(TaskRequest.of("Query", provider.typeId(), object("""
                {"queryString": "{% 'SELECT * FROM t WHERE d = ' & $states.input.day %}",
                 "resultConfiguration": {"outputLocation": {"bucketName": "results", "objectKey": "q"}}, "workGroup": "primary"}
                """), null, QueryLanguage.JSONATA, StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build()));
        assertEquals(expected("jsonata-start.json").assertRenders(typed), expected("jsonata-start.json").assertRenders(workflow));
    }

    /** Reasoning: S3 authorizes ListBucket/GetBucketLocation on the bucket ARN, GetObject on the object ARNs. */
    @Test
    void dataLocationsGrantReadingTheTablesDataOnly() {
        Task typed = minimal().addDataLocation(d -> d.bucketName("sales-data").objectKey("tables/sales")).build();
        Task workflow = fromWorkflow("Query", """
                {"queryString": "SELECT 1", "dataLocations": [{"bucketName": "sales-data", "objectKey": "tables/sales"}]}
                """);
        for (Task t : List.of(typed, workflow)) {
            List<PolicyStatement> s = t.policyStatements(ExpectedJson.CONTEXT);
            assertTrue(s.contains(PolicyStatement.allow(List.of("s3:GetBucketLocation", "s3:ListBucket"), List.of("arn:aws:s3:::sales-data"))),
                    s.toString());
            assertTrue(s.contains(PolicyStatement.allow("s3:GetObject", "arn:aws:s3:::sales-data/tables/sales/*")), s.toString());
            assertTrue(t.toState(ExpectedJson.CONTEXT).get("Parameters").toString().indexOf("sales-data") < 0, "grant-only");
        }
        assertEquals(render(typed), render(workflow));
        assertInvalid("Query", "dataLocations[0].bucketName",
                () -> minimal().addDataLocation(d -> d.bucketName("data*").objectKey("k")).build());
    }

    // ---- placeholders and wildcards ---------------------------------------------------------------------

    @Test
    void placeholdersRenderUntouchedAndSitInEveryGrantArn() {
        RenderContext cfn = RenderContext.cloudFormation();
        String prefix = "arn:${AWS::Partition}:";
        String regional = ":${AWS::Region}:${AWS::AccountId}:";
        for (String p : List.of("${X}", "${X.Arn}", "${Token[TOKEN.12]}", "prefix-${Stage}")) {
            Task typed = minimal().workGroup(p).queryExecutionContext(c -> c.catalogName(p).databaseName(p))
                    .resultConfiguration(r -> r.outputLocation(o -> o.bucketName(p).objectKey("k"))
                            .encryptionConfiguration(e -> e.encryptionOption(EncryptionOption.CSE_KMS).encryptionKey(p)))
                    .build();
            Task workflow = fromWorkflow("Query", """
                    {"queryString": "SELECT 1", "workGroup": "%1$s",
                     "queryExecutionContext": {"catalogName": "%1$s", "databaseName": "%1$s"},
                     "resultConfiguration": {"outputLocation": {"bucketName": "%1$s", "objectKey": "k"},
                       "encryptionConfiguration": {"encryptionOption": "CSE_KMS", "encryptionKey": "%1$s"}}}
                    """.formatted(p));
            for (Task t : List.of(typed, workflow)) {
                var params = t.toState(cfn).get("Parameters");
                assertEquals(p, params.get("WorkGroup").textValue());
                assertEquals(p, params.at("/QueryExecutionContext/Catalog").textValue());
                assertEquals(p, params.at("/QueryExecutionContext/Database").textValue());
                assertEquals("s3://" + p + "/k/", params.at("/ResultConfiguration/OutputLocation").textValue());
                assertEquals(p, params.at("/ResultConfiguration/EncryptionConfiguration/KmsKey").textValue());
                List<String> resources = t.policyStatements(cfn).stream().flatMap(s -> s.resources().stream()).toList();
                for (String arn : List.of(prefix + "athena" + regional + "workgroup/" + p, prefix + "athena" + regional + "datacatalog/" + p,
                        prefix + "glue" + regional + "database/" + p, prefix + "glue" + regional + "table/" + p + "/*",
                        prefix + "s3:::" + p, prefix + "s3:::" + p + "/k/*")) {
                    assertTrue(resources.contains(arn), arn + " in " + resources);
                }
                assertTrue(resources.stream().anyMatch(r -> r.startsWith(prefix + "kms") && r.endsWith(p)), resources.toString());
            }
        }
    }

    @Test
    void refusesAnIamWildcardInEveryResourceProperty() {
        for (String w : List.of("a*", "a?", "x-${Stage}*")) {
            assertInvalid("Query", "workGroup", () -> minimal().workGroup(w).build());
            assertInvalid("Query", "queryExecutionContext.catalogName",
                    () -> minimal().queryExecutionContext(c -> c.catalogName(w)).build());
            assertInvalid("Query", "queryExecutionContext.databaseName",
                    () -> minimal().queryExecutionContext(c -> c.databaseName(w)).build());
            assertInvalid("Query", "resultConfiguration.outputLocation.bucketName",
                    () -> minimal().resultConfiguration(r -> r.outputLocation(o -> o.bucketName(w).objectKey("k"))).build());
            assertInvalid("Query", "resultConfiguration.outputLocation.objectKey",
                    () -> minimal().resultConfiguration(r -> r.outputLocation(o -> o.bucketName("b-1").objectKey(w))).build());
            assertInvalid("Query", "resultConfiguration.encryptionConfiguration.encryptionKey", () -> minimal()
                    .resultConfiguration(r -> r.encryptionConfiguration(e -> e.encryptionOption(EncryptionOption.SSE_KMS).encryptionKey(w)))
                    .build());
        }
        assertInvalid("Query", "resultConfiguration.encryptionConfiguration.encryptionKey", () -> minimal()
                .resultConfiguration(r -> r.encryptionConfiguration(e -> e.encryptionOption(EncryptionOption.SSE_KMS)
                        .encryptionKey("arn:aws:kms:us-east-1:*:key/k"))).build());
    }

    // ---- ranges and rules -------------------------------------------------------------------------------

    @Test
    void refusesValuesOutsideTheApisRanges() {
        assertInvalid("Query", "queryString", () -> AthenaStartQueryExecution.builder("Query").build());
        assertInvalid("Query", "queryString", () -> AthenaStartQueryExecution.builder("Query").queryString("").build());
        assertInvalid("Query", "clientRequestToken", () -> minimal().clientRequestToken("x".repeat(31)).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Query", "clientRequestToken", () -> minimal().clientRequestToken("x".repeat(129)).build());
        assertInvalid("Query", "workGroup", () -> minimal().workGroup("bad group").build());
        assertInvalid("Query", "executionParameters", () -> minimal().executionParameters(List.of()).build());
        assertInvalid("Query", "executionParameters[1]", () -> minimal().executionParameters(List.of("a", "x".repeat(1025))).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "Query", "resultReuseConfigurationMaxAge",
                () -> minimal().resultReuseConfigurationMaxAge(Duration.ofMinutes(10_081)).build());
        assertInvalid("Query", "resultReuseConfigurationMaxAge",
                () -> minimal().resultReuseConfigurationMaxAge(Duration.ofSeconds(30)).build());
        minimal().resultReuseConfigurationMaxAge(Duration.ofDays(7)).build();
        minimal().resultReuseConfigurationMaxAge(Duration.ZERO).build();
        assertInvalid("Query", "resultConfiguration.outputLocation.bucketName",
                () -> minimal().resultConfiguration(r -> r.outputLocation(o -> o.bucketName("arn:aws:s3:::b").objectKey("k"))).build());
        assertInvalid("Query", "resultConfiguration.outputLocation.objectKey",
                () -> minimal().resultConfiguration(r -> r.outputLocation(o -> o.bucketName("bucket"))).build());
        assertInvalid("Query", "queryExecutionContext.databaseName", () -> minimal()
                .queryExecutionContext(c -> c.databaseName("arn:aws:glue:us-east-1:123456789012:database/d")).build());
    }

    @Test
    void anEmptyQueryExecutionContextIsRefused() {
        assertInvalid("Query", "queryExecutionContext.catalogName", () -> minimal().queryExecutionContext(c -> { }).build());
        assertInvalid("Query", "queryExecutionContext.catalogName",
                () -> fromWorkflow("Query", "{\"queryString\": \"SELECT 1\", \"queryExecutionContext\": {}}"));
    }

    @Test
    void aKmsKeyWithSseS3IsAConflict() {
        TaskValidationException e = assertInvalid("Query", "resultConfiguration.encryptionConfiguration.encryptionKey", () -> minimal()
                .resultConfiguration(r -> r.encryptionConfiguration(c -> c.encryptionOption(EncryptionOption.SSE_S3).encryptionKey("k")))
                .build());
        assertEquals(ErrorCode.CONFLICTING_PROPERTIES, e.code());
    }

    @Test
    void refusesTheCallbackPattern() {
        assertInvalid("Query", "integrationPattern",
                () -> minimal().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
    }

    @Test
    void requestResponseGrantsNeitherGetNorStopQueryExecution() {
        List<PolicyStatement> s = minimal().build().policyStatements(ExpectedJson.CONTEXT);
        assertEquals(List.of("athena:getDataCatalog", "athena:startQueryExecution"), s.get(0).actions());
    }

    @Test
    void toBuilderCopiesEverything() {
        AthenaStartQueryExecution t = minimal().workGroup("wg").queryExecutionContext(c -> c.databaseName("d"))
                .resultConfiguration(r -> r.outputLocation(o -> o.bucketName("bucket").objectKey("k")))
                .integrationPattern(IntegrationPattern.RUN_JOB).comment("c").build();
        assertEquals(render(t), render(t.toBuilder().build()));
        assertEquals(render(t), render(t.withOptions(t.options())));
    }

    @Test
    void oddValuesGiveOnlyValidationErrors() {
        Robustness.of(provider, """
                {"queryString": "SELECT 1", "workGroup": "wg", "queryExecutionContext": {"databaseName": "d"},
                 "resultConfiguration": {"outputLocation": {"bucketName": "bucket", "objectKey": "k"}}}
                """).withProperties("queryString", "clientRequestToken", "queryExecutionContext", "resultConfiguration",
                "workGroup", "executionParameters", "resultReuseConfigurationMaxAge", "unknown").assertOnlyValidationErrors();
    }
}
