/**
 * What every Task state shares whatever its service: {@link io.github.sfntasks.api.state.StateOptions}
 * (paths, result selection, Assign, timeouts, credentials), {@link io.github.sfntasks.api.state.Retrier}
 * and {@link io.github.sfntasks.api.state.Catcher}.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.api.state;

import io.github.sfntasks.api.ApiStatus;
