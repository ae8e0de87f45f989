package io.github.sfntasks.provider.support;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeBuilder;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.Iterator;
import java.util.Map;

/**
 * What the container overrides of Amazon ECS ({@code RunTask}: {@code Overrides.ContainerOverrides[]}) and AWS Batch
 * ({@code SubmitJob}: {@code ContainerOverrides}) have in common: the command ({@code Command}, an array of strings)
 * and the environment variables, which both APIs write as an array of {@code {"Name": ..., "Value": ...}}
 * ({@code KeyValuePair}). The rest differs (ECS names the container and takes CPU units and memory in MiB as numbers;
 * Batch takes one object with {@code ResourceRequirements} and an instance type), so it stays in each provider.
 *
 * <p>The AWS CDK gives the environment in two forms, and so do we: a list of {@code {name, value}}
 * ({@link #ENVIRONMENT_LIST}, the CDK's {@code TaskEnvironmentVariable[]} of {@code EcsRunTask}) and a map of
 * names to values ({@link #ENVIRONMENT_MAP}, the CDK's {@code BatchContainerOverrides.environment}); both render the
 * same ASL:
 *
 * <pre>{@code
 * {"environment": [{"name": "STAGE", "value": "prod"}, {"name": "ID", "value.$": "$.id"}]}   // ECS, workflow file
 * {"environment": {"STAGE": "prod", "ID.$": "$.id"}}                                          // Batch, workflow file
 * {"Environment": [{"Name": "STAGE", "Value": "prod"}, {"Name": "ID", "Value.$": "$.id"}]}    // ASL, both
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html">ECS ContainerOverride</a>
 * @see <a href="https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerOverrides.html">Batch ContainerOverrides</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class ContainerOverrides {

    /** An environment variable's name ({@code KeyValuePair.Name}). */
    public static final Field NAME = Field.string("name", "Name").required().atLeast(1)
            .doc("The environment variable's name");

    /** An environment variable's value ({@code KeyValuePair.Value}); may be a path or expression. */
    public static final Field VALUE = Field.string("value", "Value").required()
            .doc("The environment variable's value");

    /** One environment variable, {@code {"Name": ..., "Value": ...}} in ASL (the APIs' {@code KeyValuePair}). */
    public static final Shape ENVIRONMENT_VARIABLE = Shape.of("KeyValuePair", NAME, VALUE);

    /** The command that replaces the image's ({@code Command}): an array of strings, or a path for the whole. */
    public static final Field COMMAND = Field.stringList("command", "Command")
            .doc("The command sent to the container, replacing the image's (or the task/job definition's)");

    /**
     * The environment as a list of {@code {name, value}} ({@code Environment}), as the CDK's {@code EcsRunTask}
     * takes it.
     */
    public static final Field ENVIRONMENT_LIST = Field.list("environment", "Environment", ENVIRONMENT_VARIABLE)
            .doc("Environment variables to set in the container, added to or replacing the definition's");

    /**
     * The environment as a map of names to values, rendered as the same {@code [{"Name", "Value"}]} array, as the
     * CDK's {@code BatchSubmitJob} takes it. A value may be a path ({@code "ID.$": "$.id"}).
     */
    public static final Field ENVIRONMENT_MAP = Field.stringMap("environment", "Environment").staticOnly()
            .renderedAs(ContainerOverrides::nameValuePairs)
            .doc("Environment variables to set in the container (name to value), added to or replacing the definition's");

    private ContainerOverrides() {
    }

    /**
     * Writes a map of names to values as the {@code [{"Name": ..., "Value": ...}]} array ECS and Batch take, in the
     * map's order; a value given as a path renders as {@code "Value.$"}. Anything else (a path for the whole) is
     * returned as it is.
     *
     * @param map the map (an {@link ObjectValue}, or a literal JSON object)
     * @return the array
     */
    public static Value nameValuePairs(Value map) {
        ArrayValue.Builder out = ArrayValue.builder();
        if (map instanceof ObjectValue o) {
            o.members().forEach((name, value) -> out.add(pair(name, value)));
            return out.build();
        }
        if (map instanceof Literal l && l.node().isObject()) {
            Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = l.node().properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e = it.next();
                out.add(pair(e.getKey(), Literal.of(e.getValue())));
            }
            return out.build();
        }
        return map;
    }

    private static ObjectValue pair(String name, Value value) {
        return ObjectValue.builder().put("Name", Literal.of(name)).put("Value", value).build();
    }

    /**
     * The typed builder of one environment variable of a list ({@link #ENVIRONMENT_LIST}), for the providers'
     * builders; from {@code EcsRunTask}'s container override, whose {@code environment(name, value)} adds one:
     *
     * <pre>{@code
     * return add(ContainerOverrides.ENVIRONMENT_LIST, ContainerOverrides.EnvironmentVariable::new, e -> e.name(name).value(value));
     * }</pre>
     */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class EnvironmentVariable extends ShapeBuilder<EnvironmentVariable> {

        /** An empty variable. */
        public EnvironmentVariable() {
            super(ENVIRONMENT_VARIABLE);
        }

        /** @param name the variable's name @return this builder */
        public EnvironmentVariable name(String name) {
            return set(NAME, name);
        }

        /** @param value the value: a string, a {@code JsonPath}, or a JSONata expression @return this builder */
        public EnvironmentVariable value(Object value) {
            return set(VALUE, value);
        }
    }
}
