package io.github.sfntasks.provider.apigateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.support.PropertyReader;

import java.util.Set;

/** The {@code apigateway:invokeRestApi} provider: {@link CallApiGatewayRestApiEndpoint} from a workflow file. */
@ApiStatus(ApiStatus.Status.STABLE)
public final class CallApiGatewayRestApiEndpointProvider implements TaskProvider {

    private static final ObjectNode SCHEMA =
            EndpointSchema.of(CallApiGatewayRestApiEndpoint.TYPE_ID, CallApiGatewayEndpointBase.Kind.REST);

    /** For {@code ServiceLoader}. */
    public CallApiGatewayRestApiEndpointProvider() {
    }

    @Override
    public String typeId() {
        return CallApiGatewayRestApiEndpoint.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return CallApiGatewayEndpointBase.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Call an Amazon API Gateway REST API";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
        CallApiGatewayRestApiEndpoint.Builder b = CallApiGatewayRestApiEndpoint.builder(request.stateName()).apply(request)
                .api(p.requiredString("api"))
                .read(p);
        p.finish();
        return b.build();
    }
}
