package io.github.sfntasks.api.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.state.StateOptions;

import java.util.List;

/**
 * A validated state made by a provider (almost always a Task state): it renders its ASL (everything but {@code Next}/{@code End}, which the
 * state-machine graph owns) and the IAM statements the state machine's role needs for it.
 *
 * <p>Tasks are immutable and thread-safe; rendering the same task with the same context gives
 * byte-identical JSON. Provider tasks usually extend {@link io.github.sfntasks.api.support.ServiceTask},
 * which implements the shared shape.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public interface Task {

    /** @return the state's name */
    String stateName();

    /** @return the provider type id, such as {@code lambda:invoke} */
    String typeId();

    /** @return the integration pattern */
    IntegrationPattern integrationPattern();

    /** @return the state's effective query language (its own, or the machine's it was built for) */
    QueryLanguage queryLanguage();

    /** @return the common state options */
    StateOptions options();

    /**
     * @param context partition, region and account for ARNs
     * @return the ASL state, without {@code Next}/{@code End}: a {@code Task} state, or, for a
     *         provider that compiles to one (an inline JSONata expression, say), a {@code Pass} state
     */
    ObjectNode toState(RenderContext context);

    /**
     * @param context partition, region and account for ARNs
     * @return the statements the role needs to run this state, least privilege
     */
    List<PolicyStatement> policyStatements(RenderContext context);

    /**
     * Non-fatal findings about this task: a deprecated property, a grant that had to be wider than a
     * literal resource because a value is known only at run time or only as a placeholder. The workflow
     * reader, the CLI's {@code validate} and {@code render} (on standard error) and Java callers see them;
     * they never fail a render.
     *
     * @param context the context the task is rendered for (a grant may widen only for some contexts)
     * @return the warnings, in a stable order; none by default
     */
    default List<TaskWarning> warnings(RenderContext context) {
        return List.of();
    }

    /**
     * @param options new common options
     * @return a copy of this task with those options, validated again
     * @throws TaskValidationException when they do not fit the task
     */
    Task withOptions(StateOptions options);
}
