package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.tasks.CallApiGatewayRestApiEndpoint;

/** {@code apigateway:invokeRestApi} as the CDK's {@code CallApiGatewayRestApiEndpoint}, with {@code RestApi.fromRestApiId}. */
public final class CallApiGatewayRestApiCdkFactory extends CallApiGatewayCdkFactory {

    /** For ServiceLoader. */
    public CallApiGatewayRestApiCdkFactory() {
        super("apigateway:invokeRestApi", "api", true);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        CallApiGatewayRestApiEndpoint.Builder b = CallApiGatewayRestApiEndpoint.Builder.create(stack, stateName)
                .api(RestApi.fromRestApiId(stack, "ImportedApi", p.path("api").asText()));
        applyCommon(b, c);
        String region = CdkProps.staticText(p, "region");
        if (region != null) {
            b.region(region);
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }
}
