package io.github.sfntasks.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Random JSONPath-language Pass/Choice chains, and a small reference interpreter for them written from AWS's
 * documentation alone, independent of the executor: it never parses a path, an intrinsic function or a rule.
 * The generator builds a model (paths as segment lists, intrinsic calls and Choice rules as trees), renders the
 * model to ASL text for the executor, and the reference evaluates the model directly over Jackson trees.
 *
 * <p>Semantics, with the AWS pages they come from:
 * <ul>
 *   <li>"Processing input and output in Step Functions" and its sub-pages (InputPath, Parameters, ResultPath,
 *       OutputPath): InputPath selects the effective input; Parameters builds the result from the effective
 *       input ({@code .$} keys select with a path, or call an intrinsic function); ResultPath {@code $} (or
 *       absent) replaces the raw input by the result, {@code null} keeps the raw input, a reference path places
 *       the result into a copy of the raw input, creating the objects on the way; OutputPath selects from that.</li>
 *   <li>"Error handling in Step Functions", error names: {@code States.Runtime} when InputPath, OutputPath or a
 *       Parameters path selects nothing; {@code States.NoChoiceMatched} when no rule matches and there is no
 *       Default; the Amazon States Language specification's {@code States.ResultPathMatchFailure} when ResultPath
 *       cannot be applied to the input (a value on the way is not an object).</li>
 *   <li>"Choice workflow state": rules are examined in order, the first match wins; a comparison between
 *       values of different types is false; {@code StringMatches} has {@code *} as the only wildcard;
 *       {@code Is*} type tests; {@code And}/{@code Or}/{@code Not}.</li>
 *   <li>"Intrinsic functions for JSONPath states": States.Format, States.Array, States.ArrayLength,
 *       States.ArrayContains, States.MathAdd, States.StringToJson, States.JsonToString.</li>
 *   <li>"Accessing execution data from the Context object": {@code $$.State.Name}, {@code $$.Execution.Input}.</li>
 * </ul>
 * Where AWS documents that something fails but not the error's name, the reference says "fails" and the
 * property checks only that the execution failed ({@code error == null} in {@link Outcome}). Where the pages
 * are silent (a rule inside And/Or/Not reading a missing field: do later operands still run?), the reference
 * throws {@link Unspecified} and the property discards the case.
 */
final class ReferenceChains {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ReferenceChains() {
    }

    // ---------------------------------------------------------------- the model

    /** A definite path: {@code $} or {@code $$} then field names and indexes. */
    record P(boolean context, List<Object> segs) {
        String text() {
            StringBuilder b = new StringBuilder(context ? "$$" : "$");
            for (Object s : segs) {
                b.append(s instanceof Integer ? "[" + s + "]" : "." + s);
            }
            return b.toString();
        }
    }

    /** A value in a Parameters template. */
    sealed interface Val permits Lit, Ref, Call, Obj {
    }

    record Lit(JsonNode value) implements Val {
    }

    record Ref(P path) implements Val {
    }

    /** An intrinsic call; arguments are {@link Lit} (string or integer) or {@link Ref}. */
    record Call(String name, List<Val> args) implements Val {
        String text() {
            StringBuilder b = new StringBuilder(name).append('(');
            for (int i = 0; i < args.size(); i++) {
                b.append(i == 0 ? "" : ", ");
                Val a = args.get(i);
                if (a instanceof Ref r) {
                    b.append(r.path().text());
                } else {
                    JsonNode v = ((Lit) a).value();
                    b.append(v.isTextual() ? "'" + v.textValue() + "'" : v.toString());
                }
            }
            return b.append(')').toString();
        }
    }

    record Obj(LinkedHashMap<String, Val> fields) implements Val {
    }

    sealed interface Cond permits Cmp, Is, And, Or, Not {
    }

    /** A comparison: {@code operand} a literal, or {@code operandPath} for the {@code ...Path} variant. */
    record Cmp(P variable, String op, JsonNode operand, P operandPath) implements Cond {
    }

    record Is(P variable, String op, boolean expected) implements Cond {
    }

    record And(List<Cond> all) implements Cond {
    }

    record Or(List<Cond> any) implements Cond {
    }

    record Not(Cond inner) implements Cond {
    }

    record Rule(Cond cond, String next) {
    }

