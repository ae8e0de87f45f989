package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;

/**
 * The {@code aws-sdk} provider: {@link CallAwsService} from a workflow file. The service and action
 * come from the type id ({@code "Provider": "aws-sdk:s3:getObject"}) or from the {@code service} and
 * {@code action} properties (with {@code "Provider": "aws-sdk"}); when both are given they must agree.
 */
@ApiStatus(ApiStatus.Status.STABLE)
public final class CallAwsServiceProvider extends ServiceTaskProvider {

    private static final JsonSchema SCHEMA = JsonSchema.object()
            .optional("service", JsonSchema.string().pattern("^[a-z][a-z0-9]*$")
                    .description("Service name of the Resource, lowercase (s3, sfn, cloudwatchlogs);"
                            + " may be left out when the type id is aws-sdk:<service>:<action>"))
            .optional("action", JsonSchema.string().pattern("^[a-z][a-zA-Z0-9]*$")
                    .description("API action in camelCase (getObject); may be left out when the type id names it"))
            .optional("parameters", JsonSchema.freeObject().propertyNames("^[^a-z]")
                    .description("The request; top-level names in PascalCase; members may be paths (\"Key.$\") or JSONata"))
            .required("iamResources", JsonSchema.array(JsonSchema.string().minLength(1).pattern("\\S")).minItems(1)
                    .description("Resources the action is granted on; \"*\" only if given explicitly"))
            .optional("iamAction", JsonSchema.string().pattern("^[A-Za-z0-9-]+:[A-Za-z0-9]+$")
                    .description("IAM action when it is not <prefix>:<Action>, e.g. s3:ListAllMyBuckets; no wildcard"))
            .optional("additionalIamStatements",
                    PolicyStatementsJson.schema("More IAM statements the role needs, in IAM JSON form"));

    /** For {@code ServiceLoader}. */
    public CallAwsServiceProvider() {
        super(CallAwsService.TYPE_ID, CallAwsService.PATTERNS,
                "Call an AWS API action through an AWS SDK integration (aws-sdk:<service>:<action>)", SCHEMA);
    }

    @Override
    protected CallAwsService.Builder read(TaskRequest request, PropertyReader p) {
        ServiceAndAction sa = ServiceAndAction.resolve(p, request.typeId(), CallAwsService.TYPE_ID);
        return CallAwsService.builder(request.stateName()).apply(request)
                .service(sa.service())
                .action(sa.action())
                .parameters(p.object("parameters"))
                .iamResources(p.stringList("iamResources"))
                .iamAction(p.string("iamAction"))
                .additionalIamStatements(PolicyStatementsJson.read(p, "additionalIamStatements"));
    }
}
