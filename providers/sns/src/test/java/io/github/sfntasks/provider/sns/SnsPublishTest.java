package io.github.sfntasks.provider.sns;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.provider.support.MessageAttribute;
import io.github.sfntasks.provider.support.MessageAttributeDataType;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Renders every SNS example of the seed README, and more, through both the builder and the workflow form. */
class SnsPublishTest {

    private final SnsPublishProvider provider = new SnsPublishProvider();

    private Task fromWorkflow(String state, ExpectedJson f, IntegrationPattern pattern, QueryLanguage language, StateOptions options) {
        return provider.create(TaskRequest.of(state, SnsPublish.TYPE_ID, f.properties(), pattern, language, options));
    }

    private static void assertSameRendering(ExpectedJson f, Task typed, Task workflow) {
        assertEquals(f.assertRenders(typed), f.assertRenders(workflow), "builder and workflow form render the same bytes");
    }

    @Test
    void rendersReadmeEvaluateExpressionPublishMessage() {
        // Seed README, "Evaluate Expression": SnsPublish "Publish message", message from $.message, result at $.sns.
        ExpectedJson f = ExpectedJson.load(SnsPublishTest.class, "/sns/publish-message.json");
        Task typed = SnsPublish.builder("Publish message")
                .topic("arn:aws:sns:us-east-1:123456789012:cool-topic")
                .message(TaskInput.fromJsonPathAt("$.message"))
                .resultPath("$.sns")
                .build();
        Task workflow = fromWorkflow("Publish message", f, null, null, StateOptions.builder().resultPath("$.sns").build());
        assertSameRendering(f, typed, workflow);
    }

    @Test
    void rendersReadmePublish1WithAllAttributeKinds() {
        // Seed README, SNS section, task1 "Publish1": String (path), Binary (path), Number (4), String.Array with a null.
        ExpectedJson f = ExpectedJson.load(SnsPublishTest.class, "/sns/publish1.json");
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        attributes.put("place", MessageAttribute.of(JsonPath.stringAt("$.place")));
        attributes.put("pic", MessageAttribute.of(JsonPath.stringAt("$.pic"), MessageAttributeDataType.BINARY));
        attributes.put("people", MessageAttribute.of(4));
        attributes.put("handles", MessageAttribute.of(Arrays.asList("@kslater", "@jjf", null, "@mfanning")));
        Task typed = SnsPublish.builder("Publish1")
                .topic("arn:aws:sns:us-east-1:123456789012:Topic")
                .integrationPattern(IntegrationPattern.REQUEST_RESPONSE)
                .message(TaskInput.fromJsonPathAt("$.state.message"))
                .messageAttributes(attributes)
                .build();
        Task workflow = fromWorkflow("Publish1", f, IntegrationPattern.REQUEST_RESPONSE, null, null);
        assertSameRendering(f, typed, workflow);
    }

    @Test
    void rendersReadmePublish2WithObjectMessageAndTopicName() {
        // Seed README, SNS section, task2 "Publish2": a literal object with one path member.
        ExpectedJson f = ExpectedJson.load(SnsPublishTest.class, "/sns/publish2.json");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("field1", "somedata");
        message.put("field2", JsonPath.stringAt("$.field2"));
        Task typed = SnsPublish.builder("Publish2")
                .topic("Topic")
                .message(TaskInput.fromObject(message))
                .build();
        assertSameRendering(f, typed, fromWorkflow("Publish2", f, null, null, null));
    }

    @Test
    void rendersCallbackWithTaskTokenInMessage() {
        ExpectedJson f = ExpectedJson.load(SnsPublishTest.class, "/sns/callback.json");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("token", JsonPath.taskToken());
        message.put("order", JsonPath.stringAt("$.orderId"));
        Task typed = SnsPublish.builder("Ask for approval")
                .topic("arn:aws:sns:us-east-1:123456789012:approvals")
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .message(TaskInput.fromObject(message))
                .heartbeat(Duration.ofHours(1))
                .build();
        Task workflow = fromWorkflow("Ask for approval", f, IntegrationPattern.WAIT_FOR_TASK_TOKEN, null,
                StateOptions.builder().heartbeatSeconds(3600).build());
        assertSameRendering(f, typed, workflow);
    }

    @Test
    void rendersJsonataStateAsArguments() {
        ExpectedJson f = ExpectedJson.load(SnsPublishTest.class, "/sns/jsonata.json");
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        attributes.put("my_attribute_no_1", MessageAttribute.of("value of my_attribute_no_1"));
        attributes.put("my_attribute_no_2", MessageAttribute.of(JsonataExpression.of("$states.input.place")));
        Task typed = SnsPublish.builder("Publish to SNS")
                .queryLanguage(QueryLanguage.JSONATA)
                .topic("arn:aws:sns:us-east-1:123456789012:myTopic")
                .message(TaskInput.fromJsonata("$states.input.message"))
                .messageAttributes(attributes)
                .build();
        Task workflow = fromWorkflow("Publish to SNS", f, null, QueryLanguage.JSONATA,
                StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build());
        assertSameRendering(f, typed, workflow);
    }

