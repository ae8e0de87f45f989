package com.example.orders;

import io.github.sfntasks.cdk.SfnTasksOptions;
import io.github.sfntasks.cdk.SfnTasksStateMachine;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/** A Lambda function, a DynamoDB table, an SQS queue, and the order workflow that uses the three. */
public class OrderStack extends Stack {

    /** The workflow file, relative to this project's folder (where {@code cdk synth} and Maven run). */
    static final String WORKFLOW = "src/main/workflows/order.yaml";

    /**
     * @param scope the app
     * @param id the stack's id
     * @param props the stack's props, or null
     */
    public OrderStack(Construct scope, String id, StackProps props) {
        super(scope, id, props);

        Function validate = Function.Builder.create(this, "ValidateFunction")
                .runtime(Runtime.NODEJS_24_X)
                .handler("index.handler")
                .code(Code.fromInline("exports.handler = async ({ order }) => ({ valid: order.total > 0 });"))
                .build();
        Table orders = Table.Builder.create(this, "OrdersTable")
                .partitionKey(Attribute.builder().name("orderId").type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
        Queue fulfilment = Queue.Builder.create(this, "FulfilmentQueue").build();

        SfnTasksStateMachine workflow = SfnTasksStateMachine.Builder.create(this, "OrderWorkflow")
                .workflowFile(WORKFLOW)
                .substitution("ValidateFunctionArn", validate.getFunctionArn())
                .substitution("OrdersTable", orders.getTableName())
                .substitution("FulfilmentQueueUrl", fulfilment.getQueueUrl())
                .substitution("FulfilmentQueueArn", fulfilment.getQueueArn())
                .options(SfnTasksOptions.builder().tracing(true).build())
                .build();

        CfnOutput.Builder.create(this, "StateMachineArn").value(workflow.getStateMachineArn()).build();
    }
}
