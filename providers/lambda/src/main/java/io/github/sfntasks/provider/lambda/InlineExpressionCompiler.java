package io.github.sfntasks.provider.lambda;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the JavaScript expressions of the AWS CDK's {@code EvaluateExpression} to JSONata, for the
 * subset where both languages give the same value; anything else is refused with a
 * {@link TaskValidationException} on {@code expression} that says why. See
 * {@link EvaluateExpressionInline} for the subset.
 *
 * <p>Types are tracked where they are certain (literals and what operators produce) and unknown for
 * paths; an operation whose JavaScript meaning depends on a type that is not certain is compiled only
 * where JSONata then fails loudly rather than giving another value.
 */
final class InlineExpressionCompiler {

    /** The paths the CDK substitutes ({@code evaluate-expression.js}); the same tokens here. */
    static final Pattern CDK_PATH = Pattern.compile("\\$[.\\[][.a-zA-Z\\[\\]0-9\\-_]+");

    private static final Pattern JS_DECIMAL = Pattern.compile("(0|[1-9][0-9]*)?(\\.[0-9]*)?([eE][+-]?[0-9]+)?");

    private enum Type { NUMBER, STRING, BOOLEAN, NULL, UNKNOWN }

    // JSONata binding powers (jsonata's parser): the larger binds tighter.
    private static final int ATOM = 100;
    private static final int UNARY = 70;
    private static final int MUL = 60;
    private static final int ADD = 50;
    private static final int CMP = 40;
    private static final int AND = 30;
    private static final int OR = 25;
    private static final int COND = 20;

    private record Node(String text, Type type, int precedence) {
    }

    private enum Kind { NUMBER, STRING, PATH, IDENT, OP, END }

    private record Token(Kind kind, String text, String value, int pos) {
    }

    private final String source;
    private final String root;
    private final List<Token> tokens = new ArrayList<>();
    private int next;

    private InlineExpressionCompiler(String source, String root) {
        this.source = source;
        this.root = root;
    }

    /**
     * @param expression the JavaScript expression, with {@code $.x} paths into the state input
     * @param root the JSONata expression the paths start from ({@code $states.input}, or deeper for an InputPath)
     * @return the JSONata expression, without {@code {% %}}
     * @throws TaskValidationException (property {@code expression}) when it cannot be compiled faithfully
     */
    static String compile(String expression, String root) {
        InlineExpressionCompiler c = new InlineExpressionCompiler(expression, root);
        c.lex();
        Node n = c.conditional();
        Token t = c.peek();
        if (t.kind() != Kind.END) {
            throw c.refuse(t, "unexpected \"" + t.text() + "\"");
        }
        return n.text();
    }

    // ---- lexing ---------------------------------------------------------------------------------

