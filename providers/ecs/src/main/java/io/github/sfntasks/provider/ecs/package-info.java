/**
 * Amazon ECS / AWS Fargate tasks: {@link io.github.sfntasks.provider.ecs.EcsRunTask} (run a task on EC2, Fargate
 * or external instances, optionally waiting for it to stop) and its provider ({@code ecs:runTask}).
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.ecs;

import io.github.sfntasks.api.ApiStatus;
