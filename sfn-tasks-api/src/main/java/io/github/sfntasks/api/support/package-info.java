/**
 * The optional bases that make a provider short. The one-declaration shape: a task's properties are
 * {@link io.github.sfntasks.api.support.Field}s of a {@link io.github.sfntasks.api.support.Shape}, from which come the
 * builder's checks, the workflow-file reader, the JSON Schema and the rendered Parameters
 * ({@link io.github.sfntasks.api.support.ShapeTask}, {@link io.github.sfntasks.api.support.ShapeTaskBuilder},
 * {@link io.github.sfntasks.api.support.ShapeTaskProvider}); a task type declared once
 * ({@link io.github.sfntasks.api.support.TaskType}: id, patterns, default pattern). Under them, the hand-written
 * shape: {@link io.github.sfntasks.api.support.TaskBuilder} (common options and patterns),
 * {@link io.github.sfntasks.api.support.ServiceTask} (renders the whole Task state, checks options, adds the
 * Credentials grant), {@link io.github.sfntasks.api.support.PropertyReader} (workflow-file properties with located
 * errors) and {@link io.github.sfntasks.api.support.JsonSchema}. Experimental at 0.x: the SPI a third party
 * implements ({@link io.github.sfntasks.api.spi}) is the stable part.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntasks.api.support;

import io.github.sfntasks.api.ApiStatus;
