// The Lambda handler that CallAwsServiceCrossRegion invokes: it calls one AWS API action in the
// region (and, optionally, at the endpoint) the state names, with the AWS SDK for JavaScript v3.
//
// Same behaviour as the AWS CDK's handler (aws-cdk-lib 2.263.0,
// custom-resource-handlers/dist/aws-stepfunctions-tasks/cross-region-aws-sdk-handler/index.js,
// Apache-2.0), written out readably.
//
// Deploy: runtime Node.js 20.x or later (nodejs20.x, nodejs22.x, nodejs24.x; their runtimes bundle the
// AWS SDK for JavaScript v3 clients, so there is nothing to install), handler "index.handler",
// timeout 30 seconds (as the CDK sets). The function's role needs the permissions of the API call
// (CallAwsServiceCrossRegion.handlerPolicyStatements()); the state machine's role needs only
// lambda:InvokeFunction on this function.
//
// Event: { region, endpoint?, service, action, parameters? }, where service is the v3 client name
// (@aws-sdk/client-<service>, e.g. "s3", "cloudwatch-logs") and action the camelCase API name.
'use strict';

// The package's one *Client class (S3Client, CloudWatchLogsClient...); the bare __Client is internal.
function findClient(pkg) {
  const clients = Object.entries(pkg).filter(([name]) => name.endsWith('Client') && name !== '__Client');
  if (clients.length === 0) {
    throw new Error('There is no *Client class in the package.');
  }
  if (clients.length > 1) {
    throw new Error(`There are more than one *Client classes in the package: ${clients.map((c) => c[0]).join(',')}`);
  }
  return clients[0][1];
}

function upperFirst(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// getObject -> GetObjectCommand, matched without regard to case as the CDK does.
function findCommand(pkg, action) {
  const name = `${upperFirst(action)}Command`;
  const command = Object.entries(pkg).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  if (!command) {
    throw new Error(`Unable to find command named: ${name} for action: ${action} in service package`);
  }
  return command;
}

exports.handler = async (event) => {
  console.log('Event: ', event);
  try {
    const pkg = require(`@aws-sdk/client-${event.service}`);
    const Client = findClient(pkg);
    const Command = findCommand(pkg, event.action);
    const client = new Client({ region: event.region, endpoint: event.endpoint });
    const command = new Command(event.parameters ?? {});
    const response = await client.send(command);
    // Lambda Invoke and similar calls answer with bytes: give JSON back when they hold JSON, else text.
    if (response.Payload && (response.Payload instanceof Uint8Array || response.Payload instanceof Buffer)) {
      try {
        const text = new TextDecoder().decode(response.Payload);
        response.Payload = JSON.parse(text);
      } catch {
        response.Payload = new TextDecoder().decode(response.Payload);
      }
    }
    // A JSON round trip drops what is not data (class instances, undefined members, $metadata getters).
    return JSON.parse(JSON.stringify(response));
  } catch (error) {
    console.error('Error: ', error);
    throw error;
  }
};
