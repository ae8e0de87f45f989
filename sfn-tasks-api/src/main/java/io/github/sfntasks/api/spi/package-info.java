/**
 * The service-provider interface: {@link io.github.sfntasks.api.spi.TaskProvider} (found by
 * {@code ServiceLoader}: {@code provides io.github.sfntasks.api.spi.TaskProvider with ...} in
 * {@code module-info.java} and a line in {@code META-INF/services/io.github.sfntasks.api.spi.TaskProvider}),
 * the {@link io.github.sfntasks.api.spi.Task} it makes, and the {@link io.github.sfntasks.api.spi.TaskRequest}
 * it is given. A third party implements these; {@link io.github.sfntasks.api.support} holds the optional
 * bases that make an implementation short.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.2")
package io.github.sfntasks.api.spi;

import io.github.sfntasks.api.ApiStatus;
