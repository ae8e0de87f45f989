package io.github.sfntasks.api.support;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.value.Value;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * One property of a task, declared once: its name (the AWS CDK's), the ASL key it renders under, its kind, whether
 * it is required, its range or pattern, whether it may be given as a path or expression, whether it names a
 * resource (placeholders allowed, wildcards refused) or only decides grants, and one line of documentation. A
 * {@link Shape} of fields gives the builder's checks, the workflow-file reader, the JSON Schema and the rendered
 * Parameters, as the AWS SDK for Java v2 does from its field metadata.
 *
 * <p>Immutable; each {@code withX}-style method returns a copy, so a declaration reads as one expression:
 *
 * <pre>{@code
 * static final Field CLUSTER = Field.string("cluster", "Cluster")
 *     .resource(ResourceArn.of("ecs", "cluster/"))
 *     .doc("The cluster ARN or name; default: the account's default cluster");
 * static final Field COUNT = Field.integer("count", "Count").range(1, 10).doc("How many tasks to start");
 * static final Field TASK_ROLE = Field.string("taskRole", null).grantOnly().resource(Grants.ROLE)
 *     .doc("The task definition's task role, for iam:PassRole");
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class Field {

    /** What a field holds. */
    public enum Kind {
        /** Text. */
        STRING,
        /** A whole number. */
        INTEGER,
        /** Any number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** An array of strings. */
        STRING_LIST,
        /** An object of string values (tags, environment variables). */
        STRING_MAP,
        /** Any JSON (an object whose members may be paths, a payload). */
        JSON,
        /** A nested object of its own {@link Shape}. */
        OBJECT,
        /** An array of nested objects of one {@link Shape}. */
        OBJECT_LIST
    }

    private final String name;
    private final String aslName;
    private final Kind kind;
    private final boolean required;
    private final boolean dynamic;
    private final boolean grantOnly;
    private final Long min;
    private final Long max;
    private final Pattern pattern;
    private final String rule;
    private final List<String> allowed;
    private final Shape shape;
    private final ResourceArn resource;
    private final String doc;
    private final UnaryOperator<Value> renderer;
    private final Supplier<JsonSchema> schema;

    private Field(String name, String aslName, Kind kind, boolean required, boolean dynamic, boolean grantOnly, Long min,
                  Long max, Pattern pattern, String rule, List<String> allowed, Shape shape, ResourceArn resource, String doc,
                  UnaryOperator<Value> renderer, Supplier<JsonSchema> schema) {
        this.name = Objects.requireNonNull(name, "name");
        this.aslName = aslName;
        this.kind = kind;
        this.required = required;
        this.dynamic = dynamic;
        this.grantOnly = grantOnly;
        this.min = min;
        this.max = max;
        this.pattern = pattern;
        this.rule = rule;
        this.allowed = allowed;
        this.shape = shape;
        this.resource = resource;
        this.doc = doc;
        this.renderer = renderer;
        this.schema = schema;
    }

    private static Field of(String name, String aslName, Kind kind, Shape shape) {
        return new Field(name, aslName, kind, false, true, false, null, null, null, null, null, shape, null, null, null, null);
    }

    private Field copy(boolean required, boolean dynamic, boolean grantOnly, Long min, Long max, Pattern pattern, String rule,
                       List<String> allowed, ResourceArn resource, String doc, UnaryOperator<Value> renderer) {
        return new Field(name, grantOnly ? null : aslName, kind, required, dynamic, grantOnly, min, max, pattern, rule, allowed,
                shape, resource, doc, renderer, schema);
    }

    /**
     * @param name the property name (camelCase, the CDK's)
     * @param aslName the key in the rendered Parameters/Arguments, or {@code null} for a grant-only property
     * @return a text field
     */
    public static Field string(String name, String aslName) {
        return of(name, aslName, Kind.STRING, null);
    }

    /** @param name the property name @param aslName the ASL key @return a whole-number field */
    public static Field integer(String name, String aslName) {
        return of(name, aslName, Kind.INTEGER, null);
    }

    /** @param name the property name @param aslName the ASL key @return a number field */
    public static Field number(String name, String aslName) {
        return of(name, aslName, Kind.NUMBER, null);
    }

    /** @param name the property name @param aslName the ASL key @return a boolean field */
    public static Field bool(String name, String aslName) {
        return of(name, aslName, Kind.BOOLEAN, null);
    }

    /** @param name the property name @param aslName the ASL key @return an array-of-strings field */
    public static Field stringList(String name, String aslName) {
        return of(name, aslName, Kind.STRING_LIST, null);
    }

    /** @param name the property name @param aslName the ASL key @return an object-of-strings field */
    public static Field stringMap(String name, String aslName) {
        return of(name, aslName, Kind.STRING_MAP, null);
    }

    /** @param name the property name @param aslName the ASL key @return a field of any JSON */
    public static Field json(String name, String aslName) {
        return of(name, aslName, Kind.JSON, null);
    }

    /**
     * @param name the property name
     * @param aslName the ASL key
     * @param shape the nested object's shape
     * @return a nested-object field
     */
    public static Field object(String name, String aslName, Shape shape) {
        return of(name, aslName, Kind.OBJECT, Objects.requireNonNull(shape, "shape"));
    }

    /**
     * @param name the property name
     * @param aslName the ASL key
     * @param shape the shape of each item
     * @return an array-of-objects field
     */
    public static Field list(String name, String aslName, Shape shape) {
        return of(name, aslName, Kind.OBJECT_LIST, Objects.requireNonNull(shape, "shape"));
    }

    /**
     * @param name the property name
     * @param aslName the ASL key
     * @param values the values AWS accepts, as written in ASL
     * @return a text field that takes one of {@code values}
     */
    public static Field enumOf(String name, String aslName, String... values) {
        return string(name, aslName).oneOf(values);
    }

    /** @return a copy that is required */
    public Field required() {
        return copy(true, dynamic, grantOnly, min, max, pattern, rule, allowed, resource, doc, renderer);
    }

    /** @return a copy that must be given as it is, not as a path or expression (it decides the ASL or the grants) */
    public Field staticOnly() {
        return copy(required, false, grantOnly, min, max, pattern, rule, allowed, resource, doc, renderer);
    }

    /**
     * A property that never appears in the ASL but decides grants (the roles an ECS task definition names, the
     * resources an SDK call touches). Grant-only properties are static; the schema marks them
     * {@code "x-sfn-grantOnly": true} and the docs list them.
     *
     * @return a copy that is grant-only
     */
    public Field grantOnly() {
        return copy(required, false, true, min, max, pattern, rule, allowed, resource, doc, renderer);
    }

    /**
     * The range: of the value for numbers, of the length in characters for text, of the size for arrays and objects.
     *
     * @param least the smallest allowed
     * @param most the largest allowed
     * @return a copy with the range
     */
    public Field range(long least, long most) {
        return copy(required, dynamic, grantOnly, least, most, pattern, rule, allowed, resource, doc, renderer);
    }

    /** @param least the smallest allowed @return a copy with a lower bound only */
    public Field atLeast(long least) {
        return copy(required, dynamic, grantOnly, least, max, pattern, rule, allowed, resource, doc, renderer);
    }

    /** @param most the largest allowed @return a copy with an upper bound only */
    public Field atMost(long most) {
        return copy(required, dynamic, grantOnly, min, most, pattern, rule, allowed, resource, doc, renderer);
    }

    /**
     * @param regex what a literal text (or each item of a string list) must match, whole; Java and ECMA-262 alike
     * @param what the rule in words, for errors ("1 to 255 letters, digits and hyphens")
     * @return a copy with the pattern
     */
    public Field pattern(String regex, String what) {
        return copy(required, dynamic, grantOnly, min, max, Pattern.compile(regex), what, allowed, resource, doc, renderer);
    }

    /** @param values the values AWS accepts @return a copy that takes one of them */
    public Field oneOf(String... values) {
        return copy(required, dynamic, grantOnly, min, max, pattern, rule, List.of(values), resource, doc, renderer);
    }

    /**
     * A property that names a resource: a name or ARN that may hold placeholders ({@code ${OrdersTable}},
     * {@code orders-${Stage}}, a CDK token), checked by its literal parts only; never an IAM wildcard. The schema
     * admits placeholders and marks the field {@code "x-sfn-resource": "<service>:<resourcePrefix>"}, so the
     * conformance kit gives it every placeholder form. For a string list, every item names one.
     *
     * @param kind how the resource is named in IAM
     * @return a copy that names a resource
     */
    public Field resource(ResourceArn kind) {
        return copy(required, dynamic, grantOnly, min, max, pattern, rule, allowed, kind, doc, renderer);
    }

    /** @param text one line on what the property is, for the schema and the docs @return a copy with it */
    public Field doc(String text) {
        return copy(required, dynamic, grantOnly, min, max, pattern, rule, allowed, resource, text, renderer);
    }

    /**
     * How the value is written in ASL when that differs from how it is given (tags as a map given, an array of
     * {@code {Key, Value}} rendered, say). The function gets the value as given (nested shapes already rendered).
     *
     * @param function the conversion
     * @return a copy with it
     */
    public Field renderedAs(UnaryOperator<Value> function) {
        return copy(required, dynamic, grantOnly, min, max, pattern, rule, allowed, resource, doc, function);
    }

    /**
     * The JSON Schema of a {@link Kind#JSON} field whose form the other kinds cannot say (a map of objects, say), so
     * that editors and the conformance kit's generators know it; the field's checks are then the shape's
     * {@link Shape#check}. Without it a JSON field admits any JSON.
     *
     * @param schema makes a fresh schema of the value (the schema of a shape is made anew on each use)
     * @return a copy with it
     * @throws IllegalStateException when the field is not of kind JSON
     */
    public Field schema(Supplier<JsonSchema> schema) {
        if (kind != Kind.JSON) {
            throw new IllegalStateException(this + ": only a JSON field takes its own schema");
        }
        return new Field(name, aslName, kind, required, dynamic, grantOnly, min, max, pattern, rule, allowed, shape, resource,
                doc, renderer, schema);
    }

    /** @return the property name */
    public String name() {
        return name;
    }

    /** @return the ASL key, or {@code null} for a grant-only property */
    public String aslName() {
        return aslName;
    }

    /** @return the kind */
    public Kind kind() {
        return kind;
    }

    /** @return whether it is required */
    public boolean isRequired() {
        return required;
    }

    /** @return whether it may be a path, intrinsic function or JSONata expression */
    public boolean isDynamic() {
        return dynamic;
    }

    /** @return whether it decides grants only and is not rendered */
    public boolean isGrantOnly() {
        return grantOnly;
    }

    /** @return the lower bound, or {@code null} */
    public Long min() {
        return min;
    }

    /** @return the upper bound, or {@code null} */
    public Long max() {
        return max;
    }

    /** @return the pattern of a literal text, or {@code null} */
    public Pattern pattern() {
        return pattern;
    }

    /** @return the pattern's rule in words, or {@code null} */
    public String rule() {
        return rule;
    }

    /** @return the accepted values, or {@code null} for any */
    public List<String> allowed() {
        return allowed;
    }

    /** @return the nested shape (OBJECT, OBJECT_LIST), or {@code null} */
    public Shape shape() {
        return shape;
    }

    /** @return the resource kind when it names a resource, or {@code null} */
    public ResourceArn resource() {
        return resource;
    }

    /** @return the documentation line, or {@code null} */
    public String doc() {
        return doc;
    }

    /** @return the own schema of a JSON field, or {@code null} for any JSON */
    public Supplier<JsonSchema> schema() {
        return schema;
    }

    /** @return the rendering conversion, or {@code null} */
    public UnaryOperator<Value> renderer() {
        return renderer;
    }

    @Override
    public String toString() {
        return "Field[" + name + (aslName != null ? " -> " + aslName : " (grant-only)") + ", " + kind + "]";
    }
}
