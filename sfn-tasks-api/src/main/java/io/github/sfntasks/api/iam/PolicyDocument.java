package io.github.sfntasks.api.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;

import java.util.List;

/**
 * An IAM policy document: {@code {"Version": "2012-10-17", "Statement": [...]}}.
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

    /** @return the document as JSON */
    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("Version", VERSION);
        ArrayNode a = n.putArray("Statement");
        statements.forEach(s -> a.add(s.toJson()));
        return n;
    }
}
