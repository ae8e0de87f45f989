// The benchmark machine with the AWS CDK v2 on Node (aws-cdk-lib 2.263.0): N tasks chained with next(),
// task i of the mix in ../mix.js (LambdaInvoke, DynamoPutItem, SqsSendMessage, SnsPublish,
// StepFunctionsStartExecution RUN_JOB, EventBridgePutEvents, cycled), a StateMachine, app.synth() into a
// temporary outdir. The same app as benchmarks/cdk-java (Java over jsii) and node/v1.
// Usage: node synth.js N [TEMPLATE_OUT]
'use strict';
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const { main } = require('../mix');

main({
  core: require('aws-cdk-lib'),
  lambda: require('aws-cdk-lib/aws-lambda'),
  dynamodb: require('aws-cdk-lib/aws-dynamodb'),
  sqs: require('aws-cdk-lib/aws-sqs'),
  sns: require('aws-cdk-lib/aws-sns'),
  events: require('aws-cdk-lib/aws-events'),
  sfn,
  tasks: require('aws-cdk-lib/aws-stepfunctions-tasks'),
}, 'cdk-v2-synth', (stack, chain) =>
  new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(chain) }));
