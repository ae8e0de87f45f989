/**
 * Provider discovery: {@link io.github.sfntasks.core.TaskRegistry}, what it found
 * ({@link io.github.sfntasks.core.ProviderInfo}) and what went wrong ({@link io.github.sfntasks.core.DiscoveryProblem}).
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.core;

import io.github.sfntasks.api.ApiStatus;
