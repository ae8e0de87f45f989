package io.github.sfntasks.core.workflow;

import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.StateMachine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 17's fuzz run: hostile generated documents (random text and bytes, deep nesting, huge numbers, nested
 * intrinsic functions, control characters, YAML aliases and merge keys, and valid workflows mutated at random) go
 * through the reader, then validation and rendering. The only outcomes allowed are a machine and its rendering, or
 * one of the documented exceptions ({@link WorkflowException}, {@code TaskValidationException}, or another
 * {@link SfnTasksException}) whose message prints no raw control character. Anything else (a
 * NullPointerException, a StackOverflowError, an UncheckedIOException...) fails the property.
 *
 * <p>The default build runs {@code jqwik.tries.default} tries (200, in {@code junit-platform.properties}); the
 * {@code fuzz} profile runs 10,000: {@code mvn -Pfuzz -pl sfn-tasks-core test -Dtest=WorkflowFuzzTest}.
 */
class WorkflowFuzzTest {

    private static final WorkflowReader READER = new WorkflowReader(TaskRegistry.load());
    private static final List<RenderContext> CONTEXTS = List.of(RenderContext.cloudFormation(),
            RenderContext.of("aws", "us-east-1", "123456789012"));

    /** Valid workflows of several shapes, JSON and YAML, that the mutations start from. */
    private static final List<Doc> VALID = List.of(
            new Doc("order.json", """
                    {"Comment": "Order pipeline", "StartAt": "Validate", "States": {
                      "Validate": {"Type": "Task", "Provider": "lambda:invoke",
                        "Properties": {"lambdaFunction": "arn:aws:lambda:us-east-1:123456789012:function:validate",
                                       "payload.$": "$.order"}, "ResultPath": "$.validation", "Next": "Valid?"},
                      "Valid?": {"Type": "Choice", "Choices": [
                        {"And": [{"Variable": "$.validation.Payload.ok", "BooleanEquals": true},
                                 {"Not": {"Variable": "$.n", "NumericGreaterThan": 10}}], "Next": "Wait a bit"}],
                        "Default": "Rejected"},
                      "Wait a bit": {"Type": "Wait", "Seconds": 5, "Next": "Charge"},
                      "Charge": {"Type": "Task", "Provider": "lambda:invoke",
                        "Properties": {"lambdaFunction": "charge", "payload": {"id.$": "States.Format('{}', $.id)"}},
                        "Retry": [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 2, "BackoffRate": 2.0}],
                        "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Rejected"}],
                        "End": true},
                      "Rejected": {"Type": "Fail", "Error": "OrderRejected", "Cause": "validation failed"}}}
                    """),
            new Doc("fan-out.yaml", """
                    StartAt: Fan
                    States:
                      Fan:
                        Type: Parallel
                        Branches:
                          - StartAt: A
                            States:
                              A: {Type: Pass, Parameters: {"x.$": "States.Array($.a, States.MathAdd($.b, 1))"}, End: true}
                          - StartAt: Each
                            States:
                              Each:
                                Type: Map
                                ItemsPath: $.items
                                ItemProcessor:
                                  StartAt: Call
                                  States:
                                    Call:
                                      Type: Task
                                      Provider: lambda:invoke
                                      Properties: {lambdaFunction: worker, payload.$: $}
                                      Retry: &retry [{ErrorEquals: [States.ALL], MaxAttempts: 3}]
                                      End: true
                                End: true
                        Retry: *retry
                        Next: Done
                      Done: {Type: Succeed}
                    """),
            new Doc("jsonata.yaml", """
                    QueryLanguage: JSONata
                    StartAt: Go
                    States:
                      Go:
                        Type: Task
                        Provider: lambda:invoke
                        Properties: {lambdaFunction: go, payload: "{% $states.input %}"}
                        Output: "{% $states.result.Payload %}"
                        Next: Check
                      Check:
                        Type: Choice
                        Choices: [{Condition: "{% $states.input.ok %}", Next: Done}]
                        Default: Done
                      Done: {Type: Succeed}
                    """));

