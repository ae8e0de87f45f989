package io.github.sfntasks.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.core.graph.Chain;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.provider.dynamodb.DynamoAttributeValue;
import io.github.sfntasks.provider.dynamodb.DynamoPutItem;
import io.github.sfntasks.provider.eventbridge.EventBridgePutEvents;
import io.github.sfntasks.provider.eventbridge.EventBridgePutEventsEntry;
import io.github.sfntasks.provider.lambda.LambdaInvoke;
import io.github.sfntasks.provider.sns.SnsPublish;
import io.github.sfntasks.provider.sqs.SqsSendMessage;
import io.github.sfntasks.provider.stepfunctions.StepFunctionsStartExecution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The machine every benchmark measures: {@code n} Task states chained one after another, task
 * {@code i} of the type {@code TYPES.get(i % TYPES.size())}, named {@code T<i>}.
 *
 * <p>Each task type is one line of {@link #TYPES}: how to build task {@code i} with the typed builder,
 * and the same task as a workflow file says it (type id and properties). The two must render the same
 * bytes; {@code TaskMixTest} checks it, so the in-JVM benchmarks and the CLI runs measure the same work.
 *
 * <p>The types are the providers that the AWS CDK also has, so the CDK apps of the comparison
 * ({@code benchmarks/cdk-java}, {@code benchmarks/node/v2}, {@code benchmarks/node/v1}) build the same
 * machine, with the same imported resources and the same properties (task {@code i}, in this order):
 * <ol start="0">
 *   <li>{@code LambdaInvoke}: function {@code arn:aws:lambda:us-east-1:123456789012:function:fn-<i>},
 *       payload from {@code $.order};</li>
 *   <li>{@code DynamoPutItem}: table {@code table-<i>}, item {@code orderId} (S from {@code $.order.id}),
 *       {@code status} (S {@code PLACED}), {@code attempt} (N {@code 1});</li>
 *   <li>{@code SqsSendMessage}: queue {@code arn:aws:sqs:us-east-1:123456789012:queue-<i>}, body from
 *       {@code $.order};</li>
 *   <li>{@code SnsPublish}: topic {@code arn:aws:sns:us-east-1:123456789012:topic-<i>}, message from
 *       {@code $.notification}, subject {@code Order update};</li>
 *   <li>{@code StepFunctionsStartExecution}, RUN_JOB ({@code .sync:2}): state machine
 *       {@code arn:aws:states:us-east-1:123456789012:stateMachine:child-<i>}, input from {@code $.order};</li>
 *   <li>{@code EventBridgePutEvents}: one entry to bus {@code arn:aws:events:us-east-1:123456789012:event-bus/bus-<i>},
 *       source {@code com.example.orders}, detail type {@code OrderUpdated}, detail
 *       {@code {"orderId.$": "$.order.id", "status": "PLACED"}}.</li>
 * </ol>
 * {@code MixCheck} compares this machine with a CDK app's template (state by state, and the policy), so a
 * change here without the same change there fails the check.
 *
 * <p>Every task gets its own resources ({@code fn-<i>}, {@code table-<i>}, ...), so nothing is rendered
 * once and reused, and the aggregated policy grows with {@code n} as a real machine's would.
 */
public final class TaskMix {

    /** What every benchmark renders for: concrete partition, region and account. */
    public static final RenderContext CONTEXT = RenderContext.of("aws", "us-east-1", "123456789012");

    /** The account and region of every imported resource, the same as {@link #CONTEXT}'s. */
    private static final String REGION_ACCOUNT = "us-east-1:123456789012";

    /** The order the machine works on: the Lambda payload, the SQS body, the child execution's input. */
    private static final String ORDER = "$.order";
    private static final String ORDER_ID = "$.order.id";
    private static final String NOTIFICATION = "$.notification";
    private static final String STATUS = "PLACED";
    private static final String SUBJECT = "Order update";
    private static final String EVENT_SOURCE = "com.example.orders";
    private static final String EVENT_DETAIL_TYPE = "OrderUpdated";

    /** One task type: the typed builder, and the same task in a workflow file. */
    public record TaskType(IntFunction<Task> builder, String typeId, IntFunction<ObjectNode> properties) {
    }

    /**
     * The task types cycled through. Add a provider here, one line each (and its artifact in the pom,
     * {@code requires} in module-info, and the same task in the three CDK apps).
     */
    public static final List<TaskType> TYPES = List.of(
            new TaskType(TaskMix::lambdaInvoke, LambdaInvoke.TYPE_ID, TaskMix::lambdaInvokeProperties),
            new TaskType(TaskMix::dynamoPutItem, DynamoPutItem.TYPE_ID, TaskMix::dynamoPutItemProperties),
            new TaskType(TaskMix::sqsSendMessage, SqsSendMessage.TYPE_ID, TaskMix::sqsSendMessageProperties),
            new TaskType(TaskMix::snsPublish, SnsPublish.TYPE_ID, TaskMix::snsPublishProperties),
            new TaskType(TaskMix::startExecution, StepFunctionsStartExecution.TYPE_ID, TaskMix::startExecutionProperties),
            new TaskType(TaskMix::putEvents, EventBridgePutEvents.TYPE_ID, TaskMix::putEventsProperties));

    private TaskMix() {
    }

    /** @param i the task's index @return its state name */
    public static String name(int i) {
        return "T" + i;
    }

    /** @param i the task's index @return the function a LambdaInvoke task {@code i} invokes */
    public static String lambdaArn(int i) {
        return "arn:aws:lambda:" + REGION_ACCOUNT + ":function:fn-" + i;
    }

    /** @param i the task's index @return the table a DynamoPutItem task {@code i} writes to */
    public static String tableName(int i) {
        return "table-" + i;
    }

    /** @param i the task's index @return the queue an SqsSendMessage task {@code i} sends to */
    public static String queueArn(int i) {
        return "arn:aws:sqs:" + REGION_ACCOUNT + ":queue-" + i;
    }

    /** @param i the task's index @return the topic an SnsPublish task {@code i} publishes to */
    public static String topicArn(int i) {
        return "arn:aws:sns:" + REGION_ACCOUNT + ":topic-" + i;
    }

    /** @param i the task's index @return the state machine a StepFunctionsStartExecution task {@code i} runs */
    public static String stateMachineArn(int i) {
        return "arn:aws:states:" + REGION_ACCOUNT + ":stateMachine:child-" + i;
    }

    /** @param i the task's index @return the bus an EventBridgePutEvents task {@code i} sends to */
    public static String eventBusArn(int i) {
        return "arn:aws:events:" + REGION_ACCOUNT + ":event-bus/bus-" + i;
    }

    private static Task lambdaInvoke(int i) {
        return LambdaInvoke.builder(name(i))
                .lambdaFunction(lambdaArn(i))
                .payload(TaskInput.fromJsonPathAt(ORDER))
                .build();
    }

    private static ObjectNode lambdaInvokeProperties(int i) {
        return props().put("lambdaFunction", lambdaArn(i)).put("payload.$", ORDER);
    }

    private static Task dynamoPutItem(int i) {
        return DynamoPutItem.builder(name(i))
                .table(tableName(i))
                .item("orderId", DynamoAttributeValue.fromString(JsonPath.stringAt(ORDER_ID)))
                .item("status", DynamoAttributeValue.fromString(STATUS))
                .item("attempt", DynamoAttributeValue.fromNumber(1))
                .build();
    }

    private static ObjectNode dynamoPutItemProperties(int i) {
        ObjectNode p = props().put("table", tableName(i));
        ObjectNode item = p.putObject("item");
        item.putObject("orderId").put("S.$", ORDER_ID);
        item.putObject("status").put("S", STATUS);
        item.putObject("attempt").put("N", "1");
        return p;
    }

    private static Task sqsSendMessage(int i) {
        return SqsSendMessage.builder(name(i))
                .queue(queueArn(i))
                .messageBody(TaskInput.fromJsonPathAt(ORDER))
                .build();
    }

    private static ObjectNode sqsSendMessageProperties(int i) {
        return props().put("queue", queueArn(i)).put("messageBody.$", ORDER);
    }

    private static Task snsPublish(int i) {
        return SnsPublish.builder(name(i))
                .topic(topicArn(i))
                .message(TaskInput.fromJsonPathAt(NOTIFICATION))
                .subject(SUBJECT)
                .build();
    }

    private static ObjectNode snsPublishProperties(int i) {
        return props().put("topic", topicArn(i)).put("message.$", NOTIFICATION).put("subject", SUBJECT);
    }

    private static Task startExecution(int i) {
        return StepFunctionsStartExecution.builder(name(i))
                .stateMachine(stateMachineArn(i))
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .input(TaskInput.fromJsonPathAt(ORDER))
                .build();
    }

    private static ObjectNode startExecutionProperties(int i) {
        return props().put("stateMachine", stateMachineArn(i))
                .put("integrationPattern", IntegrationPattern.RUN_JOB.name())
                .put("input.$", ORDER);
    }

    private static Task putEvents(int i) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("orderId", JsonPath.stringAt(ORDER_ID));
        detail.put("status", STATUS);
        return EventBridgePutEvents.builder(name(i))
                .addEntry(EventBridgePutEventsEntry.builder()
                        .eventBus(eventBusArn(i))
                        .source(EVENT_SOURCE)
                        .detailType(EVENT_DETAIL_TYPE)
                        .detail(TaskInput.fromObject(detail))
                        .build())
                .build();
    }

    private static ObjectNode putEventsProperties(int i) {
        ObjectNode p = props();
        ObjectNode entry = p.putArray("entries").addObject();
        entry.put("eventBus", eventBusArn(i)).put("source", EVENT_SOURCE).put("detailType", EVENT_DETAIL_TYPE);
        entry.putObject("detail").put("orderId.$", ORDER_ID).put("status", STATUS);
        return p;
    }

    private static ObjectNode props() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Builds the chain with the typed builders and validates it.
     *
     * @param n the number of tasks, at least 1
     * @return the machine
     */
    public static StateMachine machine(int n) {
        Chain chain = Chain.start(task(0));
        for (int i = 1; i < n; i++) {
            chain = chain.next(task(i));
        }
        return StateMachine.builder(chain).build();
    }

    /** @param i the task's index @return task {@code i}, built with its typed builder */
    public static Task task(int i) {
        return TYPES.get(i % TYPES.size()).builder().apply(i);
    }

    /**
     * The same machine as a workflow file (ASL-shaped, {@code Provider}/{@code Properties} in each Task).
     *
     * @param n the number of tasks, at least 1
     * @return the workflow file's JSON tree
     */
    public static ObjectNode workflow(int n) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("StartAt", name(0));
        ObjectNode states = root.putObject("States");
        for (int i = 0; i < n; i++) {
            TaskType type = TYPES.get(i % TYPES.size());
            ObjectNode state = states.putObject(name(i));
            state.put("Type", "Task");
            state.put("Provider", type.typeId());
            state.set("Properties", type.properties().apply(i));
            if (i + 1 < n) {
                state.put("Next", name(i + 1));
            } else {
                state.put("End", true);
            }
        }
        return root;
    }
}
