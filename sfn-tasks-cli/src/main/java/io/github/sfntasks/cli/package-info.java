/**
 * The entry point of the sfn-tasks command line, {@link io.github.sfntasks.cli.Main}: a
 * {@code main} for the launcher and {@link io.github.sfntasks.cli.Main#run} for embedding and tests.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntasks.cli;

import io.github.sfntasks.api.ApiStatus;