    /** How a Pass state sets ResultPath. */
    enum ResultMode { ABSENT, ROOT, DISCARD, PATH }

    sealed interface St permits Pass, Choice {
        String name();
    }

    /** A Pass state; {@code result} and {@code parameters} are never both set; {@code next} null means End. */
    record Pass(String name, P inputPath, JsonNode result, Obj parameters, ResultMode resultMode, P resultPath,
            P outputPath, String next) implements St {
    }

    record Choice(String name, P inputPath, P outputPath, List<Rule> rules, String defaultNext) implements St {
    }

    /** A chain and its execution input. */
    record Case(List<St> states, boolean usesDone, boolean usesOops, JsonNode input) {
        ObjectNode definition() {
            ObjectNode d = F.objectNode();
            d.put("StartAt", states.get(0).name());
            ObjectNode all = d.putObject("States");
            for (St s : states) {
                all.set(s.name(), render(s));
            }
            if (usesDone) {
                all.putObject(DONE).put("Type", "Succeed");
            }
            if (usesOops) {
                all.putObject(OOPS).put("Type", "Fail").put("Error", OOPS_ERROR).put("Cause", "a generated Fail state");
            }
            return d;
        }

        @Override
        public String toString() {
            return "definition " + definition() + "\ninput " + input;
        }
    }

    static final String DONE = "Done";
    static final String OOPS = "Oops";
    static final String OOPS_ERROR = "Generated.Oops";

    // ---------------------------------------------------------------- rendering the model as ASL

    static ObjectNode render(St s) {
        ObjectNode n = F.objectNode();
        if (s instanceof Pass p) {
            n.put("Type", "Pass");
            if (p.inputPath() != null) {
                n.put("InputPath", p.inputPath().text());
            }
            if (p.result() != null) {
                n.set("Result", p.result());
            }
            if (p.parameters() != null) {
                n.set("Parameters", template(p.parameters()));
            }
            switch (p.resultMode()) {
                case ROOT -> n.put("ResultPath", "$");
                case DISCARD -> n.putNull("ResultPath");
                case PATH -> n.put("ResultPath", p.resultPath().text());
                default -> { }
            }
            if (p.outputPath() != null) {
                n.put("OutputPath", p.outputPath().text());
            }
            if (p.next() == null) {
                n.put("End", true);
            } else {
                n.put("Next", p.next());
            }
        } else {
            Choice c = (Choice) s;
            n.put("Type", "Choice");
            if (c.inputPath() != null) {
                n.put("InputPath", c.inputPath().text());
            }
            if (c.outputPath() != null) {
                n.put("OutputPath", c.outputPath().text());
            }
            ArrayNode rules = n.putArray("Choices");
            for (Rule r : c.rules()) {
                ObjectNode o = rule(r.cond());
                o.put("Next", r.next());
                rules.add(o);
            }
            if (c.defaultNext() != null) {
                n.put("Default", c.defaultNext());
            }
        }
        return n;
    }

    private static ObjectNode template(Obj o) {
        ObjectNode n = F.objectNode();
        o.fields().forEach((k, v) -> {
            if (v instanceof Lit l) {
                n.set(k, l.value());
            } else if (v instanceof Ref r) {
                n.put(k + ".$", r.path().text());
            } else if (v instanceof Call c) {
                n.put(k + ".$", c.text());
            } else {
                n.set(k, template((Obj) v));
            }
        });
        return n;
    }

    private static ObjectNode rule(Cond c) {
        ObjectNode n = F.objectNode();
        if (c instanceof Cmp x) {
            n.put("Variable", x.variable().text());
            if (x.operandPath() != null) {
                n.put(x.op() + "Path", x.operandPath().text());
            } else {
                n.set(x.op(), x.operand());
            }
        } else if (c instanceof Is x) {
            n.put("Variable", x.variable().text());
            n.put(x.op(), x.expected());
        } else if (c instanceof And x) {
            ArrayNode a = n.putArray("And");
            x.all().forEach(r -> a.add(rule(r)));
        } else if (c instanceof Or x) {
            ArrayNode a = n.putArray("Or");
            x.any().forEach(r -> a.add(rule(r)));
        } else {
            n.set("Not", rule(((Not) c).inner()));
        }
        return n;
    }

    // ---------------------------------------------------------------- the reference interpreter

