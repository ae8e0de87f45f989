package io.github.sfntasks.conformance.cdk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.conformance.generation.TaskCase;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A documented way a provider's output may differ from the CDK's for the same request: an id, the reason, the
 * source that backs the provider's choice, when it applies, and a normaliser that makes the two sides comparable
 * again (replacing our value by the CDK's where the difference is the documented one, after checking it is).
 *
 * <pre>{@code
 * new AllowedDifference(TYPE_ID, "qualified-function-grant-narrower",
 *         "a function whose version or alias is known (a qualified name or ARN, or qualifier) is granted on"
 *                 + " that qualified ARN only; the CDK grants the function and all its versions and aliases",
 *         "https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html",
 *         c -> staticFunction(c) != null && (c.properties().has("qualifier") || qualified(staticFunction(c))),
 *         (c, ours, cdk) -> {
 *             if (covered(ours.get("statements"), cdk.get("statements"))) {
 *                 ours.set("statements", cdk.get("statements").deepCopy());
 *             }
 *         })
 * }</pre>
 *
 * @param typeId the provider type id
 * @param id a stable, short id (it appears in the match report)
 * @param reason why the provider differs, in one sentence
 * @param source the document that backs the provider's choice
 * @param appliesTo which requests it is about
 * @param normalizer rewrites the two renders ({@code {"state":..., "statements":[...]}}, mutable copies)
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public record AllowedDifference(String typeId, String id, String reason, String source, Predicate<TaskCase> appliesTo,
                                Normalizer normalizer) {

    /** @throws NullPointerException when a part is missing */
    public AllowedDifference {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(normalizer, "normalizer");
    }

    /**
     * The normaliser of a difference where the CDK refuses requests the provider accepts (the CDK throws while
     * building the construct); such a difference applies to refusals only.
     */
    public static final Normalizer CDK_REFUSES = (c, ours, cdk) -> { };

    /**
     * @param typeId the provider type id
     * @param id a stable id
     * @param reason why the provider accepts what the CDK refuses
     * @param source the document that backs it
     * @param appliesTo which requests
     * @return the difference
     */
    public static AllowedDifference cdkRefuses(String typeId, String id, String reason, String source,
                                               Predicate<TaskCase> appliesTo) {
        return new AllowedDifference(typeId, id, reason, source, appliesTo, CDK_REFUSES);
    }

    /** Rewrites the two sides of a comparison so that the documented difference no longer shows. */
    @FunctionalInterface
    public interface Normalizer {
        /**
         * @param c the request
         * @param ours our render, {@code {"state":..., "statements":[...]}}, to rewrite in place
         * @param cdk the CDK's render, same shape, to rewrite in place
         */
        void normalize(TaskCase c, ObjectNode ours, ObjectNode cdk);
    }

    @Override
    public String toString() {
        return typeId + " / " + id + ": " + reason + " [" + source + "]";
    }
}
