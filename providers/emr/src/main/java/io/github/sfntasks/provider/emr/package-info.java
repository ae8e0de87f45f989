/**
 * Amazon EMR tasks, the AWS CDK v2's EMR task types on the one-declaration shape: create a cluster
 * ({@link io.github.sfntasks.provider.emr.EmrCreateCluster}, {@code elasticmapreduce:createCluster}), protect and
 * terminate it ({@link io.github.sfntasks.provider.emr.EmrSetClusterTerminationProtection},
 * {@link io.github.sfntasks.provider.emr.EmrTerminateCluster}), add and cancel steps
 * ({@link io.github.sfntasks.provider.emr.EmrAddStep}, {@link io.github.sfntasks.provider.emr.EmrCancelStep}) and
 * resize instance fleets and groups by name ({@link io.github.sfntasks.provider.emr.EmrModifyInstanceFleetByName},
 * {@link io.github.sfntasks.provider.emr.EmrModifyInstanceGroupByName}); each with its provider for workflow files.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html">Create and manage Amazon EMR
 *      clusters with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
