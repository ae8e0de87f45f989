package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One document path of a GetItem {@code ProjectionExpression}, built as with the AWS CDK's
 * {@code DynamoProjectionExpression}: {@code withAttribute} adds a step ({@code a}, then {@code .b}), {@code atIndex}
 * a list element ({@code [2]}).
 *
 * <pre>{@code
 * new DynamoProjectionExpression().withAttribute("Messages").atIndex(1).withAttribute("#t");  // Messages[1].#t
 * }</pre>
 *
 * <p>Unlike the CDK's, this one is immutable: each call returns a new expression, so a shared prefix can be reused.
 * An attribute step is an attribute name that needs no placeholder (a letter or underscore, then letters, digits or
 * underscores) or an expression attribute name ({@code #t}); any other name (reserved words too) needs a placeholder.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class DynamoProjectionExpression {

    private static final Pattern STEP = Pattern.compile("#[A-Za-z0-9_]+|[A-Za-z_][A-Za-z0-9_]*");

    private final List<String> parts;

    /** An empty expression; start it with {@link #withAttribute(String)}. */
    public DynamoProjectionExpression() {
        this(List.of());
    }

    private DynamoProjectionExpression(List<String> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * @param attr an attribute name or an expression attribute name ({@code #name})
     * @return a new expression with the step added
     * @throws TaskValidationException when the name cannot stand in an expression as given
     */
    public DynamoProjectionExpression withAttribute(String attr) {
        if (attr == null || !STEP.matcher(attr).matches()) {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "projectionExpression",
                    "\"" + attr + "\" cannot be a projection step; use a plain attribute name (letters, digits, _) or an"
                            + " expression attribute name such as \"#name\" defined in expressionAttributeNames");
        }
        List<String> next = new ArrayList<>(parts);
        next.add(parts.isEmpty() ? attr : "." + attr);
        return new DynamoProjectionExpression(next);
    }

    /**
     * @param index a list index, 0 or more
     * @return a new expression with {@code [index]} added
     * @throws TaskValidationException when the expression has no attribute yet or the index is negative
     */
    public DynamoProjectionExpression atIndex(int index) {
        if (parts.isEmpty()) {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "projectionExpression",
                    "an expression must start with an attribute: call withAttribute before atIndex");
        }
        if (index < 0) {
            throw new TaskValidationException(ErrorCode.OUT_OF_RANGE, null, "projectionExpression",
                    "a list index must be 0 or more, was " + index);
        }
        List<String> next = new ArrayList<>(parts);
        next.add("[" + index + "]");
        return new DynamoProjectionExpression(next);
    }

    /** @return the document path as DynamoDB reads it, for example {@code Messages[1].#t} */
    @Override
    public String toString() {
        return String.join("", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DynamoProjectionExpression other && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }
}
