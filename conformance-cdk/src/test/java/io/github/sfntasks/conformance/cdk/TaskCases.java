package io.github.sfntasks.conformance.cdk;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.TaskInput;
import software.amazon.awscdk.services.stepfunctions.tasks.DynamoAttributeValue;
import software.amazon.awscdk.services.stepfunctions.tasks.DynamoPutItem;
import software.amazon.awscdk.services.stepfunctions.tasks.LambdaInvoke;
import software.amazon.awscdk.services.stepfunctions.tasks.SnsPublish;
import software.amazon.awscdk.services.stepfunctions.tasks.SqsSendMessage;
import software.amazon.awscdk.services.stepfunctions.tasks.StepFunctionsStartExecution;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** The CDK-side task factories; the key is the output file name ({@code out/<key>.json}). */
final class TaskCases {

    static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:my-fn";
    static final String QUEUE_ARN = "arn:aws:sqs:us-east-1:123456789012:my-queue";
    static final String TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:my-topic";
    static final String TABLE_NAME = "my-table";
    static final String STATE_MACHINE_ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:child";

    private TaskCases() {
    }

    static IChainable lambdaDefault(Stack stack, String name) {
        return LambdaInvoke.Builder.create(stack, name)
                .lambdaFunction(Function.fromFunctionArn(stack, "Fn", FUNCTION_ARN))
                .build();
    }

    static Map<String, BiFunction<Stack, String, IChainable>> all() {
        Map<String, BiFunction<Stack, String, IChainable>> m = new LinkedHashMap<>();
        m.put("LambdaInvoke", TaskCases::lambdaDefault);
        m.put("LambdaInvoke-payloadResponseOnly", (stack, name) -> LambdaInvoke.Builder.create(stack, name)
                .lambdaFunction(Function.fromFunctionArn(stack, "Fn", FUNCTION_ARN))
                .payloadResponseOnly(true)
                .build());
        m.put("LambdaInvoke-waitForTaskToken", (stack, name) -> {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("token", JsonPath.getTaskToken());
            payload.put("input", JsonPath.stringAt("$.input"));
            payload.put("literal", "x");
            return LambdaInvoke.Builder.create(stack, name)
                    .lambdaFunction(Function.fromFunctionArn(stack, "Fn", FUNCTION_ARN))
                    .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                    .payload(TaskInput.fromObject(payload))
                    .build();
        });
        m.put("SqsSendMessage", (stack, name) -> SqsSendMessage.Builder.create(stack, name)
                .queue(Queue.fromQueueArn(stack, "Queue", QUEUE_ARN))
                .messageBody(TaskInput.fromJsonPathAt("$.body"))
                .build());
        m.put("SnsPublish", (stack, name) -> SnsPublish.Builder.create(stack, name)
                .topic(Topic.fromTopicArn(stack, "Topic", TOPIC_ARN))
                .message(TaskInput.fromJsonPathAt("$.message"))
                .build());
        m.put("DynamoPutItem", (stack, name) -> {
            Map<String, DynamoAttributeValue> item = new LinkedHashMap<>();
            item.put("pk", DynamoAttributeValue.fromString(JsonPath.stringAt("$.id")));
            item.put("kind", DynamoAttributeValue.fromString("order"));
            return DynamoPutItem.Builder.create(stack, name)
                    .table(Table.fromTableName(stack, "Table", TABLE_NAME))
                    .item(item)
                    .build();
        });
        m.put("StepFunctionsStartExecution-runJob", (stack, name) -> StepFunctionsStartExecution.Builder
                .create(stack, name)
                .stateMachine(StateMachine.fromStateMachineArn(stack, "Child", STATE_MACHINE_ARN))
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .build());
        return m;
    }
}
