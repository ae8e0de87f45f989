/**
 * What a Task state needs in IAM: {@link io.github.sfntasks.conformance.iam.ResourceActions}, a table of
 * {@link io.github.sfntasks.conformance.iam.ResourceRule}s from AWS's "IAM policies for integrated services" pages,
 * with {@link io.github.sfntasks.conformance.iam.ResourceLocator}s that find the resources a rendered state touches.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntasks.conformance.iam;

import io.github.sfntasks.api.ApiStatus;
