package io.github.sfntasks.provider.emrcontainers;

import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.Value;

/** What the three EMR on EKS tasks share: how a virtual cluster and an EKS cluster are named and rendered. */
final class VirtualClusters {

    /** {@code arn:<partition>:emr-containers:<region>:<account>:/virtualclusters/<id>}, the service's ARN format. */
    static final ResourceArn VIRTUAL_CLUSTER = ResourceArn.of("emr-containers", "/virtualclusters/");

    /** {@code arn:<partition>:eks:<region>:<account>:cluster/<name>}. */
    static final ResourceArn EKS_CLUSTER = ResourceArn.of("eks", "cluster/");

    /** The service's ResourceIdString: 1 to 64 of [0-9a-z]. */
    static final String ID = "[0-9a-z]{1,64}";

    private VirtualClusters() {
    }

    /**
     * @param name the property name
     * @param aslName the ASL key
     * @return a required virtual cluster id field. An ARN is refused: the API takes the id, and the call goes to the
     *         virtual cluster of that id in the state machine's account and region, where the grant names it.
     */
    static Field virtualCluster(String name, String aslName) {
        return Field.string(name, aslName).required()
                .pattern(ID, "a virtual cluster id (1 to 64 lower-case letters and digits; not its ARN)")
                .resource(VIRTUAL_CLUSTER).doc("The virtual cluster's id");
    }

    /**
     * @param v a rendered value
     * @param marker the text before the id in an ARN
     * @return a literal ARN's id part; anything else as it is
     */
    static Value afterMarker(Value v, String marker) {
        if (v instanceof Literal l && l.isText() && l.text().startsWith("arn:")) {
            int at = l.text().indexOf(marker);
            if (at >= 0) {
                return Literal.of(l.text().substring(at + marker.length()));
            }
        }
        return v;
    }
}
