package io.github.sfntasks.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Opaque placeholders: the values that stand for a resource deployed alongside the state machine, filled in
 * at deploy time. The one place that says what counts as one:
 *
 * <ul>
 *   <li>a CloudFormation substitution variable, as {@code Fn::Sub} and {@code DefinitionSubstitutions} read
 *       them: {@code ${OrdersTable}}, {@code ${ValidateFunction.Arn}}, {@code ${AWS::Region}};</li>
 *   <li>an AWS CDK token as the CDK encodes one in a string: {@code ${Token[TOKEN.31]}},
 *       {@code ${Token[Orders.TableName.123]}}, and the list form {@code #{Token[TOKEN.32]}};</li>
 *   <li>text that mixes literal characters with them: {@code orders-${Stage}},
 *       {@code arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:alerts}.</li>
 * </ul>
 *
 * <p>{@code ${!Literal}} is CloudFormation's escape for the literal text {@code ${Literal}}: not a placeholder.
 * An IAM wildcard ({@code *} or {@code ?}) is never a placeholder. Validation checks the literal parts only;
 * rendering passes placeholders through untouched; grants put them where the ARN needs them, as the CDK does
 * with its tokens.
 *
 * <pre>{@code
 * Placeholders.contains("orders-${Stage}");        // true
 * Placeholders.isWhole("${Token[TOKEN.31]}");      // true
 * Placeholders.literalParts("orders-${Stage}");    // ["orders-"]
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.2")
public final class Placeholders {

    /** The most characters a placeholder's name may have (a CDK token's text is short; a longer one is not one). */
    private static final int MAX_NAME = 512;

    /**
     * A regular expression (Java and ECMA-262 alike, unanchored) for one placeholder, for JSON Schema patterns.
     */
    public static final String PATTERN = "(?:\\$\\{Token\\[[A-Za-z0-9_.\\-]{1,256}\\]\\}|#\\{Token\\[[A-Za-z0-9_.\\-]{1,256}\\]\\}"
            + "|\\$\\{[A-Za-z0-9_][A-Za-z0-9_:.\\-]{0,255}\\})";

    /** A regular expression (anchored) for text that holds at least one placeholder. */
    public static final String CONTAINS_PATTERN = "^[\\s\\S]*" + PATTERN + "[\\s\\S]*$";

    /**
     * A regular expression (anchored) for a resource identifier that holds at least one placeholder: placeholders and
     * the characters names, ARNs and URLs are made of ({@code orders-${Stage}},
     * {@code arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:alerts}), what a schema admits besides a
     * resource's literal form.
     */
    public static final String RESOURCE_PATTERN = "^(?=[\\s\\S]*" + PATTERN + ")(?:[A-Za-z0-9_.:/+=,@-]|" + PATTERN + ")+$";

    private Placeholders() {
    }

    /** One piece of a text: literal characters, or a placeholder. */
    @ApiStatus(value = ApiStatus.Status.STABLE, since = "0.2")
    public record Part(String text, boolean placeholder) {
    }

    /**
     * Splits a text into its literal parts and its placeholders, in order.
     *
     * @param text any text (null: no parts)
     * @return the parts; adjacent literal characters form one part
     */
    public static List<Part> parts(String text) {
        List<Part> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = placeholderEnd(text, i);
            if (end > i) {
                if (literal.length() > 0) {
                    out.add(new Part(literal.toString(), false));
                    literal.setLength(0);
                }
                out.add(new Part(text.substring(i, end), true));
                i = end;
            } else {
                literal.append(text.charAt(i));
                i++;
            }
        }
        if (literal.length() > 0) {
            out.add(new Part(literal.toString(), false));
        }
        return out;
    }

    /**
     * @param text any text
     * @param from an index into it
     * @return the index after the placeholder that starts at {@code from}, or {@code from} when none does
     */
    private static int placeholderEnd(String text, int from) {
        char c = text.charAt(from);
        if ((c != '$' && c != '#') || from + 1 >= text.length() || text.charAt(from + 1) != '{') {
            return from;
        }
        if (text.startsWith("Token[", from + 2)) {
            int close = text.indexOf("]}", from + 8);
            if (close < 0 || close - (from + 8) < 1 || close - (from + 8) > 256) {
                return from;
            }
            for (int k = from + 8; k < close; k++) {
                char t = text.charAt(k);
                if (!(Character.isLetterOrDigit(t) && t < 128 || t == '_' || t == '.' || t == '-')) {
                    return from;
                }
            }
            return close + 2;
        }
        if (c == '#') {
            return from;
        }
        int close = text.indexOf('}', from + 2);
        if (close < 0 || close == from + 2 || close - (from + 2) > MAX_NAME / 2) {
            return from;
        }
        char first = text.charAt(from + 2);
        if (!(first < 128 && Character.isLetterOrDigit(first) || first == '_')) {
            return from; // ${!Literal} is CloudFormation's escape, ${*} is no name
        }
        for (int k = from + 3; k < close; k++) {
            char t = text.charAt(k);
            if (!(t < 128 && Character.isLetterOrDigit(t) || t == '_' || t == ':' || t == '.' || t == '-')) {
                return from;
            }
        }
        return close + 1;
    }

    /**
     * @param text any text (null: false)
     * @return whether it holds at least one placeholder
     */
    public static boolean contains(String text) {
        if (text == null) {
            return false;
        }
        for (int i = text.indexOf('{'); i > 0; i = text.indexOf('{', i + 1)) {
            if (placeholderEnd(text, i - 1) > i - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text any text (null: false)
     * @return whether the whole text is one placeholder ({@code ${OrdersTable}}, {@code ${Token[TOKEN.31]}})
     */
    public static boolean isWhole(String text) {
        return text != null && !text.isEmpty() && placeholderEnd(text, 0) == text.length();
    }

    /**
     * @param text any text
     * @return its literal parts, in order (what validation checks)
     */
    public static List<String> literalParts(String text) {
        List<String> out = new ArrayList<>();
        for (Part p : parts(text)) {
            if (!p.placeholder()) {
                out.add(p.text());
            }
        }
        return out;
    }

    /**
     * Whether the literal parts of a text are made of allowed characters only: how a name with placeholders
     * ({@code orders-${Stage}}) is checked, since the placeholder's value is not known.
     *
     * @param text the text
     * @param allowed the characters a literal part may hold
     * @return the first character that is not allowed, or {@code -1}
     */
    public static int firstDisallowed(String text, IntPredicate allowed) {
        for (String literal : literalParts(text)) {
            for (int i = 0; i < literal.length(); ) {
                int cp = literal.codePointAt(i);
                if (!allowed.test(cp)) {
                    return cp;
                }
                i += Character.charCount(cp);
            }
        }
        return -1;
    }

    /**
     * @param text the text
     * @return the number of literal characters (code points): a lower bound of the deployed value's length
     */
    public static int literalLength(String text) {
        int n = 0;
        for (String literal : literalParts(text)) {
            n += literal.codePointCount(0, literal.length());
        }
        return n;
    }
}
