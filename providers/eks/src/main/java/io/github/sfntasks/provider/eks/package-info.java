/**
 * Amazon EKS tasks: {@link io.github.sfntasks.provider.eks.EksCall} ({@code eks:call}: read and write Kubernetes
 * resource objects through the Kubernetes API endpoint of an EKS cluster) and its provider.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.eks;

import io.github.sfntasks.api.ApiStatus;
