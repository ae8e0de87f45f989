package io.github.sfntasks.conformance.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.internal.Json;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.stepfunctions.CatchProps;
import software.amazon.awscdk.services.stepfunctions.Credentials;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.Pass;
import software.amazon.awscdk.services.stepfunctions.QueryLanguage;
import software.amazon.awscdk.services.stepfunctions.RetryProps;
import software.amazon.awscdk.services.stepfunctions.TaskRole;
import software.amazon.awscdk.services.stepfunctions.TaskStateBase;
import software.amazon.awscdk.services.stepfunctions.Timeout;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Puts a request's common state options on any CDK task: {@link #apply} sets what the construct's props take
 * (comment, query language, paths, result selector, timeouts, credentials, JSONata output and assign) on its
 * builder, by the props' names; {@link #after} adds retriers and a catcher to the built task. An option the CDK
 * cannot express throws {@link CdkTaskFactory.NotExpressible}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class CdkOptions {

    /** The state a catcher of a generated request goes to. */
    public static final String RECOVER = "Recover";

    private CdkOptions() {
    }

    /**
     * @param builder a CDK task builder ({@code LambdaInvoke.Builder}...)
     * @param stack the stack
     * @param c the request
     */
    public static void apply(Object builder, Stack stack, TaskCase c) {
        StateOptions o = c.options();
        if (o.queryLanguage() != null) {
            call(builder, "queryLanguage", o.queryLanguage() == io.github.sfntasks.api.QueryLanguage.JSONATA
                    ? QueryLanguage.JSONATA : QueryLanguage.JSON_PATH);
        }
        if (o.comment() != null) {
            call(builder, "comment", o.comment());
        }
        if (o.inputPath() != null) {
            call(builder, "inputPath", path(o.inputPath()));
        }
        if (o.outputPath() != null) {
            call(builder, "outputPath", path(o.outputPath()));
        }
        if (o.resultPath() != null) {
            call(builder, "resultPath", path(o.resultPath()));
        }
        if (o.resultSelector() != null) {
            call(builder, "resultSelector", map(Values.toJson(o.resultSelector(), c.queryLanguage())));
        }
        if (o.output() != null) {
            call(builder, "outputs", plain(Values.toJson(o.output(), c.queryLanguage())));
        }
        if (o.assign() != null) {
            call(builder, "assign", map(Values.toJson(o.assign(), c.queryLanguage())));
        }
        if (o.timeout() != null) {
            call(builder, "taskTimeout", timeout(o.timeout()));
        }
        if (o.heartbeat() != null) {
            call(builder, "heartbeatTimeout", timeout(o.heartbeat()));
        }
        Value role = o.credentials();
        if (role != null) {
            TaskRole r;
            if (role instanceof Literal l && l.isText()) {
                r = TaskRole.fromRole(Role.fromRoleArn(stack, "CredentialsRole", l.text()));
            } else if (role instanceof JsonPath p) {
                r = TaskRole.fromRoleArnJsonPath(p.path());
            } else {
                throw new CdkTaskFactory.NotExpressible("Credentials as a JSONata expression");
            }
            call(builder, "credentials", Credentials.builder().role(r).build());
        }
    }

    /**
     * @param task the built task
     * @param stack the stack
     * @param c the request
     * @return the task, with the request's retriers and catcher added
     */
    public static IChainable after(IChainable task, Stack stack, TaskCase c) {
        if (!(task instanceof TaskStateBase t)) {
            return task;
        }
        for (Retrier r : c.options().retry()) {
            RetryProps.Builder b = RetryProps.builder().errors(r.errors());
            if (r.intervalSeconds() != null) {
                b.interval(Duration.seconds(r.intervalSeconds()));
            }
            if (r.maxAttempts() != null) {
                b.maxAttempts(r.maxAttempts());
            }
            if (r.backoffRate() != null) {
                b.backoffRate(r.backoffRate());
            }
            if (r.maxDelaySeconds() != null) {
                b.maxDelay(Duration.seconds(r.maxDelaySeconds()));
            }
            if (r.jitterStrategy() != null) {
                throw new CdkTaskFactory.NotExpressible("a retrier's JitterStrategy");
            }
            t.addRetry(b.build());
        }
        for (Catcher catcher : c.options().catchers()) {
            if (catcher.resultPath() != null || catcher.output() != null || catcher.assign() != null) {
                throw new CdkTaskFactory.NotExpressible("a catcher with ResultPath, Output or Assign");
            }
            t.addCatch(Pass.Builder.create(stack, catcher.next()).build(),
                    CatchProps.builder().errors(catcher.errors()).build());
        }
        return task;
    }

    private static String path(JsonPath p) {
        return p.isDiscard() ? software.amazon.awscdk.services.stepfunctions.JsonPath.DISCARD : p.path();
    }

    private static Timeout timeout(Value v) {
        if (v instanceof Literal l) {
            return Timeout.duration(Duration.seconds(l.node().asLong()));
        }
        if (v instanceof JsonPath p) {
            return Timeout.at(p.path());
        }
        if (v instanceof JsonataExpression e) {
            return Timeout.jsonata(e.text());
        }
        throw new CdkTaskFactory.NotExpressible("a timeout of " + v);
    }

    /** @param node a JSON object @return it as the map a CDK prop takes */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(JsonNode node) {
        return Json.MAPPER.convertValue(node, Map.class);
    }

    /** @param node any JSON @return it as plain Java values (maps, lists, strings, numbers) */
    public static Object plain(JsonNode node) {
        return Json.MAPPER.convertValue(node, Object.class);
    }

    /**
     * Calls the one-argument method {@code name} of {@code target} that takes {@code arg}.
     *
     * @param target a builder
     * @param name a prop name
     * @param arg the value
     * @throws CdkTaskFactory.NotExpressible when there is no such method
     */
    public static void call(Object target, String name, Object arg) {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1 && m.getParameterTypes()[0].isInstance(arg)) {
                try {
                    m.invoke(target, arg);
                    return;
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
                }
            }
        }
        throw new CdkTaskFactory.NotExpressible(target.getClass().getSimpleName() + " has no " + name + "(" 
                + arg.getClass().getSimpleName() + ")");
    }

    /** @return the options this class maps, for documentation */
    public static List<String> mapped() {
        return List.of("queryLanguage", "comment", "inputPath", "outputPath", "resultPath", "resultSelector", "outputs",
                "assign", "taskTimeout", "heartbeatTimeout", "credentials", "Retry", "Catch");
    }
}
