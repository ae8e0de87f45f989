package io.github.sfntasks.core;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;

import java.util.Set;

/**
 * One discovered provider, for listings.
 *
 * @param typeId the type id
 * @param patterns the integration patterns it supports
 * @param description one line on what it does
 * @param className the implementing class
 * @param module the module it came from ({@code unnamed} on the class path)
 * @param version the module's or jar's version, or {@code unknown}
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public record ProviderInfo(String typeId, Set<IntegrationPattern> patterns, String description,
                           String className, String module, String version) {
}
