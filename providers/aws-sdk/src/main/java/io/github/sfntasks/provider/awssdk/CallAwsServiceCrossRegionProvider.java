package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;
import io.github.sfntasks.provider.support.LambdaFunctions;

import java.util.List;

/**
 * The {@code aws-sdk:crossRegion} provider: {@link CallAwsServiceCrossRegion} from a workflow file.
 * The service and action come from the type id ({@code aws-sdk:crossRegion:s3:getObject}) or from the
 * {@code service} and {@code action} properties; when both are given they must agree.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class CallAwsServiceCrossRegionProvider extends ServiceTaskProvider {

    private static JsonSchema schema() {
        return AwsSdkCall.withIamOptions(JsonSchema.object()
                .required("functionArn", JsonSchema.resource(JsonSchema.string()
                                .pattern(AwsSdkCall.whole(CallAwsServiceCrossRegion.FUNCTION_REGEX)), LambdaFunctions.FUNCTION)
                        .description("ARN or name of the deployed cross-region handler function; a whole placeholder is the function ARN"))
                .required("region", JsonSchema.string().pattern(AwsSdkCall.whole(CallAwsServiceCrossRegion.REGION_REGEX))
                        .description("Region to call, such as ap-northeast-1").dynamic())
                .optional("endpoint", JsonSchema.string().pattern(AwsSdkCall.whole(CallAwsServiceCrossRegion.ENDPOINT_REGEX))
                        .description("API endpoint URL; a run-time value lets whoever starts an execution choose it").dynamic())
                .required("service", JsonSchema.string().pattern(AwsSdkCall.whole(CallAwsServiceCrossRegion.CLIENT_NAME_REGEX))
                        .description("AWS SDK for JavaScript v3 client name (s3, cloudwatch-logs);"
                                + " or write the type id aws-sdk:crossRegion:<service>:<action> and leave it out"))
                .required("action", JsonSchema.string().pattern(AwsSdkCall.whole(AwsSdkCall.ACTION_REGEX))
                        .description("API action in camelCase (getObject); or name it in the type id and leave it out"))
                .optional("parameters", JsonSchema.freeObject()
                        .description("The request in the v3 SDK's form; members may be paths (\"Key.$\") or JSONata"))
                .optional("retryOnServiceExceptions", JsonSchema.bool().description("Retry Lambda service exceptions (default true)")),
                "the handler function's role");
    }

    /** For {@code ServiceLoader}. */
    public CallAwsServiceCrossRegionProvider() {
        super(CallAwsServiceCrossRegion.TYPE_ID, CallAwsServiceCrossRegion.PATTERNS,
                "Call an AWS API action in another region through the cross-region AWS SDK Lambda handler", CallAwsServiceCrossRegionProvider::schema);
    }

    /** @return {@code service} and {@code action}: {@code aws-sdk:crossRegion:s3:getObject} gives them */
    @Override
    public List<String> typeIdProperties() {
        return List.of("service", "action");
    }

    @Override
    protected CallAwsServiceCrossRegion.Builder read(TaskRequest request, PropertyReader p) {
        CallAwsServiceCrossRegion.Builder b = CallAwsServiceCrossRegion.builder(request.stateName())
                .readCall(request, p, CallAwsServiceCrossRegion.TYPE_ID)
                .functionArn(p.requiredString("functionArn"))
                .region(p.stringValue("region"))
                .endpoint(p.stringValue("endpoint"));
        Boolean retry = p.bool("retryOnServiceExceptions");
        if (retry != null) {
            b.retryOnServiceExceptions(retry);
        }
        return b;
    }
}
