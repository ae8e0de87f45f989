package io.github.sfntasks.api.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.TaskValidationException;

import java.util.List;
import java.util.Set;

/**
 * The SPI: one task type of one AWS service, found by {@link java.util.ServiceLoader}. Register an
 * implementation twice, always agreeing: {@code provides io.github.sfntasks.api.spi.TaskProvider with ...}
 * in {@code module-info.java} and a line in {@code META-INF/services/io.github.sfntasks.api.spi.TaskProvider}.
 *
 * <p>An implementation is small, stateless and thread-safe, with a public no-argument constructor. Most
 * extend {@link io.github.sfntasks.api.support.ServiceTaskProvider}; one written from scratch (here
 * handing its work to the Lambda provider's {@code LambdaInvoke}) looks like this:
 *
 * <pre>{@code
 * public final class NotifyProvider implements TaskProvider {
 *     public String typeId() { return "notify:send"; }
 *     public Set<IntegrationPattern> integrationPatterns() { return EnumSet.of(REQUEST_RESPONSE); }
 *     public ObjectNode propertiesSchema() { return JsonSchema.object().required("function", JsonSchema.string()).toJson(); }
 *     public Task create(TaskRequest request) {
 *         PropertyReader p = PropertyReader.of(request);
 *         String function = p.requiredString("function");
 *         p.finish();   // refuses properties not read
 *         return LambdaInvoke.builder(request.stateName()).lambdaFunction(function).build();
 *     }
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public interface TaskProvider {

    /**
     * @return the stable type id used in workflow files: {@code <service>:<action>} as in the ASL
     *         Resource ({@code lambda:invoke}, {@code sqs:sendMessage}). A workflow file's type id that
     *         no provider has exactly reaches the provider with the longest id that is a prefix of it
     *         followed by {@code :} (so {@code aws-sdk:s3:getObject} reaches {@code aws-sdk}); the full
     *         id is in {@link TaskRequest#typeId()}.
     */
    String typeId();

    /** @return the integration patterns this task supports (never empty) */
    Set<IntegrationPattern> integrationPatterns();

    /**
     * The pattern a task gets when neither the builder nor the workflow file names one: the one source of
     * truth for the default, which the task itself, the CLI's schema and the conformance kit all use.
     * {@link io.github.sfntasks.api.support.ServiceTaskProvider} answers from its
     * {@link io.github.sfntasks.api.support.TaskType}, which its tasks share.
     *
     * @return the default pattern: REQUEST_RESPONSE when supported, unless the provider says otherwise
     *         (the AWS CDK defaults BatchSubmitJob, EmrAddStep and others to RUN_JOB)
     */
    default IntegrationPattern defaultIntegrationPattern() {
        Set<IntegrationPattern> patterns = integrationPatterns();
        return patterns.contains(IntegrationPattern.REQUEST_RESPONSE) ? IntegrationPattern.REQUEST_RESPONSE
                : patterns.iterator().next();
    }

    /**
     * @return a JSON Schema (draft 2020-12) of the {@code Properties} object, used for workflow-file
     *         errors, editor completion, docs and the conformance kit's generators; a fresh copy
     */
    ObjectNode propertiesSchema();

    /**
     * Builds a task from a workflow file's state.
     *
     * @param request the state name, properties, pattern, query language and common options
     * @return the validated task
     * @throws TaskValidationException naming the state and the property when the request is invalid
     */
    Task create(TaskRequest request);

    /**
     * The properties a longer type id gives in place of {@code Properties} members: a workflow file may write
     * {@code <typeId>:<value>:<value>...}, one value per name here, in order, and leave those members out
     * ({@code aws-sdk} names {@code service} and {@code action}, so {@code aws-sdk:s3:getObject} is the call
     * s3 getObject). {@link #propertiesSchema()} describes {@code Properties} under the type id itself, where
     * they are required; tools that check workflow files drop them from {@code required} for the longer id.
     *
     * @return the names, in the order the longer type id gives their values (default: none)
     */
    default List<String> typeIdProperties() {
        return List.of();
    }

    /** @return one line saying what the task does, for listings */
    default String description() {
        return typeId();
    }
}
