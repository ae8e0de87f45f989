package io.github.sfntasks.conformance.iam;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.RenderContext;

import java.util.List;

/**
 * Finds the resources a rendered Task state touches, from its {@code Resource} and its {@code Parameters}
 * (JSONPath) or {@code Arguments} (JSONata). See {@link ResourceLocators} for the common ones and the helpers
 * that read a static or dynamic parameter.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ResourceLocator {

    /** Finds nothing: every action of the rule is required on some resource. */
    ResourceLocator NONE = (state, actions, context) -> List.of();

    /**
     * @param state the rendered state
     * @param actions the actions the rule requires for the state's Resource and pattern
     * @param context the context the state was rendered for (for ARNs built from names)
     * @return the touched resources; an action of {@code actions} that none of them names is required on some
     *         resource
     */
    List<TouchedResource> locate(ObjectNode state, List<String> actions, RenderContext context);
}
