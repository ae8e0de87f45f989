package io.github.sfntasks.conformance.cdk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;

import java.util.List;

/**
 * The outcome of rendering one request through a provider and through the CDK.
 *
 * @param kind how the two compare
 * @param applied the ids of the {@link AllowedDifference}s that were needed to make them equal
 * @param detail what differs (for {@link Kind#MISMATCH}), or why the CDK could not render it
 * @param ours our render ({@code {"state":..., "statements":[...]}}), or {@code null}
 * @param cdk the CDK's render, same shape, or {@code null}
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public record CdkComparison(Kind kind, List<String> applied, String detail, ObjectNode ours, ObjectNode cdk) {

    /** How our render and the CDK's compare. */
    public enum Kind {
        /** Equal as JSON trees (state) and as permission sets (statements). */
        IDENTICAL,
        /** Equal once the documented differences are applied. */
        DOCUMENTED,
        /** The CDK cannot express the request (a {@link CdkTaskFactory.NotExpressible}); not compared. */
        NOT_EXPRESSIBLE,
        /** Different, and no documented difference explains it. */
        MISMATCH
    }

    /** @param applied the ids used @return a copy of the list, so the record stays immutable */
    public CdkComparison {
        applied = List.copyOf(applied);
    }
}
