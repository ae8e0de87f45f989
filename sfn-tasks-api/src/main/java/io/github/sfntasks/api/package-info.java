/**
 * The SPI of sfn-tasks: {@link io.github.sfntasks.api.TaskProvider} (found by {@code ServiceLoader}),
 * {@link io.github.sfntasks.api.Task}, {@link io.github.sfntasks.api.RenderContext}, integration
 * patterns, query languages and the exception family rooted at
 * {@link io.github.sfntasks.api.SfnTasksException}.
 */
@ApiStatus(ApiStatus.Status.STABLE)
package io.github.sfntasks.api;
