package io.github.sfntasks.local.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A compiled JSONPath as Step Functions reads it (the Jayway dialect): {@code $} the input, {@code $$} the
 * context object, {@code $name} a variable; {@code .name}, {@code ['name']}, {@code [0]}, {@code [-1]},
 * {@code [*]}, {@code .*}, {@code [0:2]}, {@code [a,b]}, {@code ..name} and simple filters
 * ({@code [?(@.price < 10)]}, {@code [?(@.isbn)]}, joined by {@code &&} or {@code ||}). A definite path
 * (names and indexes only) selects one node; any other selects a list.
 */
public final class JsonPathExpr {

    /** Where a path starts. */
    public enum Root {
        /** {@code $}: the value at hand. */
        INPUT,
        /** {@code $$}: the context object. */
        CONTEXT,
        /** {@code $name}: a workflow variable. */
        VARIABLE
    }

    private final String text;
    private final Root root;
    private final String variable;
    private final Segment[] segments;
    private final boolean definite;

    private JsonPathExpr(String text, Root root, String variable, List<Segment> segments) {
        this.text = text;
        this.root = root;
        this.variable = variable;
        this.segments = segments.toArray(new Segment[0]);
        boolean d = true;
        for (Segment s : segments) {
            d &= s.kind == Kind.FIELD || s.kind == Kind.INDEX;
        }
        this.definite = d;
    }

    /** @return the path as written */
    public String text() {
        return text;
    }

    /** @return where it starts */
    public Root root() {
        return root;
    }

    /** @return the variable name, for {@link Root#VARIABLE} */
    public String variable() {
        return variable;
    }

    /** @return whether it selects at most one node (a reference path) */
    public boolean isDefinite() {
        return definite;
    }

    /** @return whether it is {@code $} alone */
    public boolean isRoot() {
        return segments.length == 0 && root == Root.INPUT;
    }

    /**
     * @param text a path
     * @return it compiled
     * @throws IllegalArgumentException when it is not a path
     */
    public static JsonPathExpr compile(String text) {
        return new Parser(text).parse();
    }

