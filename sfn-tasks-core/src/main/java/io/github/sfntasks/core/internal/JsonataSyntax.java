package io.github.sfntasks.core.internal;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the JSONata expressions of a state ({@code "{% ... %}"} strings) with a real JSONata parser, the Java port
 * of jsonata-js ({@code com.dashjoin:jsonata}, the one the local executor runs), as Step Functions'
 * ValidateStateMachineDefinition refuses an expression that does not parse (SCHEMA_VALIDATION_FAILED).
 *
 * <p>Beyond the grammar: a variable is {@code $}, {@code $$} or {@code $name} with a name of letters, digits and
 * underscores that does not start with a digit ("Passing data between states with variables", Step Functions developer
 * guide); jsonata-js reads {@code $$$} as a variable named {@code $$}, which no state can assign. Nesting is bounded
 * before the parser sees the text, so that hostile input cannot overflow the parser's stack.
 */
public final class JsonataSyntax {

    /** The deepest nesting of brackets and prefix operators an expression may have. */
    public static final int MAX_NESTING = 100;

    private static final Pattern VARIABLE = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final String OPERATORS = ".[]{}(),@#;:?+-*/%|=<>^&!~`\"'";
    private static final Set<String> NESTED_SCOPES = Set.of("Branches", "ItemProcessor", "Iterator");

    private JsonataSyntax() {
    }

    /**
     * Checks every {@code {% %}} string of a JSONata state (nested scopes are checked as their own states).
     *
     * @param stateName the state
     * @param state the state as written
     * @param language the state's effective query language; nothing is checked in a JSONPath state
     * @param found where problems go, each naming the state and the property path; a property that already has a
     *              problem in {@code found} gets no second one
     */
    public static void state(String stateName, JsonNode state, QueryLanguage language, List<TaskValidationException> found) {
        if (language != QueryLanguage.JSONATA) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = state.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!NESTED_SCOPES.contains(e.getKey())) {
                walk(stateName, e.getValue(), e.getKey(), found);
            }
        }
    }

    private static void walk(String stateName, JsonNode node, String path, List<TaskValidationException> found) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (isExpression(text)) {
                String problem = problemOf(text);
                if (problem != null && found.stream().noneMatch(f -> path.equals(f.property()))) {
                    found.add(new TaskValidationException(ErrorCode.INVALID_JSONATA, stateName, path, problem));
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(stateName, node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(stateName, e.getValue(), path + "." + e.getKey(), found);
            }
        }
    }

    private static boolean isExpression(String text) {
        return text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
    }

    /**
     * @param text a string written {@code {% expression %}}
     * @return what is wrong with the expression, or {@code null} when it parses
     */
    public static String problemOf(String text) {
        String body = text.substring(2, text.length() - 2);
        String shown = quote(body.strip());
        if (body.isBlank()) {
            return "the JSONata expression is empty: write an expression between {% and %}";
        }
        if (body.contains("{%") || body.contains("%}")) {
            return "a JSONata expression cannot hold another {% %}: " + shown + " (the delimiters wrap the whole string once)";
        }
        int depth = nesting(body);
        if (depth > MAX_NESTING) {
            return "the JSONata expression nests " + depth + " deep; at most " + MAX_NESTING + " is read: " + abbreviated(shown);
        }
        try {
            Jsonata.jsonata(body);
        } catch (JException e) {
            return "JSONata syntax error at position " + e.getLocation() + " of " + abbreviated(shown) + ": " + e.getMessage()
                    .replaceFirst("^[A-Z]\\d{4}: ", "");
        } catch (StackOverflowError e) {
            // MAX_NESTING keeps ordinary input far from this; kept as a last guard against a parser recursion we missed.
            return "the JSONata expression nests too deep to read: " + abbreviated(shown);
        } catch (RuntimeException e) {
            return "the JSONata expression does not parse: " + abbreviated(shown) + " (" + e.getMessage() + ")";
        }
        String variable = badVariable(body);
        if (variable != null) {
            return "\"$" + variable + "\" is not a variable: after \"$\" comes a name of letters, digits and underscores"
                    + " that does not start with a digit ($states, $myVar), \"$\" alone (the context) or \"$$\" (the root),"
                    + " in " + abbreviated(shown);
        }
        return null;
    }

    /** The deepest nesting of brackets outside strings, counting a run of prefix minus signs as nesting too. */
    private static int nesting(String body) {
        int depth = 0;
        int max = 0;
        int prefix = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipQuoted(body, i);
                prefix = 0;
                continue;
            }
            switch (c) {
                case '(', '[', '{' -> max = Math.max(max, ++depth + prefix);
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                case '-' -> max = Math.max(max, depth + ++prefix);
                default -> {
                    if (!Character.isWhitespace(c)) {
                        prefix = 0;
                    }
                }
            }
        }
        return max;
    }

    private static int skipQuoted(String body, int open) {
        char q = body.charAt(open);
        for (int k = open + 1; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '\\' && q != '`') {
                k++;
            } else if (c == q) {
                return k;
            }
        }
        return body.length();
    }

    /** @return the name of the first variable reference whose name is not one, or {@code null} */
    private static String badVariable(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipQuoted(body, i);
            } else if (c == '/' && i + 1 < body.length() && body.charAt(i + 1) == '*') {
                int end = body.indexOf("*/", i + 2);
                i = end < 0 ? body.length() : end + 1;
            } else if (c == '$') {
                int j = i + 1;
                while (j < body.length() && !Character.isWhitespace(body.charAt(j)) && OPERATORS.indexOf(body.charAt(j)) < 0) {
                    j++;
                }
                String name = body.substring(i + 1, j);
                if (!(name.isEmpty() || name.equals("$") || VARIABLE.matcher(name).matches())) {
                    return name;
                }
                i = j - 1;
            }
        }
        return null;
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static String abbreviated(String s) {
        return s.length() <= 120 ? s : s.substring(0, 100) + "...\" (" + s.length() + " characters)";
    }
}
