package io.github.sfntasks.provider.lambda;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The steps of a simple JSONPath into the state input ({@code $.a.b[0]['c d']}), and the same
 * navigation written in JSONata ({@code $states.input.a.b[0].`c d`}). Only {@code .name},
 * {@code ['name']}, {@code ["name"]} and {@code [index]} steps: no wildcards, filters, slices, deep
 * scans, context ({@code $$}) or variable ({@code $name}) roots.
 */
final class JsonPathSteps {

    /** The state input in a JSONata expression. */
    static final String INPUT = "$states.input";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    // Words that JSONata reads as operators or literals where a field name could stand.
    private static final Set<String> RESERVED = Set.of("and", "or", "in", "true", "false", "null", "function");

    /**
     * One step.
     *
     * @param name the field name, or {@code null} for an index step
     * @param index the array index (may be negative: from the end), or {@code null} for a field step
     */
    record Step(String name, Integer index) {
        boolean isIndex() {
            return index != null;
        }
    }

    private JsonPathSteps() {
    }

    /**
     * @param path a path such as {@code $.a.b[0]}
     * @return its steps ({@code $} alone: none)
     * @throws TaskValidationException ({@link ErrorCode#INVALID_PATH}, no property) when the path is not
     *         a simple path into the state input
     */
    static List<Step> parse(String path) {
        if (path == null || !path.startsWith("$") || path.startsWith("$$")) {
            throw invalid(path, "must start with \"$\", the state input (context paths \"$$\" are not supported here)");
        }
        List<Step> steps = new ArrayList<>();
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < path.length() && path.charAt(j) != '.' && path.charAt(j) != '[') {
                    j++;
                }
                String name = path.substring(i + 1, j);
                if (name.isEmpty()) {
                    throw invalid(path, "has an empty field name");
                }
                if (name.equals("*") || name.contains("(") || name.contains("@") || name.contains(" ")) {
                    throw invalid(path, "must name a single node; \"" + name + "\" does not");
                }
                steps.add(new Step(name, null));
                i = j;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    throw invalid(path, "has an unclosed \"[\"");
                }
                String inside = path.substring(i + 1, end);
                if (inside.length() >= 2 && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')
                        && inside.charAt(inside.length() - 1) == inside.charAt(0)
                        && inside.indexOf(inside.charAt(0), 1) == inside.length() - 1) {
                    steps.add(new Step(inside.substring(1, inside.length() - 1), null));
                } else if (inside.matches("-?\\d{1,9}")) {
                    steps.add(new Step(null, Integer.parseInt(inside)));
                } else {
                    throw invalid(path, "may only use [index] or ['name'] subscripts; \"[" + inside + "]\" is neither");
                }
                i = end + 1;
            } else {
                throw invalid(path, "has an unexpected \"" + c + "\" at position " + i + "; fields are written .name or ['name']");
            }
        }
        return steps;
    }

    /**
     * @param root a JSONata expression to navigate from, such as {@code $states.input}
     * @param steps the steps
     * @return the navigation in JSONata
     * @throws TaskValidationException when a field name cannot be written in JSONata (it holds a backtick)
     */
    static String jsonata(String root, List<Step> steps) {
        StringBuilder sb = new StringBuilder(root);
        for (Step s : steps) {
            if (s.isIndex()) {
                sb.append('[').append(s.index()).append(']');
            } else {
                sb.append('.').append(name(s.name()));
            }
        }
        return sb.toString();
    }

    /**
     * @param name a field name
     * @return the name as a JSONata path step: plain, or quoted in backticks
     */
    static String name(String name) {
        if (PLAIN_NAME.matcher(name).matches() && !RESERVED.contains(name)) {
            return name;
        }
        if (name.indexOf('`') >= 0) {
            throw new TaskValidationException(ErrorCode.INVALID_PATH, null, null,
                    "the field name \"" + name + "\" holds a backtick, which a JSONata field name cannot hold");
        }
        return "`" + name + "`";
    }

    private static TaskValidationException invalid(String path, String detail) {
        return new TaskValidationException(ErrorCode.INVALID_PATH, null, null, "the path \"" + path + "\" " + detail);
    }
}
