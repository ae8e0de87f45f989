package io.github.sfntasks.conformance.iam;

import io.github.sfntasks.api.ApiStatus;

/**
 * IAM wildcard matching: {@code *} matches any run of characters (also none), {@code ?} one character. Actions
 * compare case-insensitively (IAM action names are), resources case-sensitively.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class IamGlob {

    private IamGlob() {
    }

    /**
     * @param pattern an IAM resource pattern
     * @param value a concrete ARN
     * @return whether the pattern covers the value
     */
    public static boolean resourceMatches(String pattern, String value) {
        return matches(pattern, 0, value, 0);
    }

    /**
     * @param pattern an IAM action pattern ({@code lambda:InvokeFunction}, {@code lambda:Invoke*})
     * @param action an action
     * @return whether the pattern covers the action, ignoring case
     */
    public static boolean actionMatches(String pattern, String action) {
        return matches(pattern.toLowerCase(java.util.Locale.ROOT), 0, action.toLowerCase(java.util.Locale.ROOT), 0);
    }

    private static boolean matches(String p, int i, String v, int j) {
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '*') {
                while (i < p.length() && p.charAt(i) == '*') {
                    i++;
                }
                if (i == p.length()) {
                    return true;
                }
                for (int k = j; k <= v.length(); k++) {
                    if (matches(p, i, v, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (j >= v.length() || (c != '?' && c != v.charAt(j))) {
                return false;
            }
            i++;
            j++;
        }
        return j == v.length();
    }
}
