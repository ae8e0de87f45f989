package io.github.sfntasks.provider.athena;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.testing.ExpectedJson;
import io.github.sfntasks.testing.Robustness;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ExpectedJson.render;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code athena:getQueryExecution}, {@code athena:getQueryResults} and {@code athena:stopQueryExecution}. */
class AthenaQueryExecutionTasksTest {

    private static ExpectedJson expected(String file) {
        return ExpectedJson.load(AthenaQueryExecutionTasksTest.class, "/athena/" + file);
    }

    private static Task fromWorkflow(TaskProvider p, String stateName, String properties) {
        return p.create(TaskRequest.of(stateName, object(properties)));
    }

    /** Seed README "GetQueryExecution": "Get Query Execution". */
    @Test
    void readmeGetQueryExecutionExample() {
        AthenaGetQueryExecution typed = AthenaGetQueryExecution.builder("Get Query Execution")
                .queryExecutionId(JsonPath.stringAt("$.QueryExecutionId")).build();
        assertEquals(expected("readme-get-query-execution.json").assertRenders(typed), expected("readme-get-query-execution.json")
                .assertRenders(fromWorkflow(new AthenaGetQueryExecutionProvider(), "Get Query Execution",
                        "{\"queryExecutionId.$\": \"$.QueryExecutionId\"}")));
        List<TaskWarning> w = typed.warnings(ExpectedJson.CONTEXT);
        assertEquals(List.of(WarningCode.WIDENED_GRANT), w.stream().map(TaskWarning::code).toList());
        assertEquals("workGroup", w.get(0).property());
    }

    /** Seed README "GetQueryResults": "Get Query Results". */
    @Test
    void readmeGetQueryResultsExample() {
        AthenaGetQueryResults typed = AthenaGetQueryResults.builder("Get Query Results")
                .queryExecutionId(JsonPath.stringAt("$.QueryExecutionId")).build();
        assertEquals(expected("readme-get-query-results.json").assertRenders(typed), expected("readme-get-query-results.json")
                .assertRenders(fromWorkflow(new AthenaGetQueryResultsProvider(), "Get Query Results",
                        "{\"queryExecutionId.$\": \"$.QueryExecutionId\"}")));
    }

    /** Seed README "StopQueryExecution": "Stop Query Execution". */
    @Test
    void readmeStopQueryExecutionExample() {
        AthenaStopQueryExecution typed = AthenaStopQueryExecution.builder("Stop Query Execution")
                .queryExecutionId(JsonPath.stringAt("$.QueryExecutionId")).build();
        assertEquals(expected("readme-stop-query-execution.json").assertRenders(typed), expected("readme-stop-query-execution.json")
                .assertRenders(fromWorkflow(new AthenaStopQueryExecutionProvider(), "Stop Query Execution",
                        "{\"queryExecutionId.$\": \"$.QueryExecutionId\"}")));
    }

    @Test
    void aPageOfResultsInANamedWorkGroupIsGrantedOnThatWorkGroupOnly() {
        AthenaGetQueryResults typed = AthenaGetQueryResults.builder("Page").queryExecutionId("a1b2c3d4-5678-90ab-cdef-EXAMPLE11111")
                .nextToken(JsonPath.stringAt("$.next")).maxResults(100).workGroup("analytics").build();
        assertEquals(expected("get-query-results-page.json").assertRenders(typed), expected("get-query-results-page.json")
                .assertRenders(fromWorkflow(new AthenaGetQueryResultsProvider(), "Page", """
                        {"queryExecutionId": "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111", "nextToken.$": "$.next",
                         "maxResults": 100, "workGroup": "analytics"}
                        """)));
        assertEquals(List.of(), typed.warnings(ExpectedJson.CONTEXT));
    }

