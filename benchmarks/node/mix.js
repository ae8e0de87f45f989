// The benchmark machine's task mix, shared by the CDK v2 (v2/synth.js) and CDK v1 (v1/synth.js) apps: task i
// is of type MIX[i % MIX.length], named T<i>, with its own imported resources. The same types, resources
// and properties as the benchmarks module's TaskMix (Java, typed builders and workflow files) and
// benchmarks/cdk-java's CdkMachine (CDK v2 from Java); scripts/check-mix.sh compares the rendered machines.
// Takes the CDK's modules as arguments, because v1 and v2 come from different packages (and node_modules).
'use strict';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const ORDER = '$.order';
const ORDER_ID = '$.order.id';

/**
 * @param cdk the CDK's modules: { lambda, dynamodb, sqs, sns, events, sfn, tasks }
 * @returns an array of (stack, i) => task state
 */
function taskMix({ lambda, dynamodb, sqs, sns, events, sfn, tasks }) {
  return [
    (stack, i) => new tasks.LambdaInvoke(stack, `T${i}`, {
      lambdaFunction: lambda.Function.fromFunctionArn(stack, `Fn${i}`, `arn:aws:lambda:${REGION}:${ACCOUNT}:function:fn-${i}`),
      payload: sfn.TaskInput.fromJsonPathAt(ORDER),
    }),
    (stack, i) => new tasks.DynamoPutItem(stack, `T${i}`, {
      table: dynamodb.Table.fromTableName(stack, `Table${i}`, `table-${i}`),
      item: {
        orderId: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt(ORDER_ID)),
        status: tasks.DynamoAttributeValue.fromString('PLACED'),
        attempt: tasks.DynamoAttributeValue.fromNumber(1),
      },
    }),
    (stack, i) => new tasks.SqsSendMessage(stack, `T${i}`, {
      queue: sqs.Queue.fromQueueArn(stack, `Queue${i}`, `arn:aws:sqs:${REGION}:${ACCOUNT}:queue-${i}`),
      messageBody: sfn.TaskInput.fromJsonPathAt(ORDER),
    }),
    (stack, i) => new tasks.SnsPublish(stack, `T${i}`, {
      topic: sns.Topic.fromTopicArn(stack, `Topic${i}`, `arn:aws:sns:${REGION}:${ACCOUNT}:topic-${i}`),
      message: sfn.TaskInput.fromJsonPathAt('$.notification'),
      subject: 'Order update',
    }),
    (stack, i) => new tasks.StepFunctionsStartExecution(stack, `T${i}`, {
      stateMachine: sfn.StateMachine.fromStateMachineArn(stack, `Child${i}`,
        `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:child-${i}`),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      input: sfn.TaskInput.fromJsonPathAt(ORDER),
    }),
    (stack, i) => new tasks.EventBridgePutEvents(stack, `T${i}`, {
      entries: [{
        eventBus: events.EventBus.fromEventBusArn(stack, `Bus${i}`, `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/bus-${i}`),
        source: 'com.example.orders',
        detailType: 'OrderUpdated',
        detail: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt(ORDER_ID), status: 'PLACED' }),
      }],
    }),
  ];
}

/**
 * Builds the app: N chained tasks, a StateMachine (made by makeStateMachine, since v1 and v2 name the
 * definition property differently), app.synth() into outdir.
 * @returns the synthesized stack's template path
 */
function synthMachine(cdkModules, n, outdir, makeStateMachine) {
  const { core, sfn } = cdkModules;
  const app = new core.App({ outdir });
  const stack = new core.Stack(app, 'Bench', { env: { account: ACCOUNT, region: REGION } });
  const mix = taskMix(cdkModules);
  const task = (i) => mix[i % mix.length](stack, i);
  let chain = sfn.Chain.start(task(0));
  for (let i = 1; i < n; i++) {
    chain = chain.next(task(i));
  }
  makeStateMachine(stack, chain);
  return app.synth().getStackByName('Bench').templateFullPath;
}

/**
 * The command line of both synth.js: node synth.js N [TEMPLATE_OUT]. Synthesizes into a temporary outdir
 * (removed afterwards), prints the template's size, and copies the template to TEMPLATE_OUT when given
 * (for scripts/check-mix.sh; the timed runs do not pass it).
 */
function main(cdkModules, tmpPrefix, makeStateMachine) {
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const n = Number(process.argv[2]);
  if (!Number.isInteger(n) || n < 1 || process.argv.length > 4) {
    console.error('usage: node synth.js N [TEMPLATE_OUT]');
    process.exit(2);
  }
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
  try {
    const template = synthMachine(cdkModules, n, outdir, makeStateMachine);
    console.log(`synthesized ${fs.statSync(template).size} bytes of template`);
    if (process.argv[3]) {
      fs.copyFileSync(template, process.argv[3]);
    }
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

module.exports = { taskMix, synthMachine, main };
