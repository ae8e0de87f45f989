/**
 * Workflow files: ASL-shaped JSON (or YAML, given a Jackson YAML factory) where a Task state may name
 * a provider and its properties instead of a Resource. {@link io.github.sfntasks.core.workflow.WorkflowReader}
 * reads them into a {@link io.github.sfntasks.core.graph.StateMachine}, reporting every problem with its
 * file, line and column.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.core.workflow;

import io.github.sfntasks.api.ApiStatus;