    @Test
    void maxResultsIsOneToOneThousand() {
        assertInvalid(ErrorCode.OUT_OF_RANGE, "R", "maxResults",
                () -> AthenaGetQueryResults.builder("R").queryExecutionId("q").maxResults(1001).build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "R", "maxResults",
                () -> AthenaGetQueryResults.builder("R").queryExecutionId("q").maxResults(0).build());
        AthenaGetQueryResults.builder("R").queryExecutionId("q").maxResults(1).build();
        AthenaGetQueryResults.builder("R").queryExecutionId("q").maxResults(1000).build();
        assertInvalid("R", "nextToken", () -> AthenaGetQueryResults.builder("R").queryExecutionId("q").nextToken("").build());
    }

    @Test
    void theQueryExecutionIdIsRequiredAndChecked() {
        assertInvalid("G", "queryExecutionId", () -> AthenaGetQueryExecution.builder("G").build());
        assertInvalid("S", "queryExecutionId", () -> AthenaStopQueryExecution.builder("S").queryExecutionId("a b").build());
        assertInvalid(ErrorCode.OUT_OF_RANGE, "R", "queryExecutionId",
                () -> AthenaGetQueryResults.builder("R").queryExecutionId("q".repeat(129)).build());
        assertInvalid("G", "workGroup", () -> AthenaGetQueryExecution.builder("G").queryExecutionId("q").workGroup("wg*").build());
    }

    @Test
    void onlyRequestResponseIsSupported() {
        for (TaskProvider p : List.of(new AthenaGetQueryExecutionProvider(), new AthenaGetQueryResultsProvider(),
                new AthenaStopQueryExecutionProvider())) {
            assertEquals(java.util.Set.of(IntegrationPattern.REQUEST_RESPONSE), p.integrationPatterns());
        }
        assertInvalid("S", "integrationPattern", () -> AthenaStopQueryExecution.builder("S").queryExecutionId("q")
                .integrationPattern(IntegrationPattern.RUN_JOB).build());
    }

    @Test
    void jsonataStatesRenderArguments() {
        AthenaStopQueryExecution t = AthenaStopQueryExecution.builder("S").queryLanguage(QueryLanguage.JSONATA)
                .queryExecutionId(JsonataExpression.of("$states.input.id")).build();
        assertEquals("{% $states.input.id %}", t.toState(ExpectedJson.CONTEXT).at("/Arguments/QueryExecutionId").textValue());
        Task w = new AthenaStopQueryExecutionProvider().create(TaskRequest.of("S", "athena:stopQueryExecution",
                object("{\"queryExecutionId\": \"{% $states.input.id %}\"}"), null, QueryLanguage.JSONATA,
                StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build()));
        assertEquals(render(t), render(w));
    }

    @Test
    void placeholdersInTheWorkGroupSitInTheGrant() {
        for (String p : List.of("${X}", "${X.Arn}", "${Token[TOKEN.12]}", "prefix-${Stage}")) {
            AthenaGetQueryExecution t = AthenaGetQueryExecution.builder("G").queryExecutionId("q").workGroup(p).build();
            assertEquals("arn:${AWS::Partition}:athena:${AWS::Region}:${AWS::AccountId}:workgroup/" + p,
                    t.policyStatements(io.github.sfntasks.api.RenderContext.cloudFormation()).get(0).resources().get(0));
        }
    }

    @Test
    void toBuilderCopiesEverything() {
        AthenaGetQueryResults t = AthenaGetQueryResults.builder("R").queryExecutionId("q").maxResults(5).workGroup("wg").build();
        assertEquals(render(t), render(t.toBuilder().build()));
    }

    @Test
    void oddValuesGiveOnlyValidationErrors() {
        Robustness.of(new AthenaGetQueryResultsProvider(), "{\"queryExecutionId\": \"q\"}")
                .withProperties("queryExecutionId", "nextToken", "maxResults", "workGroup", "unknown").assertOnlyValidationErrors();
        Robustness.of(new AthenaGetQueryExecutionProvider(), "{\"queryExecutionId\": \"q\"}")
                .withProperties("queryExecutionId", "workGroup").assertOnlyValidationErrors();
        Robustness.of(new AthenaStopQueryExecutionProvider(), "{\"queryExecutionId\": \"q\"}")
                .withProperties("queryExecutionId", "workGroup").assertOnlyValidationErrors();
    }
}
