package io.github.sfntasks.local.internal;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSONata through {@code com.dashjoin:jsonata} (the Java port of jsonata-js), with Step Functions'
 * {@code $states} and variables bound, and the functions Step Functions adds: {@code $partition},
 * {@code $range}, {@code $hash}, {@code $random}, {@code $uuid}, {@code $parse}.
 */
public final class JsonataEngine {

    /**
     * @param text a string value
     * @return whether it is a whole {@code {% ... %}} expression
     */
    public static boolean isExpression(String text) {
        return text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
    }

    /**
     * @param text {@code {% ... %}}
     * @return the compiled expression
     * @throws IllegalArgumentException when it does not parse
     */
    public Expression compile(String text) {
        String body = text.substring(2, text.length() - 2).trim();
        try {
            return new Expression(text, Jsonata.jsonata(body));
        } catch (JException | IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid JSONata expression " + text + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid JSONata expression " + text + ": " + e);
        }
    }

    /**
     * The {@code $states} value.
     *
     * @param input the state's input
     * @param result the result, or null
     * @param errorOutput the error output, or null
     * @param context the context object
     * @return the binding
     */
    public static Object states(JsonNode input, JsonNode result, JsonNode errorOutput, JsonNode context) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", Json.toJava(input));
        if (result != null) {
            m.put("result", Json.toJava(result));
        }
        if (errorOutput != null) {
            m.put("errorOutput", Json.toJava(errorOutput));
        }
        m.put("context", Json.toJava(context));
        return m;
    }

    /** One compiled {@code {% %}} expression. */
    public static final class Expression {
        private final String text;
        private final Jsonata jsonata;

        Expression(String text, Jsonata jsonata) {
            this.text = text;
            this.jsonata = jsonata;
        }

        /**
         * @param env the variables and randomness
         * @param states the {@code $states} binding
         * @return the value, or null when it is undefined
         * @throws StatesError {@code States.QueryEvaluationError}
         */
        public JsonNode evaluate(Env env, Object states) {
            Object raw;
            synchronized (jsonata) {
                try {
                    Jsonata.Frame frame = jsonata.createFrame();
                    frame.bind("states", states);
                    if (env.variables() != null) {
                        for (Map.Entry<String, JsonNode> v : env.variables().visible().entrySet()) {
                            frame.bind(v.getKey(), Json.toJava(v.getValue()));
                        }
                    }
                    bindFunctions(frame, env.random());
                    raw = jsonata.evaluate(null, frame);
                } catch (StatesError e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new StatesError(StatesError.QUERY_EVALUATION_ERROR,
                            "An error occurred while evaluating the expression " + text + ": " + e.getMessage());
                } catch (StackOverflowError e) {
                    throw new StatesError(StatesError.QUERY_EVALUATION_ERROR,
                            "The expression " + text + " recursed too deeply");
                }
            }
            return Json.fromJava(raw);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static void bindFunctions(Jsonata.Frame frame, Randomness random) {
        frame.bind("partition", (Jsonata.Fn2<Object, Object, Object>) (array, size) -> {
            List<?> list = list(array, "$partition");
            int n = (int) num(size, "$partition");
            if (n <= 0) {
                throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "$partition: the size must be positive");
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i += n) {
                out.add(new ArrayList<>(list.subList(i, Math.min(list.size(), i + n))));
            }
            return out;
        });
        frame.bind("range", Jsonata.function("range", (Jsonata.Fn3<Object, Object, Object, Object>) (s, e, st) -> {
            long start = (long) num(s, "$range");
            long end = (long) num(e, "$range");
            long step = (long) num(st, "$range");
            if (step == 0) {
                throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "$range: the step must not be 0");
            }
            List<Object> out = new ArrayList<>();
            for (long v = start; step > 0 ? v <= end : v >= end; v += step) {
                if (out.size() == 1000) {
                    throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "$range: more than 1000 items");
                }
                out.add(v);
            }
            return out;
        }, null));
        frame.bind("hash", (Jsonata.Fn2<Object, Object, Object>) (data, alg) -> {
            Env env = new Env(null, (JsonNode) null, null, random);
            Intrinsics.Call call = Intrinsics.parse("States.Hash($.d, $.a)");
            com.fasterxml.jackson.databind.node.ObjectNode in = Json.object();
            in.set("d", Json.fromJava(data));
            in.set("a", Json.fromJava(alg));
            try {
                return Intrinsics.evaluate(call, env.withInput(in)).textValue();
            } catch (StatesError x) {
                throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "$hash: " + x.cause());
            }
        });
        frame.bind("random", Jsonata.function("random", (Jsonata.FnVarArgs<Object>) args -> {
            if (!args.isEmpty() && args.get(0) != null) {
                return new java.util.Random((long) num(args.get(0), "$random")).nextDouble();
            }
            return random.nextDouble();
        }, null));
        frame.bind("uuid", (Jsonata.Fn0<Object>) random::uuid);
        frame.bind("parse", (Jsonata.Fn1<Object, Object>) text -> {
            if (!(text instanceof String)) {
                throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "$parse: the argument must be a string");
            }
            try {
                return Json.toJava(Json.parse((String) text));
            } catch (JsonProcessingException e) {
                throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "$parse: " + e.getOriginalMessage());
            }
        });
    }

    private static List<?> list(Object o, String fn) {
        if (o instanceof List) {
            return (List<?>) o;
        }
        if (o instanceof ArrayNode) {
            return (List<?>) Json.toJava((ArrayNode) o);
        }
        throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, fn + ": the argument must be an array");
    }

    private static double num(Object o, String fn) {
        if (o instanceof Number) {
            return ((Number) o).doubleValue();
        }
        throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, fn + ": the argument must be a number");
    }
}
