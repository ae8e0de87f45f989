package io.github.sfntasks.conformance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.value.JsonataExpression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A JSON Schema (draft 2020-12) validator for the keywords provider schemas use: {@code $ref} (local),
 * {@code type}, {@code enum}, {@code const}, numeric bounds, string length and {@code pattern}, object
 * {@code properties}/{@code required}/{@code additionalProperties}/{@code patternProperties}/{@code propertyNames}/
 * size bounds/{@code dependentRequired}, array {@code items}/{@code prefixItems}/size bounds/{@code uniqueItems},
 * and {@code allOf}/{@code anyOf}/{@code oneOf}/{@code not}/{@code if}-{@code then}-{@code else}. Annotations
 * ({@code description}, {@code default}, {@code format}...) are ignored.
 *
 * <p>On top of the schema, {@link #languageProblems} checks what ASL says of a {@code Properties} object: in a
 * JSONPath state every {@code "name.$"} member holds a path or intrinsic call that parses and no string is a
 * {@code {% %}} expression; in a JSONata state there is no {@code ".$"} member and every expression parses.
 */
public final class SchemaValidator {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final JsonNode root;

    /** @param root the document that {@code $ref}s resolve against */
    public SchemaValidator(JsonNode root) {
        this.root = root;
    }

    /**
     * @param value a value
     * @param schema a schema within the root document
     * @return whether the value is valid
     */
    public boolean isValid(JsonNode value, JsonNode schema) {
        return validate(value, schema, "", true).isEmpty();
    }

    /**
     * @param value a value
     * @param schema a schema within the root document
     * @return the problems, each {@code pointer: what}; empty when valid
     */
    public List<String> validate(JsonNode value, JsonNode schema) {
        return validate(value, schema, "", false);
    }

    /**
     * Schema problems and ASL language problems of a properties object.
     *
     * @param properties the properties
     * @param language the state's query language
     * @return the problems; empty when the properties are valid
     */
    public List<String> problems(JsonNode properties, QueryLanguage language) {
        List<String> out = new ArrayList<>(validate(properties, root));
        out.addAll(languageProblems(properties, language));
        return out;
    }

    /**
     * @param properties a properties object (or any value in it)
     * @param language the state's query language
     * @return what ASL refuses in it for that language
     */
    public static List<String> languageProblems(JsonNode properties, QueryLanguage language) {
        List<String> out = new ArrayList<>();
        Json.members(properties, (pointer, name, value) -> {
            if (name.endsWith(".$")) {
                if (language == QueryLanguage.JSONATA) {
                    out.add(pointer + ": a \".$\" member in a JSONata state");
                } else if (!value.isTextual() || !DynamicValues.isValidDynamic(value.textValue())) {
                    out.add(pointer + ": not a path or intrinsic function: " + value);
                }
            }
        });
        Json.strings(properties, (pointer, text) -> {
            if (JsonataExpression.isExpression(text)) {
                if (language == QueryLanguage.JSONPATH) {
                    out.add(pointer + ": a JSONata expression in a JSONPath state");
                } else if (!DynamicValues.isValidJsonata(text)) {
                    out.add(pointer + ": a JSONata expression that does not parse: " + text);
                }
            }
        });
        return out;
    }

    /**
     * @param ref a {@code $ref} value ({@code #/$defs/x})
     * @return the schema it points to
     * @throws IllegalArgumentException when it does not resolve in the root document
     */
    public JsonNode resolve(String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("only local $refs are supported, was " + ref);
        }
        JsonNode n = root.at(ref.substring(1));
        if (n.isMissingNode()) {
            throw new IllegalArgumentException("$ref " + ref + " does not resolve");
        }
        return n;
    }

    private List<String> validate(JsonNode value, JsonNode schema, String at, boolean failFast) {
        List<String> out = failFast ? new Verdict() : new ArrayList<>();
        check(value, schema, at, out, failFast);
        return out;
    }

    /** A problem list that only counts: validity checks do not pay for messages nobody reads. */
    private static final class Verdict extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
    }

    private static void report(List<String> out, java.util.function.Supplier<String> message) {
        out.add(out instanceof Verdict ? "" : message.get());
    }

    private void check(JsonNode v, JsonNode s, String at, List<String> out, boolean failFast) {
        if (s == null || s.isMissingNode()) {
            return;
        }
        if (s.isBoolean()) {
            if (!s.booleanValue()) {
                report(out, () -> at + ": no value is allowed here");
            }
            return;
        }
        if (!failFast || out.isEmpty()) {
            keywords(v, s, at, out, failFast);
        }
    }

    private void keywords(JsonNode v, JsonNode s, String at, List<String> out, boolean failFast) {
        JsonNode ref = s.get("$ref");
        if (ref != null) {
            check(v, resolve(ref.asText()), at, out, failFast);
        }
        JsonNode type = s.get("type");
        if (type != null && !typeMatches(v, type)) {
            report(out, () -> at + ": must be of type " + type + ", was " + describe(v));
            return;
        }
        JsonNode en = s.get("enum");
        if (en != null && !contains(en, v)) {
            report(out, () -> at + ": must be one of " + en + ", was " + describe(v));
        }
        JsonNode cn = s.get("const");
        if (cn != null && !Json.equivalent(cn, v)) {
            report(out, () -> at + ": must be " + cn + ", was " + describe(v));
        }
        if (v.isNumber()) {
            numbers(v, s, at, out);
        } else if (v.isTextual()) {
            strings(v.textValue(), s, at, out);
        } else if (v.isObject()) {
            objects(v, s, at, out, failFast);
        } else if (v.isArray()) {
            arrays(v, s, at, out, failFast);
        }
        combinators(v, s, at, out, failFast);
    }

    private void combinators(JsonNode v, JsonNode s, String at, List<String> out, boolean failFast) {
        JsonNode allOf = s.get("allOf");
        if (allOf != null) {
            for (JsonNode sub : allOf) {
                check(v, sub, at, out, failFast);
            }
        }
        JsonNode anyOf = s.get("anyOf");
        if (anyOf != null) {
            boolean any = false;
            for (JsonNode sub : anyOf) {
                if (isValidAt(v, sub)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                report(out, () -> at + ": matches none of anyOf " + brief(anyOf) + ", was " + describe(v));
            }
        }
        JsonNode oneOf = s.get("oneOf");
        if (oneOf != null) {
            int n = 0;
            for (JsonNode sub : oneOf) {
                if (isValidAt(v, sub)) {
                    n++;
                }
            }
            if (n != 1) {
                int matched = n;
                report(out, () -> at + ": must match exactly one of oneOf " + brief(oneOf) + ", matched " + matched);
            }
        }
        JsonNode not = s.get("not");
        if (not != null && isValidAt(v, not)) {
            report(out, () -> at + ": must not match " + not);
        }
        JsonNode ifs = s.get("if");
        if (ifs != null) {
            JsonNode branch = isValidAt(v, ifs) ? s.get("then") : s.get("else");
            if (branch != null) {
                check(v, branch, at, out, failFast);
            }
        }
    }

    private boolean isValidAt(JsonNode v, JsonNode sub) {
        List<String> tmp = new Verdict();
        check(v, sub, "", tmp, true);
        return tmp.isEmpty();
    }

    private static void numbers(JsonNode v, JsonNode s, String at, List<String> out) {
        java.math.BigDecimal d = v.decimalValue();
        JsonNode min = s.get("minimum");
        if (min != null && d.compareTo(min.decimalValue()) < 0) {
            report(out, () -> at + ": must be at least " + min + ", was " + v);
        }
        JsonNode max = s.get("maximum");
        if (max != null && d.compareTo(max.decimalValue()) > 0) {
            report(out, () -> at + ": must be at most " + max + ", was " + v);
        }
        JsonNode emin = s.get("exclusiveMinimum");
        if (emin != null && emin.isNumber() && d.compareTo(emin.decimalValue()) <= 0) {
            report(out, () -> at + ": must be greater than " + emin + ", was " + v);
        }
        JsonNode emax = s.get("exclusiveMaximum");
        if (emax != null && emax.isNumber() && d.compareTo(emax.decimalValue()) >= 0) {
            report(out, () -> at + ": must be less than " + emax + ", was " + v);
        }
        JsonNode mult = s.get("multipleOf");
        if (mult != null && mult.isNumber() && mult.decimalValue().signum() > 0
                && d.remainder(mult.decimalValue()).signum() != 0) {
            report(out, () -> at + ": must be a multiple of " + mult + ", was " + v);
        }
    }

    private static void strings(String text, JsonNode s, String at, List<String> out) {
        int length = text.codePointCount(0, text.length());
        JsonNode min = s.get("minLength");
        if (min != null && length < min.asInt()) {
            report(out, () -> at + ": must have at least " + min + " characters, had " + length);
        }
        JsonNode max = s.get("maxLength");
        if (max != null && length > max.asInt()) {
            report(out, () -> at + ": must have at most " + max + " characters, had " + length);
        }
        JsonNode pattern = s.get("pattern");
        if (pattern != null) {
            Pattern p = pattern(pattern.asText());
            if (p != null && !p.matcher(text).find()) {
                report(out, () -> at + ": must match /" + pattern.asText() + "/, was \"" + brief(text) + "\"");
            }
        }
    }

    /**
     * @param regex an ECMA-262 pattern from a schema
     * @return it compiled for Java, or {@code null} when Java cannot compile it (then it is not checked)
     */
    static Pattern pattern(String regex) {
        Pattern p = PATTERNS.get(regex);
        if (p == null && !PATTERNS.containsKey(regex)) {
            try {
                p = Pattern.compile(ecmaEnd(regex));
                PATTERNS.put(regex, p);
            } catch (PatternSyntaxException e) {
                return null;
            }
        }
        return p;
    }

    /**
     * ECMA-262 {@code $} (without the multiline flag) matches only at the very end; Java's also before a final line
     * break. Unescaped {@code $} outside classes becomes {@code \z}.
     */
    private static String ecmaEnd(String regex) {
        StringBuilder sb = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                sb.append(c).append(regex.charAt(++i));
            } else if (c == '[') {
                inClass = true;
                sb.append(c);
            } else if (c == ']') {
                inClass = false;
                sb.append(c);
            } else if (c == '$' && !inClass) {
                sb.append("\\z");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void objects(JsonNode v, JsonNode s, String at, List<String> out, boolean failFast) {
        JsonNode required = s.get("required");
        if (required != null) {
            for (JsonNode r : required) {
                if (!v.has(r.asText())) {
                    report(out, () -> at + "/" + Json.escape(r.asText()) + ": is required");
                }
            }
        }
        JsonNode dependent = s.get("dependentRequired");
        if (dependent != null) {
            dependent.properties().forEach(e -> {
                if (v.has(e.getKey())) {
                    for (JsonNode r : e.getValue()) {
                        if (!v.has(r.asText())) {
                            report(out, () -> at + "/" + Json.escape(r.asText()) + ": is required with " + e.getKey());
                        }
                    }
                }
            });
        }
        JsonNode minP = s.get("minProperties");
        if (minP != null && v.size() < minP.asInt()) {
            report(out, () -> at + ": must have at least " + minP + " members, had " + v.size());
        }
        JsonNode maxP = s.get("maxProperties");
        if (maxP != null && v.size() > maxP.asInt()) {
            report(out, () -> at + ": must have at most " + maxP + " members, had " + v.size());
        }
        JsonNode props = s.get("properties");
        JsonNode patternProps = s.get("patternProperties");
        JsonNode additional = s.get("additionalProperties");
        JsonNode names = s.get("propertyNames");
        Iterator<Map.Entry<String, JsonNode>> it = v.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String p = at + "/" + Json.escape(name);
            if (names != null) {
                List<String> nameProblems = out instanceof Verdict ? new Verdict() : new ArrayList<>();
                check(Json.NODES.textNode(name), names, p, nameProblems, failFast);
                for (String np : nameProblems) {
                    report(out, () -> p + ": the member name " + np.substring(p.length()).replaceFirst("^: ", ""));
                }
            }
            boolean matched = false;
            if (props != null && props.has(name)) {
                matched = true;
                check(e.getValue(), props.get(name), p, out, failFast);
            }
            if (patternProps != null) {
                Iterator<Map.Entry<String, JsonNode>> pp = patternProps.properties().iterator();
                while (pp.hasNext()) {
                    Map.Entry<String, JsonNode> x = pp.next();
                    Pattern re = pattern(x.getKey());
                    if (re != null && re.matcher(name).find()) {
                        matched = true;
                        check(e.getValue(), x.getValue(), p, out, failFast);
                    }
                }
            }
            if (!matched && additional != null) {
                if (additional.isBoolean() && !additional.booleanValue()) {
                    report(out, () -> p + ": is not a known member");
                } else {
                    check(e.getValue(), additional, p, out, failFast);
                }
            }
        }
    }

    private void arrays(JsonNode v, JsonNode s, String at, List<String> out, boolean failFast) {
        JsonNode minI = s.get("minItems");
        if (minI != null && v.size() < minI.asInt()) {
            report(out, () -> at + ": must have at least " + minI + " items, had " + v.size());
        }
        JsonNode maxI = s.get("maxItems");
        if (maxI != null && v.size() > maxI.asInt()) {
            report(out, () -> at + ": must have at most " + maxI + " items, had " + v.size());
        }
        JsonNode unique = s.get("uniqueItems");
        if (unique != null && unique.asBoolean()) {
            Set<String> seen = new HashSet<>();
            for (JsonNode item : v) {
                if (!seen.add(Json.write(Json.sortKeys(item)))) {
                    report(out, () -> at + ": items must be unique, " + item + " repeats");
                }
            }
        }
        JsonNode prefix = s.get("prefixItems");
        int from = 0;
        if (prefix != null && prefix.isArray()) {
            for (int i = 0; i < Math.min(prefix.size(), v.size()); i++) {
                check(v.get(i), prefix.get(i), at + "/" + i, out, failFast);
            }
            from = prefix.size();
        }
        JsonNode items = s.get("items");
        if (items != null) {
            if (items.isArray()) { // draft 4-7 tuple form
                for (int i = 0; i < Math.min(items.size(), v.size()); i++) {
                    check(v.get(i), items.get(i), at + "/" + i, out, failFast);
                }
            } else {
                for (int i = from; i < v.size(); i++) {
                    check(v.get(i), items, at + "/" + i, out, failFast);
                }
            }
        }
    }

    private static boolean typeMatches(JsonNode v, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(v, t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return typeMatches(v, type.asText());
    }

    /**
     * @param v a value
     * @param type a JSON Schema type name
     * @return whether the value has that type; an integer is an integral JSON number ({@code 2}, not {@code 2.0}:
     *         providers read integers with Jackson's {@code isIntegralNumber})
     */
    public static boolean typeMatches(JsonNode v, String type) {
        switch (type) {
            case "string": return v.isTextual();
            case "integer": return v.isIntegralNumber();
            case "number": return v.isNumber();
            case "boolean": return v.isBoolean();
            case "object": return v.isObject();
            case "array": return v.isArray();
            case "null": return v.isNull();
            default: return true;
        }
    }

    private static boolean contains(JsonNode en, JsonNode v) {
        for (JsonNode e : en) {
            if (Json.equivalent(e, v)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonNode v) {
        String s = v == null ? "null" : v.toString();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    private static String brief(Object o) {
        String s = String.valueOf(o);
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
