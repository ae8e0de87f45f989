package io.github.sfntasks.api;

/**
 * Text from a workflow file or a builder, made safe to print on a terminal: every message sfn-tasks builds
 * ({@link SfnTasksException#getMessage()}, {@link TaskWarning#toString()}, a workflow problem's {@code toString()})
 * passes the names and values it quotes through {@link #escape(CharSequence)}, so that a state named
 * <code>"&#92;u001b[2J"</code> (ESC, then {@code [2J}) prints as the nine characters <code>&#92;u001b[2J</code> instead of clearing the screen.
 *
 * <p>Escaped, as <code>&#92;uXXXX</code>: the C0 controls (U+0000 to U+001F, line breaks and tabs included), DEL
 * (U+007F), the C1 controls (U+0080 to U+009F: U+009B is a one-character CSI), the bidirectional formatting characters
 * that can reorder what a terminal or an editor shows (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069),
 * the line and paragraph separators U+2028 and U+2029, and unpaired surrogates. Everything else, backslashes included,
 * is kept as it is. The accessors of exceptions and problems ({@code stateName()}, {@code detail()}...) keep the raw
 * text; only what is meant to be printed is escaped.
 *
 * <p>For example, a text of the 7 characters {@code a}, ESC (U+001B), {@code [31m}, {@code b} is escaped to 12
 * printable characters: {@code a}, a backslash, {@code u001b[31mb}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class DisplayText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private DisplayText() {
    }

    /**
     * @param text any text, or {@code null}
     * @return the text with every character listed in the class description escaped ({@code null} stays {@code null})
     */
    public static String escape(CharSequence text) {
        return escape(text, false);
    }

    /**
     * As {@link #escape(CharSequence)}, but keeps line feeds: for messages that are several lines on purpose, built
     * from parts that are escaped already.
     *
     * @param text any text, or {@code null}
     * @return the text escaped, line feeds kept
     */
    public static String escapeKeepingLines(CharSequence text) {
        return escape(text, true);
    }

    /**
     * For filters that see text a piece at a time (a terminal writer): whether the character is one that
     * {@link #escape(CharSequence)} escapes whatever surrounds it, that is every one listed in the class description
     * but unpaired surrogates.
     *
     * @param c a character
     * @return whether it is a C0 or C1 control, DEL, a bidirectional formatting character or a line or paragraph
     *         separator
     */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    }

    /** Appends the escape of one character: a backslash, {@code u} and four lower-case hex digits. */
    private static void appendEscape(StringBuilder sb, char c) {
        sb.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
    }

    /**
     * @param c a character
     * @param previous the character before it, or 0
     * @param next the character after it, or 0
     * @return whether {@link #escape(CharSequence)} escapes it
     */
    private static boolean unsafe(char c, char previous, char next) {
        if (isControl(c)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return !Character.isLowSurrogate(next);
        }
        if (Character.isLowSurrogate(c)) {
            return !Character.isHighSurrogate(previous);
        }
        return false;
    }

    private static String escape(CharSequence text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n && !unsafeAt(text, i, keepLines)) {
            i++;
        }
        if (i == n) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (unsafeAt(text, i, keepLines)) {
                appendEscape(sb, c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean unsafeAt(CharSequence text, int i, boolean keepLines) {
        char c = text.charAt(i);
        if (keepLines && (c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
            return false;
        }
        return unsafe(c, i > 0 ? text.charAt(i - 1) : 0, i + 1 < text.length() ? text.charAt(i + 1) : 0);
    }
}