    private void lex() {
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff') {
                i++;
            } else if (c == '`') {
                throw refuse(i, "template literals are not compiled: JavaScript's conversion of the values"
                        + " to text cannot be reproduced faithfully in JSONata. Use lambda:evaluateExpression"
                        + " (EvaluateExpression), or write a JSONata Pass state with & and $string()");
            } else if (c == '/' && i + 1 < n && (source.charAt(i + 1) == '/' || source.charAt(i + 1) == '*')) {
                throw refuse(i, "comments are not compiled");
            } else if (c == '$') {
                Matcher m = CDK_PATH.matcher(source).region(i, n);
                if (m.lookingAt()) {
                    tokens.add(new Token(Kind.PATH, m.group(), m.group(), i));
                    i = m.end();
                } else if (i + 1 < n && source.charAt(i + 1) == '$') {
                    throw refuse(i, "context object paths ($$...) are not compiled (the CDK's evaluator does not"
                            + " substitute them either)");
                } else {
                    throw refuse(i, "\"$\" must start a path into the state input, such as $.name or $[0]");
                }
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(source.charAt(i + 1)))) {
                i = lexNumber(i);
            } else if (c == '"' || c == '\'') {
                i = lexString(i, c);
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(source.charAt(j)) || source.charAt(j) == '_'
                        || source.charAt(j) == '$')) {
                    j++;
                }
                tokens.add(new Token(Kind.IDENT, source.substring(i, j), null, i));
                i = j;
            } else {
                i = lexOperator(i);
            }
        }
        tokens.add(new Token(Kind.END, "end of expression", null, n));
    }

    private int lexNumber(int start) {
        int n = source.length();
        int j = start;
        while (j < n) {
            char d = source.charAt(j);
            boolean sign = (d == '+' || d == '-') && j > start && (source.charAt(j - 1) == 'e' || source.charAt(j - 1) == 'E')
                    && !source.substring(start, j).matches("0[xXbBoO].*");
            if (Character.isLetterOrDigit(d) || d == '_' || d == '.' || sign) {
                j++;
            } else {
                break;
            }
        }
        String text = source.substring(start, j);
        Matcher m = JS_DECIMAL.matcher(text);
        if (!m.matches() || !text.matches(".*[0-9].*") || (m.group(1) == null && m.group(2) != null && m.group(2).length() < 2)) {
            throw refuse(start, "the number \"" + text + "\" is not compiled; write decimal numbers such as 1000, 0.5 or 1e3"
                    + " (no hexadecimal, octal, binary, separators, BigInt or leading zeros)");
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw refuse(start, "the number \"" + text + "\" is out of range");
        }
        // JSONata writes numbers as JSON does: a digit before the point, digits after it.
        String integer = m.group(1) == null ? "0" : m.group(1);
        String fraction = m.group(2) == null || m.group(2).length() == 1 ? "" : m.group(2);
        String exponent = m.group(3) == null ? "" : m.group(3);
        tokens.add(new Token(Kind.NUMBER, text, integer + fraction + exponent, start));
        return j;
    }

    private int lexString(int start, char quote) {
        int n = source.length();
        StringBuilder value = new StringBuilder();
        int j = start + 1;
        while (true) {
            if (j >= n) {
                throw refuse(start, "unterminated string");
            }
            char d = source.charAt(j);
            if (d == quote) {
                break;
            }
            if (d == '\n' || d == '\r' || d == '\u2028' || d == '\u2029') {
                throw refuse(j, "a line break inside a string must be written \\n");
            }
            if (d != '\\') {
                value.append(d);
                j++;
                continue;
            }
            if (j + 1 >= n) {
                throw refuse(start, "unterminated string");
            }
            char e = source.charAt(j + 1);
            j += 2;
            switch (e) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'v' -> value.append('\u000b');
                case '0' -> {
                    if (j < n && Character.isDigit(source.charAt(j))) {
                        throw refuse(j - 2, "octal escapes are not compiled");
                    }
                    value.append('\0');
                }
                case 'x' -> {
                    value.append((char) hex(j, 2));
                    j += 2;
                }
                case 'u' -> {
                    if (j < n && source.charAt(j) == '{') {
                        int close = source.indexOf('}', j);
                        if (close < 0 || close - j - 1 < 1 || close - j - 1 > 6) {
                            throw refuse(j - 2, "malformed \\u{...} escape");
                        }
                        int cp = hex(j + 1, close - j - 1);
                        if (cp > 0x10FFFF) {
                            throw refuse(j - 2, "\\u{...} escape beyond U+10FFFF");
                        }
                        value.appendCodePoint(cp);
                        j = close + 1;
                    } else {
                        value.append((char) hex(j, 4));
                        j += 4;
                    }
                }
                case '\n', '\u2028', '\u2029' -> { }
                case '\r' -> {
                    if (j < n && source.charAt(j) == '\n') {
                        j++;
                    }
                }
                default -> {
                    if (Character.isDigit(e)) {
                        throw refuse(j - 2, "octal escapes are not compiled");
                    }
                    value.append(e);
                }
            }
        }
        String text = source.substring(start, j + 1);
        if (CDK_PATH.matcher(text).find()) {
            // The CDK's evaluator replaces "$.x" even inside string literals, with the value's JSON.
            throw refuse(start, "the string " + text + " holds a path; the Lambda-backed EvaluateExpression would"
                    + " replace it with the value's JSON text, which JSONata cannot reproduce faithfully");
        }
        tokens.add(new Token(Kind.STRING, text, value.toString(), start));
        return j + 1;
    }

    private int hex(int at, int digits) {
        if (at + digits > source.length()) {
            throw refuse(at, "malformed escape");
        }
        String h = source.substring(at, at + digits);
        if (!h.matches("[0-9a-fA-F]+")) {
            throw refuse(at, "malformed escape \"" + h + "\"");
        }
        return Integer.parseInt(h, 16);
    }

    private static final List<String> OPERATORS = List.of(
            "===", "!==", "==", "!=", "<=", ">=", "&&", "||", "<", ">", "+", "-", "*", "/", "%", "!", "?", ":",
            "(", ")", ".");
    private static final List<String> REFUSED = List.of(
            "**=", ">>>", "**", "??", "?.", "++", "--", "=>", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&", "|", "^",
            "~", "=", ",", ";", "[", "]", "{", "}");

    private int lexOperator(int i) {
        // Longest match over both lists, so "===" is an operator and "=" alone is refused.
        String best = null;
        for (List<String> list : List.of(OPERATORS, REFUSED)) {
            for (String candidate : list) {
                if (source.startsWith(candidate, i) && (best == null || candidate.length() > best.length())) {
                    best = candidate;
                }
            }
        }
        // "a ?.5 : 1" is a conditional, not optional chaining.
        if ("?.".equals(best) && i + 2 < source.length() && Character.isDigit(source.charAt(i + 2))) {
            best = "?";
        }
        if (best == null) {
            throw refuse(i, "unexpected character \"" + source.charAt(i) + "\"");
        }
        if (!OPERATORS.contains(best)) {
            throw refuse(i, "\"" + best + "\" is not compiled; the subset is paths, numbers, strings, true, false,"
                    + " null, + - * / %, comparisons, === !==, && || !, ?:, parentheses and .length");
        }
        tokens.add(new Token(Kind.OP, best, best, i));
        return i + best.length();
    }

    // ---- parsing and compiling ----------------------------------------------------------------------

    private Token peek() {
        return tokens.get(next);
    }

    private boolean at(String op) {
        Token t = peek();
        return t.kind() == Kind.OP && t.text().equals(op);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private void expect(String op) {
        if (!at(op)) {
            Token t = peek();
            throw refuse(t, "expected \"" + op + "\" but found \"" + t.text() + "\"");
        }
        next++;
    }

    private Node conditional() {
        Token start = peek();
        Node condition = or();
        if (!at("?")) {
            return condition;
        }
        take();
        if (condition.type() != Type.BOOLEAN) {
            throw refuse(start, "the condition of ?: must be a comparison or another true/false value: JavaScript and"
                    + " JSONata disagree on the truth of arrays and objects (compare explicitly, e.g. $.flag === true)");
        }
        Node whenTrue = conditional();
        expect(":");
        Node whenFalse = conditional();
        Type type = whenTrue.type() == whenFalse.type() ? whenTrue.type() : Type.UNKNOWN;
        return new Node(group(condition, COND + 1) + " ? " + group(whenTrue, COND + 1) + " : " + group(whenFalse, COND + 1),
                type, COND);
    }

    private Node or() {
        Node left = and();
        while (at("||")) {
            Token op = take();
            Node right = and();
            requireBooleans(op, left, right);
            left = new Node(group(left, OR) + " or " + group(right, OR + 1), Type.BOOLEAN, OR);
        }
        return left;
    }

    private Node and() {
        Node left = equality();
        while (at("&&")) {
            Token op = take();
            Node right = equality();
            requireBooleans(op, left, right);
            left = new Node(group(left, AND) + " and " + group(right, AND + 1), Type.BOOLEAN, AND);
        }
        return left;
    }

    private void requireBooleans(Token op, Node left, Node right) {
        if (left.type() != Type.BOOLEAN || right.type() != Type.BOOLEAN) {
            throw refuse(op, "\"" + op.text() + "\" is compiled only between true/false values (comparisons): on other"
                    + " values JavaScript returns an operand, JSONata a boolean");
        }
    }

    private Node equality() {
        Node left = relational();
        while (at("===") || at("!==") || at("==") || at("!=")) {
            Token op = take();
            if (op.text().length() == 2) {
                throw refuse(op, "loose " + op.text() + " converts types in JavaScript and JSONata's = does not; write "
                        + op.text() + "= for a faithful comparison");
            }
            Node right = relational();
            String jsonata = op.text().equals("===") ? "=" : "!=";
            left = new Node(group(left, CMP + 1) + " " + jsonata + " " + group(right, CMP + 1), Type.BOOLEAN, CMP);
        }
        return left;
    }

    private Node relational() {
        Node left = additive();
        while (at("<") || at("<=") || at(">") || at(">=")) {
            Token op = take();
            Node right = additive();
            for (Node operand : List.of(left, right)) {
                if (operand.type() == Type.BOOLEAN || operand.type() == Type.NULL) {
                    throw refuse(op, "\"" + op.text() + "\" is compiled for numbers and strings only");
                }
            }
            if ((left.type() == Type.STRING && right.type() == Type.NUMBER)
                    || (left.type() == Type.NUMBER && right.type() == Type.STRING)) {
                throw refuse(op, "comparing a string with a number converts types in JavaScript, not in JSONata");
            }
            left = new Node(group(left, CMP + 1) + " " + op.text() + " " + group(right, CMP + 1), Type.BOOLEAN, CMP);
        }
        return left;
    }

    private Node additive() {
        Node left = multiplicative();
        while (at("+") || at("-")) {
            Token op = take();
            Node right = multiplicative();
            if (op.text().equals("+") && (left.type() == Type.STRING || right.type() == Type.STRING)) {
                if (left.type() != Type.STRING || right.type() != Type.STRING) {
                    throw refuse(op, "\"+\" between a string and a value that is not certainly a string converts the"
                            + " value to text the JavaScript way, which JSONata cannot reproduce faithfully; concatenate"
                            + " only strings, or use lambda:evaluateExpression");
                }
                left = new Node(group(left, ADD) + " & " + group(right, ADD + 1), Type.STRING, ADD);
            } else {
                requireNumbers(op, left, right);
                left = new Node(group(left, ADD) + " " + op.text() + " " + group(right, ADD + 1), Type.NUMBER, ADD);
            }
        }
        return left;
    }

    private Node multiplicative() {
        Node left = unary();
        while (at("*") || at("/") || at("%")) {
            Token op = take();
            Node right = unary();
            requireNumbers(op, left, right);
            left = new Node(group(left, MUL) + " " + op.text() + " " + group(right, MUL + 1), Type.NUMBER, MUL);
        }
        return left;
    }

    private void requireNumbers(Token op, Node left, Node right) {
        for (Node operand : List.of(left, right)) {
            if (operand.type() != Type.NUMBER && operand.type() != Type.UNKNOWN) {
                throw refuse(op, "\"" + op.text() + "\" on a " + operand.type().name().toLowerCase(java.util.Locale.ROOT)
                        + " converts it to a number in JavaScript and fails in JSONata; use numbers");
            }
        }
    }

    private Node unary() {
        if (at("!")) {
            Token op = take();
            Node operand = unary();
            if (operand.type() != Type.BOOLEAN) {
                throw refuse(op, "\"!\" is compiled only on true/false values (comparisons): JavaScript and JSONata"
                        + " disagree on the truth of arrays and objects");
            }
            return new Node("$not(" + operand.text() + ")", Type.BOOLEAN, ATOM);
        }
        if (at("-")) {
            Token op = take();
            Node operand = unary();
            if (operand.type() != Type.NUMBER && operand.type() != Type.UNKNOWN) {
                throw refuse(op, "unary \"-\" is compiled on numbers only");
            }
            return new Node("-" + group(operand, ATOM), Type.NUMBER, UNARY);
        }
        if (at("+")) {
            throw refuse(peek(), "unary \"+\" (conversion to a number) is not compiled");
        }
        return postfix();
    }

    private Node postfix() {
        Node n = primary();
        while (at(".")) {
            Token dot = take();
            Token name = take();
            if (name.kind() != Kind.IDENT || !name.text().equals("length")) {
                throw refuse(dot, "only .length is compiled after a value, found \"." + name.text() + "\"");
            }
            n = length(n, name);
        }
        if (at("(")) {
            throw refuse(peek(), "function calls are not compiled");
        }
        return n;
    }

    private Node length(Node of, Token at) {
        if (of.type() == Type.STRING) {
            return new Node("$length(" + of.text() + ")", Type.NUMBER, ATOM);
        }
        if (of.type() != Type.UNKNOWN) {
            throw refuse(at, ".length is compiled on strings and arrays only");
        }
        String x = of.text();
        return new Node("($type(" + x + ") = \"array\" ? $count(" + x + ") : $length(" + x + "))", Type.NUMBER, ATOM);
    }

    private Node primary() {
        Token t = take();
        switch (t.kind()) {
            case NUMBER:
                return new Node(t.value(), Type.NUMBER, ATOM);
            case STRING:
                return new Node(TextNode.valueOf(t.value()).toString(), Type.STRING, ATOM);
            case PATH:
                return path(t);
            case IDENT:
                switch (t.text()) {
                    case "true":
                    case "false":
                        return new Node(t.text(), Type.BOOLEAN, ATOM);
                    case "null":
                        return new Node("null", Type.NULL, ATOM);
                    default:
                        throw refuse(t, "\"" + t.text() + "\" is not compiled: only paths ($.name), literals and"
                                + " operators are (no variables, functions, Math, undefined or other JavaScript)");
                }
            case OP:
                if (t.text().equals("(")) {
                    Node inner = conditional();
                    expect(")");
                    return inner;
                }
                throw refuse(t, "unexpected \"" + t.text() + "\"");
            default:
                throw refuse(t, "the expression ends too early");
        }
    }

    private Node path(Token t) {
        List<JsonPathSteps.Step> steps;
        try {
            steps = JsonPathSteps.parse(t.text());
        } catch (TaskValidationException e) {
            throw refuse(t, e.detail());
        }
        JsonPathSteps.Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        boolean lengthOfPath = last != null && !last.isIndex() && last.name().equals("length") && steps.size() > 1;
        List<JsonPathSteps.Step> navigation = lengthOfPath ? steps.subList(0, steps.size() - 1) : steps;
        String text;
        try {
            text = JsonPathSteps.jsonata(root, navigation);
        } catch (TaskValidationException e) {
            throw refuse(t, e.detail());
        }
        Node n = new Node(text, Type.UNKNOWN, ATOM);
        // "$.list.length" means the length of $.list, as in JavaScript.
        return lengthOfPath ? length(n, t) : n;
    }

    /** @return the node's text, in parentheses when it binds more loosely than {@code needed} */
    private static String group(Node n, int needed) {
        return n.precedence() < needed ? "(" + n.text() + ")" : n.text();
    }

    private TaskValidationException refuse(Token t, String detail) {
        return refuse(t.pos(), detail);
    }

    private TaskValidationException refuse(int pos, String detail) {
        return new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "expression",
                detail + " (at position " + pos + " of " + TextNode.valueOf(source) + ")");
    }
}
