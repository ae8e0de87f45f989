package io.github.sfntasks.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An object of declared {@link Field}s, with the rules between them: the one declaration a task's properties (and
 * each nested object's) are made from. From it come the checks a builder runs in {@code build()}
 * ({@link #validate}), the workflow-file reader ({@link #read}), the JSON Schema ({@link #schema()}) and the
 * rendered Parameters or Arguments ({@link #render}).
 *
 * <pre>{@code
 * static final Field SUBNETS = Field.stringList("subnets", "Subnets").range(1, 16).doc("Subnet ids");
 * static final Field SECURITY_GROUPS = Field.stringList("securityGroups", "SecurityGroups").range(1, 5);
 * static final Field PUBLIC_IP = Field.enumOf("assignPublicIp", "AssignPublicIp", "ENABLED", "DISABLED");
 * static final Shape AWSVPC = Shape.of("AwsVpcConfiguration", SUBNETS, SECURITY_GROUPS, PUBLIC_IP);
 * }</pre>
 *
 * <p>Immutable; {@code exclusive}, {@code oneRequired}, {@code requires} and {@code check} return copies.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class Shape {

    /** A rule between the values of one shape that the declared rules cannot say. */
    @FunctionalInterface
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public interface Check {
        /**
         * @param values the values (each field already checked on its own)
         * @param problems where to report what is wrong
         */
        void check(ShapeValue values, Problems problems);
    }

    /** Collects the problems of one check, each under a property path. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Problems {
        private final String prefix;
        private final List<TaskValidationException> found;

        Problems(String prefix, List<TaskValidationException> found) {
            this.prefix = prefix;
            this.found = found;
        }

        /**
         * @param code the kind of problem
         * @param property the property (relative to the shape being checked)
         * @param detail what is wrong and what would be right
         */
        public void add(ErrorCode code, String property, String detail) {
            found.add(new TaskValidationException(code, null, Values.join(prefix, property), detail));
        }

        /** @return whether any problem was reported so far */
        public boolean any() {
            return !found.isEmpty();
        }
    }

    private enum RuleKind { EXCLUSIVE, ONE_REQUIRED, REQUIRES }

    private record Rule(RuleKind kind, List<Field> fields) {
    }

    private final String name;
    private final List<Field> fields;
    private final List<Rule> rules;
    private final List<Check> checks;
    private final List<JsonSchema[]> schemaRules;

    private Shape(String name, List<Field> fields, List<Rule> rules, List<Check> checks, List<JsonSchema[]> schemaRules) {
        this.name = name;
        this.fields = List.copyOf(fields);
        this.rules = List.copyOf(rules);
        this.checks = List.copyOf(checks);
        this.schemaRules = List.copyOf(schemaRules);
    }

    /**
     * @param name the shape's name (the API's, for messages: {@code NetworkConfiguration})
     * @param fields its fields, in the order they render
     * @return the shape
     * @throws IllegalArgumentException when two fields share a name or an ASL key
     */
    public static Shape of(String name, Field... fields) {
        List<String> names = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Field f : fields) {
            if (names.contains(f.name()) || f.aslName() != null && keys.contains(f.aslName())) {
                throw new IllegalArgumentException(name + ": two fields named " + f.name() + " or rendered as " + f.aslName());
            }
            names.add(f.name());
            if (f.aslName() != null) {
                keys.add(f.aslName());
            }
        }
        return new Shape(Objects.requireNonNull(name, "name"), List.of(fields), List.of(), List.of(), List.of());
    }

    private Shape with(Rule rule, Check check, JsonSchema[] schemaRule) {
        List<Rule> r = new ArrayList<>(rules);
        List<Check> c = new ArrayList<>(checks);
        List<JsonSchema[]> s = new ArrayList<>(schemaRules);
        if (rule != null) {
            for (Field f : rule.fields()) {
                if (!fields.contains(f)) {
                    throw new IllegalArgumentException(f + " is not a field of " + name);
                }
            }
            r.add(rule);
        }
        if (check != null) {
            c.add(check);
        }
        if (schemaRule != null) {
            s.add(schemaRule);
        }
        return new Shape(name, fields, r, c, s);
    }

    /** @param a a field @param b another @return a copy in which at most one of them may be given */
    public Shape exclusive(Field a, Field b) {
        return with(new Rule(RuleKind.EXCLUSIVE, List.of(a, b)), null, null);
    }

    /** @param alternatives fields @return a copy in which at least one of them must be given */
    public Shape oneRequired(Field... alternatives) {
        return with(new Rule(RuleKind.ONE_REQUIRED, List.of(alternatives)), null, null);
    }

    /** @param given a field @param needed another @return a copy in which {@code given} needs {@code needed} */
    public Shape requires(Field given, Field needed) {
        return with(new Rule(RuleKind.REQUIRES, List.of(given, needed)), null, null);
    }

    /**
     * @param check a rule in Java, run after the fields and declared rules
     * @return a copy with it
     */
    public Shape check(Check check) {
        return with(null, Objects.requireNonNull(check, "check"), null);
    }

    /**
     * The same rule as a {@link #check}, said in the JSON Schema too ({@link JsonSchema#rule}), so editors and the
     * conformance kit's generators know it.
     *
     * @param condition when this holds
     * @param then this must hold
     * @return a copy with the schema rule
     */
    public Shape schemaRule(JsonSchema condition, JsonSchema then) {
        return with(null, null, new JsonSchema[] {condition, then});
    }

    /** @return the shape's name */
    public String name() {
        return name;
    }

    /** @return the fields, in render order */
    public List<Field> fields() {
        return fields;
    }

    /** @param property a property name @return its field, or {@code null} */
    public Field field(String property) {
        for (Field f : fields) {
            if (f.name().equals(property)) {
                return f;
            }
        }
        return null;
    }

    // ---- schema ------------------------------------------------------------------------------------------

    /** @return the JSON Schema of an object of this shape (a fresh one) */
    public JsonSchema schema() {
        JsonSchema s = JsonSchema.object();
        for (Field f : fields) {
            JsonSchema fs = fieldSchema(f);
            if (f.isRequired()) {
                s.required(f.name(), fs);
            } else {
                s.optional(f.name(), fs);
            }
        }
        for (Rule r : rules) {
            List<Field> fs = r.fields();
            switch (r.kind()) {
                case EXCLUSIVE -> s.rule(JsonSchema.present(fs.get(0).name()), JsonSchema.absent(fs.get(1).name()));
                case REQUIRES -> s.rule(JsonSchema.present(fs.get(0).name()), JsonSchema.present(fs.get(1).name()));
                case ONE_REQUIRED -> s.rule(JsonSchema.any(),
                        JsonSchema.anyOf(fs.stream().map(f -> JsonSchema.present(f.name())).toArray(JsonSchema[]::new)));
                default -> throw new IllegalStateException();
            }
        }
        for (JsonSchema[] r : schemaRules) {
            s.rule(r[0], r[1]);
        }
        return s;
    }

    private static JsonSchema fieldSchema(Field f) {
        JsonSchema s = f.literalSchema() != null ? f.literalSchema().get() : switch (f.kind()) {
            case STRING -> textSchema(f);
            case INTEGER -> bounded(JsonSchema.integer(), f);
            case NUMBER -> bounded(JsonSchema.number(), f);
            case BOOLEAN -> JsonSchema.bool();
            case STRING_LIST -> sized(JsonSchema.array(textSchema(f.doc(null).range(0, Long.MAX_VALUE))), f, true);
            case STRING_MAP -> sized(JsonSchema.mapOf(JsonSchema.string()), f, false);
            case JSON -> JsonSchema.any();
            case OBJECT -> f.shape().schema();
            case OBJECT_LIST -> sized(JsonSchema.array(f.shape().schema()), f, true);
        };
        if (f.doc() != null) {
            s.description(f.doc());
        }
        if (f.isGrantOnly()) {
            s.annotation("x-sfn-grantOnly", true);
        }
        if (f.resource() != null) {
            s.annotation("x-sfn-resource", f.resource().service() + ":" + f.resource().resourcePrefix());
        }
        return f.isDynamic() ? s.dynamic() : s;
    }

    private static JsonSchema textSchema(Field f) {
        if (f.allowed() != null) {
            return JsonSchema.enumOf(f.allowed().toArray(String[]::new));
        }
        JsonSchema s = JsonSchema.string();
        if (f.kind() == Field.Kind.STRING && f.min() != null && f.min() > 0) {
            s.minLength((int) Math.min(Integer.MAX_VALUE, f.min()));
        }
        if (f.kind() == Field.Kind.STRING && f.max() != null && f.max() < Integer.MAX_VALUE) {
            s.maxLength((int) (long) f.max());
        }
        if (f.pattern() != null) {
            s.pattern(anchored(f.pattern().pattern()));
        }
        if (f.resource() == null) {
            return s;
        }
        // a resource may hold placeholders, whatever the pattern of its literal form
        return JsonSchema.anyOf(s, JsonSchema.string().pattern(Placeholders.RESOURCE_PATTERN)
                .description("a name or ARN holding a CloudFormation ${...} variable or a CDK token"));
    }

    private static String anchored(String regex) {
        return (regex.startsWith("^") ? "" : "^") + regex + (regex.endsWith("$") ? "" : "$");
    }

    private static JsonSchema bounded(JsonSchema s, Field f) {
        if (f.min() != null) {
            s.minimum(f.min());
        }
        if (f.max() != null) {
            s.maximum(f.max());
        }
        return s;
    }

    private static JsonSchema sized(JsonSchema s, Field f, boolean array) {
        if (f.min() != null && f.min() > 0) {
            int n = (int) Math.min(Integer.MAX_VALUE, f.min());
            if (array) {
                s.minItems(n);
            } else {
                s.minProperties(n);
            }
        }
        if (f.max() != null && f.max() < Integer.MAX_VALUE) {
            int n = (int) (long) f.max();
            if (array) {
                s.maxItems(n);
            } else {
                s.maxProperties(n);
            }
        }
        return s;
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /**
     * Reads every field of this shape from a workflow file's properties into {@code into}, nested objects with their
     * own readers; a problem is collected, not thrown, so that every problem of a state is reported at once.
     * Unknown members of nested objects are reported too; the caller finishes the top-level reader.
     *
     * @param p the properties' reader
     * @param into the builder to fill
     * @param problems where problems go
     */
    public void read(PropertyReader p, ShapeValue.Builder into, List<TaskValidationException> problems) {
        for (Field f : fields) {
            try {
                Object v = readField(p, f, problems);
                if (v != null) {
                    into.set(f, v);
                }
            } catch (TaskValidationException e) {
                problems.add(e);
            }
        }
    }

    private Object readField(PropertyReader p, Field f, List<TaskValidationException> problems) {
        String n = f.name();
        boolean dynamicForm = f.isDynamic() && isDynamicForm(p, n);
        switch (f.kind()) {
            case STRING:
                return f.isDynamic() ? p.stringValue(n) : lit(p.string(n));
            case INTEGER:
                return f.isDynamic() ? p.numberValue(n) : lit(p.integer(n));
            case NUMBER:
                return f.isDynamic() ? p.numberValue(n) : lit(p.number(n));
            case BOOLEAN:
                return f.isDynamic() ? p.booleanValue(n) : lit(p.bool(n));
            case STRING_LIST:
                if (f.isDynamic()) {
                    return p.value(n);
                }
                List<String> list = p.stringList(n);
                return list == null ? null : ArrayValue.of(list);
            case STRING_MAP:
            case JSON:
                if (!f.isDynamic() && p.has(n + ".$")) {
                    p.raw(n + ".$");
                    throw p.invalid(ErrorCode.INVALID_PROPERTY, n + ".$", "must be a static value here, not a path");
                }
                return p.value(n);
            case OBJECT: {
                if (dynamicForm) {
                    return p.value(n);
                }
                PropertyReader nested = p.nested(n);
                if (nested == null) {
                    return null;
                }
                ShapeValue.Builder b = ShapeValue.builder(f.shape());
                readNested(f.shape(), nested, b, problems);
                return b.build();
            }
            case OBJECT_LIST: {
                if (dynamicForm) {
                    return p.value(n);
                }
                List<PropertyReader> readers = p.nestedList(n);
                if (readers == null) {
                    return null;
                }
                List<ShapeValue> items = new ArrayList<>();
                for (PropertyReader r : readers) {
                    ShapeValue.Builder b = ShapeValue.builder(f.shape());
                    readNested(f.shape(), r, b, problems);
                    items.add(b.build());
                }
                return items;
            }
            default:
                throw new IllegalStateException(f.kind().toString());
        }
    }

    private static void readNested(Shape shape, PropertyReader r, ShapeValue.Builder b, List<TaskValidationException> problems) {
        List<TaskValidationException> mine = new ArrayList<>();
        shape.read(r, b, mine);
        try {
            r.finish();
        } catch (TaskValidationException e) {
            problems.add(e); // a typo first: "detial" reads better than "detail is required"
        }
        problems.addAll(mine);
    }

    private static boolean isDynamicForm(PropertyReader p, String name) {
        JsonNode dollar = p.raw(name + ".$");
        if (dollar != null) {
            return true;
        }
        JsonNode plain = p.raw(name);
        return plain != null && plain.isTextual() && JsonataExpression.isExpression(plain.textValue());
    }

    private static Value lit(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof String s) {
            return Literal.of(s);
        }
        if (o instanceof Boolean b) {
            return Literal.of(b);
        }
        if (o instanceof Long l) {
            return Literal.of(l);
        }
        return Value.of(o);
    }

    // ---- validation --------------------------------------------------------------------------------------

    /**
     * Checks values against the declaration: required fields, kinds, ranges, patterns, resources (placeholders
     * checked by their literal parts, IAM wildcards refused), static-only fields, the query language of dynamic
     * parts, the declared rules and the checks.
     *
     * @param values the values
     * @param language the state's query language
     * @param prefix the property path of this object ({@code null} at the top)
     * @return every problem found, in field order (empty when valid)
     */
    public List<TaskValidationException> validate(ShapeValue values, QueryLanguage language, String prefix) {
        List<TaskValidationException> found = new ArrayList<>();
        for (Field f : fields) {
            String path = Values.join(prefix, f.name());
            Object v = values.get(f);
            if (v == null) {
                if (f.isRequired()) {
                    found.add(new TaskValidationException(ErrorCode.MISSING_PROPERTY, null, path, "is required"
                            + (f.doc() != null ? ": " + f.doc() : "")));
                }
                continue;
            }
            validateField(f, v, language, path, found);
        }
        for (Rule r : rules) {
            List<Field> fs = r.fields();
            switch (r.kind()) {
                case EXCLUSIVE -> {
                    if (values.has(fs.get(0)) && values.has(fs.get(1))) {
                        found.add(new TaskValidationException(ErrorCode.CONFLICTING_PROPERTIES, null, Values.join(prefix, fs.get(1).name()),
                                "give either " + fs.get(0).name() + " or " + fs.get(1).name() + ", not both"));
                    }
                }
                case REQUIRES -> {
                    if (values.has(fs.get(0)) && !values.has(fs.get(1))) {
                        found.add(new TaskValidationException(ErrorCode.MISSING_PROPERTY, null, Values.join(prefix, fs.get(1).name()),
                                "is required when " + fs.get(0).name() + " is given"));
                    }
                }
                case ONE_REQUIRED -> {
                    if (fs.stream().noneMatch(values::has)) {
                        found.add(new TaskValidationException(ErrorCode.MISSING_PROPERTY, null, Values.join(prefix, fs.get(0).name()),
                                "give one of " + fs.stream().map(Field::name).toList()));
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        if (found.isEmpty()) {
            Problems problems = new Problems(prefix, found);
            for (Check c : checks) {
                c.check(values, problems);
            }
        }
        return found;
    }

    private static void validateField(Field f, Object v, QueryLanguage language, String path, List<TaskValidationException> found) {
        if (v instanceof ShapeValue nested) {
            found.addAll(f.shape().validate(nested, language, path));
            return;
        }
        if (v instanceof List<?> items) {
            checkSize(f, items.size(), path, "items", found);
            for (int i = 0; i < items.size(); i++) {
                found.addAll(f.shape().validate((ShapeValue) items.get(i), language, path + "[" + i + "]"));
            }
            return;
        }
        Value value = (Value) v;
        try {
            Values.check(value, language, path);
        } catch (TaskValidationException e) {
            found.add(e);
            return;
        }
        if (!(value instanceof Literal) && !(value instanceof ObjectValue) && !(value instanceof ArrayValue)) {
            if (!f.isDynamic()) {
                found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, path,
                        "must be a static value here; a path or expression is resolved only at run time, too late for this property"));
            }
            return;
        }
        switch (f.kind()) {
            case STRING -> checkText(f, value, path, found);
            case INTEGER, NUMBER -> checkNumber(f, value, path, found);
            case BOOLEAN -> {
                if (!(value instanceof Literal l && l.node().isBoolean())) {
                    found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, path, "must be true or false, was " + value));
                }
            }
            case STRING_LIST -> {
                List<Value> items = items(value);
                if (items == null) {
                    found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, path, "must be an array of strings, was " + value));
                    return;
                }
                checkSize(f, items.size(), path, "items", found);
                for (int i = 0; i < items.size(); i++) {
                    Value item = items.get(i);
                    if (item instanceof Literal || item instanceof ObjectValue || item instanceof ArrayValue) {
                        checkText(f.range(0, Long.MAX_VALUE), item, path + "[" + i + "]", found);
                    } else if (!f.isDynamic()) {
                        found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, path + "[" + i + "]",
                                "must be a static string here"));
                    }
                }
            }
            case STRING_MAP -> {
                Map<String, Value> members = members(value);
                if (members == null) {
                    found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, path,
                            "must be an object of strings, was " + value));
                    return;
                }
                checkSize(f, members.size(), path, "members", found);
                for (Map.Entry<String, Value> e : members.entrySet()) {
                    if (e.getValue() instanceof Literal l && !l.isText()) {
                        found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, Values.join(path, e.getKey()),
                                "must be a string, was " + l));
                    }
                }
            }
            case JSON -> {
                // any JSON
            }
            case OBJECT, OBJECT_LIST -> found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, path,
                    "must be " + (f.kind() == Field.Kind.OBJECT ? "an object" : "an array of objects") + " of " + f.shape().name()
                            + ", was " + value));
            default -> throw new IllegalStateException();
        }
    }

    private static void checkText(Field f, Value value, String path, List<TaskValidationException> found) {
        if (!(value instanceof Literal l) || !l.isText()) {
            found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, path, "must be a string"
                    + (f.isDynamic() ? " (or a path)" : "") + ", was " + value));
            return;
        }
        String text = l.text();
        boolean placeholder = f.resource() != null && Placeholders.contains(text);
        if (f.allowed() != null && !f.allowed().contains(text)) {
            found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, path, "must be one of " + f.allowed()
                    + ", was \"" + text + "\""));
            return;
        }
        int length = placeholder ? Placeholders.literalLength(text) : text.codePointCount(0, text.length());
        if (f.max() != null && length > f.max() || !placeholder && f.min() != null && length < f.min()) {
            found.add(new TaskValidationException(length > (f.max() == null ? Long.MAX_VALUE : f.max()) ? ErrorCode.OUT_OF_RANGE
                    : ErrorCode.INVALID_PROPERTY, null, path, "must have " + f.min() + " to " + f.max() + " characters, had " + length));
            return;
        }
        if (f.resource() != null) {
            try {
                f.resource().check(text, path);
            } catch (TaskValidationException e) {
                found.add(e);
                return;
            }
        }
        if (f.pattern() != null && !placeholder && !f.pattern().matcher(text).matches()) {
            found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, path,
                    (f.rule() != null ? "must be " + f.rule() : "must match " + f.pattern().pattern()) + ", was \"" + text + "\""));
        }
    }

    private static void checkNumber(Field f, Value value, String path, List<TaskValidationException> found) {
        if (!(value instanceof Literal l) || !l.node().isNumber()) {
            found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, path, "must be a number"
                    + (f.isDynamic() ? " (or a path)" : "") + ", was " + value));
            return;
        }
        if (l.node().isFloatingPointNumber() && !Double.isFinite(l.node().doubleValue())) {
            // 1e400 reads as an infinite double, which has no decimal value
            found.add(new TaskValidationException(ErrorCode.OUT_OF_RANGE, null, path, "must be a finite number, was " + l.node()));
            return;
        }
        BigDecimal n = l.node().decimalValue();
        String range = "between " + (f.min() == null ? "-" : f.min()) + " and " + (f.max() == null ? "-" : f.max());
        if (f.kind() == Field.Kind.INTEGER && (n.signum() != 0 && n.stripTrailingZeros().scale() > 0)) {
            found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, path, "must be a whole number"
                    + (f.min() != null || f.max() != null ? " " + range : "") + ", was " + n.toPlainString()));
            return;
        }
        if (f.min() != null && n.compareTo(BigDecimal.valueOf(f.min())) < 0
                || f.max() != null && n.compareTo(BigDecimal.valueOf(f.max())) > 0) {
            found.add(new TaskValidationException(ErrorCode.OUT_OF_RANGE, null, path, "must be " + range + ", was " + n.toPlainString()));
        }
    }

    private static void checkSize(Field f, int size, String path, String what, List<TaskValidationException> found) {
        if (f.min() != null && size < f.min() || f.max() != null && size > f.max()) {
            found.add(new TaskValidationException(size > (f.max() == null ? Long.MAX_VALUE : f.max()) ? ErrorCode.OUT_OF_RANGE
                    : ErrorCode.INVALID_PROPERTY, null, path, "must have " + (f.min() == null ? 0 : f.min()) + " to "
                    + (f.max() == null ? "any number of" : f.max()) + " " + what + ", had " + size));
        }
    }

    private static List<Value> items(Value value) {
        if (value instanceof ArrayValue a) {
            return a.items();
        }
        if (value instanceof Literal l && l.node().isArray()) {
            List<Value> out = new ArrayList<>();
            l.node().forEach(n -> out.add(Literal.of(n)));
            return out;
        }
        return null;
    }

    private static Map<String, Value> members(Value value) {
        if (value instanceof ObjectValue o) {
            return o.members();
        }
        if (value instanceof Literal l && l.node().isObject()) {
            Map<String, Value> out = new java.util.LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = l.node().properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), Literal.of(e.getValue()));
            }
            return out;
        }
        return null;
    }

    // ---- rendering ---------------------------------------------------------------------------------------

    /**
     * As {@link #render(ShapeValue, io.github.sfntasks.api.RenderContext)}, for a shape none of whose fields is
     * rendered with the context ({@link Field#renderedWith}).
     *
     * @param values the values (validated)
     * @return the object as ASL writes it
     */
    public ObjectValue render(ShapeValue values) {
        return render(values, null);
    }

    /**
     * @param values the values (validated)
     * @param context the render context (for fields rendered with it)
     * @return the object as ASL writes it: each field given, not grant-only, under its ASL key, in declaration order
     */
    public ObjectValue render(ShapeValue values, io.github.sfntasks.api.RenderContext context) {
        ObjectValue.Builder b = ObjectValue.builder();
        for (Field f : fields) {
            Object v = values.get(f);
            if (v == null || f.aslName() == null) {
                continue;
            }
            Value rendered;
            if (v instanceof ShapeValue nested) {
                rendered = f.shape().render(nested, context);
            } else if (v instanceof List<?> items) {
                ArrayValue.Builder a = ArrayValue.builder();
                for (Object item : items) {
                    a.add(f.shape().render((ShapeValue) item, context));
                }
                rendered = a.build();
            } else {
                rendered = (Value) v;
            }
            b.put(f.aslName(), f.renderer() == null ? rendered : f.renderer().apply(rendered, context));
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "Shape[" + name + ", " + fields.stream().map(Field::name).toList() + "]";
    }
}