    @Test
    void rendersFifoTopicWithPerProtocolMessageAndEncryptionKey() {
        ExpectedJson f = ExpectedJson.load(SnsPublishTest.class, "/sns/fifo.json");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("default", "Order received");
        message.put("email", "Your order was received");
        message.put("sqs", IntrinsicFunction.jsonToString(JsonPath.objectAt("$.order")));
        Task typed = SnsPublish.builder("Notify")
                .topic("arn:aws:sns:us-east-1:123456789012:orders.fifo")
                .message(TaskInput.fromObject(message))
                .messagePerSubscriptionType(true)
                .subject("Order received")
                .messageGroupId(JsonPath.stringAt("$.customerId"))
                .messageDeduplicationId(JsonPath.stringAt("$.orderId"))
                .masterKey("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
                .build();
        assertSameRendering(f, typed, fromWorkflow("Notify", f, null, null, null));
    }

    @Test
    void grantsEveryTopicOfAccountAndRegionForDynamicTopic() {
        ExpectedJson f = ExpectedJson.load(SnsPublishTest.class, "/sns/dynamic-topic.json");
        Task typed = SnsPublish.builder("Publish")
                .topic(JsonPath.stringAt("$.topicArn"))
                .message(TaskInput.fromJsonPathAt("$.message"))
                .build();
        assertSameRendering(f, typed, fromWorkflow("Publish", f, null, null, null));
    }

    @Test
    void buildsTopicArnFromContextPartition() {
        ExpectedJson f = ExpectedJson.load(SnsPublishTest.class, "/sns/china.json");
        Task typed = SnsPublish.builder("Alert").topic("alerts").message(TaskInput.fromText("hello")).build();
        assertSameRendering(f, typed, fromWorkflow("Alert", f, null, null, null));
    }

    @Test
    void passesArnWithPlaceholdersThrough() {
        ExpectedJson f = ExpectedJson.load(SnsPublishTest.class, "/sns/placeholder-arn.json");
        Task typed = SnsPublish.builder("Alert")
                .topic("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:alerts.fifo")
                .message(TaskInput.fromText("hello"))
                .messageGroupId("g")
                .masterKey("arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab")
                .build();
        assertSameRendering(f, typed, fromWorkflow("Alert", f, null, null, null));
    }

    @Test
    void infersAttributeTypesAsTheCdkDoes() {
        ExpectedJson f = ExpectedJson.load(SnsPublishTest.class, "/sns/attributes-inferred.json");
        Map<String, MessageAttribute> a = new LinkedHashMap<>();
        a.put("flag", MessageAttribute.of(true));
        a.put("ratio", MessageAttribute.of(4.5));
        a.put("huge", MessageAttribute.of(1e21));
        a.put("count", MessageAttribute.of(4, MessageAttributeDataType.STRING));
        a.put("tags", MessageAttribute.of(Arrays.asList("a", 1, false, null), MessageAttributeDataType.STRING_ARRAY));
        a.put("sizes", MessageAttribute.of("[1, 2]", MessageAttributeDataType.STRING_ARRAY));
        a.put("price", MessageAttribute.of("12.50", MessageAttributeDataType.NUMBER));
        a.put("blob", MessageAttribute.of("aGVsbG8=", MessageAttributeDataType.BINARY));
        a.put("quote", MessageAttribute.of(List.of("say \"hi\"\n")));
        Task typed = SnsPublish.builder("Publish")
                .topic("arn:aws:sns:us-east-1:123456789012:Topic")
                .message(TaskInput.fromText("hello"))
                .messageAttributes(a)
                .build();
        assertSameRendering(f, typed, fromWorkflow("Publish", f, null, null, null));
    }

    @Test
    void acceptsTaskTokenInMessageAttribute() {
        Task task = SnsPublish.builder("Callback")
                .topic("arn:aws:sns:us-east-1:123456789012:approvals")
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .message(TaskInput.fromText("please approve"))
                .messageAttribute("TaskToken", MessageAttribute.of(JsonPath.taskToken()))
                .build();
        assertEquals("$$.Task.Token", task.toState(ExpectedJson.CONTEXT).at("/Parameters/MessageAttributes/TaskToken/StringValue.$").textValue());
    }

    @Test
    void copiesThroughToBuilderAndWithOptions() {
        SnsPublish task = SnsPublish.builder("Publish1")
                .topic("arn:aws:sns:us-east-1:123456789012:Topic")
                .message(TaskInput.fromJsonPathAt("$.state.message"))
                .messageAttribute("people", MessageAttribute.of(4))
                .subject("hi")
                .build();
        SnsPublish copy = task.toBuilder().build();
        assertEquals(ExpectedJson.write(task.toState(ExpectedJson.CONTEXT)), ExpectedJson.write(copy.toState(ExpectedJson.CONTEXT)));
        Task withComment = task.withOptions(StateOptions.builder().comment("c").build());
        assertEquals("c", withComment.toState(ExpectedJson.CONTEXT).get("Comment").textValue());
        assertEquals(task.toState(ExpectedJson.CONTEXT).get("Parameters"), withComment.toState(ExpectedJson.CONTEXT).get("Parameters"));
    }
}
