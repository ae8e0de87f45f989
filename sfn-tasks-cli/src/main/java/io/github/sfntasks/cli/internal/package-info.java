/**
 * The commands of the sfn-tasks command line and what they share: reading workflow files (JSON or
 * YAML), atomic output, the Mermaid and Graphviz drawings, and the workflow JSON Schema. Not
 * exported; opened to picocli only. May change at any time.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
package io.github.sfntasks.cli.internal;

import io.github.sfntasks.api.ApiStatus;
