/**
 * Amazon ECS / AWS Fargate tasks for sfn-tasks: {@link io.github.sfntasks.provider.ecs.EcsRunTask}
 * ({@code ecs:runTask}).
 */
module io.github.sfntasks.provider.ecs {
    requires transitive io.github.sfntasks.api;
    requires transitive io.github.sfntasks.provider.support;

    exports io.github.sfntasks.provider.ecs;

    provides io.github.sfntasks.api.spi.TaskProvider with io.github.sfntasks.provider.ecs.EcsRunTaskProvider;
}
