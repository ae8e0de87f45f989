/**
 * Amazon EMR tasks for sfn-tasks: {@link io.github.sfntasks.provider.emr.EmrCreateCluster}
 * ({@code elasticmapreduce:createCluster}), {@link io.github.sfntasks.provider.emr.EmrSetClusterTerminationProtection},
 * {@link io.github.sfntasks.provider.emr.EmrTerminateCluster}, {@link io.github.sfntasks.provider.emr.EmrAddStep},
 * {@link io.github.sfntasks.provider.emr.EmrCancelStep}, {@link io.github.sfntasks.provider.emr.EmrModifyInstanceFleetByName}
 * and {@link io.github.sfntasks.provider.emr.EmrModifyInstanceGroupByName}.
 */
module io.github.sfntasks.provider.emr {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.emr;

    provides io.github.sfntasks.api.spi.TaskProvider with
            io.github.sfntasks.provider.emr.EmrCreateClusterProvider,
            io.github.sfntasks.provider.emr.EmrSetClusterTerminationProtectionProvider,
            io.github.sfntasks.provider.emr.EmrTerminateClusterProvider,
            io.github.sfntasks.provider.emr.EmrAddStepProvider,
            io.github.sfntasks.provider.emr.EmrCancelStepProvider,
            io.github.sfntasks.provider.emr.EmrModifyInstanceFleetByNameProvider,
            io.github.sfntasks.provider.emr.EmrModifyInstanceGroupByNameProvider;
}
