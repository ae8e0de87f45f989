// The benchmark machine with the AWS CDK v1 on Node (@aws-cdk/aws-stepfunctions-tasks 1.204.0):
// N LambdaInvoke tasks chained with next() (state T<i> invokes function fn-<i>), a StateMachine
// (v1 takes `definition`), app.synth() into a temporary outdir. Usage: node synth.js N
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const cdk = require('@aws-cdk/core');
const lambda = require('@aws-cdk/aws-lambda');
const sfn = require('@aws-cdk/aws-stepfunctions');
const tasks = require('@aws-cdk/aws-stepfunctions-tasks');

const n = Number(process.argv[2]);
if (!Number.isInteger(n) || n < 1) {
  console.error('usage: node synth.js N');
  process.exit(2);
}
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-v1-synth'));
try {
  const app = new cdk.App({ outdir });
  const stack = new cdk.Stack(app, 'Bench', { env: { account: '123456789012', region: 'us-east-1' } });
  const task = (i) => new tasks.LambdaInvoke(stack, `T${i}`, {
    lambdaFunction: lambda.Function.fromFunctionArn(stack, `Fn${i}`, `arn:aws:lambda:us-east-1:123456789012:function:fn-${i}`),
  });
  let chain = sfn.Chain.start(task(0));
  for (let i = 1; i < n; i++) {
    chain = chain.next(task(i));
  }
  new sfn.StateMachine(stack, 'Machine', { definition: chain });
  const assembly = app.synth();
  const template = assembly.getStackByName('Bench').templateFullPath;
  console.log(`synthesized ${fs.statSync(template).size} bytes of template`);
} finally {
  fs.rmSync(outdir, { recursive: true, force: true });
}
