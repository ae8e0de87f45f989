package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;

import java.util.List;

/**
 * The {@code aws-sdk} provider: {@link CallAwsService} from a workflow file. The service and action
 * come from the type id ({@code "Provider": "aws-sdk:s3:getObject"}) or from the {@code service} and
 * {@code action} properties (with {@code "Provider": "aws-sdk"}); when both are given they must agree.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class CallAwsServiceProvider extends ServiceTaskProvider {

    private static JsonSchema schema() {
        return AwsSdkCall.withIamOptions(JsonSchema.object()
                .required("service", JsonSchema.string().pattern(AwsSdkCall.whole(CallAwsService.SERVICE_REGEX))
                        .description("Service name of the Resource, lowercase (s3, sfn, cloudwatchlogs);"
                                + " or write the type id aws-sdk:<service>:<action> and leave it out"))
                .required("action", JsonSchema.string().pattern(AwsSdkCall.whole(AwsSdkCall.ACTION_REGEX))
                        .description("API action in camelCase (getObject); or name it in the type id and leave it out"))
                .optional("parameters", JsonSchema.freeObject().propertyNames("^" + CallAwsService.PARAMETER_NAME_START_REGEX)
                        .description("The request; top-level names in PascalCase, starting with A-Z; members may be paths"
                                + " (\"Key.$\") or JSONata")),
                "the state machine's role");
    }

    /** For {@code ServiceLoader}. */
    public CallAwsServiceProvider() {
        super(CallAwsService.TYPE_ID, CallAwsService.PATTERNS,
                "Call an AWS API action through an AWS SDK integration (aws-sdk:<service>:<action>)", CallAwsServiceProvider::schema);
    }

    /** @return {@code service} and {@code action}: {@code aws-sdk:s3:getObject} gives them */
    @Override
    public List<String> typeIdProperties() {
        return List.of("service", "action");
    }

    @Override
    protected CallAwsService.Builder read(TaskRequest request, PropertyReader p) {
        return CallAwsService.builder(request.stateName()).readCall(request, p, CallAwsService.TYPE_ID);
    }
}
