package io.github.sfntasks.local;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.github.sfntasks.local.Asl.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSONPath input and output processing examples of the Step Functions developer guide. */
class InputOutputProcessingTest {

    private static final String RESULT_PATH_INPUT =
            "{\"comment\": \"This is a test\", \"details\": \"Default example\", \"who\": \"Step Functions\"}";

    private static Execution task(String fields, String result, String input) {
        return LocalRunner.of("{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":"
                + "\"arn:aws:lambda:us-east-1:123456789012:function:HelloFunction\"" + fields + ",\"End\":true}}}")
                .mocks(Mocks.builder().returns("T", result).build())
                .start(input);
    }

    @Test
    @DisplayName("ResultPath $ replaces the input (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultpath.html)")
    void resultPathDollarReplacesTheInput() {
        task(",\"ResultPath\":\"$\"", "\"Hello, Step Functions!\"", RESULT_PATH_INPUT)
                .assertOutput("\"Hello, Step Functions!\"");
    }

    @Test
    @DisplayName("ResultPath null discards the result (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultpath.html)")
    void resultPathNullKeepsTheInput() {
        task(",\"ResultPath\":null", "\"Hello, Step Functions!\"", RESULT_PATH_INPUT).assertOutput(RESULT_PATH_INPUT);
    }

    @Test
    @DisplayName("ResultPath $.taskresult adds the result (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultpath.html)")
    void resultPathMergesTheResultIntoTheInput() {
        task(",\"ResultPath\":\"$.taskresult\"", "\"Hello, Step Functions!\"", RESULT_PATH_INPUT).assertOutput(
                "{\"comment\": \"This is a test\", \"details\": \"Default example\", \"who\": \"Step Functions\","
                        + " \"taskresult\": \"Hello, Step Functions!\"}");
    }

    @Test
    @DisplayName("ResultPath into a nested node (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultpath.html)")
    void resultPathUpdatesANestedNode() {
        task(",\"ResultPath\":\"$.strings.lambdaresult\"", "\"Hello, Step Functions!\"",
                "{\"comment\": \"An input comment.\", \"data\": {\"val1\": 23, \"val2\": 17},"
                        + " \"extra\": \"foo\", \"lambda\": {\"who\": \"AWS Step Functions\"}}")
                .assertOutput("{\"comment\": \"An input comment.\", \"data\": {\"val1\": 23, \"val2\": 17},"
                        + " \"extra\": \"foo\", \"lambda\": {\"who\": \"AWS Step Functions\"},"
                        + " \"strings\": {\"lambdaresult\": \"Hello, Step Functions!\"}}");
    }

    @Test
    @DisplayName("InputPath selects dataset2 (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html)")
    void inputPathSelectsAPortion() {
        Asl.pass("\"InputPath\":\"$.dataset2\"", "{\"comment\": \"Example for InputPath.\", \"dataset1\": {\"val1\": 1,"
                + " \"val2\": 2, \"val3\": 3}, \"dataset2\": {\"val1\": \"a\", \"val2\": \"b\", \"val3\": \"c\"}}")
                .assertOutput("{\"val1\": \"a\", \"val2\": \"b\", \"val3\": \"c\"}");
    }

    @Test
    @DisplayName("A slice path yields a selection (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html)")
    void sliceYieldsASelection() {
        Asl.pass("\"InputPath\":\"$.a[0:2]\"", "{\"a\": [1, 2, 3, 4]}").assertOutput("[1, 2]");
    }

    @Test
    @DisplayName("Parameters select what matters (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html)")
    void parametersBuildANewInput() {
        Asl.pass("\"Parameters\":{\"comment\": \"Selecting what I care about.\", \"MyDetails\": {"
                        + "\"size.$\": \"$.product.details.size\", \"exists.$\": \"$.product.availability\","
                        + " \"StaticValue\": \"foo\"}}",
                "{\"comment\": \"Example for Parameters.\", \"product\": {\"details\": {\"color\": \"blue\","
                        + " \"size\": \"small\", \"material\": \"cotton\"}, \"availability\": \"in stock\","
                        + " \"sku\": \"2317\", \"cost\": \"$23\"}}")
                .assertOutput("{\"comment\": \"Selecting what I care about.\", \"MyDetails\": {\"size\": \"small\","
                        + " \"exists\": \"in stock\", \"StaticValue\": \"foo\"}}");
    }

    @Test
    @DisplayName("ResultSelector then ResultPath (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html)")
    void resultSelectorShapesTheResultBeforeResultPath() {
        task(",\"ResultSelector\":{\"ClusterId.$\": \"$.output.ClusterId\", \"ResourceType.$\": \"$.resourceType\"},"
                        + "\"ResultPath\":\"$.EMROutput\"",
                "{\"resourceType\": \"elasticmapreduce\", \"resource\": \"createCluster.sync\", \"output\": {"
                        + "\"SdkHttpMetadata\": {\"HttpStatusCode\": 200}, \"ClusterId\": \"AKIAIOSFODNN7EXAMPLE\"}}",
                "{\"input\": 1}")
                .assertOutput("{\"input\": 1, \"EMROutput\": {\"ClusterId\": \"AKIAIOSFODNN7EXAMPLE\","
                        + " \"ResourceType\": \"elasticmapreduce\"}}");
    }

    @Test
    @DisplayName("InputPath, ResultPath and OutputPath together (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-example.html)")
    void inputResultAndOutputPathTogether() {
        Execution ex = task(",\"InputPath\":\"$.lambda\",\"ResultPath\":\"$.data.lambdaresult\",\"OutputPath\":\"$.data\"",
                "\"Hello, AWS Step Functions!\"",
                "{\"comment\": \"An input comment.\", \"data\": {\"val1\": 23, \"val2\": 17}, \"extra\": \"foo\","
                        + " \"lambda\": {\"who\": \"AWS Step Functions\"}}");
        // InputPath applies to what the task is sent; ResultPath merges into the raw state input.
        ex.assertOutput("{\"val1\": 23, \"val2\": 17, \"lambdaresult\": \"Hello, AWS Step Functions!\"}");
    }

    @Test
    @DisplayName("Context object in Parameters (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html)")
    void contextObjectIsReadWithDoubleDollar() {
        Execution ex = Asl.pass("\"Parameters\":{\"name.$\": \"$$.State.Name\", \"start.$\": \"$$.Execution.StartTime\"}", "{}");
        ex.assertOutput("{\"name\": \"P\", \"start\": \"2025-01-01T00:00:00Z\"}");
    }

    @Test
    void aPathThatSelectsNothingFailsWithStatesRuntime() {
        Asl.pass("\"InputPath\":\"$.missing\"", "{}").assertFailedWith("States.Runtime");
        Asl.pass("\"Parameters\":{\"x.$\": \"$.missing\"}", "{}").assertFailedWith("States.Runtime");
    }

    @Test
    void inputPathNullGivesAnEmptyObject() {
        Asl.pass("\"InputPath\":null", "{\"a\": 1}").assertOutput("{}");
    }

    @Test
    void aPayloadOver256KiBFailsWithDataLimitExceeded() {
        String big = "x".repeat(300 * 1024);
        Asl.pass("\"Result\": \"" + big + "\"", "{}").assertFailedWith("States.DataLimitExceeded");
    }

    @Test
    void resultInPassReplacesInput() {
        assertEquals(json("{\"x\": 1, \"r\": {\"a\": 2}}"),
                Asl.pass("\"Result\": {\"a\": 2}, \"ResultPath\": \"$.r\"", "{\"x\": 1}").output());
    }
}
