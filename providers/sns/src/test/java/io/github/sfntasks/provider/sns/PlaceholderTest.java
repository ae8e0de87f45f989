package io.github.sfntasks.provider.sns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.TaskInput;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Placeholders in {@code topic} and {@code masterKey}. Expected values are written from the AWS CDK's rules, not taken
 * from a render: the CDK's SnsPublish renders {@code TopicArn: topic.topicArn} and grants {@code sns:Publish} on
 * {@code topic.topicArn}, so a whole placeholder is the topic ARN, kept as it is in both; a topic name is made
 * {@code arn:<partition>:sns:<region>:<account>:<name>} (this provider's reading of a name). A whole placeholder key is
 * the key ARN ({@code IKey.keyArn}); a key id is made {@code arn:<partition>:kms:<region>:<account>:key/<id>}.
 */
class PlaceholderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RenderContext CFN = RenderContext.cloudFormation();
    private static final RenderContext AWS = RenderContext.of("aws", "us-east-1", "123456789012");
    private static final String ARN = "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${AlertsTopicName}";

    private static SnsPublish publish(String topic) {
        return SnsPublish.builder("Publish").topic(topic).message(TaskInput.fromText("hello")).build();
    }

    private static String topicArn(RenderContext c, String name) {
        return "arn:" + c.partition() + ":sns:" + c.region() + ":" + c.account() + ":" + name;
    }

    @Test
    void aWholePlaceholderIsTheTopicArnRenderedAndGrantedAsItIs() {
        for (RenderContext c : List.of(CFN, AWS)) {
            for (String topic : List.of("${AlertsTopic}", "${AlertsTopic.TopicArn}", "${Token[TOKEN.42]}", ARN)) {
                SnsPublish task = publish(topic);
                assertEquals(topic, task.toState(c).at("/Parameters/TopicArn").textValue());
                assertEquals(List.of(PolicyStatement.allow("sns:Publish", topic)), task.policyStatements(c));
                assertEquals(List.of(), task.warnings(c));
            }
        }
    }

    @Test
    void aNameWithAPlaceholderIsMadeTheTopicArnAroundIt() {
        for (RenderContext c : List.of(CFN, AWS)) {
            SnsPublish task = publish("alerts-${Stage}");
            String arn = topicArn(c, "alerts-${Stage}");
            assertEquals(arn, task.toState(c).at("/Parameters/TopicArn").textValue());
            assertEquals(List.of(PolicyStatement.allow("sns:Publish", arn)), task.policyStatements(c));
        }
    }

    @Test
    void aPlaceholderKeyIsGrantedInTheKeyArn() {
        for (RenderContext c : List.of(CFN, AWS)) {
            for (String key : List.of("${TopicKey.Arn}", "${Token[TOKEN.43]}",
                    "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${TopicKey}")) {
                SnsPublish task = SnsPublish.builder("Publish").topic("${AlertsTopic}").message(TaskInput.fromText("m"))
                        .masterKey(key).build();
                assertEquals(PolicyStatement.allow(List.of("kms:Decrypt", "kms:GenerateDataKey"), List.of(key)),
                        task.policyStatements(c).get(1));
            }
            SnsPublish byId = SnsPublish.builder("Publish").topic("t").message(TaskInput.fromText("m"))
                    .masterKey("mrk-${KeyId}").build();
            assertEquals(List.of("arn:" + c.partition() + ":kms:" + c.region() + ":" + c.account() + ":key/mrk-${KeyId}"),
                    byId.policyStatements(c).get(1).resources());
        }
    }

    @Test
    void whetherAPlaceholderTopicIsFifoIsLeftToSnsUnlessItsNameEndsInALiteralFifo() {
        // Unknown: a deduplication id is not refused, a missing group id not required.
        SnsPublish.builder("Publish").topic("${OrdersTopic}").message(TaskInput.fromText("m")).messageDeduplicationId("d").build();
        SnsPublish.builder("Publish").topic("orders-${Stage}").message(TaskInput.fromText("m")).messageDeduplicationId("d").build();
        // Known FIFO: the group id is required.
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> publish("orders-${Stage}.fifo"));
        assertEquals("messageGroupId", e.property());
    }

    @Test
    void aWorkflowFileReachesTheSameTask() throws Exception {
        for (String topic : List.of("${AlertsTopic}", "${Token[TOKEN.42]}", "alerts-${Stage}", ARN)) {
            ObjectNode props = JSON.createObjectNode().put("topic", topic).put("message", "hello").put("masterKey", "${TopicKey.Arn}");
            Task read = new SnsPublishProvider().create(TaskRequest.of("Publish", props));
            SnsPublish built = SnsPublish.builder("Publish").topic(topic).message(TaskInput.fromText("hello"))
                    .masterKey("${TopicKey.Arn}").build();
            assertEquals(built.toState(CFN), read.toState(CFN));
            assertEquals(built.policyStatements(CFN), read.policyStatements(CFN));
        }
    }

    @Test
    void aWildcardInAnyPositionIsRefusedNamingStateAndProperty() {
        for (String bad : List.of("arn:*:sns:us-east-1:123456789012:alerts", "arn:aws:sns:*:123456789012:alerts",
                "arn:aws:sns:us-east-1:*:alerts", "arn:aws:sns:us-east-1:123456789012:*", "arn:aws:sns:us-east-1:123456789012:al?rts",
                "arn:${AWS::Partition}:sns:*:${AWS::AccountId}:${Topic}", "alerts-${Stage}*")) {
            TaskValidationException e = assertThrows(TaskValidationException.class, () -> publish(bad), bad);
            assertEquals("Publish", e.stateName(), bad);
            assertEquals("topic", e.property(), bad);
        }
        for (String bad : List.of("arn:*:kms:us-east-1:123456789012:key/${K}", "arn:aws:kms:*:123456789012:key/${K}",
                "arn:aws:kms:us-east-1:*:key/${K}", "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/*")) {
            TaskValidationException e = assertThrows(TaskValidationException.class, () -> SnsPublish.builder("Publish")
                    .topic("t").message(TaskInput.fromText("m")).masterKey(bad).build(), bad);
            assertEquals("Publish", e.stateName(), bad);
            assertEquals("masterKey", e.property(), bad);
        }
    }

    @Test
    void theLiteralPartsAroundPlaceholdersAreChecked() {
        for (String bad : List.of("alerts topic-${Stage}", "arn:aws:sqs:us-east-1:123456789012:${Queue}",
                "arn:aws:sns:us-east-1:12345:${Topic}", "${!AlertsTopic}")) {
            TaskValidationException e = assertThrows(TaskValidationException.class, () -> publish(bad), bad);
            assertEquals("topic", e.property(), bad);
        }
        assertThrows(TaskValidationException.class, () -> SnsPublish.builder("Publish").topic("t").message(TaskInput.fromText("m"))
                .masterKey("alias/${Key}").build());
    }

    @Test
    void aTopicChosenAtRunTimeWarnsOfTheWidenedGrant() {
        SnsPublish task = SnsPublish.builder("Publish").topic(JsonPath.stringAt("$.topic")).message(TaskInput.fromText("m")).build();
        assertEquals(List.of(PolicyStatement.allow("sns:Publish", "arn:aws:sns:us-east-1:123456789012:*")), task.policyStatements(AWS));
        List<TaskWarning> w = task.warnings(AWS);
        assertEquals(1, w.size());
        assertEquals(WarningCode.WIDENED_GRANT, w.get(0).code());
        assertEquals("topic", w.get(0).property());
        assertEquals("Publish", w.get(0).stateName());
    }

    @Test
    void theSchemaAdmitsPlaceholdersAndNamesTheResources() {
        ObjectNode s = new SnsPublishProvider().propertiesSchema();
        assertEquals("sns:", s.at("/properties/topic/anyOf/0/x-sfn-resource").textValue());
        assertEquals("kms:key/", s.at("/properties/masterKey/x-sfn-resource").textValue());
        Pattern p = Pattern.compile(s.at("/properties/topic/anyOf/0/anyOf/1/pattern").textValue());
        for (String t : List.of("${AlertsTopic}", "${Token[TOKEN.42]}", "alerts-${Stage}", ARN)) {
            assertTrue(p.matcher(t).find(), t);
        }
    }
}
