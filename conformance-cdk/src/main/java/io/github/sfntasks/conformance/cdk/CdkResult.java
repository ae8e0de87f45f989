package io.github.sfntasks.conformance.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * What the AWS CDK v2 rendered for one Task state.
 *
 * @param stateName        the state's name in the definition
 * @param state            the state object {@code States.<stateName>} of the state machine definition, intrinsics
 *                         resolved, with {@code "End": true} removed
 * @param statements       the statements of the state machine role's default policy, intrinsics resolved, in the
 *                         order and shape (string vs. array) in which the CDK emits them
 * @param rawDefinition    {@code DefinitionString} as {@code stack.resolve} returned it (a string or {@code Fn::Join})
 * @param rawPolicyDocument the default policy document as {@code stack.resolve} returned it ({@code null} node when
 *                         the role has no default policy)
 * @param unresolved       intrinsics that could not be evaluated (rendered as {@code ${Unresolved:...}})
 * @param renderNanos      wall time of this render (stack creation, factory, state machine, resolve)
 */
@io.github.sfntasks.api.ApiStatus(io.github.sfntasks.api.ApiStatus.Status.EXPERIMENTAL)
public record CdkResult(String stateName, ObjectNode state, ArrayNode statements, JsonNode rawDefinition,
                        JsonNode rawPolicyDocument, Set<String> unresolved, long renderNanos) {

    /** {@code {"state": ..., "statements": [...]}}, the shape written to {@code out/<TaskName>.json}. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("state", state);
        o.set("statements", statements);
        return o;
    }
}
