package io.github.sfntasks.conformance.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Strings that match a regular expression, for the {@code pattern} of a JSON Schema: a small generator for the
 * regex forms schemas use (literals, escapes, classes and ranges, negated classes, groups, alternation,
 * quantifiers). Lookarounds generate nothing and are left to the final filter; back references, word boundaries
 * and inline flags are refused with {@link UnsupportedRegexException}; the caller then needs examples or a provider
 * arbitrary.
 *
 * <p>Generated strings are filtered through {@link Pattern#compile(String)} with find semantics, as JSON Schema
 * applies {@code pattern}, so an approximation (anchors in the middle, say) never yields a wrong value.
 */
public final class RegexArbitrary {

    /** Extra repetitions allowed for an unbounded quantifier ({@code *}, {@code +}, {@code {n,}}). */
    static final int UNBOUNDED_EXTRA = 8;

    /**
     * The characters that {@code .}, negated classes and {@code \S}/{@code \W}/{@code \D} draw from: printable ASCII
     * and a few letters outside it (so that escaping and UTF-8 are exercised).
     */
    static final String UNIVERSE;

    static {
        StringBuilder sb = new StringBuilder();
        for (char c = 0x20; c < 0x7f; c++) {
            sb.append(c);
        }
        sb.append("\u00e9\u00df\u65e5\u20ac");
        UNIVERSE = sb.toString();
    }

    /** A regex construct the generator does not handle. */
    public static final class UnsupportedRegexException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedRegexException(String regex, String what) {
            super("cannot generate strings for the pattern /" + regex + "/: " + what);
        }
    }

    private sealed interface Node permits Chars, Seq, Alt, Repeat {
    }

    /** One character out of a set (a literal is a set of one). */
    private record Chars(String chars) implements Node {
    }

    private record Seq(List<Node> items) implements Node {
    }

    private record Alt(List<Node> options) implements Node {
    }

    private record Repeat(Node node, int min, int max) implements Node {
    }

    private final String regex;
    private int pos;

    private RegexArbitrary(String regex) {
        this.regex = regex;
    }

    /**
     * @param regex an ECMA-262 style pattern, as in JSON Schema
     * @return strings that contain a match of the pattern (usually: that are one)
     * @throws UnsupportedRegexException when the pattern uses a construct the generator does not handle
     */
    public static Arbitrary<String> of(String regex) {
        RegexArbitrary parser = new RegexArbitrary(regex);
        Node node = parser.parseAlt();
        if (parser.pos != regex.length()) {
            throw new UnsupportedRegexException(regex, "unexpected ')' at " + parser.pos);
        }
        Pattern compiled = SchemaValidator.pattern(regex);
        if (compiled == null) {
            throw new UnsupportedRegexException(regex, "Java cannot compile it");
        }
        Arbitrary<String> match = arbitrary(node);
        // JSON Schema applies a pattern with find semantics: what is not anchored may have text around the match
        // (so that "^(?!aws\\.)" or "\\S" also give longer strings).
        Arbitrary<String> around = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars(UNIVERSE).ofMinLength(1).ofMaxLength(12)));
        if (!regex.startsWith("^")) {
            match = Combinators.combine(around, match).as((a, m) -> a + m);
        }
        if (!endAnchored(regex)) {
            match = Combinators.combine(match, around).as((m, a) -> m + a);
        }
        return match.filter(s -> compiled.matcher(s).find());
    }

    private static boolean endAnchored(String regex) {
        if (!regex.endsWith("$")) {
            return false;
        }
        int backslashes = 0;
        for (int i = regex.length() - 2; i >= 0 && regex.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    /**
     * @param regex a pattern
     * @return whether {@link #of} can generate for it
     */
    public static boolean supports(String regex) {
        try {
            of(regex);
            return true;
        } catch (UnsupportedRegexException e) {
            return false;
        }
    }

    // ---- parsing -----------------------------------------------------------------------------------------------

    private Node parseAlt() {
        List<Node> options = new ArrayList<>();
        options.add(parseSeq());
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            options.add(parseSeq());
        }
        return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    private Node parseSeq() {
        List<Node> items = new ArrayList<>();
        while (pos < regex.length()) {
            char c = regex.charAt(pos);
            if (c == '|' || c == ')') {
                break;
            }
            Node atom = parseAtom();
            if (atom == null) {
                continue;
            }
            items.add(parseQuantifier(atom));
        }
        return items.size() == 1 ? items.get(0) : new Seq(items);
    }

    private Node parseAtom() {
        char c = regex.charAt(pos);
        switch (c) {
            case '^':
            case '$':
                pos++;
                return null; // anchors: the generated string is the match itself
            case '(':
                return parseGroup(); // null for a lookaround
            case '[':
                return parseClass();
            case '.':
                pos++;
                return new Chars(UNIVERSE);
            case '\\':
                return new Chars(parseEscape(false));
            case '*':
            case '+':
            case '?':
                throw new UnsupportedRegexException(regex, "a quantifier without anything before it at " + pos);
            default:
                pos++;
                return new Chars(String.valueOf(c));
        }
    }

    private Node parseGroup() {
        pos++; // (
        if (regex.startsWith("?:", pos)) {
            pos += 2;
        } else if (regex.startsWith("?<", pos) && pos + 2 < regex.length()
                && regex.charAt(pos + 2) != '=' && regex.charAt(pos + 2) != '!') {
            int end = regex.indexOf('>', pos);
            if (end < 0) {
                throw new UnsupportedRegexException(regex, "unclosed group name");
            }
            pos = end + 1;
        } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos) || regex.startsWith("?<=", pos)
                || regex.startsWith("?<!", pos)) {
            // A lookaround matches no characters: generate nothing for it and let the final filter (the pattern
            // itself) drop the strings it excludes, such as names starting with "aws.".
            pos += regex.charAt(pos + 1) == '<' ? 3 : 2;
            parseAlt();
            if (pos >= regex.length() || regex.charAt(pos) != ')') {
                throw new UnsupportedRegexException(regex, "unclosed lookaround");
            }
            pos++;
            return null;
        } else if (pos < regex.length() && regex.charAt(pos) == '?') {
            throw new UnsupportedRegexException(regex, "inline flags at " + pos);
        }
        Node inner = parseAlt();
        if (pos >= regex.length() || regex.charAt(pos) != ')') {
            throw new UnsupportedRegexException(regex, "unclosed group");
        }
        pos++;
        return inner;
    }

    private Node parseClass() {
        pos++; // [
        boolean negated = false;
        if (pos < regex.length() && regex.charAt(pos) == '^') {
            negated = true;
            pos++;
        }
        Set<Character> set = new LinkedHashSet<>();
        while (pos < regex.length() && regex.charAt(pos) != ']') {
            char c = regex.charAt(pos);
            String from;
            if (c == '\\') {
                from = parseEscape(true);
            } else {
                pos++;
                from = String.valueOf(c);
            }
            if (from.length() == 1 && pos + 1 < regex.length() && regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']') {
                pos++;
                char hi;
                if (regex.charAt(pos) == '\\') {
                    String e = parseEscape(true);
                    if (e.length() != 1) {
                        throw new UnsupportedRegexException(regex, "a range ending in a class escape");
                    }
                    hi = e.charAt(0);
                } else {
                    hi = regex.charAt(pos++);
                }
                for (char x = from.charAt(0); x <= hi; x++) {
                    set.add(x);
                }
            } else {
                for (char x : from.toCharArray()) {
                    set.add(x);
                }
            }
        }
        if (pos >= regex.length()) {
            throw new UnsupportedRegexException(regex, "unclosed character class");
        }
        pos++; // ]
        StringBuilder sb = new StringBuilder();
        if (negated) {
            for (char x : UNIVERSE.toCharArray()) {
                if (!set.contains(x)) {
                    sb.append(x);
                }
            }
        } else {
            set.forEach(sb::append);
        }
        if (sb.length() == 0) {
            throw new UnsupportedRegexException(regex, "an empty character class");
        }
        return new Chars(sb.toString());
    }

    /** Parses an escape at {@code pos} (a backslash) and returns the characters it stands for. */
    private String parseEscape(boolean inClass) {
        pos++; // backslash
        if (pos >= regex.length()) {
            throw new UnsupportedRegexException(regex, "a trailing backslash");
        }
        char c = regex.charAt(pos++);
        switch (c) {
            case 'd': return "0123456789";
            case 'D': return without("0123456789");
            case 'w': return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
            case 'W': return without("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
            case 's': return " \t\n";
            case 'S': return without(" \t\n");
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case 'f': return "\f";
            case 'v': return "\u000b";
            case '0': return "\0";
            case 'x': {
                String hex = regex.substring(pos, Math.min(pos + 2, regex.length()));
                pos += 2;
                return String.valueOf((char) Integer.parseInt(hex, 16));
            }
            case 'u': {
                String hex = regex.substring(pos, Math.min(pos + 4, regex.length()));
                pos += 4;
                return String.valueOf((char) Integer.parseInt(hex, 16));
            }
            case 'b':
                if (inClass) {
                    return "\b";
                }
                throw new UnsupportedRegexException(regex, "a word boundary \\b");
            case 'B':
            case 'p':
            case 'P':
            case 'k':
                throw new UnsupportedRegexException(regex, "the escape \\" + c);
            default:
                if (c >= '1' && c <= '9') {
                    throw new UnsupportedRegexException(regex, "a back reference \\" + c);
                }
                return String.valueOf(c);
        }
    }

    private static String without(String excluded) {
        StringBuilder sb = new StringBuilder();
        for (char x : UNIVERSE.toCharArray()) {
            if (excluded.indexOf(x) < 0) {
                sb.append(x);
            }
        }
        return sb.toString();
    }

    private Node parseQuantifier(Node atom) {
        if (pos >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(pos);
        int min;
        int max;
        if (c == '*') {
            min = 0;
            max = -1;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = -1;
            pos++;
        } else if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '{') {
            int end = regex.indexOf('}', pos);
            String inside = end < 0 ? "" : regex.substring(pos + 1, end);
            if (!inside.matches("\\d+(,\\d*)?")) {
                return atom; // a literal '{' in ECMA syntax; parsed as the next atom
            }
            int comma = inside.indexOf(',');
            if (comma < 0) {
                min = Integer.parseInt(inside);
                max = min;
            } else {
                min = Integer.parseInt(inside.substring(0, comma));
                max = comma == inside.length() - 1 ? -1 : Integer.parseInt(inside.substring(comma + 1));
            }
            pos = end + 1;
        } else {
            return atom;
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same strings
        }
        return new Repeat(atom, min, max < 0 ? min + UNBOUNDED_EXTRA : max);
    }

    // ---- generation --------------------------------------------------------------------------------------------

    private static Arbitrary<String> arbitrary(Node node) {
        if (node instanceof Chars c) {
            return c.chars().length() == 1 ? Arbitraries.just(c.chars())
                    : Arbitraries.strings().withChars(c.chars()).ofLength(1);
        }
        if (node instanceof Seq s) {
            if (s.items().isEmpty()) {
                return Arbitraries.just("");
            }
            List<Arbitrary<String>> parts = new ArrayList<>();
            for (Node n : s.items()) {
                parts.add(arbitrary(n));
            }
            return Combinators.combine(parts).as(list -> String.join("", list));
        }
        if (node instanceof Alt a) {
            List<Arbitrary<String>> options = new ArrayList<>();
            for (Node n : a.options()) {
                options.add(arbitrary(n));
            }
            return Arbitraries.oneOf(options);
        }
        Repeat r = (Repeat) node;
        if (r.node() instanceof Chars c) {
            return Arbitraries.strings().withChars(c.chars()).ofMinLength(r.min()).ofMaxLength(r.max());
        }
        return arbitrary(r.node()).list().ofMinSize(r.min()).ofMaxSize(r.max()).map(l -> String.join("", l));
    }
}
