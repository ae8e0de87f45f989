package io.github.sfntasks.provider.apigateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.support.PropertyReader;

import java.util.Set;

/** The {@code apigateway:invokeHttpApi} provider: {@link CallApiGatewayHttpApiEndpoint} from a workflow file. */
@ApiStatus(ApiStatus.Status.STABLE)
public final class CallApiGatewayHttpApiEndpointProvider implements TaskProvider {

    private static final ObjectNode SCHEMA =
            EndpointSchema.of(CallApiGatewayHttpApiEndpoint.TYPE_ID, CallApiGatewayEndpointBase.Kind.HTTP);

    /** For {@code ServiceLoader}. */
    public CallApiGatewayHttpApiEndpointProvider() {
    }

    @Override
    public String typeId() {
        return CallApiGatewayHttpApiEndpoint.TYPE_ID;
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
        return "Call an Amazon API Gateway HTTP API";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
        CallApiGatewayHttpApiEndpoint.Builder b = CallApiGatewayHttpApiEndpoint.builder(request.stateName()).apply(request)
                .apiId(p.requiredString("apiId"))
                .read(p);
        p.finish();
        return b.build();
    }
}
