package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * A Choice state: goes to the state of the first rule whose condition holds, else to the default.
 *
 * <pre>{@code
 * ChoiceState complete = ChoiceState.of("Job complete?")
 *     .when(Condition.stringEquals("$.status", "FAILED"), FailState.of("Job failed"))
 *     .when(Condition.stringEquals("$.status", "SUCCEEDED"), getStatus)
 *     .otherwise(WaitState.of("Wait 30s", 30));
 * ChoiceState jsonata = ChoiceState.builder("Big order?").queryLanguage(QueryLanguage.JSONATA).build()
 *     .when(Condition.jsonata("{% $states.input.total > 100 %}"), SucceedState.of("Big"))
 *     .otherwise(SucceedState.of("Small"));
 * }</pre>
 *
 * <p>The builder sets the state's own fields (comment, query language, paths, Assign); rules and the
 * default are transitions, added to the built state.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class ChoiceState extends State {

    private record Rule(Condition condition, State next, ObjectNode extras) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private State otherwise;

    ChoiceState(String name, Fields fields) {
        super(name, fields);
    }

    /**
     * @param name the state's name
     * @return a builder of the state's fields; add rules to the built state with {@link #when}
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @param name the state's name @return a Choice state with no rule yet: {@code builder(name).build()} */
    public static ChoiceState of(String name) {
        return builder(name).build();
    }

    /**
     * Adds a rule.
     *
     * @param condition the condition
     * @param next the state (or chain) to go to
     * @return this state
     */
    public ChoiceState when(Condition condition, Chainable next) {
        rules.add(new Rule(condition, Chain.startOf(next), JsonNodeFactory.instance.objectNode()));
        return this;
    }

    /**
     * Adds a rule that goes to a task.
     *
     * @param condition the condition
     * @param next the task to go to (wrapped with {@link TaskState#of})
     * @return this state
     */
    public ChoiceState when(Condition condition, Task next) {
        return when(condition, TaskState.of(next));
    }

    /**
     * Adds a rule that also assigns variables.
     *
     * @param condition the condition
     * @param next the state to go to
     * @param assign variables to assign when the rule matches
     * @return this state
     */
    public ChoiceState when(Condition condition, Chainable next, ObjectValue assign) {
        ObjectNode extras = JsonNodeFactory.instance.objectNode();
        QueryLanguage l = condition.isJsonata() ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH;
        Values.check(assign, l, "Assign");
        extras.set("Assign", Values.toJson(assign, l));
        rules.add(new Rule(condition, Chain.startOf(next), extras));
        return this;
    }

    /**
     * Adds a rule that goes to a task and assigns variables.
     *
     * @param condition the condition
     * @param next the task to go to (wrapped with {@link TaskState#of})
     * @param assign variables to assign when the rule matches
     * @return this state
     */
    public ChoiceState when(Condition condition, Task next, ObjectValue assign) {
        return when(condition, TaskState.of(next), assign);
    }

    void addRule(Condition condition, State next, ObjectNode extras) {
        rules.add(new Rule(condition, next, extras));
    }

    /**
     * Sets the default: where to go when no rule matches.
     *
     * @param next the default state (or chain)
     * @return this state
     */
    public ChoiceState otherwise(Chainable next) {
        this.otherwise = Chain.startOf(next);
        return this;
    }

    /**
     * Sets the default to a task.
     *
     * @param next the default task (wrapped with {@link TaskState#of})
     * @return this state
     */
    public ChoiceState otherwise(Task next) {
        return otherwise(TaskState.of(next));
    }

    /**
     * A chain that continues after this Choice: every rule's branch that ends gets the next state
     * given to the chain. Use when all branches meet again.
     *
     * @return a chain whose open ends are the open ends of each branch
     */
    public Chain afterwards() {
        List<NextState> ends = new ArrayList<>();
        for (Rule r : rules) {
            collectEnds(r.next(), ends, new ArrayList<>());
        }
        if (otherwise != null) {
            collectEnds(otherwise, ends, new ArrayList<>());
        }
        Chain c = Chain.start(this);
        return c.withEnds(ends);
    }

    private static void collectEnds(State s, List<NextState> ends, List<State> seen) {
        if (seen.contains(s)) {
            return;
        }
        seen.add(s);
        if (s instanceof NextState n && n.nextState() == null) {
            if (!ends.contains(n)) {
                ends.add(n);
            }
        } else if (s instanceof NextState n) {
            collectEnds(n.nextState(), ends, seen);
        }
    }

    @Override
    public String type() {
        return "Choice";
    }

    @Override
    List<State> transitions() {
        List<State> out = new ArrayList<>();
        rules.forEach(r -> out.add(r.next()));
        if (otherwise != null) {
            out.add(otherwise);
        }
        return out;
    }

    void checkFields(QueryLanguage language) {
        fields.check(type(), language, name());
    }

    @Override
    void check(QueryLanguage language) {
        fields.check(type(), language, name());
        if (rules.isEmpty()) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE, name(), "Choices",
                    "a Choice state needs at least one rule");
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (r.condition().isJsonata() != (language == QueryLanguage.JSONATA)) {
                throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, name(), "Choices[" + i + "]",
                        (r.condition().isJsonata() ? "a JSONata condition" : "a JSONPath comparison")
                                + " in a " + language.aslName() + " Choice state");
            }
            JsonNode assign = r.extras().get("Assign");
            if (assign != null) {
                Value v = Values.fromJson(assign, language, "Choices[" + i + "].Assign");
                Values.check(v, language, "Choices[" + i + "].Assign");
            }
        }
    }

    @Override
    ObjectNode render(RenderContext context, QueryLanguage machineLanguage) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        fields.writeHeader(s, type(), machineLanguage);
        ArrayNode choices = s.putArray("Choices");
        for (Rule r : rules) {
            ObjectNode rule = r.condition().toJson();
            rule.put("Next", r.next().name());
            rule.setAll(r.extras().deepCopy());
            choices.add(rule);
        }
        if (otherwise != null) {
            s.put("Default", otherwise.name());
        }
        return s;
    }

    /** Builds a {@link ChoiceState}'s own fields: comment, query language, InputPath/OutputPath or Output, Assign. */
    public static final class Builder extends AssigningBuilder<Builder> {

        private Builder(String name) {
            super(name);
        }

        /** @return the state, with no rule yet */
        public ChoiceState build() {
            return new ChoiceState(name, copyFields());
        }
    }
}
