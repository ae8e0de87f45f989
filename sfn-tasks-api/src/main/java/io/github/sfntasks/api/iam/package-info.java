/**
 * The IAM model: {@link io.github.sfntasks.api.iam.PolicyStatement}s that tasks grant,
 * {@link io.github.sfntasks.api.iam.PolicyDocument} and {@link io.github.sfntasks.api.iam.Arn} parsing.
 * ARNs are built from a {@link io.github.sfntasks.api.RenderContext}; the partition is never hard-coded.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.api.iam;

import io.github.sfntasks.api.ApiStatus;
