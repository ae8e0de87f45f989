/**
 * Amazon EMR on EKS tasks: create and delete a virtual cluster
 * ({@link io.github.sfntasks.provider.emrcontainers.EmrContainersCreateVirtualCluster},
 * {@link io.github.sfntasks.provider.emrcontainers.EmrContainersDeleteVirtualCluster}) and run a Spark job on one
 * ({@link io.github.sfntasks.provider.emrcontainers.EmrContainersStartJobRun}), with their providers.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.emrcontainers;

import io.github.sfntasks.api.ApiStatus;
