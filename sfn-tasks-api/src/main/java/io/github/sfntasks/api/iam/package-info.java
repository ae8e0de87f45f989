/**
 * The IAM model: {@link io.github.sfntasks.api.iam.PolicyStatement}s that tasks grant,
 * {@link io.github.sfntasks.api.iam.PolicyDocument} and {@link io.github.sfntasks.api.iam.Arn} parsing.
 * ARNs are built from a {@link io.github.sfntasks.api.RenderContext}; the partition is never hard-coded.
 */
@ApiStatus(ApiStatus.Status.STABLE)
package io.github.sfntasks.api.iam;

import io.github.sfntasks.api.ApiStatus;
