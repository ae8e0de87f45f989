package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;

/**
 * The {@code aws-sdk:crossRegion} provider: {@link CallAwsServiceCrossRegion} from a workflow file.
 * The service and action come from the type id ({@code aws-sdk:crossRegion:s3:getObject}) or from the
 * {@code service} and {@code action} properties; when both are given they must agree.
 */
@ApiStatus(ApiStatus.Status.STABLE)
public final class CallAwsServiceCrossRegionProvider extends ServiceTaskProvider {

    private static final JsonSchema SCHEMA = JsonSchema.object()
            .required("functionArn", JsonSchema.string()
                    .pattern("^(arn:[^:]+:lambda:[^:]*:\\d{12}:function:)?[a-zA-Z0-9_-]{1,140}(:(\\$LATEST|[a-zA-Z0-9_-]+))?$")
                    .description("ARN or name of the deployed cross-region handler function"))
            .required("region", JsonSchema.string().pattern("^[a-z]{2}(-[a-z]+)+-\\d+$")
                    .description("Region to call, such as ap-northeast-1").dynamic())
            .optional("endpoint", JsonSchema.string().pattern("^https?://[^\\s/?#]+[^\\s]*$")
                    .description("API endpoint URL; a run-time value lets whoever starts an execution choose it").dynamic())
            .optional("service", JsonSchema.string().pattern("^[a-z0-9]+(-[a-z0-9]+)*$")
                    .description("AWS SDK for JavaScript v3 client name (s3, cloudwatch-logs);"
                            + " may be left out when the type id is aws-sdk:crossRegion:<service>:<action>"))
            .optional("action", JsonSchema.string().pattern("^[a-z][a-zA-Z0-9]*$")
                    .description("API action in camelCase (getObject); may be left out when the type id names it"))
            .optional("parameters", JsonSchema.freeObject()
                    .description("The request in the v3 SDK's form; members may be paths (\"Key.$\") or JSONata"))
            .required("iamResources", JsonSchema.array(JsonSchema.string().minLength(1).pattern("\\S")).minItems(1)
                    .description("Resources the handler's role needs the action on"))
            .optional("iamAction", JsonSchema.string().pattern("^[A-Za-z0-9-]+:[A-Za-z0-9]+$")
                    .description("IAM action for the handler's role when it is not <prefix>:<Action>; no wildcard"))
            .optional("additionalIamStatements",
                    PolicyStatementsJson.schema("More IAM statements for the handler's role, in IAM JSON form"))
            .optional("retryOnServiceExceptions", JsonSchema.bool().description("Retry Lambda service exceptions (default true)"));

    /** For {@code ServiceLoader}. */
    public CallAwsServiceCrossRegionProvider() {
        super(CallAwsServiceCrossRegion.TYPE_ID, CallAwsServiceCrossRegion.PATTERNS,
                "Call an AWS API action in another region through the cross-region AWS SDK Lambda handler", SCHEMA);
    }

    @Override
    protected CallAwsServiceCrossRegion.Builder read(TaskRequest request, PropertyReader p) {
        ServiceAndAction sa = ServiceAndAction.resolve(p, request.typeId(), CallAwsServiceCrossRegion.TYPE_ID);
        CallAwsServiceCrossRegion.Builder b = CallAwsServiceCrossRegion.builder(request.stateName()).apply(request)
                .functionArn(p.requiredString("functionArn"))
                .region(p.stringValue("region"))
                .endpoint(p.stringValue("endpoint"))
                .service(sa.service())
                .action(sa.action())
                .parameters(p.object("parameters"))
                .iamResources(p.stringList("iamResources"))
                .iamAction(p.string("iamAction"))
                .additionalIamStatements(PolicyStatementsJson.read(p, "additionalIamStatements"));
        Boolean retry = p.bool("retryOnServiceExceptions");
        if (retry != null) {
            b.retryOnServiceExceptions(retry);
        }
        return b;
    }
}
