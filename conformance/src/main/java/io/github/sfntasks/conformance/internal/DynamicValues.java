package io.github.sfntasks.conformance.internal;

import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * Values resolved at run time: JSONPaths and intrinsic function calls (the value of a {@code "name.$"} member in a
 * JSONPath state), JSONata expressions ({@code "{% ... %}"} in a JSONata state), and deliberately broken ones.
 * Every valid value here parses with the API ({@link JsonPath#of}, {@link IntrinsicFunction#parse},
 * {@link JsonataExpression#parse}); every broken one is refused by both path parsers (a kit test proves both).
 */
public final class DynamicValues {

    /** The task token in a JSONPath state. */
    public static final String TASK_TOKEN_PATH = "$$.Task.Token";

    /** The task token in a JSONata state. */
    public static final String TASK_TOKEN_JSONATA = "{% $states.context.Task.Token %}";

    /** Paths that do not parse ({@link JsonPath#of} refuses them, and none starts with {@code States.}). */
    public static final List<String> BAD_PATHS = List.of(
            "", "a.b", "$.", "$.a..", "$[", "$.a[", "$.a]", "$['unclosed", "$ .a", " $.a", "$.a.", "$[]", "@.a",
            "#.a");

    /** Intrinsic calls that do not parse or whose arguments are wrong ({@link IntrinsicFunction#parse} refuses them). */
    public static final List<String> BAD_INTRINSICS = List.of(
            "States.Format()", "States.NoSuchFunction($.a)", "States.ArrayRange(1, 2)", "States.MathAdd($.a)",
            "States.UUID(1)", "States.Hash($.a, 'MD4')", "States.Format('{} {}', $.a)", "States.Format('{}', ",
            "States.ArrayLength()", "States.StringToJson($.a, $.b)", "States.JsonToString", "States.Array($.a",
            "States.Base64Encode(1, 2)");

    private static final String[] FIELDS = {"a", "b", "input", "order", "items", "detail", "id", "name", "x_1", "Value"};

    private DynamicValues() {
    }

    /** @return field names for paths and free objects, plain and odd ones */
    static Arbitrary<String> fieldNames() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of(FIELDS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)));
    }

    /** @return valid JSONPaths: into the input, the context object and variables */
    public static Arbitrary<String> paths() {
        Arbitrary<String> step = Arbitraries.oneOf(
                fieldNames().map(f -> "." + f),
                Arbitraries.integers().between(0, 3).map(i -> "[" + i + "]"),
                Arbitraries.of("['a b']", "['x-y']", "[*]", ".length()"));
        Arbitrary<String> input = step.list().ofMinSize(0).ofMaxSize(3).map(l -> "$" + String.join("", l));
        Arbitrary<String> context = Arbitraries.of("$$", "$$.Execution.Id", "$$.Execution.Name", "$$.Execution.Input",
                "$$.State.Name", "$$.State.EnteredTime", "$$.StateMachine.Id", "$$.Map.Item.Value", "$$.Execution.StartTime");
        Arbitrary<String> variable = Arbitraries.of("$myVariable", "$orderId.status", "$count");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(7, input),
                net.jqwik.api.Tuple.of(2, context),
                net.jqwik.api.Tuple.of(1, variable)).filter(DynamicValues::isValidDynamic);
    }

    /** @return reference paths (a single node), for ResultPath and the *Path fields */
    public static Arbitrary<String> referencePaths() {
        Arbitrary<String> step = Arbitraries.oneOf(
                fieldNames().map(f -> "." + f),
                Arbitraries.integers().between(0, 3).map(i -> "[" + i + "]"));
        return step.list().ofMinSize(0).ofMaxSize(3).map(l -> "$" + String.join("", l))
                .filter(p -> {
                    try {
                        JsonPath.reference(p);
                        return true;
                    } catch (TaskValidationException e) {
                        return false;
                    }
                });
    }

    /** @return valid intrinsic function calls */
    public static Arbitrary<String> intrinsics() {
        Arbitrary<String> path = paths().filter(p -> !p.startsWith("$$") || p.length() > 2);
        Arbitrary<String> text = Arbitraries.strings().withChars("abc XYZ-_.:/").ofMaxLength(10);
        return Arbitraries.oneOf(
                Combinators.combine(text, path).as((t, p) -> "States.Format('" + t + " {}', " + p + ")"),
                path.map(p -> "States.JsonToString(" + p + ")"),
                path.map(p -> "States.StringToJson(" + p + ")"),
                path.map(p -> "States.ArrayLength(" + p + ")"),
                path.map(p -> "States.Base64Encode(" + p + ")"),
                Combinators.combine(path, Arbitraries.integers().between(-5, 100)).as((p, i) -> "States.MathAdd(" + p + ", " + i + ")"),
                Combinators.combine(path, Arbitraries.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"))
                        .as((p, a) -> "States.Hash(" + p + ", '" + a + "')"),
                Combinators.combine(path, text).as((p, t) -> "States.Array(" + p + ", '" + t + "', 1, true, null)"),
                Arbitraries.just("States.UUID()"),
                Arbitraries.just("States.ArrayRange(1, 9, 2)"),
                Combinators.combine(path, path).as((a, b) -> "States.JsonMerge(" + a + ", " + b + ", false)"))
                .filter(DynamicValues::isValidDynamic);
    }

    /** @return paths or intrinsic calls, what a {@code "name.$"} member may hold */
    public static Arbitrary<String> dynamic() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(7, paths()), net.jqwik.api.Tuple.of(3, intrinsics()));
    }

    /** @return valid JSONata expressions, delimited */
    public static Arbitrary<String> jsonata() {
        Arbitrary<String> body = Arbitraries.oneOf(
                Arbitraries.of("$states.input", "$states.context.Execution.Id", "1 + 2", "$now()",
                        "$states.input.items[0]", "$count($states.input.items)", "\"text\"",
                        "$states.context.State.Name", "{\"a\": $states.input.a}"),
                fieldNames().map(f -> "$states.input." + f),
                fieldNames().map(f -> "$uppercase($states.input." + f + ")"));
        return body.map(b -> "{% " + b + " %}");
    }

    /**
     * @param text a {@code "name.$"} value
     * @return whether it parses as the API reads it: an intrinsic call when it starts with {@code States.}, else a path
     */
    public static boolean isValidDynamic(String text) {
        try {
            if (text.startsWith("States.")) {
                IntrinsicFunction.parse(text);
            } else {
                JsonPath.of(text);
            }
            return true;
        } catch (TaskValidationException e) {
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * @param text a string
     * @return whether it is a JSONata expression that parses
     */
    public static boolean isValidJsonata(String text) {
        try {
            JsonataExpression.parse(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** @return broken path strings */
    public static Arbitrary<String> badPaths() {
        return Arbitraries.of(BAD_PATHS);
    }

    /** @return broken intrinsic calls */
    public static Arbitrary<String> badIntrinsics() {
        return Arbitraries.of(BAD_INTRINSICS);
    }
}
