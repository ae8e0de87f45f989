/**
 * The leaf of the API that every other package builds on: {@link io.github.sfntasks.api.RenderContext},
 * {@link io.github.sfntasks.api.Placeholders}, integration patterns, query languages, warnings and the exception
 * family rooted at {@link io.github.sfntasks.api.SfnTasksException}. The SPI itself is in
 * {@link io.github.sfntasks.api.spi}.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.api;
