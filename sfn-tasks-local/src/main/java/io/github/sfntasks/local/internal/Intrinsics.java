package io.github.sfntasks.local.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The 18 intrinsic functions of the States language, parsed once and evaluated with AWS's argument rules.
 * A call that breaks a rule at run time fails with {@code States.IntrinsicFailure}.
 */
public final class Intrinsics {

    private static final Set<String> NAMES = Set.of("States.Format", "States.StringToJson", "States.JsonToString",
            "States.Array", "States.ArrayPartition", "States.ArrayContains", "States.ArrayRange", "States.ArrayGetItem",
            "States.ArrayLength", "States.ArrayUnique", "States.Base64Encode", "States.Base64Decode", "States.Hash",
            "States.JsonMerge", "States.MathRandom", "States.MathAdd", "States.StringSplit", "States.UUID");

    private static final int MAX_TEXT = 10_000;

    private Intrinsics() {
    }

    /** A parsed call: the function name and its arguments (literals, paths, calls). */
    public static final class Call {
        final String name;
        final List<Object> args;

        Call(String name, List<Object> args) {
            this.name = name;
            this.args = args;
        }

        /** @return the function's name, such as {@code States.Format} */
        public String name() {
            return name;
        }
    }

    /**
     * @param text a string value of a {@code .$} key
     * @return whether it is an intrinsic function call rather than a path
     */
    public static boolean isCall(String text) {
        return text.startsWith("States.");
    }

    /**
     * @param text a call such as {@code States.Format('Hi {}', $.name)}
     * @return it parsed
     * @throws IllegalArgumentException when it does not parse or names no function
     */
    public static Call parse(String text) {
        Parser p = new Parser(text);
        Call c = p.call();
        p.spaces();
        if (p.i != text.length()) {
            throw new IllegalArgumentException("invalid intrinsic function '" + text + "': unexpected text at " + p.i);
        }
        return c;
    }

