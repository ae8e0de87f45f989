package io.github.sfntasks.conformance.iam;

import io.github.sfntasks.api.ApiStatus;

import java.util.Objects;

/**
 * One thing a Task state does to one resource, as its ASL shows it: the IAM action it needs and on which ARN.
 *
 * @param action the IAM action ({@code lambda:InvokeFunction})
 * @param arn a concrete ARN the action must be granted on; {@code "*"} when the service only accepts
 *            {@code *}; {@code null} when the resource is chosen at run time (then any grant of the action
 *            covers it, and least privilege asks only for no {@code *})
 * @param sibling an ARN of the same kind that the state does <em>not</em> touch (another function, table,
 *                rule...); a grant that also covers it is broader than needed. {@code null} with {@code arn}
 * @param why where in the state the resource comes from ({@code Parameters.FunctionName}), for messages
 * @param alternatives other ARNs the state's value may stand for (a queue URL on {@code amazonaws.com} is in the
 *                     commercial or the GovCloud partition); a grant on any of them covers it
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public record TouchedResource(String action, String arn, String sibling, String why, java.util.List<String> alternatives) {

    /** @throws NullPointerException when the action or the reason is missing */
    public TouchedResource {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(why, "why");
        alternatives = alternatives == null ? java.util.List.of() : java.util.List.copyOf(alternatives);
    }

    /**
     * @param action the action
     * @param arn the ARN, {@code "*"}, or {@code null}
     * @param sibling an ARN of the same kind the state does not touch
     * @param why where it comes from
     */
    public TouchedResource(String action, String arn, String sibling, String why) {
        this(action, arn, sibling, why, java.util.List.of());
    }

    /** @return the ARN and the ARNs that name the same resource as well (one of them is enough) */
    public java.util.List<String> arns() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (arn != null) {
            out.add(arn);
        }
        out.addAll(alternatives);
        return out;
    }

    /**
     * @param action the action
     * @param why where it comes from
     * @return a resource known only at run time
     */
    public static TouchedResource dynamic(String action, String why) {
        return new TouchedResource(action, null, null, why);
    }

    /** @return whether the ARN is statically known (not a run-time choice, not {@code *}) */
    public boolean isStatic() {
        return arn != null && !arn.equals("*");
    }
}
