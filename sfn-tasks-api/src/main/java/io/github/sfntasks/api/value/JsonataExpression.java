package io.github.sfntasks.api.value;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;

/**
 * A JSONata expression, rendered as {@code "{% expression %}"} in JSONata states and refused in
 * JSONPath states. The state input is {@code $states.input}, the context object
 * {@code $states.context}, the task result {@code $states.result}.
 *
 * <pre>{@code
 * JsonataExpression.of("$states.input.order.id");   // "{% $states.input.order.id %}"
 * JsonataExpression.parse("{% $uppercase($name) %}");
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class JsonataExpression implements Value {

    private final String text;

    private JsonataExpression(String text) {
        this.text = text;
    }

    /**
     * @param expression the expression without the {@code {% %}} delimiters
     * @return the expression
     * @throws TaskValidationException when it is empty or its brackets or quotes do not balance
     */
    public static JsonataExpression of(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, null,
                    "a JSONata expression cannot be empty");
        }
        String stripped = expression.strip();
        if (stripped.startsWith("{%") && stripped.endsWith("%}")) {
            return parse(stripped);
        }
        checkBalanced(stripped);
        return new JsonataExpression("{% " + stripped + " %}");
    }

    /**
     * @param text a string of the form {@code {% ... %}}, kept exactly (white space included)
     * @return the expression
     * @throws TaskValidationException when the delimiters are missing, the body is empty or unbalanced
     */
    public static JsonataExpression parse(String text) {
        if (!isExpression(text)) {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, null,
                    "a JSONata expression must be written {% ... %}, was \"" + text + "\"");
        }
        String body = text.substring(2, text.length() - 2);
        if (body.isBlank()) {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, null,
                    "a JSONata expression cannot be empty: \"" + text + "\"");
        }
        checkBalanced(body);
        return new JsonataExpression(text);
    }

    /**
     * @param text any string
     * @return whether it is delimited as a JSONata expression ({@code {%} ... {@code %}})
     */
    public static boolean isExpression(String text) {
        return text != null && text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
    }

    private static void checkBalanced(String body) {
        java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();
        char quote = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '"', '\'' -> quote = c;
                case '(', '[', '{' -> open.push(c);
                case ')', ']', '}' -> {
                    char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (open.isEmpty() || open.pop() != expected) {
                        throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, null,
                                "unbalanced \"" + c + "\" in JSONata expression \"" + body.strip() + "\"");
                    }
                }
                default -> { }
            }
        }
        if (quote != 0 || !open.isEmpty()) {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, null,
                    "unclosed " + (quote != 0 ? "string" : "\"" + open.peek() + "\"")
                            + " in JSONata expression \"" + body.strip() + "\"");
        }
    }

    /** @return the expression between the delimiters, trimmed */
    public String expression() {
        return text.substring(2, text.length() - 2).strip();
    }

    /** @return the rendered form, {@code {% ... %}} */
    public String text() {
        return text;
    }

    @Override
    public boolean isDynamic() {
        return true;
    }

    @Override
    public boolean containsTaskToken() {
        return text.contains("$states.context.Task.Token");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonataExpression other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
