package io.github.sfntasks.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.sfntasks.local.Asl.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Distributed Map: ItemReader, ItemBatcher and ResultWriter, with S3 answered by the Map state's mock. The
 * expected items and shapes come from AWS's pages "ItemReader (Map)", "ItemBatcher (Map)" and "ResultWriter (Map)"
 * (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html, ...-itembatcher.html,
 * ...-resultwriter.html).
 */
class DistributedMapTest {

    /** A Distributed Map whose children pass their input through; {@code fields} go into the Map state. */
    private static LocalRunner map(String fields) {
        return LocalRunner.of("""
            {"StartAt": "Map", "States": {"Map": {"Type": "Map", %s, "End": true,
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                "StartAt": "Each", "States": {"Each": {"Type": "Pass", "End": true}}}}}}
            """.formatted(fields));
    }

    private static Mocks s3(JsonNode... answers) {
        List<MockResponse> r = new ArrayList<>();
        for (JsonNode a : answers) {
            r.add(MockResponse.returning(a));
        }
        return Mocks.builder().responses("Map", r.toArray(new MockResponse[0])).build();
    }

    @Test
    @DisplayName("ItemReader (Map): a CSV file with its header in the first row gives one object of strings per row")
    void csvWithTheHeaderInTheFirstRow() {
        // The page's example: ratings.csv with "rating,movieId,userId,timestamp", items such as
        // {"rating": "3.5", "movieId": "307", "userId": "1", "timestamp": "1256677221"}: every value a string.
        Execution ex = map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
              "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"},
              "Parameters": {"Bucket": "amzn-s3-demo-bucket", "Key": "csvDataset/ratings.csv"}}
            """).mocks(s3(TextNode.valueOf("rating,movieId,userId,timestamp\n3.5,307,1,1256677221\n"
                + "4.0,481,1,1256677456\r\n\"1,5\",\"a \"\"quoted\"\" title\",2,1256677471\n"))).start("{}");
        ex.assertOutput("""
            [{"rating": "3.5", "movieId": "307", "userId": "1", "timestamp": "1256677221"},
             {"rating": "4.0", "movieId": "481", "userId": "1", "timestamp": "1256677456"},
             {"rating": "1,5", "movieId": "a \\"quoted\\" title", "userId": "2", "timestamp": "1256677471"}]
            """);
    }

    @Test
    void csvWithGivenHeadersAMaxItemsAndAnotherDelimiter() {
        Execution ex = map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
              "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "GIVEN", "CSVHeaders": ["id", "name"],
                               "CSVDelimiter": "SEMICOLON", "MaxItems": 2},
              "Parameters": {"Bucket": "b", "Key": "k.csv"}}
            """).mocks(s3(TextNode.valueOf("1;one\n2;two\n3;three\n"))).start("{}");
        ex.assertOutput("[{\"id\": \"1\", \"name\": \"one\"}, {\"id\": \"2\", \"name\": \"two\"}]");
    }

    @Test
    void jsonAndJsonLinesObjectsAndTheReaderParametersReadTheInput() {
        Execution json = map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON"},
              "Parameters": {"Bucket": "b", "Key.$": "$.key"}}
            """).mocks(Mocks.builder().answers("Map", call -> {
                assertEquals(json("{\"Bucket\": \"b\", \"Key\": \"data/factcheck.json\"}"), call.input());
                assertEquals("arn:aws:states:::s3:getObject", call.resource());
                return MockResponse.returning(TextNode.valueOf("[{\"verdict\": \"true\"}, {\"verdict\": \"false\"}]"));
            }).build()).start("{\"key\": \"data/factcheck.json\"}");
        json.assertOutput("[{\"verdict\": \"true\"}, {\"verdict\": \"false\"}]");
        Execution lines = map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSONL"},
              "Parameters": {"Bucket": "b", "Key": "k.jsonl"}}
            """).mocks(s3(TextNode.valueOf("{\"a\": 1}\n\n{\"a\": 2}\n"))).start("{}");
        lines.assertOutput("[{\"a\": 1}, {\"a\": 2}]");
    }

    @Test
    @DisplayName("ItemReader (Map): listObjectsV2 gives one item per object: Etag, Key, LastModified, Size, StorageClass")
    void listObjectsV2GivesOneItemPerObject() {
        Execution ex = map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2",
              "Parameters": {"Bucket": "amzn-s3-demo-bucket", "Prefix": "processData"}}
            """).mocks(s3(json("""
            {"Contents": [{"Key": "processData/images/n02085620_1073.jpg", "LastModified": "2022-11-17T15:44:41Z",
              "ETag": "\\"05704fbdccb224cb01c59005bebbad28\\"", "Size": 34910, "StorageClass": "STANDARD"}],
             "IsTruncated": false}
            """))).start("{}");
        // LastModified as the page shows it: epoch seconds (2022-11-17T15:44:41Z = 1668699881).
        ex.assertOutput("""
            [{"Etag": "\\"05704fbdccb224cb01c59005bebbad28\\"", "Key": "processData/images/n02085620_1073.jpg",
              "LastModified": 1668699881, "Size": 34910, "StorageClass": "STANDARD"}]
            """);
    }

    @Test
    void aReaderThatCannotBeReadFailsWithItemReaderFailed() {
        map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON"},
              "Parameters": {"Bucket": "b", "Key": "k"}}
            """).mocks(s3(TextNode.valueOf("not json"))).start("{}").assertFailedWith("States.ItemReaderFailed");
        map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "CSV"},
              "Parameters": {"Bucket": "b", "Key": "k"}}
            """).mocks(s3(TextNode.valueOf("a,b\n1\n"))).start("{}").assertFailedWith("States.ItemReaderFailed");
        map("""
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "CSV"},
              "Parameters": {"Bucket": "b", "Key": "k"}}
            """).mocks(Mocks.builder().fails("Map", "S3.NoSuchKey", "gone").build()).start("{}")
                .assertFailedWith("States.ItemReaderFailed");
    }

    @Test
    @DisplayName("ItemBatcher (Map): each child gets {\"BatchInput\", \"Items\"}, at most MaxItemsPerBatch items")
    void itemBatcherGroupsItemsWithBatchInput() {
        Execution ex = map("""
            "ItemsPath": "$.facts",
            "ItemSelector": {"fact.$": "$$.Map.Item.Value", "i.$": "$$.Map.Item.Index"},
            "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"factCheck.$": "$.check"}}
            """).start("{\"check\": \"Sky is blue\", \"facts\": [\"a\", \"b\", \"c\"]}");
        ex.assertOutput("""
            [{"BatchInput": {"factCheck": "Sky is blue"}, "Items": [{"fact": "a", "i": 0}, {"fact": "b", "i": 1}]},
             {"BatchInput": {"factCheck": "Sky is blue"}, "Items": [{"fact": "c", "i": 2}]}]
            """);
    }

    @Test
    void maxInputBytesPerBatchCutsBatchesBySize() {
        // Each item {"id":N} is 8 bytes of compact JSON; 20 bytes hold two of them (8 + 1 + 8 + 1).
        Execution ex = map("""
            "ItemBatcher": {"MaxInputBytesPerBatch": 20}
            """).start("[{\"id\":1}, {\"id\":2}, {\"id\":3}]");
        ex.assertOutput("[{\"Items\": [{\"id\": 1}, {\"id\": 2}]}, {\"Items\": [{\"id\": 3}]}]");
    }

    @Test
    @DisplayName("ResultWriter (Map): the Map returns MapRunArn and ResultWriterDetails; the files go to S3")
    void resultWriterReturnsWhereTheResultsWere() {
        List<JsonNode> written = new ArrayList<>();
        Execution ex = map("""
            "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
              "Parameters": {"Bucket": "amzn-s3-demo-destination-bucket", "Prefix": "csvProcessJobs"}}
            """).mocks(Mocks.builder().answers("Map", call -> {
                written.add(call.input());
                return MockResponse.returning(json("{}"));
            }).build()).seed(7).start("[1, 2]");
        ex.assertSucceeded();
        JsonNode out = ex.output();
        assertEquals(List.of("MapRunArn", "ResultWriterDetails"), names(out));
        String arn = out.get("MapRunArn").asText();
        assertTrue(arn.startsWith("arn:aws:states:us-east-1:123456789012:mapRun:LocalStateMachine/Map:"), arn);
        String run = arn.substring(arn.lastIndexOf(':') + 1);
        assertEquals(json("{\"Bucket\": \"amzn-s3-demo-destination-bucket\", \"Key\": \"csvProcessJobs/" + run
                + "/manifest.json\"}"), out.get("ResultWriterDetails"));
        assertEquals(1, written.size());
        JsonNode succeeded = written.get(0).get("Files").get("SUCCEEDED_0.json");
        assertEquals(2, succeeded.size());
        assertEquals("SUCCEEDED", succeeded.get(0).get("Status").asText());
        assertEquals("1", succeeded.get(0).get("Input").asText(), "input and output are JSON text, as written");
        assertEquals("2", succeeded.get(1).get("Output").asText());
        assertEquals("csvProcessJobs/" + run + "/SUCCEEDED_0.json",
                written.get(0).get("Manifest").get("ResultFiles").get("SUCCEEDED").get(0).get("Key").asText());
    }

    @Test
    void writerConfigTransformationsShapeTheResults() {
        Execution flat = map("""
            "ResultWriter": {"WriterConfig": {"Transformation": "FLATTEN", "OutputType": "JSON"}}
            """).start("[[1, 2], [3], 4]");
        flat.assertOutput("[1, 2, 3, 4]");
        List<JsonNode> written = new ArrayList<>();
        map("""
            "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
              "Parameters": {"Bucket": "b", "Prefix": "p"},
              "WriterConfig": {"Transformation": "COMPACT", "OutputType": "JSONL"}}
            """).mocks(Mocks.builder().answers("Map", call -> {
                written.add(call.input());
                return MockResponse.returning(json("{}"));
            }).build()).start("[{\"a\": 1}, {\"a\": 2}]").assertSucceeded();
        assertEquals(json("[{\"a\": 1}, {\"a\": 2}]"), written.get(0).get("Files").get("SUCCEEDED_0.jsonl"));
    }

    @Test
    void distributedMapFieldsAreCheckedWhenTheDefinitionLoads() {
        LocalDefinitionException e = assertThrows(LocalDefinitionException.class, () -> LocalRunner.of("""
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
              "ItemBatcher": {"BatchInput": {}},
              "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                             "ReaderConfig": {"InputType": "XML", "CSVHeaderLocation": "GIVEN"}},
              "ResultWriter": {"WriterConfig": {"Transformation": "SQUASH"}},
              "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
            """));
        String m = e.getMessage();
        for (String expected : new String[] {"ItemReader belongs to a Distributed Map", "InputType must be CSV",
            "CSVHeaderLocation GIVEN needs CSVHeaders", "ItemBatcher needs MaxItemsPerBatch",
            "Transformation must be NONE, COMPACT or FLATTEN"}) {
            assertTrue(m.contains(expected), "missing \"" + expected + "\" in: " + m);
        }
    }

    private static List<String> names(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
