/**
 * The architecture rules of sfn-tasks as ArchUnit rules and module-descriptor checks:
 * {@link io.github.sfntasks.conformance.architecture.SfnTasksArchitecture}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntasks.conformance.architecture;

import io.github.sfntasks.api.ApiStatus;