    /**
     * Evaluates the path.
     *
     * @param start the node the path starts from (input, context or the variable's value)
     * @return the node selected (definite), an array of the nodes selected (indefinite), or {@code null}
     *         when a definite path selects nothing
     */
    public JsonNode select(JsonNode start) {
        if (definite) {
            JsonNode n = start;
            for (Segment s : segments) {
                if (n == null) {
                    return null;
                }
                n = s.kind == Kind.FIELD ? (n.isObject() ? n.get(s.name) : null) : index(n, s.index);
            }
            return n;
        }
        List<JsonNode> current = new ArrayList<>();
        current.add(start);
        for (Segment s : segments) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode n : current) {
                s.apply(n, next);
            }
            current = next;
        }
        ArrayNode out = Json.array();
        current.forEach(out::add);
        return out;
    }

    private static JsonNode index(JsonNode n, int i) {
        if (!n.isArray()) {
            return null;
        }
        int k = i < 0 ? n.size() + i : i;
        return k >= 0 && k < n.size() ? n.get(k) : null;
    }

    /**
     * Writes {@code value} at this reference path inside {@code target}, copying (never changing) the
     * nodes on the way, creating the objects that are missing.
     *
     * @param target the document
     * @param value the value to place
     * @return the new document
     * @throws StatesError {@code States.Runtime} when the path cannot hold a value in that document
     */
    public JsonNode write(JsonNode target, JsonNode value) {
        return write(target, value, 0);
    }

    private JsonNode write(JsonNode target, JsonNode value, int i) {
        if (i == segments.length) {
            return value;
        }
        Segment s = segments[i];
        if (s.kind == Kind.FIELD) {
            ObjectNode copy = Json.object();
            if (target != null && target.isObject()) {
                copy.setAll((ObjectNode) target);
            } else if (target != null && !target.isNull()) {
                throw new StatesError(StatesError.RESULT_PATH_MATCH_FAILURE, "Unable to apply ResultPath '" + text
                        + "': the value at '" + s.name + "' would go into a "
                        + target.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not an object");
            }
            copy.set(s.name, write(copy.get(s.name), value, i + 1));
            return copy;
        }
        if (target == null || !target.isArray()) {
            throw new StatesError(StatesError.RESULT_PATH_MATCH_FAILURE, "Unable to apply ResultPath '" + text
                    + "': index [" + s.index + "] of a non-array");
        }
        int k = s.index < 0 ? target.size() + s.index : s.index;
        if (k < 0 || k >= target.size()) {
            throw new StatesError(StatesError.RESULT_PATH_MATCH_FAILURE, "Unable to apply ResultPath '" + text
                    + "': index [" + s.index + "] is out of bounds");
        }
        ArrayNode copy = Json.array();
        copy.addAll((ArrayNode) target);
        copy.set(k, write(target.get(k), value, i + 1));
        return copy;
    }

    @Override
    public String toString() {
        return text;
    }

    private enum Kind { FIELD, INDEX, WILDCARD, SLICE, UNION, DEEP, FILTER }

    private static final class Segment {
        final Kind kind;
        String name;
        int index;
        Integer start;
        Integer end;
        int step = 1;
        List<Object> union;
        Filter filter;

        Segment(Kind kind) {
            this.kind = kind;
        }

        void apply(JsonNode n, List<JsonNode> out) {
            switch (kind) {
                case FIELD:
                    if (n.isObject() && n.has(name)) {
                        out.add(n.get(name));
                    }
                    break;
                case INDEX: {
                    JsonNode v = index(n, index);
                    if (v != null) {
                        out.add(v);
                    }
                    break;
                }
                case WILDCARD:
                    if (n.isContainerNode()) {
                        n.forEach(out::add);
                    }
                    break;
                case SLICE:
                    if (n.isArray()) {
                        int size = n.size();
                        int from = start == null ? 0 : (start < 0 ? Math.max(0, size + start) : Math.min(start, size));
                        int to = end == null ? size : (end < 0 ? Math.max(0, size + end) : Math.min(end, size));
                        for (int i = from; i < to; i += step) {
                            out.add(n.get(i));
                        }
                    }
                    break;
                case UNION:
                    for (Object u : union) {
                        if (u instanceof Integer) {
                            JsonNode v = index(n, (Integer) u);
                            if (v != null) {
                                out.add(v);
                            }
                        } else if (n.isObject() && n.has((String) u)) {
                            out.add(n.get((String) u));
                        }
                    }
                    break;
                case DEEP:
                    deep(n, out);
                    break;
                case FILTER:
                    if (n.isArray()) {
                        for (JsonNode e : n) {
                            if (filter.test(e)) {
                                out.add(e);
                            }
                        }
                    } else if (n.isObject() && filter.test(n)) {
                        out.add(n);
                    }
                    break;
                default:
                    throw new IllegalStateException();
            }
        }

        private void deep(JsonNode n, List<JsonNode> out) {
            if (n.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (name == null || name.equals(e.getKey())) {
                        out.add(e.getValue());
                    }
                }
            }
            if (name == null && n.isArray()) {
                n.forEach(out::add);
            }
            if (n.isContainerNode()) {
                for (JsonNode c : n) {
                    deep(c, out);
                }
            }
        }
    }

    /** {@code @.path op literal}, or {@code @.path} (present), joined by {@code &&} / {@code ||}. */
    private static final class Filter {
        final List<Filter> any = new ArrayList<>();
        final List<Filter> all = new ArrayList<>();
        JsonPathExpr path;
        String op;
        JsonNode literal;

        boolean test(JsonNode item) {
            if (!any.isEmpty()) {
                for (Filter f : any) {
                    if (f.test(item)) {
                        return true;
                    }
                }
                return false;
            }
            if (!all.isEmpty()) {
                for (Filter f : all) {
                    if (!f.test(item)) {
                        return false;
                    }
                }
                return true;
            }
            JsonNode v = path.select(item);
            if (op == null) {
                return v != null && !(v.isArray() && !path.definite && v.isEmpty());
            }
            if (v == null) {
                return false;
            }
            int c;
            if (v.isNumber() && literal.isNumber()) {
                c = v.decimalValue().compareTo(literal.decimalValue());
            } else if (v.isTextual() && literal.isTextual()) {
                c = v.textValue().compareTo(literal.textValue());
            } else {
                return "!=".equals(op) != v.equals(literal) && ("==".equals(op) || "!=".equals(op));
            }
            switch (op) {
                case "==": return c == 0;
                case "!=": return c != 0;
                case "<": return c < 0;
                case "<=": return c <= 0;
                case ">": return c > 0;
                case ">=": return c >= 0;
                default: return false;
            }
        }
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        JsonPathExpr parse() {
            if (s == null || !s.startsWith("$")) {
                throw bad("a path starts with $");
            }
            i = 1;
            Root root = Root.INPUT;
            String variable = null;
            if (s.startsWith("$$")) {
                root = Root.CONTEXT;
                i = 2;
            } else if (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) {
                int from = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                root = Root.VARIABLE;
                variable = s.substring(from, i);
            }
            List<Segment> segments = segments('\0');
            if (i != s.length()) {
                throw bad("unexpected '" + s.charAt(i) + "' at " + i);
            }
            return new JsonPathExpr(s, root, variable, segments);
        }

        private List<Segment> segments(char stop) {
            List<Segment> out = new ArrayList<>();
            while (i < s.length() && s.charAt(i) != stop && !isFilterEnd()) {
                char c = s.charAt(i);
                if (c == '.') {
                    if (s.startsWith("..", i)) {
                        i += 2;
                        Segment d = new Segment(Kind.DEEP);
                        if (i < s.length() && s.charAt(i) == '*') {
                            i++;
                        } else if (i < s.length() && s.charAt(i) == '[') {
                            out.add(d);
                            continue;
                        } else {
                            d.name = name();
                        }
                        out.add(d);
                    } else {
                        i++;
                        if (i < s.length() && s.charAt(i) == '*') {
                            i++;
                            out.add(new Segment(Kind.WILDCARD));
                        } else {
                            Segment f = new Segment(Kind.FIELD);
                            f.name = name();
                            out.add(f);
                        }
                    }
                } else if (c == '[') {
                    i++;
                    out.add(bracket());
                } else {
                    throw bad("unexpected '" + c + "' at " + i);
                }
            }
            return out;
        }

        private boolean isFilterEnd() {
            char c = s.charAt(i);
            return c == ' ' || c == ')' || c == '=' || c == '!' || c == '<' || c == '>' || c == '&' || c == '|';
        }

        private String name() {
            int from = i;
            while (i < s.length() && ".[ )=!<>&|".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            if (from == i) {
                throw bad("empty name at " + from);
            }
            return s.substring(from, i);
        }

        private Segment bracket() {
            skipSpaces();
            if (peek('*')) {
                i++;
                close();
                return new Segment(Kind.WILDCARD);
            }
            if (peek('?')) {
                i++;
                expect('(');
                Segment f = new Segment(Kind.FILTER);
                f.filter = filter();
                expect(')');
                close();
                return f;
            }
            List<Object> items = new ArrayList<>();
            Integer start = null;
            boolean slice = false;
            while (true) {
                skipSpaces();
                if (peek('\'') || peek('"')) {
                    items.add(quoted());
                } else if (peek(':')) {
                    i++;
                    slice = true;
                    start = items.isEmpty() ? null : (Integer) items.remove(0);
                    skipSpaces();
                    Segment sl = new Segment(Kind.SLICE);
                    sl.start = start;
                    sl.end = peekDigit() ? integer() : null;
                    if (peek(':')) {
                        i++;
                        sl.step = Math.max(1, integer());
                    }
                    close();
                    return sl;
                } else {
                    items.add(integer());
                }
                skipSpaces();
                if (peek(',')) {
                    i++;
                    continue;
                }
                if (peek(':')) {
                    continue;
                }
                break;
            }
            close();
            if (slice) {
                throw bad("slice");
            }
            if (items.size() == 1) {
                Object only = items.get(0);
                Segment seg;
                if (only instanceof Integer) {
                    seg = new Segment(Kind.INDEX);
                    seg.index = (Integer) only;
                } else {
                    seg = new Segment(Kind.FIELD);
                    seg.name = (String) only;
                }
                return seg;
            }
            Segment u = new Segment(Kind.UNION);
            u.union = items;
            return u;
        }

        private Filter filter() {
            Filter first = term();
            skipSpaces();
            if (s.startsWith("&&", i) || s.startsWith("||", i)) {
                Filter group = new Filter();
                boolean and = s.startsWith("&&", i);
                (and ? group.all : group.any).add(first);
                while (s.startsWith(and ? "&&" : "||", i)) {
                    i += 2;
                    (and ? group.all : group.any).add(term());
                    skipSpaces();
                }
                return group;
            }
            return first;
        }

        private Filter term() {
            skipSpaces();
            if (!peek('@')) {
                throw bad("a filter term starts with @");
            }
            int from = i;
            i++;
            segments(')');
            Filter f = new Filter();
            f.path = compile("$" + s.substring(from + 1, i));
            skipSpaces();
            for (String op : new String[] {"==", "!=", "<=", ">=", "<", ">"}) {
                if (s.startsWith(op, i)) {
                    i += op.length();
                    f.op = op;
                    skipSpaces();
                    f.literal = literal();
                    break;
                }
            }
            return f;
        }

        private JsonNode literal() {
            if (peek('\'') || peek('"')) {
                return Json.NODES.textNode(quoted());
            }
            int from = i;
            while (i < s.length() && ") &|".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String t = s.substring(from, i);
            switch (t) {
                case "true": return Json.NODES.booleanNode(true);
                case "false": return Json.NODES.booleanNode(false);
                case "null": return Json.NODES.nullNode();
                default:
                    try {
                        return Json.NODES.numberNode(new java.math.BigDecimal(t));
                    } catch (NumberFormatException e) {
                        throw bad("bad literal '" + t + "'");
                    }
            }
        }

        private String quoted() {
            char q = s.charAt(i++);
            StringBuilder b = new StringBuilder();
            while (i < s.length() && s.charAt(i) != q) {
                char c = s.charAt(i++);
                if (c == '\\' && i < s.length()) {
                    c = s.charAt(i++);
                }
                b.append(c);
            }
            expect(q);
            return b.toString();
        }

        private int integer() {
            skipSpaces();
            int from = i;
            if (peek('-')) {
                i++;
            }
            while (peekDigit()) {
                i++;
            }
            try {
                return Integer.parseInt(s.substring(from, i));
            } catch (NumberFormatException e) {
                throw bad("expected a number at " + from);
            }
        }

        private boolean peekDigit() {
            return i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-');
        }

        private boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        private void skipSpaces() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }

        private void expect(char c) {
            skipSpaces();
            if (!peek(c)) {
                throw bad("expected '" + c + "' at " + i);
            }
            i++;
        }

        private void close() {
            expect(']');
        }

        private IllegalArgumentException bad(String why) {
            return new IllegalArgumentException("invalid JSONPath '" + s + "': " + why);
        }
    }
}
