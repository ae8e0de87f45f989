package io.github.sfntasks.provider.sqs;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.provider.support.MessageAttribute;
import io.github.sfntasks.provider.support.MessageAttributeDataType;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Renders every SQS example of the seed README, and more, through both the builder and the workflow form. */
class SqsSendMessageTest {

    private final SqsSendMessageProvider provider = new SqsSendMessageProvider();

    private Task fromWorkflow(String state, ExpectedJson f, IntegrationPattern pattern, QueryLanguage language, StateOptions options) {
        return provider.create(TaskRequest.of(state, SqsSendMessage.TYPE_ID, f.properties(), pattern, language, options));
    }

    private Task fromWorkflow(String state, ExpectedJson f) {
        return fromWorkflow(state, f, null, null, null);
    }

    private static void assertSameRendering(ExpectedJson f, Task typed, Task workflow) {
        assertEquals(f.assertRenders(typed), f.assertRenders(workflow), "builder and workflow form render the same bytes");
    }

    private static Map<String, Object> field1AndField2() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("field1", "somedata");
        body.put("field2", JsonPath.stringAt("$.field2"));
        return body;
    }

    @Test
    void rendersReadmeSend1WithQueueUrl() {
        // Seed README, SQS section, task1 "Send1": message body from $.message.
        ExpectedJson f = ExpectedJson.load(SqsSendMessageTest.class, "/sqs/send1.json");
        Task typed = SqsSendMessage.builder("Send1")
                .queue("https://sqs.us-east-1.amazonaws.com/123456789012/Queue")
                .messageBody(TaskInput.fromJsonPathAt("$.message"))
                .build();
        assertSameRendering(f, typed, fromWorkflow("Send1", f));
    }

    @Test
    void rendersReadmeSend2WithQueueArn() {
        // Seed README, SQS section, task2 "Send2": a literal object with one path member.
        ExpectedJson f = ExpectedJson.load(SqsSendMessageTest.class, "/sqs/send2.json");
        Task typed = SqsSendMessage.builder("Send2")
                .queue("arn:aws:sqs:us-east-1:123456789012:Queue")
                .messageBody(TaskInput.fromObject(field1AndField2()))
                .build();
        assertSameRendering(f, typed, fromWorkflow("Send2", f));
    }

    @Test
    void buildsUrlAndArnOfQueueNameFromContext() {
        ExpectedJson f = ExpectedJson.load(SqsSendMessageTest.class, "/sqs/queue-by-name.json");
        Task typed = SqsSendMessage.builder("Send")
                .queue("Queue")
                .messageBody(TaskInput.fromText("hello"))
                .delay(Duration.ofSeconds(30))
                .build();
        assertSameRendering(f, typed, fromWorkflow("Send", f));
    }

    @Test
    void buildsChinaUrlFromAwsCnArn() {
        ExpectedJson f = ExpectedJson.load(SqsSendMessageTest.class, "/sqs/china-arn.json");
        Task typed = SqsSendMessage.builder("Send")
                .queue("arn:aws-cn:sqs:cn-north-1:123456789012:orders")
                .messageBody(TaskInput.fromText("hello"))
                .build();
        assertSameRendering(f, typed, fromWorkflow("Send", f));
    }

    @Test
    void derivesGovCloudArnFromUrl() {
        ExpectedJson f = ExpectedJson.load(SqsSendMessageTest.class, "/sqs/govcloud-url.json");
        Task typed = SqsSendMessage.builder("Send")
                .queue("https://sqs.us-gov-west-1.amazonaws.com/123456789012/orders")
                .messageBody(TaskInput.fromText("hello"))
                .build();
        assertSameRendering(f, typed, fromWorkflow("Send", f));
    }

    @Test
    void keepsPlaceholdersOfCloudFormationContext() {
        ExpectedJson f = ExpectedJson.load(SqsSendMessageTest.class, "/sqs/cloudformation-name.json");
        Task typed = SqsSendMessage.builder("Send").queue("Queue").messageBody(TaskInput.fromText("hello")).build();
        assertSameRendering(f, typed, fromWorkflow("Send", f));
    }

    @Test
    void rendersCallbackWithTaskTokenInBody() {
        ExpectedJson f = ExpectedJson.load(SqsSendMessageTest.class, "/sqs/callback.json");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Message", "Hello from Step Functions!");
        body.put("TaskToken", JsonPath.taskToken());
        Task typed = SqsSendMessage.builder("Send message to SQS")
                .queue("https://sqs.us-east-1.amazonaws.com/123456789012/myQueue")
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .messageBody(TaskInput.fromObject(body))
                .build();
        assertSameRendering(f, typed,
                fromWorkflow("Send message to SQS", f, IntegrationPattern.WAIT_FOR_TASK_TOKEN, null, null));
    }

    @Test
    void rendersJsonataStateAsArguments() {
        ExpectedJson f = ExpectedJson.load(SqsSendMessageTest.class, "/sqs/jsonata.json");
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        attributes.put("my_attribute_no_1", MessageAttribute.of("attribute1"));
        attributes.put("my_attribute_no_2", MessageAttribute.of("attribute2"));
        Task typed = SqsSendMessage.builder("Send message to SQS")
                .queryLanguage(QueryLanguage.JSONATA)
                .queue("https://sqs.us-east-1.amazonaws.com/123456789012/myQueue")
                .messageBody(TaskInput.fromJsonata("$states.input.message"))
                .delay(JsonataExpression.of("$states.input.delay"))
                .messageAttributes(attributes)
                .build();
        assertSameRendering(f, typed, fromWorkflow("Send message to SQS", f, null, QueryLanguage.JSONATA,
                StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build()));
    }

    @Test
    void rendersFifoQueueWithAttributesAndEncryptionKey() {
        ExpectedJson f = ExpectedJson.load(SqsSendMessageTest.class, "/sqs/fifo.json");
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        attributes.put("priority", MessageAttribute.of(1));
        attributes.put("source", MessageAttribute.of("checkout"));
        attributes.put("tags", MessageAttribute.of(List.of("a", "b")));
        attributes.put("sig", MessageAttribute.of("aGVsbG8=", MessageAttributeDataType.BINARY));
        Task typed = SqsSendMessage.builder("Enqueue")
                .queue("https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo")
                .messageBody(TaskInput.fromJsonPathAt("$.order"))
                .messageGroupId(JsonPath.stringAt("$.customerId"))
                .messageDeduplicationId("order-1")
                .messageAttributes(attributes)
                .encryptionMasterKey("1234abcd-12ab-34cd-56ef-1234567890ab")
                .build();
        assertSameRendering(f, typed, fromWorkflow("Enqueue", f));
    }

    @Test
    void grantsEveryQueueOfAccountAndRegionForDynamicQueue() {
        ExpectedJson f = ExpectedJson.load(SqsSendMessageTest.class, "/sqs/dynamic-queue.json");
        Task typed = SqsSendMessage.builder("Send")
                .queue(JsonPath.stringAt("$.queueUrl"))
                .messageBody(TaskInput.fromJsonPathAt("$.message"))
                .delay(JsonPath.numberAt("$.delaySeconds"))
                .build();
        assertSameRendering(f, typed, fromWorkflow("Send", f));
    }

    @Test
    void acceptsTaskTokenInMessageAttribute() {
        Task task = SqsSendMessage.builder("Callback")
                .queue("https://sqs.us-east-1.amazonaws.com/123456789012/q")
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .messageBody(TaskInput.fromText("work"))
                .messageAttribute("TaskToken", MessageAttribute.of(JsonPath.taskToken()))
                .build();
        assertEquals("$$.Task.Token",
                task.toState(ExpectedJson.CONTEXT).at("/Parameters/MessageAttributes/TaskToken/StringValue.$").textValue());
    }

    @Test
    void copiesThroughToBuilderAndWithOptions() {
        SqsSendMessage task = SqsSendMessage.builder("Send2")
                .queue("arn:aws:sqs:us-east-1:123456789012:Queue")
                .messageBody(TaskInput.fromObject(field1AndField2()))
                .delay(Duration.ofMinutes(15))
                .messageAttribute("n", MessageAttribute.of(2))
                .build();
        SqsSendMessage copy = task.toBuilder().build();
        assertEquals(ExpectedJson.write(task.toState(ExpectedJson.CONTEXT)), ExpectedJson.write(copy.toState(ExpectedJson.CONTEXT)));
        assertEquals(900, task.toState(ExpectedJson.CONTEXT).at("/Parameters/DelaySeconds").asInt());
        Task withComment = task.withOptions(StateOptions.builder().comment("c").build());
        assertEquals("c", withComment.toState(ExpectedJson.CONTEXT).get("Comment").textValue());
    }

    @Test
    void inATemplateGrantsTheQueueInThePartitionItsUrlNames() {
        // RenderContext.cloudFormation(): the Resource takes the template's partition, the grant the queue's own
        // (amazonaws.com in a non-GovCloud region is aws; see QueueReferenceTest for the rest of the decision).
        RenderContext cfn = RenderContext.cloudFormation();
        Task concrete = SqsSendMessage.builder("Send")
                .queue("https://sqs.eu-west-1.amazonaws.com/111122223333/q")
                .messageBody(TaskInput.fromText("m"))
                .build();
        assertEquals("arn:${AWS::Partition}:states:::sqs:sendMessage", concrete.toState(cfn).get("Resource").textValue());
        assertEquals(List.of(PolicyStatement.allow("sqs:SendMessage", "arn:aws:sqs:eu-west-1:111122223333:q")),
                concrete.policyStatements(cfn));
        Task placeholder = SqsSendMessage.builder("Send")
                .queue("https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/q")
                .messageBody(TaskInput.fromText("m"))
                .build();
        assertEquals(List.of(PolicyStatement.allow("sqs:SendMessage", "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:q")),
                placeholder.policyStatements(cfn));
        assertEquals("https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/q",
                placeholder.toState(cfn).at("/Parameters/QueueUrl").textValue(), "the URL is sent as given");
    }
}