    /** Pieces that hostile edits insert: structure, YAML features, escapes, calls, numbers. */
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ":", ",", "\n", "\t", " ", "*a",
            "&a ", "<<: ", "<<: *a", "---\n", "...\n", "#", "\u001b[2J", "\u009b", "\u202e", "\u0000", "\uFEFF",
            "\uD800", "States.Array(", "States.Format('{}', ", ")", "$.", "$$.", "$[", "{%", "%}", ".$", "1e999999",
            "-0", "18446744073709551616", "99999999999999999999999999999999", "null", "true", "!!binary ", "!!set",
            "? ", "- ", "'", "\\", "\\u0000", "Type", "Next", "End", "Parallel", "Map", "Choice", "Provider",
            "lambda:invoke", "arn:aws:lambda:*:123456789012:function:f", "${AWS::Region}", "${Token[X.1]}");

    // No edge cases: the generators' own (empty strings, zero depth...) are a few of thousands of hostile shapes, and
    // with them jqwik logs that they outnumber the default build's tries.
    @Property(edgeCases = EdgeCasesMode.NONE)
    void readingValidatingAndRenderingThrowsOnlyDocumentedExceptions(@ForAll("hostileDocuments") Doc doc) {
        try {
            StateMachine machine = READER.read(doc.name(), doc.text());
            for (RenderContext context : CONTEXTS) {
                StateMachine.Rendered r = machine.render(context);
                r.definitionJson();
                r.policyJson();
                r.warnings().forEach(WorkflowFuzzTest::assertPrintable);
            }
        } catch (SfnTasksException e) {
            // WorkflowException, TaskValidationException and the rest of the family: documented outcomes
            assertPrintable(e.getMessage().replace("\n", ""));
        }
    }

    private static void assertPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                fail("raw U+" + Integer.toHexString(c) + " in a message: " + s);
            }
        }
    }

    @Provide
    Arbitrary<Doc> hostileDocuments() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, mutatedValid()),
                Tuple.of(1, randomText()),
                Tuple.of(1, randomBytes()),
                Tuple.of(1, deepNesting()),
                Tuple.of(1, hugeNumbers()),
                Tuple.of(1, nestedIntrinsics()),
                Tuple.of(1, controlCharacterNames()),
                Tuple.of(2, yamlAliases()));
    }

    private static Arbitrary<String> names() {
        return Arbitraries.of("fuzz.json", "fuzz.yaml", "fuzz.yml", "fuzz");
    }

    private static Arbitrary<Doc> randomText() {
        return Combinators.combine(names(), Arbitraries.strings().all().ofMaxLength(400)).as(Doc::new);
    }

    private static Arbitrary<Doc> randomBytes() {
        return Combinators.combine(names(), Arbitraries.bytes().array(byte[].class).ofMaxSize(400))
                .as((n, b) -> new Doc(n, new String(b, StandardCharsets.UTF_8)));
    }

    private static Arbitrary<Doc> deepNesting() {
        Arbitrary<String> open = Arbitraries.of("[", "{\"a\":", "{\"Not\":", "[{\"b\":[");
        return Combinators.combine(names(), open, Arbitraries.integers().between(1, 5_000), Arbitraries.of(true, false))
                .as((n, o, depth, closed) -> {
                    String close = o.equals("[") ? "]" : o.equals("[{\"b\":[") ? "]}]" : "}";
                    String value = o.repeat(depth) + "1" + (closed ? close.repeat(depth) : "");
                    return new Doc(n, "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true,"
                            + " \"Parameters\": {\"v\": " + value + "}}}}");
                });
    }

    private static Arbitrary<Doc> hugeNumbers() {
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3_000).map(s -> s.replaceFirst("^0+(?=.)", "")),
                Arbitraries.of("1e999999999", "-1e-999999999", "1.0000000000000000000000001", "-0", "NaN",
                        "18446744073709551616", "9223372036854775808", "-9223372036854775809", "0.5", "1e2"));
        Arbitrary<String> field = Arbitraries.of("Seconds", "TimeoutSeconds", "HeartbeatSeconds", "MaxAttempts",
                "IntervalSeconds", "BackoffRate", "MaxDelaySeconds", "MaxConcurrency", "ToleratedFailurePercentage");
        return Combinators.combine(number, field).as((num, f) -> new Doc("n.json",
                "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Provider\": \"lambda:invoke\","
                        + " \"Properties\": {\"lambdaFunction\": \"f\"}, \"" + f + "\": " + num + ","
                        + " \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"" + f + "\": " + num + "}], \"Next\": \"W\"},"
                        + " \"W\": {\"Type\": \"Wait\", \"" + f + "\": " + num + ", \"End\": true}}}"));
    }

    private static Arbitrary<Doc> nestedIntrinsics() {
        Arbitrary<String> fn = Arbitraries.of("States.Array(", "States.Format('{}', ", "States.JsonToString(",
                "States.MathAdd(1, ", "States.ArrayLength(", "States.Nope(", "(", "States.Array(States.Array(");
        return Combinators.combine(fn, Arbitraries.integers().between(1, 3_000), Arbitraries.of(true, false))
                .as((f, depth, closed) -> new Doc("i.json",
                        "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true, \"Parameters\":"
                                + " {\"v.$\": \"" + f.repeat(depth) + "$.x" + (closed ? ")".repeat(depth) : "")
                                + "\"}}}}"));
    }

    private static Arbitrary<Doc> controlCharacterNames() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('\u0000', '\u00a0').withChars("\u202e\u2066\u2028")
                .ofMinLength(1).ofMaxLength(30);
        return Combinators.combine(name, name).as((a, b) -> new Doc("c.json",
                "{\"StartAt\": " + json(a) + ", \"States\": {" + json(a) + ": {\"Type\": \"Pass\", \"Next\": " + json(b)
                        + ", \"Comment\": " + json(b) + "}}}"));
    }

    private static Arbitrary<Doc> yamlAliases() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 20),
                Arbitraries.of("seq", "map", "merge", "self", "undefined")).as((levels, fanOut, shape) -> {
                    StringBuilder sb = new StringBuilder("StartAt: P\nStates:\n  P:\n    Type: Pass\n    End: true\n"
                            + "    Result:\n      a0: &a0 {k: v}\n");
                    for (int i = 1; i <= levels; i++) {
                        String ref = shape.equals("self") && i == levels ? "*a" + i : "*a" + (i - 1);
                        String refs = String.join(", ", java.util.Collections.nCopies(fanOut, ref));
                        switch (shape) {
                            case "map" -> {
                                StringBuilder m = new StringBuilder();
                                for (int k = 0; k < fanOut; k++) {
                                    m.append(k == 0 ? "" : ", ").append("k").append(k).append(": ").append(ref);
                                }
                                sb.append("      a").append(i).append(": &a").append(i).append(" {").append(m).append("}\n");
                            }
                            case "merge" -> sb.append("      a").append(i).append(": &a").append(i).append(" {<<: [")
                                    .append(refs).append("], own").append(i).append(": ").append(ref).append("}\n");
                            case "undefined" -> sb.append("      a").append(i).append(": [*missing").append(i).append("]\n");
                            default -> sb.append("      a").append(i).append(": &a").append(i).append(" [").append(refs)
                                    .append("]\n");
                        }
                    }
                    return new Doc("a.yaml", sb.toString());
                });
    }

    private static Arbitrary<Doc> mutatedValid() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 60),
                Arbitraries.oneOf(Arbitraries.of(TOKENS), Arbitraries.strings().all().ofMaxLength(8))).as(Edit::new);
        return Combinators.combine(Arbitraries.of(VALID), edit.list().ofMinSize(1).ofMaxSize(6))
                .as((doc, edits) -> {
                    String t = doc.text();
                    for (Edit e : edits) {
                        t = e.apply(t);
                    }
                    return new Doc(doc.name(), t);
                });
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** A document and the name it is read under (its ending chooses JSON or YAML). */
    record Doc(String name, String text) {
        @Override
        public String toString() {
            return name + " (" + text.length() + " chars): " + (text.length() > 600 ? text.substring(0, 600) + "..." : text);
        }
    }

    /** One edit: 0 insert, 1 delete, 2 duplicate, 3 replace; at a relative position, over a length, with a piece. */
    record Edit(int kind, double where, int length, String piece) {
        String apply(String t) {
            int at = (int) (where * t.length());
            int end = Math.min(t.length(), at + length);
            return switch (kind) {
                case 0 -> t.substring(0, at) + piece + t.substring(at);
                case 1 -> t.substring(0, at) + t.substring(end);
                case 2 -> t.substring(0, end) + t.substring(at, end) + t.substring(end);
                default -> t.substring(0, at) + piece + t.substring(end);
            };
        }
    }
}
