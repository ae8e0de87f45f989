/**
 * An AWS CDK v2 construct for sfn-tasks: {@link io.github.sfntasks.cdk.SfnTasksStateMachine} deploys a machine built
 * with the typed builders, or read from a workflow file, as a CDK {@code StateMachine} with a least-privilege role,
 * CDK tokens kept; {@link io.github.sfntasks.cdk.SfnTasksOptions} holds the machine's type, logging, tracing and name.
 *
 * <p>This module (artifact {@code sfn-tasks-cdk}, automatic module {@code io.github.sfntasks.cdk}) is the one main-code
 * user of {@code aws-cdk-lib}; it needs what the CDK's Java bindings need: Node.js on the PATH, started by jsii.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
package io.github.sfntasks.cdk;

import io.github.sfntasks.api.ApiStatus;
