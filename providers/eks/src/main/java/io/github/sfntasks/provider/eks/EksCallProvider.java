package io.github.sfntasks.provider.eks;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code eks:call} provider: {@link EksCall} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "eks:call",
 * "Properties": {
 *   "cluster": "myEksCluster", "clusterCertificateAuthorityData": "LS0t...", "clusterEndpoint": "https://...",
 *   "httpMethod": "GET", "httpPath": "/api/v1/namespaces/default/pods"
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EksCallProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EksCallProvider() {
        super(EksCall.TYPE, EksCall.SHAPE, EksCall::builder);
    }
}
