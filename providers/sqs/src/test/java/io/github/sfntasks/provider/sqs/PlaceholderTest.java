package io.github.sfntasks.provider.sqs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.TaskInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A queue deployed alongside the state machine. Expected values follow the CDK's SqsSendMessage: it renders the
 * queue's {@code queueUrl} (a token) as {@code QueueUrl} untouched, and grants {@code sqs:SendMessage} on the queue's
 * {@code queueArn} (another token). With one property we take what the user gives: a placeholder inside a URL, ARN or
 * name stays where it is and the other form is built around it (as {@link QueueReference} documents); a whole
 * placeholder is the URL, and its ARN comes from {@code queueArn} or the grant widens (with a warning).
 */
class PlaceholderTest {

    private static final RenderContext CFN = RenderContext.cloudFormation();
    private static final RenderContext AWS = RenderContext.of("aws", "us-east-1", "123456789012");

    private static SqsSendMessage send(String queue) {
        return SqsSendMessage.builder("Send").queue(queue).messageBody(TaskInput.fromText("hi")).build();
    }

    private static String url(SqsSendMessage t, RenderContext c) {
        return t.toState(c).get("Parameters").get("QueueUrl").textValue();
    }

    private static List<String> resources(SqsSendMessage t, RenderContext c) {
        return t.policyStatements(c).get(0).resources();
    }

    @Test
    void aNameWithAPlaceholderGetsItsUrlAndArnBuiltAroundIt() {
        SqsSendMessage t = send("orders-${Stage}");
        assertEquals("https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/orders-${Stage}", url(t, CFN));
        assertEquals(List.of("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:orders-${Stage}"), resources(t, CFN));
        assertEquals("https://sqs.us-east-1.amazonaws.com/123456789012/orders-${Stage}", url(t, AWS));
        assertEquals(List.of("arn:aws:sqs:us-east-1:123456789012:orders-${Stage}"), resources(t, AWS));
    }

    @Test
    void aUrlWithPlaceholdersIsRenderedAsWrittenAndItsArnDerived() {
        String u = "https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/${QueueName}";
        SqsSendMessage t = send(u);
        assertEquals(u, url(t, CFN));
        // ${AWS::URLSuffix} is the domain of ${AWS::Partition} (RenderContext.partitionOfUrlSuffix)
        assertEquals(List.of("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}"), resources(t, CFN));
    }

    @Test
    void anArnWithPlaceholdersIsGrantedAsWrittenAndItsUrlBuilt() {
        SqsSendMessage t = send("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}");
        assertEquals("https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/${QueueName}", url(t, CFN));
        assertEquals(List.of("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}"), resources(t, CFN));
    }

    @Test
    void aWholePlaceholderIsTheUrlAndQueueArnNamesTheGrant() {
        for (String q : List.of("${FulfilmentQueue}", "${Token[TOKEN.31]}")) {
            SqsSendMessage t = SqsSendMessage.builder("Send").queue(q).queueArn("${FulfilmentQueue.Arn}")
                    .messageBody(TaskInput.fromText("hi")).build();
            assertEquals(q, url(t, CFN));
            assertEquals(List.of(PolicyStatement.allow("sqs:SendMessage", "${FulfilmentQueue.Arn}")), t.policyStatements(CFN));
            assertEquals(List.of(), t.warnings(CFN));
            assertTrue(!t.toState(CFN).toString().contains("Arn}"), "queueArn is grant-only");
        }
    }

    @Test
    void aWholePlaceholderWithoutQueueArnWidensTheGrantWithAWarning() {
        SqsSendMessage t = send("${FulfilmentQueue}");
        assertEquals(List.of("arn:aws:sqs:us-east-1:123456789012:*"), resources(t, AWS));
        List<TaskWarning> w = t.warnings(AWS);
        assertEquals(1, w.size());
        assertEquals(WarningCode.WIDENED_GRANT, w.get(0).code());
        assertEquals("queue", w.get(0).property());
    }

    @Test
    void anArnPlaceholderCannotStandForTheUrl() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> send("${FulfilmentQueue.Arn}"));
        assertEquals("queue", e.property());
        assertEquals("Send", e.stateName());
    }

    @Test
    void queueArnIsRefusedWhereTheArnIsDerived() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> SqsSendMessage.builder("Send")
                .queue("orders").queueArn("arn:aws:sqs:us-east-1:123456789012:orders").messageBody(TaskInput.fromText("hi")).build());
        assertEquals("queueArn", e.property());
    }

    @Test
    void wildcardsAreRefusedInEveryPosition() {
        for (String q : List.of("arn:aws:sqs:*:123456789012:q", "arn:*:sqs:us-east-1:123456789012:q",
                "arn:aws:sqs:us-east-1:12345678901?:q", "q*", "https://sqs.us-*.amazonaws.com/123456789012/q")) {
            TaskValidationException e = assertThrows(TaskValidationException.class, () -> send(q), q);
            assertEquals("queue", e.property(), q);
            assertEquals("Send", e.stateName(), q);
        }
    }

    @Test
    void aPlaceholderPartitionOfUnknownDomainSaysWhatToGive() {
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> send("orders").toState(RenderContext.of("${Partition}", "${Region}", "${AccountId}")));
        assertEquals("queue", e.property());
        assertTrue(e.getMessage().contains("give the queue URL"), e.getMessage());
    }

    @Test
    void aWorkflowFileReachesTheSameTask() throws Exception {
        ObjectNode props = (ObjectNode) new ObjectMapper().readTree(
                "{\"queue\": \"${FulfilmentQueue}\", \"queueArn\": \"${FulfilmentQueue.Arn}\", \"messageBody\": \"hi\"}");
        var read = new SqsSendMessageProvider().create(TaskRequest.of("Send", props));
        SqsSendMessage built = SqsSendMessage.builder("Send").queue("${FulfilmentQueue}").queueArn("${FulfilmentQueue.Arn}")
                .messageBody(TaskInput.fromText("hi")).build();
        assertEquals(built.toState(CFN), read.toState(CFN));
        assertEquals(built.policyStatements(CFN), read.policyStatements(CFN));
    }
}