    /**
     * @param call a parsed call
     * @param env what its paths read
     * @return its value
     * @throws StatesError {@code States.IntrinsicFailure} or {@code States.Runtime}
     */
    public static JsonNode evaluate(Call call, Env env) {
        List<JsonNode> a = new ArrayList<>(call.args.size());
        for (Object arg : call.args) {
            if (arg instanceof Call) {
                a.add(evaluate((Call) arg, env));
            } else if (arg instanceof JsonPathExpr) {
                a.add(env.require((JsonPathExpr) arg, call.name));
            } else {
                a.add((JsonNode) arg);
            }
        }
        switch (call.name) {
            case "States.Format":
                return format(call, a);
            case "States.StringToJson": {
                count(call, a, 1);
                try {
                    JsonNode parsed = Json.parse(text(call, a, 0));
                    if (parsed == null || parsed.isMissingNode()) {
                        throw fail(call, "the argument is empty or blank, not JSON text");
                    }
                    return parsed;
                } catch (JsonProcessingException e) {
                    throw fail(call, "the argument is not JSON text: " + e.getOriginalMessage());
                }
            }
            case "States.JsonToString":
                count(call, a, 1);
                return Json.NODES.textNode(Json.text(a.get(0)));
            case "States.Array": {
                ArrayNode out = Json.array();
                a.forEach(out::add);
                return out;
            }
            case "States.ArrayPartition": {
                count(call, a, 2);
                ArrayNode in = array(call, a, 0);
                long size = integer(call, a, 1);
                if (size <= 0) {
                    throw fail(call, "the chunk size must be a positive integer, was " + size);
                }
                ArrayNode out = Json.array();
                ArrayNode chunk = null;
                for (int i = 0; i < in.size(); i++) {
                    if (i % size == 0) {
                        chunk = out.addArray();
                    }
                    chunk.add(in.get(i));
                }
                return out;
            }
            case "States.ArrayContains": {
                count(call, a, 2);
                ArrayNode in = array(call, a, 0);
                for (JsonNode e : in) {
                    if (sameValue(e, a.get(1))) {
                        return Json.NODES.booleanNode(true);
                    }
                }
                return Json.NODES.booleanNode(false);
            }
            case "States.ArrayRange": {
                count(call, a, 3);
                long start = integer(call, a, 0);
                long end = integer(call, a, 1);
                long step = integer(call, a, 2);
                if (step == 0) {
                    throw fail(call, "the step must not be 0");
                }
                ArrayNode out = Json.array();
                for (long v = start; step > 0 ? v <= end : v >= end; v += step) {
                    if (out.size() == 1000) {
                        throw fail(call, "the range has more than 1000 items");
                    }
                    out.add(Json.integer(v));
                }
                return out;
            }
            case "States.ArrayGetItem": {
                count(call, a, 2);
                ArrayNode in = array(call, a, 0);
                long index = integer(call, a, 1);
                if (index < 0 || index >= in.size()) {
                    throw fail(call, "index " + index + " is out of bounds for an array of " + in.size() + " items");
                }
                return in.get((int) index);
            }
            case "States.ArrayLength":
                count(call, a, 1);
                return Json.NODES.numberNode(array(call, a, 0).size());
            case "States.ArrayUnique": {
                count(call, a, 1);
                ArrayNode out = Json.array();
                for (JsonNode e : array(call, a, 0)) {
                    boolean seen = false;
                    for (JsonNode o : out) {
                        seen |= sameValue(o, e);
                    }
                    if (!seen) {
                        out.add(e);
                    }
                }
                return out;
            }
            case "States.Base64Encode": {
                count(call, a, 1);
                String s = limited(call, a, 0);
                return Json.NODES.textNode(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
            }
            case "States.Base64Decode": {
                count(call, a, 1);
                String s = limited(call, a, 0);
                try {
                    return Json.NODES.textNode(new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw fail(call, "the argument is not Base64: " + e.getMessage());
                }
            }
            case "States.Hash": {
                count(call, a, 2);
                String data = limited(call, a, 0);
                String algorithm = text(call, a, 1);
                if (!Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512").contains(algorithm)) {
                    throw fail(call, "the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, was '"
                            + algorithm + "'");
                }
                try {
                    byte[] d = MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
                    StringBuilder hex = new StringBuilder();
                    for (byte b : d) {
                        hex.append(String.format(Locale.ROOT, "%02x", b));
                    }
                    return Json.NODES.textNode(hex.toString());
                } catch (NoSuchAlgorithmException e) {
                    throw fail(call, e.getMessage());
                }
            }
            case "States.JsonMerge": {
                count(call, a, 3);
                if (!a.get(0).isObject() || !a.get(1).isObject()) {
                    throw fail(call, "both values to merge must be JSON objects");
                }
                if (!a.get(2).isBoolean() || a.get(2).booleanValue()) {
                    throw fail(call, "the third argument must be false (deep merge is not supported)");
                }
                ObjectNode out = Json.object();
                out.setAll((ObjectNode) a.get(0));
                out.setAll((ObjectNode) a.get(1));
                return out;
            }
            case "States.MathRandom": {
                if (a.size() != 2 && a.size() != 3) {
                    throw fail(call, "takes 2 or 3 arguments (start, end, seed), was given " + a.size());
                }
                long start = integer(call, a, 0);
                long end = integer(call, a, 1);
                if (a.size() == 3) {
                    long seed = integer(call, a, 2);
                    return Json.integer(end <= start ? start
                            : start + (long) Math.floor(new Random(seed).nextDouble() * (end - start)));
                }
                return Json.integer(env.random().between(start, end));
            }
            case "States.MathAdd": {
                count(call, a, 2);
                // AWS: "If you specify a non-integer value for one or both the arguments, Step Functions will
                // round it off to the nearest integer" (intrinsic functions page, States.MathAdd).
                BigDecimal sum = number(call, a, 0).setScale(0, java.math.RoundingMode.HALF_UP)
                        .add(number(call, a, 1).setScale(0, java.math.RoundingMode.HALF_UP));
                try {
                    return Json.integer(sum.longValueExact());
                } catch (ArithmeticException e) {
                    return Json.NODES.numberNode(sum);
                }
            }
            case "States.StringSplit": {
                count(call, a, 2);
                String s = text(call, a, 0);
                String delimiters = text(call, a, 1);
                ArrayNode out = Json.array();
                StringBuilder cur = new StringBuilder();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (delimiters.indexOf(c) >= 0) {
                        if (cur.length() > 0) {
                            out.add(cur.toString());
                        }
                        cur.setLength(0);
                    } else {
                        cur.append(c);
                    }
                }
                if (cur.length() > 0) {
                    out.add(cur.toString());
                }
                return out;
            }
            case "States.UUID":
                count(call, a, 0);
                return Json.NODES.textNode(env.random().uuid());
            default:
                throw fail(call, "no such intrinsic function");
        }
    }

    private static JsonNode format(Call call, List<JsonNode> a) {
        if (a.isEmpty() || !a.get(0).isTextual()) {
            throw fail(call, "the first argument must be a template string");
        }
        String t = a.get(0).textValue();
        StringBuilder out = new StringBuilder();
        int arg = 1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length()) {
                out.append(t.charAt(++i));
            } else if (c == '{' && i + 1 < t.length() && t.charAt(i + 1) == '}') {
                if (arg >= a.size()) {
                    throw fail(call, "the template has more {} placeholders than values");
                }
                JsonNode v = a.get(arg++);
                if (v.isContainerNode()) {
                    throw fail(call, "a value to format must be a string, number, boolean or null, was "
                            + Json.text(v));
                }
                out.append(v.isTextual() ? v.textValue() : v.asText());
                i++;
            } else {
                out.append(c);
            }
        }
        if (arg != a.size()) {
            throw fail(call, "the template has " + (arg - 1) + " {} placeholders but " + (a.size() - 1) + " values");
        }
        return Json.NODES.textNode(out.toString());
    }

    private static boolean sameValue(JsonNode x, JsonNode y) {
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue()) == 0;
        }
        return x.equals(y);
    }

    private static void count(Call call, List<JsonNode> a, int n) {
        if (a.size() != n) {
            throw fail(call, "takes " + n + " argument" + (n == 1 ? "" : "s") + ", was given " + a.size());
        }
    }

    private static String text(Call call, List<JsonNode> a, int i) {
        if (!a.get(i).isTextual()) {
            throw fail(call, "argument " + (i + 1) + " must be a string, was " + Json.text(a.get(i)));
        }
        return unescapeBraces(a.get(i).textValue());
    }

    private static String limited(Call call, List<JsonNode> a, int i) {
        String s = text(call, a, i);
        if (s.length() > MAX_TEXT) {
            throw fail(call, "the input string is longer than " + MAX_TEXT + " characters");
        }
        return s;
    }

    private static ArrayNode array(Call call, List<JsonNode> a, int i) {
        if (!a.get(i).isArray()) {
            throw fail(call, "argument " + (i + 1) + " must be an array, was " + Json.text(a.get(i)));
        }
        return (ArrayNode) a.get(i);
    }

    private static BigDecimal number(Call call, List<JsonNode> a, int i) {
        if (!a.get(i).isNumber()) {
            throw fail(call, "argument " + (i + 1) + " must be a number, was " + Json.text(a.get(i)));
        }
        return a.get(i).decimalValue();
    }

    private static long integer(Call call, List<JsonNode> a, int i) {
        BigDecimal d = number(call, a, i);
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw fail(call, "argument " + (i + 1) + " must be an integer, was " + d);
        }
    }

    private static String unescapeBraces(String s) {
        return s.indexOf('\\') < 0 ? s : s.replace("\\{", "{").replace("\\}", "}");
    }

    private static StatesError fail(Call call, String why) {
        return new StatesError(StatesError.INTRINSIC_FAILURE, "Invalid arguments in " + call.name + ": " + why);
    }

    private static final class Parser {
        private final String s;
        int i;

        Parser(String s) {
            this.s = s;
        }

        Call call() {
            spaces();
            int from = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String name = s.substring(from, i);
            if (!NAMES.contains(name)) {
                throw bad("'" + name + "' is not an intrinsic function");
            }
            spaces();
            expect('(');
            List<Object> args = new ArrayList<>();
            spaces();
            if (peek(')')) {
                i++;
                return new Call(name, args);
            }
            while (true) {
                args.add(argument());
                spaces();
                if (peek(',')) {
                    i++;
                    continue;
                }
                expect(')');
                return new Call(name, args);
            }
        }

        private Object argument() {
            spaces();
            if (peek('\'')) {
                i++;
                StringBuilder b = new StringBuilder();
                while (i < s.length() && s.charAt(i) != '\'') {
                    char c = s.charAt(i++);
                    if (c == '\\' && i < s.length()) {
                        char n = s.charAt(i++);
                        if (n == '{' || n == '}') {
                            b.append('\\');
                        }
                        b.append(n);
                    } else {
                        b.append(c);
                    }
                }
                expect('\'');
                return Json.NODES.textNode(b.toString());
            }
            if (s.startsWith("States.", i)) {
                return call();
            }
            int from = i;
            int depth = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '[' || c == '(') {
                    depth++;
                } else if (c == ']' || (c == ')' && depth > 0)) {
                    depth--;
                } else if ((c == ',' || c == ')') && depth == 0) {
                    break;
                } else if (c == '\'' && depth > 0) {
                    int close = s.indexOf('\'', i + 1);
                    i = close < 0 ? s.length() : close;
                }
                i++;
            }
            String token = s.substring(from, i).trim();
            if (token.startsWith("$")) {
                return JsonPathExpr.compile(token);
            }
            switch (token) {
                case "true": return Json.NODES.booleanNode(true);
                case "false": return Json.NODES.booleanNode(false);
                case "null": return Json.NODES.nullNode();
                default:
                    try {
                        BigDecimal d = new BigDecimal(token);
                        if (d.scale() <= 0) {
                            try {
                                return Json.integer(d.longValueExact());
                            } catch (ArithmeticException big) {
                                return Json.NODES.numberNode(d.toBigIntegerExact());
                            }
                        }
                        return Json.NODES.numberNode(d);
                    } catch (NumberFormatException | ArithmeticException e) {
                        throw bad("'" + token + "' is not a string, number, boolean, null, path or call");
                    }
            }
        }

        void spaces() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        private void expect(char c) {
            spaces();
            if (!peek(c)) {
                throw bad("expected '" + c + "' at " + i);
            }
            i++;
        }

        private IllegalArgumentException bad(String why) {
            return new IllegalArgumentException("invalid intrinsic function '" + s + "': " + why);
        }
    }
}
