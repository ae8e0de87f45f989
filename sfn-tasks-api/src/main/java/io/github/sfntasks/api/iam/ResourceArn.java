package io.github.sfntasks.api.iam;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;

import java.util.Objects;

/**
 * How one kind of resource is named in IAM: a service namespace, the text before the name in the ARN's resource
 * part, and whether the ARN has a region and an account. Declared once per kind of resource a task touches, it
 * turns what a user gives (an ARN, a name, a placeholder, or a mix: {@code orders-${Stage}}) into the ARN a grant
 * needs, checks that what was given is no IAM wildcard, and gives the narrowest pattern for a resource chosen at
 * run time.
 *
 * <pre>{@code
 * ResourceArn table = ResourceArn.of("dynamodb", "table/");   // a provider keeps it in a constant
 * table.arn("Orders", ctx);              // arn:aws:dynamodb:us-east-1:123456789012:table/Orders
 * table.arn("${OrdersTable}", RenderContext.cloudFormation());
 *                                        // arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${OrdersTable}
 * table.wildcard(ctx);                   // arn:aws:dynamodb:us-east-1:123456789012:table/*
 * ResourceArn.of("iam", "role/").global().arn("my-role", ctx);   // arn:aws:iam::123456789012:role/my-role
 * }</pre>
 *
 * <p>A text that is one placeholder as a whole ({@code ${ValidateFunctionArn}}, {@code ${Token[TOKEN.31]}}) is taken
 * as a name unless {@link #wholePlaceholderIsArn()} says the task takes what the AWS CDK passes for that resource, its
 * ARN (a Lambda function's {@code functionArn}, a topic's {@code topicArn}); each provider documents which.
 *
 * @param service the service namespace in the ARN ({@code dynamodb}, {@code iam})
 * @param resourcePrefix what comes before the name in the resource part ({@code table/}, {@code function:}, {@code role/})
 * @param regional whether the ARN carries a region ({@code false} for IAM and S3)
 * @param inAccount whether the ARN carries an account ({@code false} for S3 buckets)
 * @param arnPlaceholder whether a text that is one placeholder as a whole stands for the ARN (else a name)
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public record ResourceArn(String service, String resourcePrefix, boolean regional, boolean inAccount,
                          boolean arnPlaceholder) {

    /** @throws NullPointerException when the service or the prefix is missing */
    public ResourceArn {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(resourcePrefix, "resourcePrefix");
    }

    /**
     * @param service the service namespace
     * @param resourcePrefix the text before the name in the resource part ({@code table/}; {@code ""} for none)
     * @return a regional resource in an account, a whole placeholder taken as a name
     */
    public static ResourceArn of(String service, String resourcePrefix) {
        return new ResourceArn(service, resourcePrefix, true, true, false);
    }

    /** @return a copy whose ARN has no region ({@code arn:aws:iam::123456789012:role/x}) */
    public ResourceArn global() {
        return new ResourceArn(service, resourcePrefix, false, inAccount, arnPlaceholder);
    }

    /** @return a copy whose ARN has neither region nor account ({@code arn:aws:s3:::bucket}) */
    public ResourceArn noAccount() {
        return new ResourceArn(service, resourcePrefix, false, false, arnPlaceholder);
    }

    /** @return a copy that takes a text that is one placeholder as a whole for the ARN itself */
    public ResourceArn wholePlaceholderIsArn() {
        return new ResourceArn(service, resourcePrefix, regional, inAccount, true);
    }

    /**
     * @param text what the user gave
     * @return whether it is an ARN (rather than a name): it starts {@code arn:} or is a placeholder taken as an ARN
     */
    public boolean isArn(String text) {
        return Arn.isArn(text) || arnPlaceholder && Placeholders.isWhole(text);
    }

    /**
     * The ARN a grant names.
     *
     * @param nameOrArn an ARN (returned as it is), or a name, either possibly holding placeholders
     * @param context partition, region and account for a name
     * @return the ARN
     */
    public String arn(String nameOrArn, RenderContext context) {
        Objects.requireNonNull(nameOrArn, "nameOrArn");
        if (isArn(nameOrArn)) {
            return nameOrArn;
        }
        return context.arn(service, regional ? context.region() : "", inAccount ? context.account() : "",
                resourcePrefix + nameOrArn);
    }

    /**
     * @param context partition, region and account
     * @return the narrowest pattern for a resource of this kind chosen at run time: every such resource in the
     *         context's account and region ({@code arn:aws:dynamodb:us-east-1:123456789012:table/*})
     */
    public String wildcard(RenderContext context) {
        return arn("*", context);
    }

    /**
     * Checks what a user gave for a resource: no IAM wildcard in any position, and an ARN (by its literal parts)
     * of this service. Placeholders are not wildcards and are not checked.
     *
     * @param text the identifier
     * @param property the property, for the error
     * @throws TaskValidationException ({@link ErrorCode#INVALID_PROPERTY}) naming the property
     */
    public void check(String text, String property) {
        refuseWildcards(text, property);
        if (text.startsWith("arn:")) {
            Arn arn = Arn.parse(text);
            if (arn == null) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, property,
                        "is not a valid ARN (arn:partition:service:region:account:resource), was \"" + text + "\"");
            }
            if (!arn.service().equals(service) && !Placeholders.contains(arn.service())) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, property,
                        "must be an ARN of service \"" + service + "\", was \"" + text + "\"");
            }
        }
    }

    /**
     * Refuses an IAM wildcard ({@code *} or {@code ?}) anywhere outside a placeholder: a resource a user names is
     * granted as written, so a wildcard in it (in the name, the account, the region or the partition) would widen
     * the grant beyond what was asked.
     *
     * @param text the identifier
     * @param property the property, for the error
     * @throws TaskValidationException ({@link ErrorCode#INVALID_PROPERTY}) naming the property
     */
    public static void refuseWildcards(String text, String property) {
        for (String literal : Placeholders.literalParts(text)) {
            if (literal.indexOf('*') >= 0 || literal.indexOf('?') >= 0) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, property,
                        "must name one resource: an IAM wildcard (* or ?) would grant more than the one resource, was \""
                                + text + "\"; use a path (\"" + property + ".$\") for a resource chosen at run time");
            }
        }
    }
}
