package io.github.sfntasks.api.value;

/**
 * Syntax checks for the paths of the Amazon States Language. Returns {@code null} when a path is
 * fine, or a sentence saying what is wrong.
 *
 * <p>A <em>path</em> (Parameters values, InputPath, OutputPath, ItemsPath) is JSONPath starting at
 * {@code $} (the input), {@code $$} (the context object) or {@code $name} (a variable). A
 * <em>reference path</em> (ResultPath, the *Path fields of Choice rules and Wait) may only name a
 * single node: {@code .field}, {@code ['field']} and {@code [0]} steps, no wildcards, filters,
 * slices or deep scans.
 */
final class PathSyntax {

    private static final java.util.regex.Pattern FUNCTION_STEP =
            java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\([^()]*\\)");

    private PathSyntax() {
    }

    /**
     * @param path the path
     * @return {@code null} when the path is a valid JSONPath for ASL, else what is wrong
     */
    public static String checkPath(String path) {
        return check(path, false);
    }

    /**
     * @param path the path
     * @return {@code null} when the path is a valid reference path, else what is wrong
     */
    public static String checkReferencePath(String path) {
        return check(path, true);
    }

    private static String check(String path, boolean reference) {
        if (path == null) {
            return "a path is required";
        }
        if (path.isEmpty()) {
            return "a path cannot be empty; use \"$\" for the whole input";
        }
        if (path.charAt(0) != '$') {
            return "a path must start with \"$\" (input), \"$$\" (context object) or \"$name\" (a variable), was \""
                    + path + "\"";
        }
        if (!path.equals(path.strip())) {
            return "a path cannot start or end with white space: \"" + path + "\"";
        }
        int i = 1;
        if (path.length() > 1 && path.charAt(1) == '$') {
            i = 2;
        } else if (path.length() > 1 && isIdentStart(path.charAt(1))) {
            i = 2;
            while (i < path.length() && isIdentPart(path.charAt(i))) {
                i++;
            }
        }
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                if (i + 1 < path.length() && path.charAt(i + 1) == '.') {
                    if (reference) {
                        return "a reference path cannot use the deep scan \"..\": \"" + path + "\"";
                    }
                    i++;
                }
                int start = i + 1;
                int j = start;
                while (j < path.length() && path.charAt(j) != '.' && path.charAt(j) != '[') {
                    char d = path.charAt(j);
                    if (Character.isWhitespace(d) && reference) {
                        return "a reference path field cannot hold white space: \"" + path + "\"";
                    }
                    j++;
                }
                if (j == start) {
                    return "a path cannot have an empty field name (\"" + path + "\")";
                }
                String name = path.substring(start, j);
                if (name.indexOf(']') >= 0) {
                    return "unbalanced \"]\" in path \"" + path + "\"";
                }
                if (reference && (name.equals("*") || name.contains("(") || name.contains("@"))) {
                    return "a reference path must name a single node; \"" + name + "\" in \"" + path
                            + "\" does not";
                }
                // Parentheses in a dot-notation step only as a function call that ends the path ($.items.length()),
                // as JSONPath (Jayway, which Step Functions follows) reads them; "$.a)(" is no path.
                if ((name.indexOf('(') >= 0 || name.indexOf(')') >= 0)
                        && !(FUNCTION_STEP.matcher(name).matches() && j == path.length())) {
                    return "unexpected parenthesis in \"" + name + "\" of path \"" + path + "\"; a field name holding"
                            + " parentheses is written ['name'], a function call as .name() at the end of the path";
                }
                i = j;
            } else if (c == '[') {
                int end = closingBracket(path, i);
                if (end < 0) {
                    return "unbalanced \"[\" in path \"" + path + "\"";
                }
                String inside = path.substring(i + 1, end).strip();
                if (inside.isEmpty()) {
                    return "empty \"[]\" in path \"" + path + "\"";
                }
                if (reference && !isReferenceSubscript(inside)) {
                    return "a reference path may only use [index] or ['field'] subscripts; \"[" + inside
                            + "]\" in \"" + path + "\" is not one";
                }
                i = end + 1;
            } else {
                return "unexpected \"" + c + "\" at position " + i + " of path \"" + path
                        + "\"; fields are written .name or ['name']";
            }
        }
        return null;
    }

    private static boolean isReferenceSubscript(String inside) {
        if (inside.chars().allMatch(Character::isDigit)) {
            return true;
        }
        if (inside.length() >= 2) {
            char q = inside.charAt(0);
            return (q == '\'' || q == '"') && inside.charAt(inside.length() - 1) == q
                    && inside.indexOf(q, 1) == inside.length() - 1;
        }
        return false;
    }

    private static int closingBracket(String path, int open) {
        int depth = 0;
        char quote = 0;
        for (int k = open; k < path.length(); k++) {
            char c = path.charAt(k);
            if (quote != 0) {
                if (c == '\\') {
                    k++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** @param c a character @return whether it may start a variable name */
    public static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    /** @param c a character @return whether it may continue a variable name */
    public static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
