package io.github.sfntasks.api.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;

import java.util.List;

/**
 * An IAM policy document: {@code {"Version": "2012-10-17", "Statement": [...]}}.
 *
 * <p>A document without statements is {@linkplain #isEmpty() empty}: IAM refuses it (a policy needs
 * at least one statement, "IAM JSON policy element reference: Statement"), so a tool that writes
 * policies should write none when it is empty, and say so.
 *
 * @param statements the statements, in the order they are rendered
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public record PolicyDocument(List<PolicyStatement> statements) {

    /** The policy language version every document uses. */
    public static final String VERSION = "2012-10-17";

    /** @param statements the statements (copied) */
    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    /**
     * @return whether the document has no statement (a state machine that calls no AWS service): IAM
     *         refuses such a document, so write no policy at all
     */
    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** @return the document as JSON (with an empty Statement array when {@link #isEmpty()}) */
    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("Version", VERSION);
        ArrayNode a = n.putArray("Statement");
        statements.forEach(s -> a.add(s.toJson()));
        return n;
    }
}
