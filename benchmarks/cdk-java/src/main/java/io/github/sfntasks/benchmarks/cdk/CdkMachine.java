package io.github.sfntasks.benchmarks.cdk;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.stepfunctions.Chain;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.TaskInput;
import software.amazon.awscdk.services.stepfunctions.TaskStateBase;
import software.amazon.awscdk.services.stepfunctions.tasks.DynamoAttributeValue;
import software.amazon.awscdk.services.stepfunctions.tasks.DynamoPutItem;
import software.amazon.awscdk.services.stepfunctions.tasks.EventBridgePutEvents;
import software.amazon.awscdk.services.stepfunctions.tasks.EventBridgePutEventsEntry;
import software.amazon.awscdk.services.stepfunctions.tasks.LambdaInvoke;
import software.amazon.awscdk.services.stepfunctions.tasks.SnsPublish;
import software.amazon.awscdk.services.stepfunctions.tasks.SqsSendMessage;
import software.amazon.awscdk.services.stepfunctions.tasks.StepFunctionsStartExecution;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same machine as the benchmarks module's {@code TaskMix}, built and synthesized with the AWS
 * CDK v2 from Java over jsii, as a CDK user does it: an {@code App}, a {@code Stack}, {@code n} tasks
 * chained with {@code next}, a {@code StateMachine}, {@code app.synth()} (CloudFormation template with
 * the definition and the role's policy, written to {@code outdir}).
 *
 * <p>Task {@code i} is of type {@code MIX.get(i % MIX.size())}: {@code LambdaInvoke},
 * {@code DynamoPutItem}, {@code SqsSendMessage}, {@code SnsPublish}, {@code StepFunctionsStartExecution}
 * (RUN_JOB), {@code EventBridgePutEvents}, each on its own imported resource ({@code fn-<i>},
 * {@code table-<i>}, {@code queue-<i>}, {@code topic-<i>}, {@code child-<i>}, {@code bus-<i>}) with the
 * same properties as {@code TaskMix}. The Node apps under {@code benchmarks/node/} ({@code mix.js}) build
 * the identical app; {@code benchmarks/scripts/check-mix.sh} compares the templates with sfn-tasks' render.
 */
public final class CdkMachine {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";
    private static final String ORDER = "$.order";
    private static final String ORDER_ID = "$.order.id";

    /** One task type: builds task {@code i} in the stack. */
    private interface TaskType {
        TaskStateBase create(Stack stack, int i);
    }

    private static final List<TaskType> MIX = List.of(
            CdkMachine::lambdaInvoke,
            CdkMachine::dynamoPutItem,
            CdkMachine::sqsSendMessage,
            CdkMachine::snsPublish,
            CdkMachine::startExecution,
            CdkMachine::putEvents);

    private CdkMachine() {
    }

    /**
     * Builds and synthesizes the app.
     *
     * @param n the number of tasks
     * @param outdir where the cloud assembly goes (a fresh directory per call)
     * @return the synthesized stack's template path
     */
    public static Path synth(int n, Path outdir) {
        App app = new App(AppProps.builder().outdir(outdir.toString()).build());
        Stack stack = new Stack(app, "Bench", StackProps.builder()
                .env(Environment.builder().account(ACCOUNT).region(REGION).build())
                .build());
        Chain chain = Chain.start(task(stack, 0));
        for (int i = 1; i < n; i++) {
            chain = chain.next(task(stack, i));
        }
        StateMachine.Builder.create(stack, "Machine")
                .definitionBody(DefinitionBody.fromChainable(chain))
                .build();
        CloudAssembly assembly = app.synth();
        return Path.of(assembly.getStackByName("Bench").getTemplateFullPath());
    }

    private static TaskStateBase task(Stack stack, int i) {
        return MIX.get(i % MIX.size()).create(stack, i);
    }

    private static String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + REGION + ":" + ACCOUNT + ":" + resource;
    }

    private static TaskStateBase lambdaInvoke(Stack stack, int i) {
        return LambdaInvoke.Builder.create(stack, "T" + i)
                .lambdaFunction(Function.fromFunctionArn(stack, "Fn" + i, arn("lambda", "function:fn-" + i)))
                .payload(TaskInput.fromJsonPathAt(ORDER))
                .build();
    }

    private static TaskStateBase dynamoPutItem(Stack stack, int i) {
        Map<String, DynamoAttributeValue> item = new LinkedHashMap<>();
        item.put("orderId", DynamoAttributeValue.fromString(JsonPath.stringAt(ORDER_ID)));
        item.put("status", DynamoAttributeValue.fromString("PLACED"));
        item.put("attempt", DynamoAttributeValue.fromNumber(1));
        return DynamoPutItem.Builder.create(stack, "T" + i)
                .table(Table.fromTableName(stack, "Table" + i, "table-" + i))
                .item(item)
                .build();
    }

    private static TaskStateBase sqsSendMessage(Stack stack, int i) {
        return SqsSendMessage.Builder.create(stack, "T" + i)
                .queue(Queue.fromQueueArn(stack, "Queue" + i, arn("sqs", "queue-" + i)))
                .messageBody(TaskInput.fromJsonPathAt(ORDER))
                .build();
    }

    private static TaskStateBase snsPublish(Stack stack, int i) {
        return SnsPublish.Builder.create(stack, "T" + i)
                .topic(Topic.fromTopicArn(stack, "Topic" + i, arn("sns", "topic-" + i)))
                .message(TaskInput.fromJsonPathAt("$.notification"))
                .subject("Order update")
                .build();
    }

    private static TaskStateBase startExecution(Stack stack, int i) {
        return StepFunctionsStartExecution.Builder.create(stack, "T" + i)
                .stateMachine(StateMachine.fromStateMachineArn(stack, "Child" + i, arn("states", "stateMachine:child-" + i)))
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .input(TaskInput.fromJsonPathAt(ORDER))
                .build();
    }

    private static TaskStateBase putEvents(Stack stack, int i) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("orderId", JsonPath.stringAt(ORDER_ID));
        detail.put("status", "PLACED");
        return EventBridgePutEvents.Builder.create(stack, "T" + i)
                .entries(List.of(EventBridgePutEventsEntry.builder()
                        .eventBus(EventBus.fromEventBusArn(stack, "Bus" + i, arn("events", "event-bus/bus-" + i)))
                        .source("com.example.orders")
                        .detailType("OrderUpdated")
                        .detail(TaskInput.fromObject(detail))
                        .build()))
                .build();
    }
}
