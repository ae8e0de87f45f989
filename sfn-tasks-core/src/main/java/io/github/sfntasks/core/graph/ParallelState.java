package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.Errors;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * A Parallel state: runs its branches at once and goes on with the array of their outputs.
 *
 * <pre>{@code
 * ParallelState both = ParallelState.builder("Both")
 *     .branch(Chain.start(taskA))
 *     .branch(Chain.start(taskB).next(taskC))
 *     .resultPath("$.results")
 *     .build()
 *     .addCatch(FailState.of("Failed"), Errors.ALL);
 * ParallelState fanOut = ParallelState.of("Fan out", taskA, taskB);
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class ParallelState extends ScopedState<ParallelState> {

    private final List<Scope> branches;

    ParallelState(String name, Fields fields, List<Scope> branches) {
        super(name, fields);
        this.branches = List.copyOf(branches);
    }

    /** @param name the state's name @return a builder */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * @param name the state's name
     * @param first the first branch
     * @param more further branches
     * @return {@code builder(name).branch(first).branch(...).build()}
     */
    public static ParallelState of(String name, Chainable first, Chainable... more) {
        Builder b = builder(name).branch(first);
        for (Chainable branch : more) {
            b.branch(branch);
        }
        return b.build();
    }

    /**
     * @param name the state's name
     * @param first the first branch's task (wrapped with {@link TaskState#of})
     * @param more further branches of one task each
     * @return {@code builder(name).branch(first).branch(...).build()}
     */
    public static ParallelState of(String name, io.github.sfntasks.api.spi.Task first,
                                   io.github.sfntasks.api.spi.Task... more) {
        Builder b = builder(name).branch(first);
        for (io.github.sfntasks.api.spi.Task branch : more) {
            b.branch(branch);
        }
        return b.build();
    }

    @Override
    public String type() {
        return "Parallel";
    }

    @Override
    List<Scope> scopes() {
        return branches;
    }

    @Override
    void check(QueryLanguage language) {
        super.check(language);
        if (branches.isEmpty()) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE, name(), "Branches",
                    "a Parallel state needs at least one branch");
        }
    }

    @Override
    ObjectNode render(RenderContext context, QueryLanguage machineLanguage) {
        throw new UnsupportedOperationException("rendered by StateMachine");
    }

    ObjectNode render(QueryLanguage machineLanguage, List<ObjectNode> renderedBranches) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        fields.writeHeader(s, type(), machineLanguage);
        ArrayNode b = s.putArray("Branches");
        renderedBranches.forEach(b::add);
        writeTail(s, machineLanguage);
        return s;
    }

    /** Builds a {@link ParallelState}. */
    public static final class Builder extends ResultBuilder<Builder> {
        private final List<Scope> branches = new ArrayList<>();

        private Builder(String name) {
            super(name);
        }

        /** @param branch a branch, appended: a state or a chain @return this builder */
        public Builder branch(Chainable branch) {
            branches.add(new Scope(Chain.startOf(branch), List.of()));
            return this;
        }

        /** @param branch a branch of one task, appended (wrapped with {@link TaskState#of}) @return this builder */
        public Builder branch(io.github.sfntasks.api.spi.Task branch) {
            return branch(TaskState.of(branch));
        }

        /** @param parameters Parameters (JSONPath) @return this builder */
        public Builder parameters(Object parameters) {
            return value("Parameters", parameters);
        }

        /** @param arguments Arguments (JSONata) @return this builder */
        public Builder arguments(Object arguments) {
            return value("Arguments", arguments);
        }

        /** @param selector ResultSelector @return this builder */
        public Builder resultSelector(Object selector) {
            return value("ResultSelector", selector);
        }

        /** @return the state */
        public ParallelState build() {
            return new ParallelState(name, copyFields(), branches);
        }
    }
}
