package io.github.sfntasks.api.value;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A value in a task's properties or a state's fields: static JSON ({@link Literal}), an object or
 * array that may hold dynamic parts ({@link ObjectValue}, {@link ArrayValue}), or a dynamic value
 * resolved by Step Functions at run time ({@link JsonPath}, {@link IntrinsicFunction},
 * {@link JsonataExpression}).
 *
 * <p>Values are immutable and render the same bytes every time. How a value is written depends on
 * the state's query language; see {@link Values}.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public sealed interface Value permits Literal, ObjectValue, ArrayValue, JsonPath, IntrinsicFunction, JsonataExpression {

    /** @return whether this value, or anything inside it, is resolved at run time */
    boolean isDynamic();

    /**
     * @return whether this value passes the task token to the service: {@code $$.Task.Token} in a
     *         path or intrinsic argument, or {@code $states.context.Task.Token} in a JSONata expression
     */
    boolean containsTaskToken();

    /**
     * Converts a plain Java value into a {@code Value}: {@code null}, strings, numbers and booleans
     * become {@link Literal}s (a string written {@code "{% ... %}"} becomes a {@link JsonataExpression}), maps become {@link ObjectValue}s (keys in iteration order: pass a
     * {@code LinkedHashMap} or {@code Map.of} with one key for a stable order), lists become
     * {@link ArrayValue}s, Jackson nodes become literals and values stay as they are.
     *
     * @param object the value
     * @return the converted value
     * @throws TaskValidationException when the object is of an unsupported type
     */
    static Value of(Object object) {
        return of(object, 1);
    }

    /**
     * How deep maps, lists and Jackson trees given as values may nest: as deep as a workflow file may (256 levels).
     * Rendering recurses once per level; a map that holds itself would recurse forever.
     */
    int MAX_NESTING = 256;

    private static Value of(Object object, int depth) {
        if (depth > MAX_NESTING && (object instanceof Map || object instanceof List)) {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, null, "the value nests more than "
                    + MAX_NESTING + " levels of maps and lists (or a map or a list holds itself)");
        }
        if (object == null) {
            return Literal.NULL;
        }
        if (object instanceof Value v) {
            return v;
        }
        if (object instanceof TaskInput in) {
            return in.value();
        }
        if (object instanceof String s) {
            // As in the AWS CDK: a "{% ... %}" string is a JSONata expression.
            return JsonataExpression.isExpression(s) ? JsonataExpression.parse(s) : Literal.of(s);
        }
        if (object instanceof Boolean b) {
            return Literal.of(b);
        }
        if (object instanceof Integer || object instanceof Long || object instanceof Short || object instanceof Byte) {
            return Literal.of(((Number) object).longValue());
        }
        if (object instanceof Double || object instanceof Float) {
            return Literal.of(((Number) object).doubleValue());
        }
        if (object instanceof BigDecimal d) {
            return Literal.of(d);
        }
        if (object instanceof BigInteger i) {
            return Literal.of(new BigDecimal(i));
        }
        if (object instanceof JsonNode n) {
            if (Values.tooDeep(n, MAX_NESTING - depth + 1)) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, null, "the JSON value nests more"
                        + " than " + MAX_NESTING + " levels of objects and arrays");
            }
            return Literal.of(n);
        }
        if (object instanceof Map<?, ?> map) {
            ObjectValue.Builder b = ObjectValue.builder();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, null,
                            "object keys must be strings, got " + e.getKey());
                }
                b.put(key, of(e.getValue(), depth + 1));
            }
            return b.build();
        }
        if (object instanceof List<?> list) {
            ArrayValue.Builder b = ArrayValue.builder();
            for (Object item : list) {
                b.add(of(item, depth + 1));
            }
            return b.build();
        }
        throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, null,
                "cannot use a " + object.getClass().getName()
                        + " as a value; use a String, Number, Boolean, Map, List, JsonNode or Value");
    }
}
