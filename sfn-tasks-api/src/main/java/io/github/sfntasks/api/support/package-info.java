/**
 * The shared shape of a provider, written once: {@link io.github.sfntasks.api.support.TaskBuilder}
 * (common options and patterns), {@link io.github.sfntasks.api.support.ServiceTask} (renders the whole
 * Task state, checks options, adds the Credentials grant), {@link io.github.sfntasks.api.support.PropertyReader}
 * (workflow-file properties with located errors) and {@link io.github.sfntasks.api.support.JsonSchema};
 * for tasks that send an SNS or SQS message, {@link io.github.sfntasks.provider.support.MessageTask} and
 * {@link io.github.sfntasks.provider.support.MessageTaskBuilder} (group and deduplication ids, FIFO rules)
 * and {@link io.github.sfntasks.provider.support.MessageAttributes}.
 */
@ApiStatus(ApiStatus.Status.STABLE)
package io.github.sfntasks.api.support;

import io.github.sfntasks.api.ApiStatus;
