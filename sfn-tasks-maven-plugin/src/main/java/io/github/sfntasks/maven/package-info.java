/**
 * The sfn-tasks Maven plugin (goal prefix {@code sfn-tasks}): {@code validate} (bound to {@code validate}),
 * {@code render}, {@code graph} and {@code schema} (bound to {@code generate-resources}) over the workflow files of
 * {@code src/main/workflows}. The goal classes are Maven's to instantiate; their parameters are documented on each.
 */
package io.github.sfntasks.maven;
