package io.github.sfntasks.api.support;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.time.Duration;
import java.util.Map;

/**
 * The base of every task builder: the state name, the integration pattern, the query language and
 * the common state options, with the setters users know from the AWS CDK. A provider's builder adds
 * its own properties and implements {@link #newTask()}.
 *
 * <p>Setters that take a {@code String} path check it at once; everything else is checked in
 * {@link #build()}, which throws {@link TaskValidationException} naming the state and the property.
 *
 * @param <B> the concrete builder type
 * @param <T> the task type it builds
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public abstract class TaskBuilder<B extends TaskBuilder<B, T>, T extends Task> {

    String stateName;
    IntegrationPattern integrationPattern;
    QueryLanguage inheritedQueryLanguage;
    StateOptions.Builder options = StateOptions.builder();

    /** @param stateName the state's name */
    protected TaskBuilder(String stateName) {
        this.stateName = stateName;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Copies the common parts of {@code task} into this builder; for {@code toBuilder()} implementations.
     *
     * @param task the task to copy from
     * @return this builder
     */
    public final B copyCommon(ServiceTask task) {
        this.stateName = task.stateName();
        this.integrationPattern = task.integrationPattern();
        this.inheritedQueryLanguage = task.queryLanguage();
        this.options = task.options().toBuilder();
        return self();
    }

    /**
     * Applies a workflow file's pattern, query language and common options.
     *
     * @param request the request
     * @return this builder
     */
    public B apply(TaskRequest request) {
        this.stateName = request.stateName();
        this.integrationPattern = request.integrationPattern();
        this.inheritedQueryLanguage = request.queryLanguage();
        this.options = request.options().toBuilder();
        return self();
    }

    /** @return the integration pattern set explicitly, or {@code null} when left to the default */
    public final IntegrationPattern explicitIntegrationPattern() {
        return integrationPattern;
    }

    /** @param name the state's name @return this builder */
    public B stateName(String name) {
        this.stateName = name;
        return self();
    }

    /** @param pattern the integration pattern (default: request/response) @return this builder */
    public B integrationPattern(IntegrationPattern pattern) {
        this.integrationPattern = pattern;
        return self();
    }

    /** @param language the state's own query language (rendered as {@code QueryLanguage}) @return this builder */
    public B queryLanguage(QueryLanguage language) {
        options.queryLanguage(language);
        return self();
    }

    /**
     * The language of the state machine this task is built for: used when the state sets none,
     * and not rendered.
     *
     * @param language the machine's query language
     * @return this builder
     */
    public B inheritQueryLanguage(QueryLanguage language) {
        this.inheritedQueryLanguage = language;
        return self();
    }

    /** @param options all common options at once, replacing those set @return this builder */
    public B options(StateOptions options) {
        this.options = options.toBuilder();
        return self();
    }

    /** @param comment a comment @return this builder */
    public B comment(String comment) {
        options.comment(comment);
        return self();
    }

    /** @param path InputPath @return this builder */
    public B inputPath(String path) {
        try {
            options.inputPath(path);
        } catch (TaskValidationException e) {
            throw e.locate(stateName, null);
        }
        return self();
    }

    /** @param path InputPath, or {@link JsonPath#DISCARD} @return this builder */
    public B inputPath(JsonPath path) {
        options.inputPath(path);
        return self();
    }

    /** @param path OutputPath @return this builder */
    public B outputPath(String path) {
        try {
            options.outputPath(path);
        } catch (TaskValidationException e) {
            throw e.locate(stateName, null);
        }
        return self();
    }

    /** @param path OutputPath, or {@link JsonPath#DISCARD} @return this builder */
    public B outputPath(JsonPath path) {
        options.outputPath(path);
        return self();
    }

    /** @param path ResultPath, a reference path @return this builder */
    public B resultPath(String path) {
        try {
            options.resultPath(path);
        } catch (TaskValidationException e) {
            throw e.locate(stateName, null);
        }
        return self();
    }

    /** @param path ResultPath, a reference path or {@link JsonPath#DISCARD} @return this builder */
    public B resultPath(JsonPath path) {
        options.resultPath(path);
        return self();
    }

    /** @param selector ResultSelector; members may be paths @return this builder */
    public B resultSelector(Map<String, ?> selector) {
        options.resultSelector(selector == null ? null : ObjectValue.of(selector));
        return self();
    }

    /** @param selector ResultSelector @return this builder */
    public B resultSelector(ObjectValue selector) {
        options.resultSelector(selector);
        return self();
    }

    /** @param output Output (JSONata states) @return this builder */
    public B output(Value output) {
        options.output(output);
        return self();
    }

    /** @param assign variables to assign; members may be paths or expressions @return this builder */
    public B assign(Map<String, ?> assign) {
        options.assign(assign == null ? null : ObjectValue.of(assign));
        return self();
    }

    /** @param timeout TimeoutSeconds (whole seconds) @return this builder */
    public B timeout(Duration timeout) {
        options.timeout(timeout);
        return self();
    }

    /** @param path TimeoutSecondsPath, a reference path @return this builder */
    public B timeoutPath(String path) {
        options.timeout(JsonPath.reference(path));
        return self();
    }

    /** @param expression TimeoutSeconds as a JSONata expression @return this builder */
    public B timeout(JsonataExpression expression) {
        options.timeout(expression);
        return self();
    }

    /** @param heartbeat HeartbeatSeconds (whole seconds) @return this builder */
    public B heartbeat(Duration heartbeat) {
        options.heartbeat(heartbeat);
        return self();
    }

    /** @param path HeartbeatSecondsPath, a reference path @return this builder */
    public B heartbeatPath(String path) {
        options.heartbeat(JsonPath.reference(path));
        return self();
    }

    /** @param expression HeartbeatSeconds as a JSONata expression @return this builder */
    public B heartbeat(JsonataExpression expression) {
        options.heartbeat(expression);
        return self();
    }

    /** @param roleArn the role the state assumes ({@code Credentials.RoleArn}) @return this builder */
    public B credentialsRoleArn(String roleArn) {
        options.credentialsRoleArn(roleArn);
        return self();
    }

    /** @param role the role as a path, intrinsic function or JSONata expression @return this builder */
    public B credentials(Value role) {
        options.credentials(role instanceof Literal l && l.isText() ? l : role);
        return self();
    }

    /** @param retrier a retrier, appended @return this builder */
    public B addRetry(Retrier retrier) {
        options.addRetry(retrier);
        return self();
    }

    /** @param catcher a catcher, appended @return this builder */
    public B addCatch(Catcher catcher) {
        options.addCatch(catcher);
        return self();
    }

    /**
     * Builds and checks the task.
     *
     * @return the task
     * @throws TaskValidationException naming the state and the property when something is invalid
     */
    public final T build() {
        if (stateName == null || stateName.isEmpty()) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE_NAME, null, null, "a task needs a state name");
        }
        T task;
        try {
            task = newTask();
        } catch (TaskValidationException e) {
            throw e.locate(stateName, null);
        }
        return task;
    }

    /**
     * Creates the task from this builder's state; the constructor validates.
     *
     * @return the task
     */
    protected abstract T newTask();
}
