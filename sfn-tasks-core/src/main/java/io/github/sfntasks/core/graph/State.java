package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;

import java.util.List;

/**
 * A state of a state machine. States are nodes of a graph: they hold references to the states they
 * go to, set with {@link Chain} or the state's own methods ({@code next}, {@code when},
 * {@code addCatch}...). A graph is built on one thread; once a {@link StateMachine} is built from it,
 * rendering is read-only and thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public abstract sealed class State implements Chainable
        permits NextState, ChoiceState, SucceedState, FailState {

    /** The longest state name ASL allows, in characters. */
    public static final int MAX_NAME_LENGTH = 80;

    private final String name;
    final Fields fields;

    State(String name, Fields fields) {
        this.name = checkName(name);
        this.fields = fields;
    }

    static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE_NAME, null, null, "a state needs a non-empty name");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE_NAME, name, null,
                    "a state name has at most " + MAX_NAME_LENGTH + " characters, this one has "
                            + name.codePointCount(0, name.length()));
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                throw new TaskValidationException(ErrorCode.INVALID_STATE_NAME, name, null,
                        "a state name cannot hold control characters (U+" + String.format("%04X", (int) c) + ")");
            }
        }
        return name;
    }

    /** @return the state's name, unique in its state machine */
    public final String name() {
        return name;
    }

    /** @return this state: a transition to a state enters it */
    @Override
    public final State startState() {
        return this;
    }

    /** @return the ASL type: Task, Pass, Wait, Choice, Parallel, Map, Succeed or Fail */
    public abstract String type();

    /** @return the query language set on this state, or {@code null} (inherited) */
    QueryLanguage ownQueryLanguage() {
        return fields.queryLanguage();
    }

    /** @return the states this one can go to in its own scope (next, choices, default, catch targets) */
    List<State> transitions() {
        return List.of();
    }

    /** @return nested scopes (Parallel branches, Map item processor); empty for most states */
    List<Scope> scopes() {
        return List.of();
    }

    /**
     * Checks the state's fields against its effective language; states with structure check more.
     *
     * @param language the effective language
     */
    void check(QueryLanguage language) {
        fields.check(type(), language, name());
    }

    /**
     * @param context ARNs
     * @param machineLanguage the machine's language (a state whose own differs writes it)
     * @return the ASL state with its transitions: Type, QueryLanguage, the fields, then the transitions
     */
    ObjectNode render(RenderContext context, QueryLanguage machineLanguage) {
        ObjectNode s = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        fields.writeHeader(s, type(), machineLanguage);
        writeTransitions(s);
        return s;
    }

    /** @param state the rendered state, to add transitions to (none by default) */
    void writeTransitions(ObjectNode state) {
    }

    /** @param context ARNs @return the grants of this state itself (not of nested scopes) */
    List<PolicyStatement> policyStatements(RenderContext context) {
        return List.of();
    }

    /** @return warnings about this state (for example a raw Resource without derived grants) */
    List<String> warnings() {
        return List.of();
    }

    /**
     * @param context the render context (a grant may widen only for some contexts)
     * @return warnings about this state for that context: {@link #warnings()} and those its task reports
     */
    List<String> warnings(RenderContext context) {
        return warnings();
    }

    @Override
    public String toString() {
        return type() + "[" + name + "]";
    }
}
