package com.example.orders;

import io.github.sfntasks.cdk.SfnTasksStateMachine;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The order workflow ({@code order.yaml}) and what it uses, the same resources as {@code resources.yaml}: a Lambda
 * function, a DynamoDB table, an SQS queue, and the log group the machine logs to.
 */
public class OrderStack extends Stack {

    /** The workflow file, relative to this project's folder (where {@code cdk synth} and Maven run). */
    static final String WORKFLOW = "order.yaml";

    /**
     * @param scope the app
     * @param id the stack's id
     * @param props the stack's props, or null
     */
    public OrderStack(Construct scope, String id, StackProps props) {
        super(scope, id, props);

        Function validate = Function.Builder.create(this, "OrderFunction")
                .runtime(Runtime.PYTHON_3_12)
                .handler("index.handler")
                .code(Code.fromInline("def handler(order, context):\n"
                        + "    return {\"valid\": bool(order.get(\"id\")) and order.get(\"total\", 0) > 0}\n"))
                .build();
        Table orders = Table.Builder.create(this, "OrdersTable")
                .partitionKey(Attribute.builder().name("id").type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Queue shipping = Queue.Builder.create(this, "OrdersQueue").build();
        LogGroup logs = LogGroup.Builder.create(this, "OrderLogs")
                .logGroupName("/aws/vendedlogs/states/orders")
                .retention(RetentionDays.TWO_WEEKS)
                .build();

        // Each ${...} of order.yaml gets its value: the definition through DefinitionSubstitutions, the grants and
        // the StateMachineOptions section (log destination) directly.
        SfnTasksStateMachine workflow = SfnTasksStateMachine.Builder.create(this, "OrderWorkflow")
                .workflowFile(WORKFLOW)
                .substitution("OrderFunction.Arn", validate.getFunctionArn())
                .substitution("OrdersTable", orders.getTableName())
                .substitution("OrdersQueue", shipping.getQueueUrl())
                .substitution("OrdersQueue.Arn", shipping.getQueueArn())
                .substitution("OrderLogs.Arn", logs.getLogGroupArn())
                .build();

        CfnOutput.Builder.create(this, "StateMachineArn").value(workflow.getStateMachineArn()).build();
    }
}
