package io.github.sfntasks.conformance.internal;

import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.ObjectValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The common state options of a generated request (comment, paths, result selector, timeouts, retry, catch,
 * credentials, JSONata output and assign), each present now and then, all valid for the state's language. They
 * are not part of a provider's schema, but a provider's task renders them and grants for {@code Credentials}.
 */
public final class OptionsArbitraries {

    /** The role ARN that literal credentials name. */
    public static final String ROLE_ARN = "arn:aws:iam::210987654321:role/StepFunctionsTarget";

    private OptionsArbitraries() {
    }

    private static Arbitrary<Consumer<StateOptions.Builder>> sometimes(double p, Arbitrary<Consumer<StateOptions.Builder>> a) {
        return a.injectNull(1 - p);
    }

    /**
     * @param language the state's query language
     * @param withCatch whether a catcher (to a state named {@code Recover}) may be added
     * @return options for a state of that language
     */
    public static Arbitrary<StateOptions> of(QueryLanguage language, boolean withCatch) {
        return of(language, withCatch, false);
    }

    /**
     * @param language the state's query language
     * @param withCatch whether a catcher (to a state named {@code Recover}) may be added
     * @param pass whether the provider renders a Pass state: then only what a Pass state has (comment and the
     *             three paths), and no own query language (such a provider picks its own)
     * @return options for a state of that language
     */
    public static Arbitrary<StateOptions> of(QueryLanguage language, boolean withCatch, boolean pass) {
        boolean jsonPath = language == QueryLanguage.JSONPATH;
        if (pass) {
            List<Arbitrary<Consumer<StateOptions.Builder>>> parts = new ArrayList<>();
            parts.add(sometimes(0.25, Arbitraries.strings().withChars("abcdefghij KLMNOP 0123456789.,'\"\u00e9\u65e5")
                    .ofMinLength(1).ofMaxLength(30).map(c -> b -> b.comment(c))));
            if (jsonPath) {
                parts.add(sometimes(0.15, DynamicValues.referencePaths().map(p -> b -> b.inputPath(p))));
                parts.add(sometimes(0.15, DynamicValues.referencePaths().map(p -> b -> b.outputPath(p))));
                parts.add(sometimes(0.2, Arbitraries.oneOf(
                        DynamicValues.referencePaths().map(p -> (Consumer<StateOptions.Builder>) b -> b.resultPath(p)),
                        Arbitraries.just(b -> b.resultPath(JsonPath.DISCARD)))));
            }
            return build(parts);
        }
        List<Arbitrary<Consumer<StateOptions.Builder>>> parts = new ArrayList<>();
        parts.add(sometimes(0.3, Arbitraries.just(b -> b.queryLanguage(language))));
        parts.add(sometimes(0.25, Arbitraries.strings().withChars("abcdefghij KLMNOP 0123456789.,'\"\u00e9\u65e5")
                .ofMinLength(1).ofMaxLength(30).map(c -> b -> b.comment(c))));
        if (jsonPath) {
            parts.add(sometimes(0.15, DynamicValues.paths().filter(p -> !p.contains("length()"))
                    .map(p -> b -> b.inputPath(p))));
            parts.add(sometimes(0.15, DynamicValues.paths().filter(p -> !p.contains("length()"))
                    .map(p -> b -> b.outputPath(p))));
            parts.add(sometimes(0.2, Arbitraries.oneOf(
                    DynamicValues.referencePaths().map(p -> (Consumer<StateOptions.Builder>) b -> b.resultPath(p)),
                    Arbitraries.just(b -> b.resultPath(JsonPath.DISCARD)))));
            parts.add(sometimes(0.1, DynamicValues.paths().filter(p -> !p.startsWith("$$") || p.length() > 2)
                    .map(p -> b -> b.resultSelector(ObjectValue.builder().put("value", JsonPath.of(p)).put("kind", "result").build()))));
        } else {
            parts.add(sometimes(0.15, Arbitraries.of("{% $states.result %}", "{% $states.result.Payload %}",
                    "{% {\"input\": $states.input, \"result\": $states.result} %}")
                    .map(e -> b -> b.output(JsonataExpression.parse(e)))));
            parts.add(sometimes(0.1, Arbitraries.just(
                    b -> b.assign(ObjectValue.builder().put("last", JsonataExpression.parse("{% $states.result %}")).build()))));
        }
        parts.add(sometimes(0.2, Combinators.combine(Arbitraries.integers().between(2, 3600), Arbitraries.of(true, false))
                .as((t, hb) -> b -> {
                    b.timeoutSeconds(t);
                    if (hb) {
                        b.heartbeatSeconds(Math.max(1, t / 2));
                    }
                })));
        Arbitrary<Retrier> retrier = Combinators.combine(
                Arbitraries.of(List.of("States.TaskFailed"), List.of("States.Timeout", "Custom.Error"), List.of("States.ALL")),
                Arbitraries.integers().between(1, 10), Arbitraries.integers().between(0, 5),
                Arbitraries.of(1.0, 1.5, 2.0, 3.0))
                .as((errors, interval, attempts, backoff) -> Retrier.builder().errors(errors).intervalSeconds(interval)
                        .maxAttempts(attempts).backoffRate(backoff).build());
        parts.add(sometimes(0.2, retrier.map(r -> b -> b.addRetry(r))));
        if (withCatch) {
            parts.add(sometimes(0.1, Arbitraries.just(b -> b.addCatch(Catcher.of("Recover", "States.ALL")))));
        }
        parts.add(sometimes(0.1, jsonPath
                ? Arbitraries.oneOf(Arbitraries.just(b -> b.credentialsRoleArn(ROLE_ARN)),
                        Arbitraries.just(b -> b.credentials(JsonPath.of("$.roleArn"))))
                : Arbitraries.oneOf(Arbitraries.just(b -> b.credentialsRoleArn(ROLE_ARN)),
                        Arbitraries.just(b -> b.credentials(JsonataExpression.parse("{% $states.input.roleArn %}"))))));
        return build(parts);
    }

    private static Arbitrary<StateOptions> build(List<Arbitrary<Consumer<StateOptions.Builder>>> parts) {
        return Combinators.combine(parts).as(list -> {
            StateOptions.Builder b = StateOptions.builder();
            for (Consumer<StateOptions.Builder> c : list) {
                if (c != null) {
                    c.accept(b);
                }
            }
            return b.build();
        });
    }
}
