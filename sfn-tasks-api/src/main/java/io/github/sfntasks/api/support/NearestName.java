package io.github.sfntasks.api.support;

import io.github.sfntasks.api.ApiStatus;

import java.util.Collection;
import java.util.Locale;

/**
 * The "did you mean" of error messages: the known name closest to a misspelt one (Levenshtein distance, case
 * ignored), when it is close enough to be a likely typo.
 *
 * <pre>{@code
 * NearestName.of("lambdaFuntion", List.of("lambdaFunction", "payload"));   // "lambdaFunction"
 * NearestName.of("zzz", List.of("lambdaFunction", "payload"));             // null
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class NearestName {

    /** Names longer than this are not compared: a suggestion is for typos, not for megabyte strings. */
    private static final int MAX_COMPARED_LENGTH = 256;

    private NearestName() {
    }

    /**
     * @param name the name as written
     * @param known the names that exist
     * @return the closest known name within {@code max(2, length / 3)} edits, or {@code null}; never {@code name}
     *         itself
     */
    public static String of(String name, Collection<String> known) {
        if (name == null || name.length() > MAX_COMPARED_LENGTH) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (candidate == null || candidate.equals(name) || candidate.length() > MAX_COMPARED_LENGTH) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    /**
     * @param name the name as written
     * @param known the names that exist
     * @return {@code "; did you mean \"x\"?"}, or the empty string when no name is close
     */
    public static String hint(String name, Collection<String> known) {
        String near = of(name, known);
        return near == null ? "" : "; did you mean \"" + near + "\"?";
    }

    /**
     * The end of an "unknown name" message: the suggestion, if any, then the names that exist.
     *
     * @param name the name as written
     * @param known the names that exist
     * @param label what the names are ("allowed", "the state types are")
     * @return {@code "; did you mean \"x\"? Allowed: [...]"} or {@code "; allowed: [...]"}
     */
    public static String hintAndList(String name, Collection<String> known, String label) {
        String near = of(name, known);
        String list = label + ": " + new java.util.TreeSet<>(known);
        return near == null ? "; " + list : "; did you mean \"" + near + "\"? "
                + Character.toUpperCase(list.charAt(0)) + list.substring(1);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
