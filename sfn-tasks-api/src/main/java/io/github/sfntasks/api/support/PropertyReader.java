package io.github.sfntasks.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a workflow file's {@code Properties} into typed values, with errors that name the state and
 * the property path. {@code "name.$"} marks a path or intrinsic function (JSONPath states); a
 * {@code "{% ... %}"} string is a JSONata expression (JSONata states). Call {@link #finish()} last: it
 * reports any property that nothing read (usually a typo), with the closest known name.
 *
 * <p>A property left out is "not set". A typed property (string, boolean, number, list, enum, object; static
 * or dynamic) written as JSON {@code null} is refused with {@link io.github.sfntasks.api.ErrorCode#INVALID_PROPERTY},
 * as the providers' schemas say: leave it out instead. Free JSON values ({@link #value(String)}, {@link #raw(String)}) keep a {@code null}
 * as written.
 *
 * <pre>{@code
 * PropertyReader p = PropertyReader.of(request);
 * String queue = p.requiredString("queue");
 * Value body = p.requiredValue("messageBody");
 * Value delay = p.numberValue("delaySeconds");
 * p.finish();
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class PropertyReader {

    private final String stateName;
    private final ObjectNode node;
    private final QueryLanguage language;
    private final String prefix;
    private final Set<String> read = new LinkedHashSet<>();
    /** Where problems go in collecting mode ({@link #collecting()}); {@code null}: accessors throw. */
    private List<TaskValidationException> collected;

    private PropertyReader(String stateName, ObjectNode node, QueryLanguage language, String prefix) {
        this.stateName = stateName;
        this.node = node;
        this.language = language;
        this.prefix = prefix;
    }

    /**
     * @param stateName the state's name, for errors
     * @param properties the properties object
     * @param language the state's query language
     * @return a reader
     */
    public static PropertyReader of(String stateName, ObjectNode properties, QueryLanguage language) {
        return new PropertyReader(stateName, properties, language, null);
    }

    /**
     * A reader of a request's properties, for {@link io.github.sfntasks.api.spi.TaskProvider#create}; it
     * tracks which were read (see {@link #finish()}).
     *
     * @param request the request
     * @return a fresh reader of a copy of its properties
     */
    public static PropertyReader of(io.github.sfntasks.api.spi.TaskRequest request) {
        return new PropertyReader(request.stateName(), request.properties(), request.queryLanguage(), null);
    }

    /**
     * Collecting mode, for a provider that reads property after property: an accessor that meets a problem records it
     * and returns {@code null} instead of throwing, so that every bad property is reported, not only the first (see
     * {@link #collectedProblems()}). Readers of nested objects share the mode.
     *
     * @return this reader
     */
    PropertyReader collecting() {
        if (collected == null) {
            collected = new ArrayList<>();
        }
        return this;
    }

    /** @return the problems recorded in collecting mode, in the order met */
    List<TaskValidationException> collectedProblems() {
        return collected == null ? List.of() : List.copyOf(collected);
    }

    /** Collecting mode: records the problem and reads on with {@code null}; otherwise throws it. */
    private <T> T collect(TaskValidationException e) {
        if (collected == null) {
            throw e;
        }
        collected.addAll(e.problems());
        return null;
    }

    private PropertyReader child(ObjectNode child, String childPrefix) {
        PropertyReader r = new PropertyReader(stateName, child, language, childPrefix);
        r.collected = collected;
        return r;
    }

    /** @return the state's query language */
    public QueryLanguage queryLanguage() {
        return language;
    }

    /** @return the state's name */
    public String stateName() {
        return stateName;
    }

    /**
     * @param name a property name
     * @return the property's full path, for errors ({@code entries[2].detail})
     */
    public String path(String name) {
        return Values.join(prefix, name);
    }

    /**
     * @param name a property name
     * @return whether it is given (plainly or as {@code name.$})
     */
    public boolean has(String name) {
        return node.has(name) || node.has(name + ".$");
    }

    /**
     * @param code the kind of problem
     * @param name the property
     * @param detail what is wrong and what would be right
     * @return an exception naming the state and the property path
     */
    public TaskValidationException invalid(ErrorCode code, String name, String detail) {
        return new TaskValidationException(code, stateName, path(name), detail);
    }

    /**
     * @param name a property name
     * @return the value (a literal, path, intrinsic, expression or object holding them), or {@code null}
     */
    public Value value(String name) {
        try {
            return value0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private Value value0(String name) {
        read.add(name);
        read.add(name + ".$");
        JsonNode plain = node.get(name);
        JsonNode dynamic = node.get(name + ".$");
        if (plain != null && dynamic != null) {
            throw invalid(ErrorCode.CONFLICTING_PROPERTIES, name,
                    "give either \"" + name + "\" or \"" + name + ".$\", not both");
        }
        try {
            if (dynamic != null) {
                return Values.dynamic(dynamic, language, path(name));
            }
            return plain == null ? null : Values.fromJson(plain, language, path(name));
        } catch (TaskValidationException e) {
            throw e.locate(stateName, null);
        }
    }

    /** @param name a property name @return the value @throws TaskValidationException when absent */
    public Value requiredValue(String name) {
        try {
            return requiredValue0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private Value requiredValue0(String name) {
        Value v = value0(name);
        if (v == null) {
            throw missing(name);
        }
        return v;
    }

    private TaskValidationException nullValue(String name) {
        return invalid(ErrorCode.INVALID_PROPERTY, name, "must not be null; leave the property out when it is not set");
    }

    private TaskValidationException missing(String name) {
        return invalid(ErrorCode.MISSING_PROPERTY, name, "is required");
    }

    private JsonNode staticNode(String name) {
        read.add(name);
        if (node.has(name + ".$")) {
            read.add(name + ".$");
            throw invalid(ErrorCode.INVALID_PROPERTY, name + ".$",
                    "must be a static value here; a path is resolved only at run time, too late for this property");
        }
        JsonNode n = node.get(name);
        if (n != null && language == QueryLanguage.JSONATA && n.isTextual()
                && io.github.sfntasks.api.value.JsonataExpression.isExpression(n.textValue())) {
            throw invalid(ErrorCode.INVALID_PROPERTY, name,
                    "must be a static value here; an expression is resolved only at run time, too late for this property");
        }
        return n;
    }

    /**
     * The property's JSON as written, marked as read; for providers with their own nested formats
     * (DynamoDB JSON, say). {@code name.$} is not looked at: use {@link #value(String)} for those.
     *
     * @param name a property name
     * @return the JSON, or {@code null} when absent
     */
    public JsonNode raw(String name) {
        read.add(name);
        return node.get(name);
    }

    /** @param name a property name @return a static string, or {@code null} */
    public String string(String name) {
        try {
            return string0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private String string0(String name) {
        JsonNode n = staticNode(name);
        if (n == null) {
            return null;
        }
        if (n.isNull()) {
            throw nullValue(name);
        }
        if (!n.isTextual()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, name, "must be a string, was " + n);
        }
        return n.textValue();
    }

    /** @param name a property name @return a static string @throws TaskValidationException when absent */
    public String requiredString(String name) {
        try {
            return requiredString0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private String requiredString0(String name) {
        String s = string0(name);
        if (s == null) {
            throw missing(name);
        }
        return s;
    }

    /** @param name a property name @return a static boolean, or {@code null} */
    public Boolean bool(String name) {
        try {
            return bool0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private Boolean bool0(String name) {
        JsonNode n = staticNode(name);
        if (n == null) {
            return null;
        }
        if (n.isNull()) {
            throw nullValue(name);
        }
        if (!n.isBoolean()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, name, "must be true or false, was " + n);
        }
        return n.booleanValue();
    }

    /** @param name a property name @return a static whole number, or {@code null} */
    public Long integer(String name) {
        try {
            return integer0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private Long integer0(String name) {
        JsonNode n = staticNode(name);
        if (n == null) {
            return null;
        }
        if (n.isNull()) {
            throw nullValue(name);
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, name, "must be a whole number, was " + n);
        }
        return n.longValue();
    }

    /** @param name a property name @return a static number, or {@code null} */
    public Double number(String name) {
        try {
            return number0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private Double number0(String name) {
        JsonNode n = staticNode(name);
        if (n == null) {
            return null;
        }
        if (n.isNull()) {
            throw nullValue(name);
        }
        if (!n.isNumber()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, name, "must be a number, was " + n);
        }
        return n.doubleValue();
    }

    /**
     * @param name a property name
     * @param type the enum type; values are its constant names, case-insensitive
     * @param <E> the enum type
     * @return the constant, or {@code null}
     */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        try {
            return enumValue0(name, type);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private <E extends Enum<E>> E enumValue0(String name, Class<E> type) {
        String s = string0(name);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw invalid(ErrorCode.INVALID_PROPERTY, name, "must be one of " + names + ", was \"" + s + "\"");
    }

    /** @param name a property name @return a static list of strings, or {@code null} */
    public List<String> stringList(String name) {
        try {
            return stringList0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private List<String> stringList0(String name) {
        JsonNode n = staticNode(name);
        if (n == null) {
            return null;
        }
        if (n.isNull()) {
            throw nullValue(name);
        }
        if (!n.isArray()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, name, "must be an array of strings, was " + n);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, name + "[" + i + "]", "must be a string, was " + n.get(i));
            }
            out.add(n.get(i).textValue());
        }
        return out;
    }

    /**
     * A string that may also be dynamic: a literal string, a path, an intrinsic or an expression.
     *
     * @param name a property name
     * @return the value, or {@code null}
     */
    public Value stringValue(String name) {
        try {
            return stringValue0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private Value stringValue0(String name) {
        Value v = value0(name);
        if (v instanceof Literal l && l.node().isNull()) {
            throw nullValue(name);
        }
        if (v instanceof Literal l && !l.isText()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, name, "must be a string (or a path), was " + l);
        }
        return v;
    }

    /**
     * A number that may also be dynamic.
     *
     * @param name a property name
     * @return the value, or {@code null}
     */
    public Value numberValue(String name) {
        try {
            return numberValue0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private Value numberValue0(String name) {
        Value v = value0(name);
        if (v instanceof Literal l && l.node().isNull()) {
            throw nullValue(name);
        }
        if (v instanceof Literal l && !l.node().isNumber()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, name, "must be a number (or a path), was " + l);
        }
        return v;
    }

    /**
     * A boolean that may also be dynamic.
     *
     * @param name a property name
     * @return the value, or {@code null}
     */
    public Value booleanValue(String name) {
        try {
            return booleanValue0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private Value booleanValue0(String name) {
        Value v = value0(name);
        if (v instanceof Literal l && l.node().isNull()) {
            throw nullValue(name);
        }
        if (v instanceof Literal l && !l.node().isBoolean()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, name, "must be true or false (or a path), was " + l);
        }
        return v;
    }

    /**
     * An object whose members may be dynamic (for example a Lambda payload or a DynamoDB key).
     *
     * @param name a property name
     * @return the object, or {@code null}
     */
    public ObjectValue object(String name) {
        try {
            return object0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private ObjectValue object0(String name) {
        Value v = value0(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Literal l && l.node().isNull()) {
            throw nullValue(name);
        }
        ObjectValue o = Values.asObject(v);
        if (o != null) {
            return o;
        }
        throw invalid(ErrorCode.INVALID_PROPERTY, name, "must be an object, was " + v);
    }

    /**
     * A nested object read with its own typed reader (errors then say {@code name.member}).
     *
     * @param name a property name
     * @return the reader, or {@code null} when the property is absent
     */
    public PropertyReader nested(String name) {
        try {
            return nested0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private PropertyReader nested0(String name) {
        JsonNode n = staticNode(name);
        if (n == null) {
            return null;
        }
        if (n.isNull()) {
            throw nullValue(name);
        }
        if (!n.isObject()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, name, "must be an object, was " + n);
        }
        return child((ObjectNode) n, path(name));
    }

    /**
     * A list of nested objects, each read with its own reader (errors say {@code name[2].member}).
     *
     * @param name a property name
     * @return the readers, or {@code null} when the property is absent
     */
    public List<PropertyReader> nestedList(String name) {
        try {
            return nestedList0(name);
        } catch (TaskValidationException e) {
            return collect(e);
        }
    }

    private List<PropertyReader> nestedList0(String name) {
        JsonNode n = staticNode(name);
        if (n == null) {
            return null;
        }
        if (n.isNull()) {
            throw nullValue(name);
        }
        if (!n.isArray()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, name, "must be an array of objects, was " + n);
        }
        List<PropertyReader> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode item = n.get(i);
            if (!item.isObject()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, name + "[" + i + "]", "must be an object, was " + item);
            }
            out.add(child((ObjectNode) item, path(name) + "[" + i + "]"));
        }
        return out;
    }

    /**
     * @throws TaskValidationException ({@link ErrorCode#UNKNOWN_PROPERTY}) naming every property nothing read,
     *         each with the closest known name
     */
    public void finish() {
        List<TaskValidationException> unknown = unknownProperties(List.of());
        if (!unknown.isEmpty()) {
            throw TaskValidationException.of(unknown);
        }
    }

    /**
     * The properties nothing has read so far, as problems, each with the closest known name. A provider whose
     * reading stopped early (a required property missing) passes the names its schema declares, so that a typo of a
     * required property still gets its "did you mean".
     *
     * @param declared names the task knows besides those read so far (for example its schema's properties)
     * @return one {@link ErrorCode#UNKNOWN_PROPERTY} problem per unread property, in document order
     */
    public List<TaskValidationException> unknownProperties(java.util.Collection<String> declared) {
        Set<String> known = new TreeSet<>(declared);
        for (String r : read) {
            if (!r.endsWith(".$")) {
                known.add(r);
            }
        }
        List<TaskValidationException> out = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name) && !(declared.contains(name) || declared.contains(bare(name)))) {
                out.add(invalid(ErrorCode.UNKNOWN_PROPERTY, name, "is not a property of this task"
                        + NearestName.hint(bare(name), known) + " Known: " + known));
            }
        }
        return out;
    }

    private static String bare(String name) {
        return name.endsWith(".$") ? name.substring(0, name.length() - 2) : name;
    }
}
