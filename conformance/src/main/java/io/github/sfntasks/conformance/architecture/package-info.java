/**
 * The architecture rules of sfn-tasks as ArchUnit rules and module-descriptor checks:
 * {@link io.github.sfntasks.conformance.architecture.SfnTasksArchitecture}.
 */
@ApiStatus(ApiStatus.Status.EXPERIMENTAL)
package io.github.sfntasks.conformance.architecture;

import io.github.sfntasks.api.ApiStatus;