    /** The reference's verdict. {@code ok}: output; else {@code error} (null: fails, name not documented). */
    record Outcome(boolean ok, JsonNode output, String error, List<String> path, List<JsonNode> stateOutputs) {
    }

    /** A case whose AWS semantics the documentation leaves open: the property discards it. */
    static final class Unspecified extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unspecified(String why) {
            super(why, null, false, false);
        }
    }

    /** A failure of the execution; {@code name} null when AWS does not document the error's name. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String name;

        Failure(String name, String why) {
            super(why, null, false, false);
            this.name = name;
        }
    }

    static Outcome run(Case c) {
        Map<String, St> byName = new LinkedHashMap<>();
        c.states().forEach(s -> byName.put(s.name(), s));
        List<String> path = new ArrayList<>();
        List<JsonNode> outputs = new ArrayList<>();
        JsonNode data = c.input();
        String current = c.states().get(0).name();
        try {
            while (true) {
                path.add(current);
                if (current.equals(DONE)) {
                    outputs.add(data);
                    return new Outcome(true, data, null, path, outputs);
                }
                if (current.equals(OOPS)) {
                    throw new Failure(OOPS_ERROR, "the Fail state");
                }
                St s = byName.get(current);
                Ctx ctx = new Ctx(c.input(), s.name());
                if (s instanceof Pass p) {
                    data = pass(p, data, ctx);
                    outputs.add(data);
                    if (p.next() == null) {
                        return new Outcome(true, data, null, path, outputs);
                    }
                    current = p.next();
                } else {
                    Choice ch = (Choice) s;
                    JsonNode effective = ch.inputPath() == null ? data : select(ch.inputPath(), data, ctx, "InputPath");
                    String next = null;
                    for (Rule r : ch.rules()) {
                        if (test(r.cond(), effective, ctx, true)) {
                            next = r.next();
                            break;
                        }
                    }
                    if (next == null) {
                        next = ch.defaultNext();
                    }
                    if (next == null) {
                        throw new Failure("States.NoChoiceMatched", "no rule matched and there is no Default");
                    }
                    data = ch.outputPath() == null ? effective : select(ch.outputPath(), effective, ctx, "OutputPath");
                    outputs.add(data);
                    current = next;
                }
            }
        } catch (Failure f) {
            return new Outcome(false, null, f.name, path, outputs);
        }
    }

    /** What {@code $$} holds, as far as the chains read it. */
    record Ctx(JsonNode executionInput, String stateName) {
        JsonNode root() {
            ObjectNode c = F.objectNode();
            c.putObject("Execution").set("Input", executionInput);
            c.putObject("State").put("Name", stateName);
            return c;
        }
    }

    private static JsonNode pass(Pass p, JsonNode raw, Ctx ctx) {
        JsonNode effective = p.inputPath() == null ? raw : select(p.inputPath(), raw, ctx, "InputPath");
        JsonNode result = p.result() != null ? p.result()
                : p.parameters() != null ? build(p.parameters(), effective, ctx) : effective;
        JsonNode combined = switch (p.resultMode()) {
            case ABSENT, ROOT -> result;
            case DISCARD -> raw;
            case PATH -> place(raw, p.resultPath().segs(), 0, result);
        };
        return p.outputPath() == null ? combined : select(p.outputPath(), combined, ctx, "OutputPath");
    }

    /** Follows the segments; null when a field or index is not there. */
    static JsonNode walk(JsonNode start, List<Object> segs) {
        JsonNode n = start;
        for (Object s : segs) {
            if (n == null) {
                return null;
            }
            if (s instanceof Integer i) {
                n = n.isArray() && i < n.size() ? n.get(i) : null;
            } else {
                n = n.isObject() ? n.get((String) s) : null;
            }
        }
        return n;
    }

    private static JsonNode lookup(P p, JsonNode data, Ctx ctx) {
        return walk(p.context() ? ctx.root() : data, p.segs());
    }

    private static JsonNode select(P p, JsonNode data, Ctx ctx, String field) {
        JsonNode v = lookup(p, data, ctx);
        if (v == null) {
            throw new Failure("States.Runtime", field + " " + p.text() + " selects nothing");
        }
        return v;
    }

    /** ResultPath: a copy of {@code target} with {@code value} at the segments, objects created on the way. */
    private static JsonNode place(JsonNode target, List<Object> segs, int i, JsonNode value) {
        if (i == segs.size()) {
            return value;
        }
        if (target != null && target.isNull()) {
            throw new Unspecified("ResultPath through a JSON null");
        }
        if (target != null && !target.isObject()) {
            throw new Failure("States.ResultPathMatchFailure", "ResultPath into a " + target.getNodeType());
        }
        ObjectNode copy = F.objectNode();
        if (target != null) {
            target.properties().forEach(e -> copy.set(e.getKey(), e.getValue()));
        }
        String name = (String) segs.get(i);
        copy.set(name, place(copy.get(name), segs, i + 1, value));
        return copy;
    }

    private static JsonNode build(Obj o, JsonNode effective, Ctx ctx) {
        ObjectNode out = F.objectNode();
        o.fields().forEach((k, v) -> out.set(k, value(v, effective, ctx)));
        return out;
    }

    private static JsonNode value(Val v, JsonNode effective, Ctx ctx) {
        if (v instanceof Lit l) {
            return l.value();
        }
        if (v instanceof Ref r) {
            return select(r.path(), effective, ctx, "Parameters");
        }
        if (v instanceof Obj o) {
            return build(o, effective, ctx);
        }
        Call c = (Call) v;
        List<JsonNode> a = new ArrayList<>();
        for (Val arg : c.args()) {
            if (arg instanceof Ref r) {
                JsonNode x = lookup(r.path(), effective, ctx);
                if (x == null) {
                    throw new Failure(null, "an argument path selects nothing");
                }
                a.add(x);
            } else {
                a.add(((Lit) arg).value());
            }
        }
        switch (c.name()) {
            case "States.Format": {
                String template = a.get(0).textValue();
                StringBuilder b = new StringBuilder();
                int arg = 1;
                for (int i = 0; i < template.length(); i++) {
                    if (template.startsWith("{}", i)) {
                        JsonNode x = a.get(arg++);
                        if (x.isContainerNode()) {
                            throw new Failure(null, "States.Format takes strings, numbers, booleans or null");
                        }
                        b.append(x.isTextual() ? x.textValue() : x.toString());
                        i++;
                    } else {
                        b.append(template.charAt(i));
                    }
                }
                return F.textNode(b.toString());
            }
            case "States.Array": {
                ArrayNode out = F.arrayNode();
                a.forEach(out::add);
                return out;
            }
            case "States.ArrayLength":
                if (!a.get(0).isArray()) {
                    throw new Failure(null, "States.ArrayLength needs an array");
                }
                return F.numberNode(a.get(0).size());
            case "States.ArrayContains": {
                if (!a.get(0).isArray()) {
                    throw new Failure(null, "States.ArrayContains needs an array");
                }
                boolean found = false;
                for (JsonNode e : a.get(0)) {
                    found |= sameJson(e, a.get(1));
                }
                return F.booleanNode(found);
            }
            case "States.MathAdd": {
                // "If you specify a non-integer value for one or both the arguments, Step Functions will round it
                // off to the nearest integer"; which way a .5 goes is not said.
                long sum = 0;
                for (JsonNode x : a) {
                    if (!x.isNumber()) {
                        throw new Failure(null, "States.MathAdd adds numbers");
                    }
                    java.math.BigDecimal d = x.decimalValue();
                    java.math.BigDecimal frac = d.subtract(new java.math.BigDecimal(d.toBigInteger())).abs();
                    if (frac.compareTo(new java.math.BigDecimal("0.5")) == 0) {
                        throw new Unspecified("States.MathAdd of a number halfway between two integers");
                    }
                    sum += d.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
                }
                return F.numberNode(sum);
            }
            case "States.StringToJson":
                if (!a.get(0).isTextual()) {
                    throw new Failure(null, "States.StringToJson needs a string");
                }
                JsonNode parsed;
                try {
                    parsed = MAPPER.readTree(a.get(0).textValue());
                } catch (Exception e) {
                    parsed = null;
                }
                if (parsed == null || parsed.isMissingNode()) {
                    throw new Failure(null, "States.StringToJson needs JSON text");
                }
                return parsed;
            case "States.JsonToString":
                return F.textNode(a.get(0).toString());
            default:
                throw new IllegalStateException(c.name());
        }
    }

    /**
     * @param topLevel whether this is a rule's own condition (not inside And/Or/Not): only there is a missing
     *        variable a documented failure; inside a compound, whether later operands still run is not documented
     */
    private static boolean test(Cond c, JsonNode in, Ctx ctx, boolean topLevel) {
        if (c instanceof And x) {
            boolean all = true;
            for (Cond k : x.all()) {
                all &= test(k, in, ctx, false);
            }
            return all;
        }
        if (c instanceof Or x) {
            boolean any = false;
            for (Cond k : x.any()) {
                any |= test(k, in, ctx, false);
            }
            return any;
        }
        if (c instanceof Not x) {
            return !test(x.inner(), in, ctx, false);
        }
        if (c instanceof Is x) {
            JsonNode v = lookup(x.variable(), in, ctx);
            if (x.op().equals("IsPresent")) {
                return (v != null) == x.expected();
            }
            if (v == null) {
                throw missing(topLevel);
            }
            boolean is = switch (x.op()) {
                case "IsNull" -> v.isNull();
                case "IsString" -> v.isTextual();
                case "IsNumeric" -> v.isNumber();
                case "IsBoolean" -> v.isBoolean();
                default -> throw new IllegalStateException(x.op());
            };
            return is == x.expected();
        }
        Cmp x = (Cmp) c;
        JsonNode v = lookup(x.variable(), in, ctx);
        JsonNode o = x.operandPath() == null ? x.operand() : lookup(x.operandPath(), in, ctx);
        if (v == null || o == null) {
            throw missing(topLevel);
        }
        String op = x.op();
        if (op.equals("StringMatches")) {
            return v.isTextual() && glob(o.textValue()).matcher(v.textValue()).matches();
        }
        if (op.startsWith("String")) {
            return v.isTextual() && o.isTextual() && relation(op.substring(6), v.textValue().compareTo(o.textValue()));
        }
        if (op.startsWith("Numeric")) {
            return v.isNumber() && o.isNumber()
                    && relation(op.substring(7), v.decimalValue().compareTo(o.decimalValue()));
        }
        return v.isBoolean() && o.isBoolean() && v.booleanValue() == o.booleanValue();
    }

    private static RuntimeException missing(boolean topLevel) {
        return topLevel ? new Failure(null, "a Choice rule reads a field that is not there")
                : new Unspecified("a missing field inside And/Or/Not");
    }

    private static boolean relation(String rel, int cmp) {
        return switch (rel) {
            case "Equals" -> cmp == 0;
            case "LessThan" -> cmp < 0;
            case "GreaterThan" -> cmp > 0;
            case "LessThanEquals" -> cmp <= 0;
            case "GreaterThanEquals" -> cmp >= 0;
            default -> throw new IllegalStateException(rel);
        };
    }

    /** StringMatches patterns here use {@code *} only (no escapes): any run of characters. */
    private static Pattern glob(String pattern) {
        String[] parts = pattern.split("\\*", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            b.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(b.toString(), Pattern.DOTALL);
    }

    /** JSON equality with numbers compared by value (1 equals 1.0). */
    static boolean sameJson(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            return false;
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!sameJson(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            Iterator<String> names = a.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!sameJson(a.get(n), b.get(n))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    // ---------------------------------------------------------------- the generator

    private static final String[] WORDS = {"alpha", "beta", "a*b", "gamma", "Alpha", "", "b"};
    private static final List<List<Object>> PATHS = List.of(List.of(), List.of("a"), List.of("b"), List.of("n"),
            List.of("s"), List.of("flag"), List.of("obj"), List.of("obj", "x"), List.of("obj", "y"),
            List.of("obj", "z", "k"), List.of("list"), List.of("list", 0), List.of("list", 2), List.of("txt"),
            List.of("missing"), List.of("r"), List.of("obj", "r"), List.of("p"), List.of("q"), List.of("p", "x"));
    private static final List<List<Object>> RESULT_PATHS = List.of(List.of("r"), List.of("obj", "r"),
            List.of("obj", "x"), List.of("deep", "er"), List.of("p"), List.of("n"));

    static Case generate(Random r) {
        int n = 1 + r.nextInt(7);
        List<St> states = new ArrayList<>();
        boolean[] uses = new boolean[2];
        for (int i = 0; i < n; i++) {
            String name = "S" + i;
            String following = i + 1 < n ? "S" + (i + 1) : null;
            if (r.nextInt(3) == 0) {
                states.add(choice(r, name, i, n, following, uses));
            } else {
                states.add(pass(r, name, following));
            }
        }
        return new Case(states, uses[0], uses[1], input(r));
    }

    private static Pass pass(Random r, String name, String next) {
        P inputPath = r.nextInt(4) == 0 ? path(r, false) : null;
        JsonNode result = null;
        Obj params = null;
        switch (r.nextInt(3)) {
            case 0 -> result = json(r, 2);
            case 1 -> params = parameters(r, 2);
            default -> { }
        }
        ResultMode mode = ResultMode.values()[r.nextInt(4)];
        P resultPath = mode == ResultMode.PATH ? new P(false, RESULT_PATHS.get(r.nextInt(RESULT_PATHS.size()))) : null;
        P outputPath = r.nextInt(5) == 0 ? path(r, false) : null;
        return new Pass(name, inputPath, result, params, mode, resultPath, outputPath, next);
    }

    private static Choice choice(Random r, String name, int i, int n, String following, boolean[] uses) {
        List<String> targets = new ArrayList<>();
        for (int j = i + 1; j < n; j++) {
            targets.add("S" + j);
        }
        targets.add(DONE);
        targets.add(OOPS);
        List<Rule> rules = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        for (int k = 0; k < count; k++) {
            String t = targets.get(r.nextInt(targets.size()));
            rules.add(new Rule(cond(r, 2), t));
        }
        String dflt = r.nextInt(4) == 0 ? null : targets.get(r.nextInt(targets.size()));
        if (following != null && rules.stream().noneMatch(x -> x.next().equals(following))
                && !following.equals(dflt)) {
            // Every state must be reachable (AWS refuses a definition with an unreachable state).
            dflt = following;
        }
        for (Rule x : rules) {
            mark(x.next(), uses);
        }
        if (dflt != null) {
            mark(dflt, uses);
        }
        return new Choice(name, r.nextInt(5) == 0 ? path(r, false) : null,
                r.nextInt(5) == 0 ? path(r, false) : null, rules, dflt);
    }

    private static void mark(String target, boolean[] uses) {
        uses[0] |= target.equals(DONE);
        uses[1] |= target.equals(OOPS);
    }

    private static P path(Random r, boolean allowContext) {
        if (allowContext && r.nextInt(6) == 0) {
            return r.nextBoolean() ? new P(true, List.of("State", "Name"))
                    : new P(true, List.of("Execution", "Input", r.nextBoolean() ? "n" : "s"));
        }
        return new P(false, PATHS.get(r.nextInt(PATHS.size())));
    }

    private static Obj parameters(Random r, int depth) {
        LinkedHashMap<String, Val> fields = new LinkedHashMap<>();
        String[] keys = {"p", "q", "x", "r", "n"};
        int count = 1 + r.nextInt(3);
        for (int k = 0; k < count; k++) {
            String key = keys[r.nextInt(keys.length)];
            int kind = r.nextInt(depth > 0 ? 4 : 3);
            fields.put(key, switch (kind) {
                case 0 -> new Lit(json(r, 1));
                case 1 -> new Ref(path(r, true));
                case 2 -> call(r);
                default -> parameters(r, depth - 1);
            });
        }
        return new Obj(fields);
    }

    private static Call call(Random r) {
        switch (r.nextInt(7)) {
            case 0: {
                int holes = r.nextInt(3);
                List<Val> args = new ArrayList<>();
                args.add(new Lit(F.textNode("v" + " {}".repeat(holes) + " end")));
                for (int h = 0; h < holes; h++) {
                    args.add(r.nextBoolean() ? new Ref(path(r, true)) : new Lit(F.textNode(word(r).replace("*", ""))));
                }
                return new Call("States.Format", args);
            }
            case 1:
                return new Call("States.Array", List.of(new Ref(path(r, true)), new Lit(F.numberNode(r.nextInt(9)))));
            case 2:
                return new Call("States.ArrayLength", List.of(new Ref(path(r, false))));
            case 3:
                return new Call("States.ArrayContains", List.of(new Ref(path(r, false)),
                        r.nextBoolean() ? new Lit(F.numberNode(r.nextInt(5))) : new Ref(path(r, false))));
            case 4:
                return new Call("States.MathAdd", List.of(new Ref(path(r, false)),
                        new Lit(F.numberNode(r.nextInt(21) - 10))));
            case 5:
                return new Call("States.StringToJson", List.of(new Ref(path(r, false))));
            default:
                return new Call("States.JsonToString", List.of(new Ref(path(r, false))));
        }
    }

    private static final String[] COMPARISONS = {"StringEquals", "StringLessThan", "StringGreaterThan",
        "StringLessThanEquals", "StringGreaterThanEquals", "StringMatches", "NumericEquals", "NumericLessThan",
        "NumericGreaterThan", "NumericLessThanEquals", "NumericGreaterThanEquals", "BooleanEquals"};
    private static final String[] TYPE_TESTS = {"IsPresent", "IsNull", "IsString", "IsNumeric", "IsBoolean"};

    private static Cond cond(Random r, int depth) {
        int kind = r.nextInt(depth > 0 ? 7 : 4);
        switch (kind) {
            case 0: case 1: case 2: {
                String op = COMPARISONS[r.nextInt(COMPARISONS.length)];
                P variable = path(r, false);
                if (!op.equals("StringMatches") && r.nextInt(4) == 0) {
                    return new Cmp(variable, op, null, path(r, false));
                }
                JsonNode operand = op.startsWith("String") ? F.textNode(word(r))
                        : op.startsWith("Numeric") ? (r.nextBoolean() ? F.numberNode(r.nextInt(11) - 5)
                        : F.numberNode(new java.math.BigDecimal((r.nextInt(21) - 10) + ".5")))
                        : F.booleanNode(r.nextBoolean());
                return new Cmp(variable, op, operand, null);
            }
            case 3:
                return new Is(path(r, false), TYPE_TESTS[r.nextInt(TYPE_TESTS.length)], r.nextBoolean());
            case 4:
                return new And(List.of(cond(r, depth - 1), cond(r, depth - 1)));
            case 5:
                return new Or(List.of(cond(r, depth - 1), cond(r, depth - 1)));
            default:
                return new Not(cond(r, depth - 1));
        }
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    /** A random JSON value, containers up to {@code depth} deep. */
    static JsonNode json(Random r, int depth) {
        switch (r.nextInt(depth > 0 ? 8 : 6)) {
            case 0: return F.textNode(word(r));
            case 1: return F.numberNode(r.nextInt(11) - 5);
            case 2: return F.numberNode(new java.math.BigDecimal((r.nextInt(9) - 4) + ".25"));
            case 3: return F.booleanNode(r.nextBoolean());
            case 4: return F.nullNode();
            case 5: return F.textNode("{\"k\":" + r.nextInt(3) + "}");
            case 6: {
                ArrayNode a = F.arrayNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(json(r, depth - 1));
                }
                return a;
            }
            default: {
                ObjectNode o = F.objectNode();
                for (String k : new String[] {"x", "y", "k"}) {
                    if (r.nextBoolean()) {
                        o.set(k, json(r, depth - 1));
                    }
                }
                return o;
            }
        }
    }

    /** An input holding most of the fields the paths name, of varying types. */
    private static JsonNode input(Random r) {
        ObjectNode in = F.objectNode();
        if (r.nextInt(5) > 0) {
            in.set("a", json(r, 1));
        }
        if (r.nextInt(5) > 0) {
            in.set("b", json(r, 1));
        }
        if (r.nextInt(6) > 0) {
            in.put("n", r.nextInt(11) - 5);
        }
        if (r.nextInt(6) > 0) {
            in.put("s", word(r));
        }
        if (r.nextInt(6) > 0) {
            in.put("flag", r.nextBoolean());
        }
        if (r.nextInt(6) > 0) {
            ObjectNode obj = in.putObject("obj");
            obj.put("x", r.nextInt(5));
            obj.put("y", word(r));
            obj.putObject("z").put("k", r.nextInt(3));
        }
        if (r.nextInt(6) > 0) {
            ArrayNode list = in.putArray("list");
            for (int i = r.nextInt(5); i > 0; i--) {
                list.add(r.nextInt(5));
            }
        }
        if (r.nextInt(4) > 0) {
            in.put("txt", "{\"k\":" + r.nextInt(3) + ",\"v\":[1,\"two\"]}");
        }
        return in;
    }
}
