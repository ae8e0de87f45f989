// The benchmark machine with the AWS CDK v1 on Node (@aws-cdk/* 1.204.0): N tasks chained with next(),
// task i of the mix in ../mix.js (LambdaInvoke, DynamoPutItem, SqsSendMessage, SnsPublish,
// StepFunctionsStartExecution RUN_JOB, EventBridgePutEvents, cycled), a StateMachine (v1 takes
// `definition`), app.synth() into a temporary outdir. The same app as node/v2 and benchmarks/cdk-java.
// Usage: node synth.js N [TEMPLATE_OUT]
'use strict';
const sfn = require('@aws-cdk/aws-stepfunctions');
const { main } = require('../mix');

main({
  core: require('@aws-cdk/core'),
  lambda: require('@aws-cdk/aws-lambda'),
  dynamodb: require('@aws-cdk/aws-dynamodb'),
  sqs: require('@aws-cdk/aws-sqs'),
  sns: require('@aws-cdk/aws-sns'),
  events: require('@aws-cdk/aws-events'),
  sfn,
  tasks: require('@aws-cdk/aws-stepfunctions-tasks'),
}, 'cdk-v1-synth', (stack, chain) => new sfn.StateMachine(stack, 'Machine', { definition: chain }));
