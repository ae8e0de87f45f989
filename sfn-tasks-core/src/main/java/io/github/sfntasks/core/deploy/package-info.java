/**
 * Deployable units: {@link io.github.sfntasks.core.deploy.DeploymentTemplate} writes a
 * {@link io.github.sfntasks.core.graph.StateMachine} as a CloudFormation template, a SAM template or a Terraform
 * configuration holding the state machine resource (with its {@link io.github.sfntasks.core.graph.StateMachineOptions})
 * and its role and policy, placeholders turned into template parameters and substitutions. The CLI's
 * {@code render --format} and the Maven plugin use it.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
package io.github.sfntasks.core.deploy;

import io.github.sfntasks.api.ApiStatus;
