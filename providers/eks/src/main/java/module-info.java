/**
 * Amazon EKS tasks for sfn-tasks: {@link io.github.sfntasks.provider.eks.EksCall} ({@code eks:call}), a call to the
 * Kubernetes API of an EKS cluster.
 */
module io.github.sfntasks.provider.eks {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.eks;

    provides io.github.sfntasks.api.spi.TaskProvider with io.github.sfntasks.provider.eks.EksCallProvider;
}
