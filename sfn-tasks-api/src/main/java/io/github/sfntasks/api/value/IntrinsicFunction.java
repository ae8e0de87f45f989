package io.github.sfntasks.api.value;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A call of one of the 18 intrinsic functions of the States language ({@code States.Format(...)},
 * {@code States.UUID()}, ...), checked when built: the function exists, the argument count fits, and
 * literal arguments have the type and range the service accepts. Rendered under a key ending in
 * {@code .$} in JSONPath states.
 *
 * <p>Arguments are {@link JsonPath}s, nested {@code IntrinsicFunction}s, or literals (strings,
 * numbers, booleans, {@code null}); plain Java values are converted with {@link Value#of(Object)}.
 * String arguments are plain text: the reserved characters {@code ' { } \} are escaped when
 * rendered. The template of {@link #format} is the exception: {@code {}} there is a placeholder, and a
 * literal brace is escaped with a backslash.
 *
 * <pre>{@code
 * IntrinsicFunction.format("Hello, {}!", JsonPath.stringAt("$.name"));   // States.Format('Hello, {}!', $.name)
 * IntrinsicFunction.parse("States.MathAdd($.count, 1)");
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html">Intrinsic functions</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class IntrinsicFunction implements Value {

    /** The hash algorithms {@code States.Hash} accepts. */
    public static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    /**
     * How deep calls may nest in one field: 10, as the service allows ("You can nest up to 10 intrinsic functions
     * within a field", <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html">
     * Intrinsic functions</a>). A call that is the argument of none has depth 1. The limit also keeps parsing and
     * rendering, which recurse once per level, far from the end of the stack.
     */
    public static final int MAX_NESTING = 10;

    private final Function function;
    private final List<Value> arguments;
    private final int depth;

    private IntrinsicFunction(Function function, List<Value> arguments, int depth) {
        this.function = function;
        this.arguments = List.copyOf(arguments);
        this.depth = depth;
    }

    /** The intrinsic functions, with their ASL names and argument counts. */
    public enum Function {
        /** {@code States.Format(template, args...)}. */
        FORMAT("States.Format", 1, Integer.MAX_VALUE),
        /** {@code States.StringToJson(string)}. */
        STRING_TO_JSON("States.StringToJson", 1, 1),
        /** {@code States.JsonToString(json)}. */
        JSON_TO_STRING("States.JsonToString", 1, 1),
        /** {@code States.Array(items...)}. */
        ARRAY("States.Array", 0, Integer.MAX_VALUE),
        /** {@code States.ArrayPartition(array, chunkSize)}. */
        ARRAY_PARTITION("States.ArrayPartition", 2, 2),
        /** {@code States.ArrayContains(array, value)}. */
        ARRAY_CONTAINS("States.ArrayContains", 2, 2),
        /** {@code States.ArrayRange(start, end, step)}. */
        ARRAY_RANGE("States.ArrayRange", 3, 3),
        /** {@code States.ArrayGetItem(array, index)}. */
        ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2),
        /** {@code States.ArrayLength(array)}. */
        ARRAY_LENGTH("States.ArrayLength", 1, 1),
        /** {@code States.ArrayUnique(array)}. */
        ARRAY_UNIQUE("States.ArrayUnique", 1, 1),
        /** {@code States.Base64Encode(string)}. */
        BASE64_ENCODE("States.Base64Encode", 1, 1),
        /** {@code States.Base64Decode(string)}. */
        BASE64_DECODE("States.Base64Decode", 1, 1),
        /** {@code States.Hash(data, algorithm)}. */
        HASH("States.Hash", 2, 2),
        /** {@code States.JsonMerge(a, b, false)}. */
        JSON_MERGE("States.JsonMerge", 3, 3),
        /** {@code States.MathRandom(start, end[, seed])}. */
        MATH_RANDOM("States.MathRandom", 2, 3),
        /** {@code States.MathAdd(a, b)}. */
        MATH_ADD("States.MathAdd", 2, 2),
        /** {@code States.StringSplit(string, separators)}. */
        STRING_SPLIT("States.StringSplit", 2, 2),
        /** {@code States.UUID()}. */
        UUID("States.UUID", 0, 0);

        private final String aslName;
        private final int minArgs;
        private final int maxArgs;

        Function(String aslName, int minArgs, int maxArgs) {
            this.aslName = aslName;
            this.minArgs = minArgs;
            this.maxArgs = maxArgs;
        }

        /** @return the name in ASL, such as {@code States.Format} */
        public String aslName() {
            return aslName;
        }

        /**
         * @param aslName a name such as {@code States.Format}
         * @return the function, or {@code null} when there is none of that name
         */
        public static Function byAslName(String aslName) {
            for (Function f : values()) {
                if (f.aslName.equals(aslName)) {
                    return f;
                }
            }
            return null;
        }
    }

    /**
     * Builds a call, checking it.
     *
     * @param function the function
     * @param arguments its arguments (converted with {@link Value#of(Object)})
     * @return the call
     * @throws TaskValidationException ({@link ErrorCode#INVALID_INTRINSIC}) when the call is invalid
     */
    public static IntrinsicFunction call(Function function, Object... arguments) {
        List<Value> args = new ArrayList<>(arguments.length);
        for (Object a : arguments) {
            args.add(Value.of(a));
        }
        return new IntrinsicFunction(function, args, check(function, args));
    }

    /**
     * Parses a call as written in ASL, for example {@code States.Format('{} items', States.ArrayLength($.items))}.
     *
     * @param text the call
     * @return the call
     * @throws TaskValidationException ({@link ErrorCode#INVALID_INTRINSIC}) when it does not parse or is invalid
     */
    public static IntrinsicFunction parse(String text) {
        return IntrinsicParser.parse(text);
    }

    /**
     * Used by the parser; checks the call.
     *
     * @param function the function
     * @param arguments the arguments
     * @return the call
     */
    @ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
    public static IntrinsicFunction ofParsed(Function function, List<Value> arguments) {
        return new IntrinsicFunction(function, arguments, check(function, arguments));
    }

    /** @param template the template ({} is a placeholder) @param args one per placeholder @return {@code States.Format} */
    public static IntrinsicFunction format(String template, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = template;
        System.arraycopy(args, 0, all, 1, args.length);
        return call(Function.FORMAT, all);
    }

    /** @param jsonString a string holding JSON @return {@code States.StringToJson} */
    public static IntrinsicFunction stringToJson(Object jsonString) {
        return call(Function.STRING_TO_JSON, jsonString);
    }

    /** @param json a path to JSON @return {@code States.JsonToString} */
    public static IntrinsicFunction jsonToString(Object json) {
        return call(Function.JSON_TO_STRING, json);
    }

    /** @param items the items @return {@code States.Array} */
    public static IntrinsicFunction array(Object... items) {
        return call(Function.ARRAY, items);
    }

    /** @param array an array @param chunkSize a positive chunk size @return {@code States.ArrayPartition} */
    public static IntrinsicFunction arrayPartition(Object array, Object chunkSize) {
        return call(Function.ARRAY_PARTITION, array, chunkSize);
    }

    /** @param array an array @param value a value to look for @return {@code States.ArrayContains} */
    public static IntrinsicFunction arrayContains(Object array, Object value) {
        return call(Function.ARRAY_CONTAINS, array, value);
    }

    /** @param start first @param end last @param step non-zero step @return {@code States.ArrayRange} */
    public static IntrinsicFunction arrayRange(Object start, Object end, Object step) {
        return call(Function.ARRAY_RANGE, start, end, step);
    }

    /** @param array an array @param index a non-negative index @return {@code States.ArrayGetItem} */
    public static IntrinsicFunction arrayGetItem(Object array, Object index) {
        return call(Function.ARRAY_GET_ITEM, array, index);
    }

    /** @param array an array @return {@code States.ArrayLength} */
    public static IntrinsicFunction arrayLength(Object array) {
        return call(Function.ARRAY_LENGTH, array);
    }

    /** @param array an array @return {@code States.ArrayUnique} */
    public static IntrinsicFunction arrayUnique(Object array) {
        return call(Function.ARRAY_UNIQUE, array);
    }

    /** @param data a string (at most 10,000 characters) @return {@code States.Base64Encode} */
    public static IntrinsicFunction base64Encode(Object data) {
        return call(Function.BASE64_ENCODE, data);
    }

    /** @param base64 a base64 string (at most 10,000 characters) @return {@code States.Base64Decode} */
    public static IntrinsicFunction base64Decode(Object base64) {
        return call(Function.BASE64_DECODE, base64);
    }

    /** @param data the data @param algorithm one of {@link #HASH_ALGORITHMS} @return {@code States.Hash} */
    public static IntrinsicFunction hash(Object data, Object algorithm) {
        return call(Function.HASH, data, algorithm);
    }

    /** @param a an object @param b an object merged over {@code a} (shallow) @return {@code States.JsonMerge(a, b, false)} */
    public static IntrinsicFunction jsonMerge(Object a, Object b) {
        return call(Function.JSON_MERGE, a, b, false);
    }

    /** @param start lowest @param end highest @return {@code States.MathRandom} */
    public static IntrinsicFunction mathRandom(Object start, Object end) {
        return call(Function.MATH_RANDOM, start, end);
    }

    /** @param start lowest @param end highest @param seed a seed @return {@code States.MathRandom} */
    public static IntrinsicFunction mathRandom(Object start, Object end, Object seed) {
        return call(Function.MATH_RANDOM, start, end, seed);
    }

    /** @param a a number @param b a number @return {@code States.MathAdd} */
    public static IntrinsicFunction mathAdd(Object a, Object b) {
        return call(Function.MATH_ADD, a, b);
    }

    /** @param string a string @param separators the separator characters @return {@code States.StringSplit} */
    public static IntrinsicFunction stringSplit(Object string, Object separators) {
        return call(Function.STRING_SPLIT, string, separators);
    }

    /** @return {@code States.UUID()} */
    public static IntrinsicFunction uuid() {
        return call(Function.UUID);
    }

    /** @return the function */
    public Function function() {
        return function;
    }

    /** @return the arguments (unmodifiable) */
    public List<Value> arguments() {
        return arguments;
    }

    /** @return the call as ASL writes it */
    public String render() {
        StringBuilder sb = new StringBuilder(function.aslName).append('(');
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Value a = arguments.get(i);
            if (a instanceof JsonPath p) {
                sb.append(p.path());
            } else if (a instanceof IntrinsicFunction f) {
                sb.append(f.render());
            } else if (a instanceof Literal l && l.node().isTextual()) {
                boolean template = function == Function.FORMAT && i == 0;
                sb.append('\'').append(template ? escapeTemplate(l.text()) : escape(l.text())).append('\'');
            } else {
                sb.append(((Literal) a).node().toString());
            }
        }
        return sb.append(')').toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '{' || c == '}' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String escapeTemplate(String s) {
        return s.replace("'", "\\'");
    }

    @Override
    public boolean isDynamic() {
        return true;
    }

    @Override
    public boolean containsTaskToken() {
        return arguments.stream().anyMatch(Value::containsTaskToken);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntrinsicFunction other && function == other.function && arguments.equals(other.arguments);
    }

    @Override
    public int hashCode() {
        return function.hashCode() * 31 + arguments.hashCode();
    }

    @Override
    public String toString() {
        return render();
    }

    // ---- checks -------------------------------------------------------------------------------

    /** @return the call's depth, once it is checked */
    private static int check(Function f, List<Value> args) {
        int depth = 1;
        for (Value a : args) {
            if (a instanceof IntrinsicFunction nested) {
                depth = Math.max(depth, nested.depth + 1);
            }
        }
        if (depth > MAX_NESTING) {
            fail(f, "intrinsic functions nest " + depth + " deep here; the service allows at most " + MAX_NESTING
                    + " within a field: compute part of the value in an earlier state");
        }
        int n = args.size();
        if (n < f.minArgs || n > f.maxArgs) {
            String expected = f.minArgs == f.maxArgs ? String.valueOf(f.minArgs)
                    : f.maxArgs == Integer.MAX_VALUE ? "at least " + f.minArgs
                    : f.minArgs + " to " + f.maxArgs;
            fail(f, "takes " + expected + " argument" + (expected.equals("1") ? "" : "s") + ", got " + n);
        }
        for (int i = 0; i < n; i++) {
            Value a = args.get(i);
            if (a instanceof JsonPath p && p.isDiscard()) {
                fail(f, "argument " + (i + 1) + " cannot be DISCARD");
            }
            if (!(a instanceof JsonPath || a instanceof IntrinsicFunction || a instanceof Literal)) {
                fail(f, "argument " + (i + 1) + " must be a path, an intrinsic function or a literal"
                        + " (string, number, boolean, null), was " + a.getClass().getSimpleName());
            }
            if (a instanceof Literal l && (l.node().isContainerNode())) {
                fail(f, "argument " + (i + 1) + " cannot be a JSON object or array literal; use a path or States.Array");
            }
        }
        switch (f) {
            case FORMAT -> {
                Value template = args.get(0);
                if (template instanceof Literal l) {
                    if (!l.isText()) {
                        fail(f, "the template (argument 1) must be a string or a path");
                    }
                    int placeholders = countPlaceholders(l.text());
                    if (placeholders != n - 1) {
                        fail(f, "the template has " + placeholders + " {} placeholder" + (placeholders == 1 ? "" : "s")
                                + " but " + (n - 1) + " value" + (n - 1 == 1 ? " was" : "s were") + " given");
                    }
                }
            }
            case ARRAY_PARTITION -> requirePositiveInt(f, args, 1, "the chunk size");
            case ARRAY_GET_ITEM -> requireNonNegativeInt(f, args, 1, "the index");
            case ARRAY_RANGE -> {
                for (int i = 0; i < 3; i++) {
                    requireNumber(f, args, i, i == 0 ? "start" : i == 1 ? "end" : "step");
                }
                if (args.get(2) instanceof Literal step && step.node().asDouble() == 0) {
                    fail(f, "the step cannot be 0");
                }
                if (args.get(0) instanceof Literal s && args.get(1) instanceof Literal e && args.get(2) instanceof Literal st) {
                    double count = Math.floor((e.node().asDouble() - s.node().asDouble()) / st.node().asDouble()) + 1;
                    if (count > 1000) {
                        fail(f, "the range would hold " + (long) count + " items; the service allows at most 1000");
                    }
                }
            }
            case BASE64_ENCODE, BASE64_DECODE -> {
                requireString(f, args, 0, "the data");
                if (args.get(0) instanceof Literal l && l.text().length() > 10_000) {
                    fail(f, "the input is " + l.text().length() + " characters; the service allows at most 10000");
                }
            }
            case HASH -> {
                Value alg = args.get(1);
                if (alg instanceof Literal l && (!l.isText() || !HASH_ALGORITHMS.contains(l.text()))) {
                    fail(f, "the algorithm must be one of " + String.join(", ", sorted(HASH_ALGORITHMS)) + ", was " + l);
                }
            }
            case JSON_MERGE -> {
                Value deep = args.get(2);
                if (!(deep instanceof Literal l) || !l.node().isBoolean() || l.node().booleanValue()) {
                    fail(f, "the third argument must be the literal false (the service supports shallow merges only)");
                }
                for (int i = 0; i < 2; i++) {
                    if (args.get(i) instanceof Literal) {
                        fail(f, "argument " + (i + 1) + " must be a path or an intrinsic function that yields an object");
                    }
                }
            }
            case MATH_RANDOM -> {
                for (int i = 0; i < n; i++) {
                    requireInt(f, args, i, i == 0 ? "start" : i == 1 ? "end" : "the seed");
                }
            }
            case MATH_ADD -> {
                requireNumber(f, args, 0, "argument 1");
                requireNumber(f, args, 1, "argument 2");
            }
            case STRING_SPLIT -> {
                requireString(f, args, 0, "the string");
                requireString(f, args, 1, "the separators");
            }
            case STRING_TO_JSON -> requireString(f, args, 0, "the string");
            default -> { }
        }
        return depth;
    }

    private static List<String> sorted(Set<String> s) {
        String[] a = s.toArray(new String[0]);
        Arrays.sort(a);
        return Arrays.asList(a);
    }

    /**
     * @param template a Format template
     * @return the number of {@code {}} placeholders not escaped with a backslash
     */
    public static int countPlaceholders(String template) {
        int count = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                count++;
                i++;
            }
        }
        return count;
    }

    private static JsonNode literal(List<Value> args, int i) {
        return args.get(i) instanceof Literal l ? l.node() : null;
    }

    private static void requireString(Function f, List<Value> args, int i, String what) {
        JsonNode n = literal(args, i);
        if (n != null && !n.isTextual()) {
            fail(f, what + " must be a string or a path, was " + n);
        }
    }

    private static void requireNumber(Function f, List<Value> args, int i, String what) {
        JsonNode n = literal(args, i);
        if (n != null && !n.isNumber()) {
            fail(f, what + " must be a number or a path, was " + n);
        }
    }

    private static void requireInt(Function f, List<Value> args, int i, String what) {
        JsonNode n = literal(args, i);
        if (n != null && !(n.isIntegralNumber() || (n.isNumber() && n.asDouble() == Math.rint(n.asDouble())))) {
            fail(f, what + " must be an integer or a path, was " + n);
        }
    }

    private static void requireNonNegativeInt(Function f, List<Value> args, int i, String what) {
        requireInt(f, args, i, what);
        JsonNode n = literal(args, i);
        if (n != null && n.asDouble() < 0) {
            fail(f, what + " cannot be negative, was " + n);
        }
    }

    private static void requirePositiveInt(Function f, List<Value> args, int i, String what) {
        requireInt(f, args, i, what);
        JsonNode n = literal(args, i);
        if (n != null && n.asDouble() <= 0) {
            fail(f, what + " must be positive, was " + n);
        }
    }

    private static void fail(Function f, String detail) {
        throw new TaskValidationException(ErrorCode.INVALID_INTRINSIC, null, null,
                f.aslName + ": " + detail.toLowerCase(Locale.ROOT).charAt(0) + detail.substring(1));
    }
}
