package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.cdk.CdkRenderer;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.tasks.CallApiGatewayHttpApiEndpoint;

/**
 * {@code apigateway:invokeHttpApi} as the CDK's {@code CallApiGatewayHttpApiEndpoint}, which takes the API's id and
 * the stack it lives in ({@code apiStack}), not an {@code IHttpApi}: the API is in the task's stack, or, with
 * {@code region}, in a stack of that region (the CDK has no {@code region} prop for HTTP APIs; a stack elsewhere is
 * how a CDK user says where the API is).
 */
public final class CallApiGatewayHttpApiCdkFactory extends CallApiGatewayCdkFactory {

    /** For ServiceLoader. */
    public CallApiGatewayHttpApiCdkFactory() {
        super("apigateway:invokeHttpApi", "apiId", false);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        String region = CdkProps.staticText(p, "region");
        if (region != null && region.startsWith("${")) {
            throw new NotExpressible("a region placeholder (a CDK stack's region is a region code or unset)");
        }
        Stack apiStack = region == null ? stack : Stack.Builder.create(stack, "ApiStack")
                .env(Environment.builder().account(CdkRenderer.ACCOUNT).region(region).build()).build();
        CallApiGatewayHttpApiEndpoint.Builder b = CallApiGatewayHttpApiEndpoint.Builder.create(stack, stateName)
                .apiId(p.path("apiId").asText())
                .apiStack(apiStack);
        applyCommon(b, c);
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }
}
