package io.github.sfntasks.conformance.contrib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.conformance.generation.GenerationContext;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.Optional;

/**
 * What the schemas of the two EvaluateExpression providers cannot say: which strings are expressions. Their
 * {@code expression} is "JavaScript over state paths" ({@code pattern: \S} and three examples); this generates
 * expressions of paths ({@code $.a}), literals, arithmetic, comparisons, logic and {@code ?:}, nested two deep.
 */
public abstract class EvaluateExpressionArbitraries implements ProviderArbitraries {

    private final String typeId;

    /** @param typeId the provider this is for */
    protected EvaluateExpressionArbitraries(String typeId) {
        this.typeId = typeId;
    }

    @Override
    public String typeId() {
        return typeId;
    }

    /** @return JavaScript expressions of the subset both providers take */
    public static Arbitrary<String> expressions() {
        Arbitrary<String> path = Arbitraries.of("$.a", "$.b", "$.waitMilliseconds", "$.count", "$.name",
                "$.items.length", "$.order.total", "$.items[0]");
        Arbitrary<String> literal = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 1000).map(String::valueOf),
                Arbitraries.of("'some'", "'none'", "\"text\"", "true", "false", "null", "1.5"));
        Arbitrary<String> atom = Arbitraries.frequencyOf(Tuple.of(3, path), Tuple.of(2, literal));
        Arbitrary<String> operator = Arbitraries.of(" + ", " - ", " * ", " / ", " % ", " > ", " < ", " >= ", " <= ",
                " === ", " !== ", " && ", " || ");
        Arbitrary<String> binary = Combinators.combine(atom, operator, atom).as((a, op, b) -> a + op + b);
        Arbitrary<String> conditional = Combinators.combine(binary, atom, atom).as((c, a, b) -> c + " ? " + a + " : " + b);
        return Arbitraries.frequencyOf(
                Tuple.of(2, atom),
                Tuple.of(4, binary),
                Tuple.of(1, binary.map(b -> "(" + b + ")")),
                Tuple.of(1, atom.map(a -> "!" + a)),
                Tuple.of(2, conditional));
    }

    @Override
    public Optional<Arbitrary<? extends JsonNode>> property(String name, GenerationContext context) {
        return name.equals("expression") ? Optional.of(expressions().map(TextNode::valueOf)) : Optional.empty();
    }

    /** For {@code lambda:evaluateExpression}. */
    public static final class Lambda extends EvaluateExpressionArbitraries {
        /** For ServiceLoader. */
        public Lambda() {
            super("lambda:evaluateExpression");
        }
    }

    /** For {@code jsonata:evaluateExpression}. */
    public static final class Inline extends EvaluateExpressionArbitraries {
        /** For ServiceLoader. */
        public Inline() {
            super("jsonata:evaluateExpression");
        }
    }
}
