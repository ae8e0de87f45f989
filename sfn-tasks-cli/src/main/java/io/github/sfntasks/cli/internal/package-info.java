/**
 * The commands of the sfn-tasks command line and what they share: reading workflow files (JSON or
 * YAML), atomic output, problem lines. The drawings and the workflow JSON Schema are the core's public API
 * ({@code io.github.sfntasks.core.diagram}, {@code WorkflowSchema}). Not exported; opened to picocli only.
 * May change at any time.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
package io.github.sfntasks.cli.internal;

import io.github.sfntasks.api.ApiStatus;
