package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory.NotExpressible;

/** What the EKS and EMR on EKS factories share. */
final class EmrContainersCdk {

    private EmrContainersCdk() {
    }

    /**
     * @param p the request's properties
     * @throws NotExpressible for a CDK token text: the CDK would resolve it as one of its own tokens, which it is not
     */
    static void refuseTokens(ObjectNode p) {
        String text = p.toString();
        if (text.contains("${Token[") || text.contains("#{Token[")) {
            throw new NotExpressible("a CDK token text in a property (an unknown token to this CDK app)");
        }
    }
}
