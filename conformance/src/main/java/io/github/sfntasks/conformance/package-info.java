/**
 * The conformance kit for one provider: {@link io.github.sfntasks.conformance.ProviderConformanceKit} (extend it
 * in a test) and {@link io.github.sfntasks.conformance.ConformanceChecks} (each property as a plain method). The
 * requests it generates and the SPI a provider adds to them are in {@link io.github.sfntasks.conformance.generation}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntasks.conformance;

import io.github.sfntasks.api.ApiStatus;
