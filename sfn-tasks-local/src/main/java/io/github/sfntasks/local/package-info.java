/**
 * Running state machines locally: {@link io.github.sfntasks.local.LocalRunner} executes a definition,
 * {@link io.github.sfntasks.local.Mocks} answers its service calls, {@link io.github.sfntasks.local.Execution}
 * holds the outcome, the states visited and the history, with assertion helpers.
 */
package io.github.sfntasks.local;
