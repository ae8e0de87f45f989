/**
 * What the kit sends a provider: {@link io.github.sfntasks.conformance.generation.TaskCase} (a valid request),
 * {@link io.github.sfntasks.conformance.generation.InvalidCase} (one broken in one
 * {@link io.github.sfntasks.conformance.generation.Mutation} way), and
 * {@link io.github.sfntasks.conformance.generation.ProviderArbitraries}, the SPI through which a provider adds
 * what its JSON Schema cannot say. A package of its own so that the kit's machinery depends on it, never on the
 * entry points.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntasks.conformance.generation;

import io.github.sfntasks.api.ApiStatus;
