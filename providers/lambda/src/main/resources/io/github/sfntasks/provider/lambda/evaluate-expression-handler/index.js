// The Lambda handler that EvaluateExpression (lambda:evaluateExpression) invokes: it evaluates a
// JavaScript expression whose state paths ($.a, $.list[0]) Step Functions has already resolved.
//
// Same behaviour as the AWS CDK's handler (aws-cdk-lib 2.263.0,
// custom-resource-handlers/dist/aws-stepfunctions-tasks/eval-nodejs-handler/index.js, Apache-2.0),
// written out readably.
//
// Deploy: runtime Node.js 20.x or later (nodejs20.x, nodejs22.x, nodejs24.x), handler "index.handler",
// no dependencies, any architecture. The function needs no permissions beyond writing its logs.
//
// Event: { expression: "$.a + $.b", expressionAttributeValues: { "$.a": 1, "$.b": 2 } }
// Result: the value of the expression (3).
//
// The expression is code, run with eval(): only the state machine's own definition should write it.
// The state input reaches it as JSON values, not as code.
'use strict';

// Every character that means something in a regular expression, escaped, so "$.a" matches literally.
function escapeRegex(text) {
  return text.replace(/[-\/\\^$*+?.()|[\]{}]/g, '\\$&');
}

exports.handler = async function handler(event) {
  console.log('Event: %j', { ...event, ResponseURL: '...' });
  // Each path becomes the JSON text of its value: "$.a + $.b" -> "1 + 2".
  const expression = Object.entries(event.expressionAttributeValues).reduce(
    (text, [path, value]) => text.replace(new RegExp(escapeRegex(path), 'g'), JSON.stringify(value)),
    event.expression,
  );
  console.log(`Expression: ${expression}`);
  // Indirect eval: the expression runs in the global scope and cannot see this module's variables.
  return [eval][0](expression);
};
