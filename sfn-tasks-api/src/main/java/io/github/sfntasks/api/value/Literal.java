package io.github.sfntasks.api.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.ApiStatus;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Static JSON, written as given. A literal string is never interpreted as a path, even if it starts
 * with {@code $}.
 *
 * @param node the JSON (a private deep copy is kept)
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public record Literal(JsonNode node) implements Value {

    /** JSON {@code null}. */
    public static final Literal NULL = new Literal(NullNode.getInstance());

    /**
     * @param node the JSON; copied so later changes to the caller's node do not leak in
     */
    public Literal {
        node = Objects.requireNonNull(node, "node").deepCopy();
    }

    /** @param text a string @return the literal */
    public static Literal of(String text) {
        return new Literal(TextNode.valueOf(Objects.requireNonNull(text, "text")));
    }

    /** @param value a boolean @return the literal */
    public static Literal of(boolean value) {
        return new Literal(BooleanNode.valueOf(value));
    }

    /**
     * @param value an integer
     * @return the literal; an {@code int}-sized value is held as Jackson reads it from JSON (an
     *         {@code IntNode}), so literals compare equal to parsed JSON
     */
    public static Literal of(long value) {
        return new Literal(value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value));
    }

    /** @param value a number @return the literal */
    public static Literal of(double value) {
        return new Literal(DoubleNode.valueOf(value));
    }

    /** @param value a number @return the literal */
    public static Literal of(BigDecimal value) {
        return new Literal(DecimalNode.valueOf(value));
    }

    /**
     * @param value any JSON
     * @return the literal
     * @throws io.github.sfntasks.api.TaskValidationException when it nests deeper than {@link Value#MAX_NESTING}
     */
    public static Literal of(JsonNode value) {
        Values.checkDepth(value, null);
        return new Literal(value);
    }

    /** @return a copy of the JSON (the literal itself stays unchanged) */
    @Override
    public JsonNode node() {
        return node.deepCopy();
    }

    /** @return whether this is a JSON string */
    public boolean isText() {
        return node.isTextual();
    }

    /** @return the string, or {@code null} when this is not a JSON string */
    public String text() {
        return node.isTextual() ? node.textValue() : null;
    }

    @Override
    public boolean isDynamic() {
        return false;
    }

    @Override
    public boolean containsTaskToken() {
        return false;
    }

    @Override
    public String toString() {
        return node.toString();
    }
}
