// The benchmark machine with the AWS CDK v2 on Node: N LambdaInvoke tasks chained with next()
// (state T<i> invokes function fn-<i>), a StateMachine, app.synth() into a temporary outdir.
// The same app as benchmarks/cdk-java (Java over jsii) and node/v1. Usage: node synth.js N
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const tasks = require('aws-cdk-lib/aws-stepfunctions-tasks');

const n = Number(process.argv[2]);
if (!Number.isInteger(n) || n < 1) {
  console.error('usage: node synth.js N');
  process.exit(2);
}
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-v2-synth'));
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
  new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(chain) });
  const assembly = app.synth();
  const template = assembly.getStackByName('Bench').templateFullPath;
  console.log(`synthesized ${fs.statSync(template).size} bytes of template`);
} finally {
  fs.rmSync(outdir, { recursive: true, force: true });
}
