package io.github.sfntasks.provider.apigateway;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;

/** The {@code apigateway:invokeHttpApi} provider: {@link CallApiGatewayHttpApiEndpoint} from a workflow file. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class CallApiGatewayHttpApiEndpointProvider extends ServiceTaskProvider {

    /** For {@code ServiceLoader}. */
    public CallApiGatewayHttpApiEndpointProvider() {
        super(CallApiGatewayHttpApiEndpoint.TYPE_ID, CallApiGatewayEndpointBase.PATTERNS, "Call an Amazon API Gateway HTTP API",
                () -> EndpointSchema.of(CallApiGatewayEndpointBase.Kind.HTTP));
    }

    @Override
    protected CallApiGatewayHttpApiEndpoint.Builder read(TaskRequest request, PropertyReader p) {
        return CallApiGatewayHttpApiEndpoint.builder(request.stateName()).apply(request)
                .apiId(p.requiredString("apiId"))
                .read(p);
    }
}
