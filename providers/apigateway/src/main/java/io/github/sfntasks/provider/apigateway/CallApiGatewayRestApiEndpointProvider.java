package io.github.sfntasks.provider.apigateway;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;

/** The {@code apigateway:invokeRestApi} provider: {@link CallApiGatewayRestApiEndpoint} from a workflow file. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class CallApiGatewayRestApiEndpointProvider extends ServiceTaskProvider {

    /** For {@code ServiceLoader}. */
    public CallApiGatewayRestApiEndpointProvider() {
        super(CallApiGatewayRestApiEndpoint.TYPE_ID, CallApiGatewayEndpointBase.PATTERNS, "Call an Amazon API Gateway REST API",
                () -> EndpointSchema.of(CallApiGatewayEndpointBase.Kind.REST));
    }

    @Override
    protected CallApiGatewayRestApiEndpoint.Builder read(TaskRequest request, PropertyReader p) {
        return CallApiGatewayRestApiEndpoint.builder(request.stateName()).apply(request)
                .api(p.requiredString("api"))
                .read(p);
    }
}
