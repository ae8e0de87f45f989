package io.github.sfntasks.provider.lambda;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.provider.support.LambdaFunctions;

/** The {@code lambda:invoke} provider: {@link LambdaInvoke} from a workflow file. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class LambdaInvokeProvider extends ServiceTaskProvider {

    private static JsonSchema schema() {
        return JsonSchema.object()
                .required("lambdaFunction", JsonSchema.resource(JsonSchema.string()
                        .pattern("^(arn:[^:]+:lambda:[^:]*:\\d{12}:function:|\\d{12}:function:)?[a-zA-Z0-9_-]{1,140}(:(\\$LATEST|[a-zA-Z0-9_-]+))?$"),
                                LambdaFunctions.FUNCTION)
                        .description("Function name, name:alias, ARN or partial ARN; a whole placeholder is the function ARN").dynamic())
                .optional("payload", JsonSchema.any().description("Input sent to the function; default: the state input").dynamic())
                .optional("invocationType", JsonSchema.enumOf(LambdaInvocationType.values())
                        .description("RequestResponse (default), Event or DryRun"))
                .optional("clientContext", JsonSchema.string().maxLength(3583).pattern("^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$")
                        .description("Base64 client context"))
                .optional("qualifier", JsonSchema.string().pattern("^[a-zA-Z0-9$_-]{1,128}$").description("Version or alias"))
                .optional("payloadResponseOnly", JsonSchema.bool().description("Resource is the function ARN; output is the response alone"))
                .optional("retryOnServiceExceptions", JsonSchema.bool().description("Retry Lambda service exceptions (default true)"));
    }

    /** For {@code ServiceLoader}. */
    public LambdaInvokeProvider() {
        super(LambdaInvoke.TYPE_ID, LambdaInvoke.PATTERNS, "Invoke an AWS Lambda function", LambdaInvokeProvider::schema);
    }

    @Override
    protected LambdaInvoke.Builder read(TaskRequest request, PropertyReader p) {
        LambdaInvoke.Builder b = LambdaInvoke.builder(request.stateName()).apply(request)
                .lambdaFunction(p.requiredValue("lambdaFunction"));
        Value payload = p.value("payload");
        if (payload != null) {
            b.payload(TaskInput.fromValue(payload));
        }
        b.invocationType(p.enumValue("invocationType", LambdaInvocationType.class))
                .clientContext(p.string("clientContext"))
                .qualifier(p.string("qualifier"));
        Boolean only = p.bool("payloadResponseOnly");
        if (only != null) {
            b.payloadResponseOnly(only);
        }
        Boolean retry = p.bool("retryOnServiceExceptions");
        if (retry != null) {
            b.retryOnServiceExceptions(retry);
        }
        return b;
    }
}
