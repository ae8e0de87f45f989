package io.github.sfntasks.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.support.NearestName;
import io.github.sfntasks.api.value.Values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which ASL fields each state type takes in each query language, and how each is checked. The
 * structural fields (Type, QueryLanguage, Next, End, Choices, Default, Branches, ItemProcessor,
 * Iterator, Retry, Catch) are handled by the graph, not here.
 *
 * <p>Source: the Amazon States Language specification and the Step Functions developer guide's
 * pages on each state type and on JSONata ("Transforming data with JSONata": which fields each
 * language allows).
 */
public final class FieldRules {

    private FieldRules() {
    }

    private enum Kind { PATH, REFERENCE_PATH, TEMPLATE, LITERAL, STRING, SECONDS, TIMESTAMP, NON_NEGATIVE_INT, PERCENT, ANY_OBJECT }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("Comment", Kind.STRING),
            Map.entry("InputPath", Kind.PATH),
            Map.entry("OutputPath", Kind.PATH),
            Map.entry("ResultPath", Kind.REFERENCE_PATH),
            Map.entry("Parameters", Kind.TEMPLATE),
            Map.entry("ResultSelector", Kind.TEMPLATE),
            Map.entry("ItemSelector", Kind.TEMPLATE),
            Map.entry("Arguments", Kind.TEMPLATE),
            Map.entry("Output", Kind.TEMPLATE),
            Map.entry("Assign", Kind.TEMPLATE),
            Map.entry("Result", Kind.LITERAL),
            Map.entry("Seconds", Kind.SECONDS),
            Map.entry("Timestamp", Kind.TIMESTAMP),
            Map.entry("SecondsPath", Kind.REFERENCE_PATH),
            Map.entry("TimestampPath", Kind.REFERENCE_PATH),
            Map.entry("Error", Kind.STRING),
            Map.entry("Cause", Kind.STRING),
            Map.entry("ErrorPath", Kind.PATH),
            Map.entry("CausePath", Kind.PATH),
            Map.entry("ItemsPath", Kind.REFERENCE_PATH),
            Map.entry("Items", Kind.TEMPLATE),
            Map.entry("MaxConcurrency", Kind.NON_NEGATIVE_INT),
            Map.entry("MaxConcurrencyPath", Kind.REFERENCE_PATH),
            Map.entry("ToleratedFailurePercentage", Kind.PERCENT),
            Map.entry("ToleratedFailurePercentagePath", Kind.REFERENCE_PATH),
            Map.entry("ToleratedFailureCount", Kind.NON_NEGATIVE_INT),
            Map.entry("ToleratedFailureCountPath", Kind.REFERENCE_PATH),
            Map.entry("Label", Kind.STRING),
            Map.entry("ItemReader", Kind.ANY_OBJECT),
            Map.entry("ItemBatcher", Kind.ANY_OBJECT),
            Map.entry("ResultWriter", Kind.ANY_OBJECT));

    private static final Map<String, Set<String>> JSONPATH = Map.of(
            "Pass", Set.of("Comment", "InputPath", "OutputPath", "Parameters", "Result", "ResultPath", "Assign"),
            "Wait", Set.of("Comment", "InputPath", "OutputPath", "Seconds", "Timestamp", "SecondsPath", "TimestampPath", "Assign"),
            "Choice", Set.of("Comment", "InputPath", "OutputPath", "Assign"),
            "Succeed", Set.of("Comment", "InputPath", "OutputPath"),
            "Fail", Set.of("Comment", "Error", "Cause", "ErrorPath", "CausePath"),
            "Parallel", Set.of("Comment", "InputPath", "OutputPath", "Parameters", "ResultPath", "ResultSelector", "Assign"),
            "Map", Set.of("Comment", "InputPath", "OutputPath", "ItemsPath", "ItemSelector", "Parameters", "ResultPath",
                    "ResultSelector", "Assign", "MaxConcurrency", "MaxConcurrencyPath", "ItemReader", "ItemBatcher",
                    "ResultWriter", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath",
                    "ToleratedFailureCount", "ToleratedFailureCountPath", "Label"));

    private static final Map<String, Set<String>> JSONATA = Map.of(
            "Pass", Set.of("Comment", "Output", "Assign"),
            "Wait", Set.of("Comment", "Seconds", "Timestamp", "Output", "Assign"),
            "Choice", Set.of("Comment", "Output", "Assign"),
            "Succeed", Set.of("Comment", "Output"),
            "Fail", Set.of("Comment", "Error", "Cause"),
            "Parallel", Set.of("Comment", "Arguments", "Output", "Assign"),
            "Map", Set.of("Comment", "Items", "ItemSelector", "Output", "Assign", "MaxConcurrency", "ItemReader",
                    "ItemBatcher", "ResultWriter", "ToleratedFailurePercentage", "ToleratedFailureCount", "Label"));

    /**
     * Checks the plain fields of a state.
     *
     * @param type the state type
     * @param fields the fields (without structural ones)
     * @param language the state's effective query language
     * @param stateName for errors
     * @throws TaskValidationException naming the state and the field
     */
    public static void check(String type, ObjectNode fields, QueryLanguage language, String stateName) {
        List<TaskValidationException> found = new ArrayList<>();
        Set<String> allowed = (language == QueryLanguage.JSONATA ? JSONATA : JSONPATH).get(type);
        Iterator<Map.Entry<String, JsonNode>> it = fields.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (!allowed.contains(name)) {
                Set<String> other = (language == QueryLanguage.JSONATA ? JSONPATH : JSONATA).get(type);
                if (other.contains(name)) {
                    found.add(new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, stateName, name,
                            name + " is not allowed in a " + language.aslName() + " " + type + " state; allowed: "
                                    + new TreeSet<>(allowed)));
                } else {
                    found.add(new TaskValidationException(ErrorCode.INVALID_STATE, stateName, name,
                            "is not a field of a " + type + " state" + NearestName.hintAndList(name, allowed, "allowed")));
                }
                continue;
            }
            try {
                checkField(name, e.getValue(), language, stateName);
            } catch (TaskValidationException x) {
                found.addAll(x.problems());
            }
        }
        exclusive(fields, stateName, type, found, "Seconds", "Timestamp", "SecondsPath", "TimestampPath");
        exclusive(fields, stateName, type, found, "Error", "ErrorPath");
        exclusive(fields, stateName, type, found, "Cause", "CausePath");
        exclusive(fields, stateName, type, found, "ItemSelector", "Parameters");
        exclusive(fields, stateName, type, found, "MaxConcurrency", "MaxConcurrencyPath");
        exclusive(fields, stateName, type, found, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
        exclusive(fields, stateName, type, found, "ToleratedFailureCount", "ToleratedFailureCountPath");
        if (type.equals("Wait") && !(fields.has("Seconds") || fields.has("Timestamp") || fields.has("SecondsPath")
                || fields.has("TimestampPath"))) {
            found.add(new TaskValidationException(ErrorCode.INVALID_STATE, stateName, null,
                    "a Wait state needs one of Seconds, Timestamp"
                            + (language == QueryLanguage.JSONPATH ? ", SecondsPath or TimestampPath" : "")));
        }
        if (!found.isEmpty()) {
            throw TaskValidationException.of(found);
        }
    }

    private static void exclusive(ObjectNode fields, String stateName, String type, List<TaskValidationException> found,
                                  String... names) {
        String first = null;
        for (String n : names) {
            if (fields.has(n)) {
                if (first != null) {
                    found.add(new TaskValidationException(ErrorCode.CONFLICTING_PROPERTIES, stateName, n,
                            "a " + type + " state takes only one of " + List.of(names) + "; " + first + " is set too"));
                    return;
                }
                first = n;
            }
        }
    }

    /**
     * Checks a whole number against a range, saying the range whatever is wrong (a string, a fraction, a number beyond
     * any integer type such as 18446744073709551616).
     *
     * @param v the value as written
     * @param min the least allowed
     * @param max the most allowed
     * @param jsonata whether a {@code {% %}} expression is allowed instead (the message says so)
     * @return what is wrong, or {@code null} when {@code v} is a whole number in range
     */
    public static String wholeNumberProblem(JsonNode v, long min, long max, boolean jsonata) {
        boolean ok = v.isIntegralNumber()
                && v.bigIntegerValue().compareTo(BigInteger.valueOf(min)) >= 0
                && v.bigIntegerValue().compareTo(BigInteger.valueOf(max)) <= 0;
        if (!ok && v.isFloatingPointNumber() && !v.isBigDecimal()) {
            ok = false; // 3.0 is refused too: the service's integer fields take JSON integers
        }
        return ok ? null : "must be a whole number from " + min + " to " + max + (jsonata ? " or a {% %} expression" : "")
                + ", was " + shown(v);
    }

    /** A value for a message: numbers as written, anything long cut short. */
    private static String shown(JsonNode v) {
        String s = v.isNumber() ? v.numberValue().toString() : v.toString();
        if (v.isBigDecimal() || v.isBigInteger()) {
            s = v.isBigInteger() ? v.bigIntegerValue().toString() : v.decimalValue().toString();
        }
        return s.length() <= 60 ? s : s.substring(0, 40) + "... (" + s.length() + " characters)";
    }

    private static void checkField(String name, JsonNode v, QueryLanguage language, String stateName) {
        Kind kind = KINDS.getOrDefault(name, Kind.ANY_OBJECT);
        boolean expression = language == QueryLanguage.JSONATA && v.isTextual() && JsonataExpression.isExpression(v.textValue());
        switch (kind) {
            case STRING -> {
                if (!v.isTextual()) {
                    fail(stateName, name, "must be a string, was " + v);
                }
            }
            case PATH, REFERENCE_PATH -> {
                if (v.isNull() && (name.equals("InputPath") || name.equals("OutputPath") || name.equals("ResultPath"))) {
                    return;
                }
                if (!v.isTextual()) {
                    fail(stateName, name, "must be a path string" + (name.endsWith("Path") && !name.equals("ItemsPath") ? " or null" : "") + ", was " + v);
                }
                String problem = kind == Kind.PATH ? io.github.sfntasks.api.value.JsonPath.problemOf(v.textValue()) : io.github.sfntasks.api.value.JsonPath.referenceProblemOf(v.textValue());
                if (problem != null) {
                    throw new TaskValidationException(ErrorCode.INVALID_PATH, stateName, name, problem);
                }
            }
            case TEMPLATE -> {
                Value value = Values.fromJson(v, language, name);
                try {
                    Values.check(value, language, name);
                } catch (TaskValidationException e) {
                    throw e.locate(stateName, null);
                }
                if ((name.equals("Parameters") || name.equals("ResultSelector") || name.equals("ItemSelector")
                        || name.equals("Assign")) && !v.isObject() && !expression) {
                    fail(stateName, name, "must be an object, was " + v);
                }
            }
            case SECONDS, NON_NEGATIVE_INT -> {
                if (expression) {
                    JsonataExpression.parse(v.textValue());
                    return;
                }
                wholeNumber(stateName, name, v, 0, MAX_SECONDS, language);
            }
            case PERCENT -> {
                if (expression) {
                    return;
                }
                if (!v.isNumber() || v.decimalValue().signum() < 0 || v.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new TaskValidationException(v.isNumber() ? ErrorCode.OUT_OF_RANGE : ErrorCode.INVALID_STATE,
                            stateName, name, "must be a number from 0 to 100, was " + shown(v));
                }
            }
            case TIMESTAMP -> {
                if (expression) {
                    return;
                }
                if (!v.isTextual()) {
                    fail(stateName, name, "must be an ISO-8601 timestamp string, was " + v);
                }
                try {
                    OffsetDateTime.parse(v.textValue());
                } catch (DateTimeParseException e) {
                    fail(stateName, name, "must be an ISO-8601 timestamp with an offset (2026-11-26T12:00:00Z), was \""
                            + v.textValue() + "\"");
                }
            }
            case LITERAL -> { }
            case ANY_OBJECT -> {
                if (!v.isObject() && !expression) {
                    fail(stateName, name, "must be an object, was " + v);
                }
                if (v.isObject()) {
                    nestedNumbers(stateName, name, v, language);
                }
            }
            default -> { }
        }
    }

    /** The Seconds, MaxConcurrency and ToleratedFailureCount bound (the service's largest seconds value). */
    private static final long MAX_SECONDS = 99_999_999L;

    /**
     * Numeric members of ItemBatcher and ItemReader, with their bounds from the Step Functions developer guide:
     * "ItemBatcher (Map)" (input-output-itembatcher.html: MaxItemsPerBatch a positive integer, MaxInputBytesPerBatch
     * at most 256 KiB) and "ItemReader (Map)" (input-output-itemreader.html: ReaderConfig.MaxItems at most
     * 100,000,000).
     */
    private static final Map<String, long[]> NESTED_BOUNDS = Map.of(
            "ItemBatcher.MaxItemsPerBatch", new long[] {1, Integer.MAX_VALUE},
            "ItemBatcher.MaxInputBytesPerBatch", new long[] {1, 262_144},
            "ItemReader.ReaderConfig.MaxItems", new long[] {1, 100_000_000});

    private static void nestedNumbers(String stateName, String field, JsonNode v, QueryLanguage language) {
        List<TaskValidationException> found = new ArrayList<>();
        for (Map.Entry<String, long[]> b : NESTED_BOUNDS.entrySet()) {
            if (!b.getKey().startsWith(field + ".")) {
                continue;
            }
            JsonNode n = v;
            for (String part : b.getKey().substring(field.length() + 1).split("\\.")) {
                n = n == null ? null : n.get(part);
            }
            if (n != null && !(language == QueryLanguage.JSONATA && n.isTextual() && JsonataExpression.isExpression(n.textValue()))) {
                try {
                    wholeNumber(stateName, b.getKey(), n, b.getValue()[0], b.getValue()[1], language);
                } catch (TaskValidationException e) {
                    found.add(e);
                }
            }
        }
        if (!found.isEmpty()) {
            throw TaskValidationException.of(found);
        }
    }

    private static void wholeNumber(String stateName, String field, JsonNode v, long min, long max, QueryLanguage language) {
        String problem = wholeNumberProblem(v, min, max, language == QueryLanguage.JSONATA);
        if (problem != null) {
            throw new TaskValidationException(v.isNumber() ? ErrorCode.OUT_OF_RANGE : ErrorCode.INVALID_STATE,
                    stateName, field, problem);
        }
    }

    private static void fail(String stateName, String field, String detail) {
        throw new TaskValidationException(ErrorCode.INVALID_STATE, stateName, field, detail);
    }
}
