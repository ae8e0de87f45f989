/**
 * Values in task properties and state fields: static JSON, JSONPaths, the intrinsic functions of
 * the States language, JSONata expressions, and {@link io.github.sfntasks.api.value.TaskInput}.
 * {@link io.github.sfntasks.api.value.Values} reads them from workflow JSON and writes them as ASL
 * for either query language.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.api.value;

import io.github.sfntasks.api.ApiStatus;
