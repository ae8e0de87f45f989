/**
 * Amazon Athena tasks: {@link io.github.sfntasks.provider.athena.AthenaStartQueryExecution} (with its nested
 * builders), {@link io.github.sfntasks.provider.athena.AthenaGetQueryExecution},
 * {@link io.github.sfntasks.provider.athena.AthenaGetQueryResults},
 * {@link io.github.sfntasks.provider.athena.AthenaStopQueryExecution}, and their providers.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.athena;

import io.github.sfntasks.api.ApiStatus;
