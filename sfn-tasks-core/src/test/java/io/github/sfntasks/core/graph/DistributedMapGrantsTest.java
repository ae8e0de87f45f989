package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.workflow.WorkflowReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected grants from AWS's "IAM policies for using Distributed Map states"
 * (https://docs.aws.amazon.com/step-functions/latest/dg/iam-policies-eg-dist-map.html): states:StartExecution on
 * the machine itself, states:DescribeExecution/StopExecution on its executions; for ItemReader listObjectsV2
 * s3:ListBucket on the bucket with an s3:prefix condition, for getObject s3:GetObject on the object (the key is known,
 * so one object; the CDK's S3FileItemReader grants bucket/*, which is wider than needed), for an S3 inventory manifest
 * also the data files under the configuration's data/ folder; for ResultWriter PutObject, GetObject,
 * ListMultipartUploadParts and AbortMultipartUpload on the prefix's objects.
 */
class DistributedMapGrantsTest {

    private static final RenderContext CTX = RenderContext.of("aws", "us-east-1", "123456789012");

    private static StateMachine machine(String name, String readerAndWriter) {
        String json = "{" + (name == null ? "" : "\"StateMachineOptions\": {\"stateMachineName\": \"" + name + "\"},")
                + "\"StartAt\": \"Each\", \"States\": {\"Each\": {\"Type\": \"Map\", " + readerAndWriter
                + " \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"},"
                + " \"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}}}";
        return new WorkflowReader(TaskRegistry.load()).read("dm.json", json);
    }

    private static PolicyStatement withAction(List<PolicyStatement> all, String action) {
        return all.stream().filter(s -> s.actions().contains(action)).findFirst().orElseThrow(() -> new AssertionError(all));
    }

    @Test
    void theMapRunStartsAndWatchesExecutionsOfThisMachine() {
        List<PolicyStatement> s = machine("orders", "").policyStatements(CTX);
        assertEquals(List.of("arn:aws:states:us-east-1:123456789012:stateMachine:orders"),
                withAction(s, "states:StartExecution").resources());
        PolicyStatement watch = withAction(s, "states:DescribeExecution");
        assertEquals(List.of("states:DescribeExecution", "states:StopExecution"), watch.actions());
        assertEquals(List.of("arn:aws:states:us-east-1:123456789012:execution:orders/*"), watch.resources());
    }

    @Test
    void anInlineMapNeedsNoGrant() {
        StateMachine m = new WorkflowReader(TaskRegistry.load()).read("m.json", "{\"StartAt\": \"Each\", \"States\": {"
                + "\"Each\": {\"Type\": \"Map\", \"ItemProcessor\": {\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\","
                + " \"End\": true}}}, \"End\": true}}}");
        assertTrue(m.policyStatements(CTX).isEmpty());
    }

    @Test
    void listObjectsIsLimitedToThePrefix() {
        List<PolicyStatement> s = machine("orders", "\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:listObjectsV2\","
                + " \"Parameters\": {\"Bucket\": \"amzn-s3-demo-bucket\", \"Prefix\": \"processData\"}},").policyStatements(CTX);
        PolicyStatement list = withAction(s, "s3:ListBucket");
        assertEquals(List.of("arn:aws:s3:::amzn-s3-demo-bucket"), list.resources());
        assertEquals(List.of(PolicyStatement.Condition.of("StringLike", "s3:prefix", "processData*")), list.conditions());
    }

    @Test
    void aCsvReaderReadsThatObjectAndAWriterWritesUnderItsPrefix() {
        StateMachine m = machine("orders", "\"ItemReader\": {\"ReaderConfig\": {\"InputType\": \"CSV\", \"CSVHeaderLocation\":"
                + " \"FIRST_ROW\"}, \"Resource\": \"arn:aws:states:::s3:getObject\", \"Parameters\": {\"Bucket\":"
                + " \"amzn-s3-demo-bucket\", \"Key\": \"csvDataset/ratings.csv\"}}, \"ResultWriter\": {\"Resource\":"
                + " \"arn:aws:states:::s3:putObject\", \"Parameters\": {\"Bucket\": \"amzn-s3-demo-destination-bucket\","
                + " \"Prefix\": \"csvJobs\"}},");
        List<PolicyStatement> s = m.policyStatements(CTX);
        PolicyStatement write = withAction(s, "s3:PutObject");
        assertEquals(List.of("s3:AbortMultipartUpload", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:PutObject"),
                write.actions());
        assertEquals(List.of("arn:aws:s3:::amzn-s3-demo-destination-bucket/csvJobs/*"), write.resources());
        PolicyStatement read = s.stream().filter(x -> x.actions().equals(List.of("s3:GetObject"))).findFirst().orElseThrow();
        assertEquals(List.of("arn:aws:s3:::amzn-s3-demo-bucket/csvDataset/ratings.csv"), read.resources());
        assertTrue(m.warnings(CTX).isEmpty(), m.warnings(CTX).toString());
    }

    @Test
    void anInventoryManifestAlsoReadsItsDataFiles() {
        List<PolicyStatement> s = machine("orders", "\"ItemReader\": {\"ReaderConfig\": {\"InputType\": \"MANIFEST\"},"
                + " \"Resource\": \"arn:aws:states:::s3:getObject\", \"Parameters\": {\"Bucket\": \"dest\", \"Key\":"
                + " \"inv/source/config/2024-01-01T00-00Z/manifest.json\"}},").policyStatements(CTX);
        assertEquals(List.of("arn:aws:s3:::dest/inv/source/config/2024-01-01T00-00Z/manifest.json",
                "arn:aws:s3:::dest/inv/source/config/data/*"), withAction(s, "s3:GetObject").resources());
    }

    @Test
    void aBucketChosenAtRunTimeWidensAndWarns() {
        StateMachine m = machine(null, "\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:listObjectsV2\","
                + " \"Parameters\": {\"Bucket.$\": \"$.bucket\"}},");
        assertEquals(List.of("arn:aws:s3:::*"), withAction(m.policyStatements(CTX), "s3:ListBucket").resources());
        assertEquals(List.of("arn:aws:states:us-east-1:123456789012:stateMachine:${StateMachine.Name}"),
                withAction(m.policyStatements(CTX), "states:StartExecution").resources());
        List<String> w = m.warnings(CTX);
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("state \"Each\": ItemReader: the bucket is chosen at run time")
                && w.get(0).endsWith("(SFN-W001)"), w.get(0));
    }

    @Test
    void aLiteralThatLooksLikeAPathIsReported() {
        StateMachine m = new WorkflowReader(TaskRegistry.load()).read("w.json", "{\"StartAt\": \"Charge\", \"States\": {"
                + "\"Charge\": {\"Type\": \"Task\", \"Provider\": \"lambda:invoke\", \"Properties\": {\"lambdaFunction\":"
                + " \"charge\", \"payload\": {\"order\": \"$.order\", \"id.$\": \"$.id\", \"note\": \"$5 off\"}}, \"End\": true}}}");
        List<String> w = m.warnings(CTX);
        assertEquals(List.of("state \"Charge\": Parameters.Payload.order: \"$.order\" is sent as this literal text, since"
                + " the key has no .$; end the key with .$ to send what the path selects (or, in a workflow file's"
                + " Properties, the property name) (SFN-W005)"), w);
        assertEquals(w, m.render(CTX).warnings());
    }
}
