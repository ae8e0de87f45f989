/**
 * The order workflow in a CDK v2 app: a Lambda function, a DynamoDB table, an SQS queue and the state machine that
 * uses them, through {@code sfn-tasks-cdk}. The stack is a jsii object, so its package is open to the jsii runtime.
 */
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module com.example.orders {
    requires io.github.sfntasks.cdk;
    requires transitive aws.cdk.lib;
    requires transitive constructs;

    exports com.example.orders;
    opens com.example.orders to jsii.runtime;
}
