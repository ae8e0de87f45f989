package io.github.sfntasks.api.value;

import com.fasterxml.jackson.databind.node.DecimalNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Parses intrinsic function calls as ASL writes them. */
final class IntrinsicParser {

    private final String text;
    private int pos;
    private int depth;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    /**
     * @param text a call such as {@code States.Format('{}', $.x)}
     * @return the checked call
     * @throws TaskValidationException when it does not parse or is invalid
     */
    public static IntrinsicFunction parse(String text) {
        if (text == null) {
            throw error(null, "an intrinsic function call is required");
        }
        IntrinsicParser p = new IntrinsicParser(text);
        p.skipSpace();
        IntrinsicFunction f = p.call();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw error(text, "unexpected text after the call at position " + p.pos);
        }
        return f;
    }

    private IntrinsicFunction call() {
        int start = pos;
        // Refused before descending, so that a call nested thousands deep fails here and not at the end of the stack.
        if (++depth > IntrinsicFunction.MAX_NESTING) {
            throw error(text, "intrinsic functions nest more than " + IntrinsicFunction.MAX_NESTING
                    + " deep at position " + pos + "; the service allows at most " + IntrinsicFunction.MAX_NESTING
                    + " within a field: compute part of the value in an earlier state");
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String name = text.substring(start, pos);
        IntrinsicFunction.Function f = IntrinsicFunction.Function.byAslName(name);
        if (f == null) {
            throw error(text, "unknown intrinsic function \"" + name + "\"; the States language has "
                    + "States.Format, States.StringToJson, States.JsonToString, States.Array, States.ArrayPartition, "
                    + "States.ArrayContains, States.ArrayRange, States.ArrayGetItem, States.ArrayLength, "
                    + "States.ArrayUnique, States.Base64Encode, States.Base64Decode, States.Hash, States.JsonMerge, "
                    + "States.MathRandom, States.MathAdd, States.StringSplit and States.UUID");
        }
        skipSpace();
        expect('(');
        List<Value> args = new ArrayList<>();
        skipSpace();
        if (peek() == ')') {
            pos++;
        } else {
            while (true) {
                skipSpace();
                args.add(argument(f, args.size()));
                skipSpace();
                char c = peek();
                if (c == ',') {
                    pos++;
                } else if (c == ')') {
                    pos++;
                    break;
                } else {
                    throw error(text, "expected \",\" or \")\" at position " + pos);
                }
            }
        }
        depth--;
        return IntrinsicFunction.ofParsed(f, args);
    }

    private Value argument(IntrinsicFunction.Function f, int index) {
        char c = peek();
        if (c == '\'') {
            return Literal.of(string(f == IntrinsicFunction.Function.FORMAT && index == 0));
        }
        if (c == '$') {
            int start = pos;
            int depth = 0;
            char quote = 0;
            while (pos < text.length()) {
                char d = text.charAt(pos);
                if (quote != 0) {
                    if (d == '\\') {
                        pos++;
                    } else if (d == quote) {
                        quote = 0;
                    }
                } else if (d == '\'' || d == '"') {
                    quote = d;
                } else if (d == '[') {
                    depth++;
                } else if (d == ']') {
                    depth--;
                } else if (depth == 0 && (d == ',' || d == ')' || Character.isWhitespace(d))) {
                    break;
                }
                pos++;
            }
            String path = text.substring(start, pos);
            String problem = PathSyntax.checkPath(path);
            if (problem != null) {
                throw new TaskValidationException(ErrorCode.INVALID_INTRINSIC, null, null, abbreviate(text) + ": " + problem);
            }
            return JsonPath.of(path);
        }
        if (c == 'S') {
            return call();
        }
        int start = pos;
        while (pos < text.length() && ",) \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String token = text.substring(start, pos);
        switch (token) {
            case "true": return Literal.of(true);
            case "false": return Literal.of(false);
            case "null": return Literal.NULL;
            default: break;
        }
        try {
            BigDecimal d = new BigDecimal(token);
            if (d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                return Literal.of(d.longValueExact());
            }
            return Literal.of(DecimalNode.valueOf(d));
        } catch (NumberFormatException | ArithmeticException e) {
            throw error(text, "cannot read argument \"" + token + "\" at position " + start
                    + ": strings are quoted with ' and paths start with $");
        }
    }

    private String string(boolean template) {
        expect('\'');
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\\') {
                if (pos >= text.length()) {
                    break;
                }
                char next = text.charAt(pos++);
                if (template && next != '\'') {
                    sb.append('\\');
                }
                sb.append(next);
            } else if (c == '\'') {
                return sb.toString();
            } else {
                sb.append(c);
            }
        }
        throw error(text, "unterminated string literal");
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error(text, "expected \"" + c + "\" at position " + pos);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static TaskValidationException error(String text, String detail) {
        return new TaskValidationException(ErrorCode.INVALID_INTRINSIC, null, null,
                (text == null ? "" : "\"" + abbreviate(text) + "\": ") + detail);
    }

    /** A call as messages quote it: whole when short, else its start and its length (a hostile one can be huge). */
    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 100) + "... (" + text.length() + " characters)";
    }
}
