package io.github.sfntasks.api.support;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The identity of one task type, declared once and shared by its task and its provider: the type id, the
 * integration patterns it supports, the one it uses when none is named, and a line for listings. The task
 * ({@link ServiceTask}) and the provider ({@link ServiceTaskProvider#defaultIntegrationPattern()}) both answer
 * from it, so the default the CLI's schema and the conformance kit read is the default a task renders.
 *
 * <pre>{@code
 * static final TaskType TYPE = TaskType.of("batch:submitJob", "Submit an AWS Batch job",
 *         IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB)
 *     .withDefault(IntegrationPattern.RUN_JOB);   // as the AWS CDK's BatchSubmitJob
 * }</pre>
 *
 * @param typeId the stable type id ({@code <service>:<action>})
 * @param patterns the supported patterns (never empty)
 * @param defaultPattern the pattern used when none is named (one of {@code patterns})
 * @param description one line on what the task does
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public record TaskType(String typeId, Set<IntegrationPattern> patterns, IntegrationPattern defaultPattern,
                       String description) {

    /**
     * @throws IllegalArgumentException when there is no pattern, or the default is not one of them
     */
    public TaskType {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(description, "description");
        if (patterns == null || patterns.isEmpty()) {
            throw new IllegalArgumentException(typeId + ": a task type supports at least one integration pattern");
        }
        patterns = Collections.unmodifiableSet(EnumSet.copyOf(patterns));
        if (defaultPattern == null) {
            defaultPattern = patterns.contains(IntegrationPattern.REQUEST_RESPONSE) ? IntegrationPattern.REQUEST_RESPONSE
                    : patterns.iterator().next();
        }
        if (!patterns.contains(defaultPattern)) {
            throw new IllegalArgumentException(typeId + ": the default pattern " + defaultPattern + " is not among " + patterns);
        }
    }

    /**
     * @param typeId the type id
     * @param description one line on what the task does
     * @param first a supported pattern
     * @param more other supported patterns
     * @return the type, its default REQUEST_RESPONSE when supported (else the first in enum order)
     */
    public static TaskType of(String typeId, String description, IntegrationPattern first, IntegrationPattern... more) {
        return new TaskType(typeId, EnumSet.of(first, more), null, description);
    }

    /**
     * @param typeId the type id
     * @param description one line on what the task does
     * @param patterns the supported patterns
     * @return the type, its default REQUEST_RESPONSE when supported (else the first in enum order)
     */
    public static TaskType of(String typeId, String description, Set<IntegrationPattern> patterns) {
        return new TaskType(typeId, patterns, null, description);
    }

    /**
     * @param pattern the pattern used when none is named
     * @return a copy with that default
     * @throws IllegalArgumentException when it is not supported
     */
    public TaskType withDefault(IntegrationPattern pattern) {
        return new TaskType(typeId, patterns, pattern, description);
    }
}
