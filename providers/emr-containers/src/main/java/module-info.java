/**
 * Amazon EMR on EKS tasks for sfn-tasks:
 * {@link io.github.sfntasks.provider.emrcontainers.EmrContainersCreateVirtualCluster} ({@code emr-containers:createVirtualCluster}),
 * {@link io.github.sfntasks.provider.emrcontainers.EmrContainersDeleteVirtualCluster} ({@code emr-containers:deleteVirtualCluster})
 * and {@link io.github.sfntasks.provider.emrcontainers.EmrContainersStartJobRun} ({@code emr-containers:startJobRun}).
 */
module io.github.sfntasks.provider.emrcontainers {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.emrcontainers;

    provides io.github.sfntasks.api.spi.TaskProvider with
            io.github.sfntasks.provider.emrcontainers.EmrContainersCreateVirtualClusterProvider,
            io.github.sfntasks.provider.emrcontainers.EmrContainersDeleteVirtualClusterProvider,
            io.github.sfntasks.provider.emrcontainers.EmrContainersStartJobRunProvider;
}
