/**
 * The differential check against the AWS CDK v2 (opt-in): {@link io.github.sfntasks.conformance.cdk.CdkDifferentialKit}
 * renders the same generated requests through a provider and through the CDK construct that a
 * {@link io.github.sfntasks.conformance.cdk.CdkTaskFactory} builds, and compares state and grants, allowing only the
 * {@link io.github.sfntasks.conformance.cdk.AllowedDifference}s a factory declares.
 * {@link io.github.sfntasks.conformance.cdk.CdkRenderer} runs the CDK (one jsii runtime per JVM).
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntasks.conformance.cdk;

import io.github.sfntasks.api.ApiStatus;
