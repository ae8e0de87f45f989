package io.github.sfntasks.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The shared shape of a provider: identity, patterns, description and schema held once, and
 * {@link #create} that reads the properties, reports any property nothing read (a typo) and builds.
 * A provider supplies only {@link #read}: the typed builder filled from the properties. From the SQS provider
 * ({@code ...} marks what is left out):
 *
 * <pre>{@code
 * public final class SqsSendMessageProvider extends ServiceTaskProvider {
 *     ...
 *     public SqsSendMessageProvider() {
 *         super(SqsSendMessage.TYPE_ID, SqsSendMessage.PATTERNS, "Send a message to an Amazon SQS queue", SqsSendMessageProvider::schema);
 *     }
 *     ...
 *     protected SqsSendMessage.Builder read(TaskRequest request, PropertyReader p) {
 *         return SqsSendMessage.builder(request.stateName()).apply(request)
 *                 .queue(p.requiredValue("queue"))
 *                 .messageBody(TaskInput.fromValue(p.requiredValue("messageBody")))
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Pass the schema as a {@code Supplier} (a method reference) rather than built: it is then built on first use
 * only. Discovery instantiates every provider on the path, and a command that renders a workflow never needs a
 * schema.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public abstract class ServiceTaskProvider implements TaskProvider {

    private final TaskType type;
    private final String typeId;
    private final Set<IntegrationPattern> patterns;
    private final String description;
    private final Supplier<JsonSchema> schemaSource;
    private volatile ObjectNode schema;

    /**
     * @param typeId the type id
     * @param patterns the supported patterns (copied)
     * @param description one line on what the task does
     * @param properties the JSON Schema of the properties (rendered once as a document titled by the type id)
     */
    protected ServiceTaskProvider(String typeId, Set<IntegrationPattern> patterns, String description,
                                  JsonSchema properties) {
        this.type = TaskType.of(typeId, description, patterns);
        this.typeId = type.typeId();
        this.patterns = type.patterns();
        this.description = type.description();
        this.schema = Objects.requireNonNull(properties, "properties").toDocument(typeId);
        this.schemaSource = null;
    }

    /**
     * The provider of a task type declared once ({@link TaskType}), its schema built on first use.
     *
     * @param type the type its tasks share: id, patterns, default pattern, description
     * @param properties gives the JSON Schema of the properties, called once, on first use
     */
    protected ServiceTaskProvider(TaskType type, Supplier<JsonSchema> properties) {
        this.type = Objects.requireNonNull(type, "type");
        this.typeId = type.typeId();
        this.patterns = type.patterns();
        this.description = type.description();
        this.schemaSource = Objects.requireNonNull(properties, "properties");
    }

    /**
     * As {@link #ServiceTaskProvider(String, Set, String, JsonSchema)}, with the schema built on first use.
     *
     * @param typeId the type id
     * @param patterns the supported patterns (copied)
     * @param description one line on what the task does
     * @param properties gives the JSON Schema of the properties, called once, on first use
     */
    protected ServiceTaskProvider(String typeId, Set<IntegrationPattern> patterns, String description,
                                  Supplier<JsonSchema> properties) {
        this(TaskType.of(typeId, description, patterns), properties);
    }

    @Override
    public final String typeId() {
        return typeId;
    }

    @Override
    public final Set<IntegrationPattern> integrationPatterns() {
        return patterns;
    }

    /** @return the default pattern of the {@link TaskType}, the one its tasks use */
    @Override
    public final IntegrationPattern defaultIntegrationPattern() {
        return type.defaultPattern();
    }

    /** @return the task type */
    public final TaskType type() {
        return type;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final ObjectNode propertiesSchema() {
        ObjectNode s = schema;
        if (s == null) {
            synchronized (this) {
                s = schema;
                if (s == null) {
                    s = Objects.requireNonNull(schemaSource.get(), () -> typeId + ": the schema supplier gave null")
                            .toDocument(typeId);
                    schema = s;
                }
            }
        }
        return s.deepCopy();
    }

    /**
     * Reads the properties with {@link #read}, refuses any property nothing read, and builds.
     *
     * @param request the workflow file's state
     * @return the task
     */
    @Override
    public final Task create(TaskRequest request) {
        PropertyReader properties = PropertyReader.of(request);
        if (!(this instanceof ShapeTaskProvider)) {
            // A shape reads every field and collects its problems itself; a hand-written read() goes property after
            // property, so its reader records a problem and goes on, and every bad property is reported.
            properties.collecting();
        }
        TaskBuilder<?, ?> builder = null;
        RuntimeException failure = null;
        List<TaskValidationException> problems = new ArrayList<>();
        try {
            builder = read(request, properties);
        } catch (TaskValidationException e) {
            problems.addAll(e.problems());
        } catch (RuntimeException e) {
            failure = e; // a consequence of a recorded problem (a null read on), or a bug when there is none
        }
        problems.addAll(0, properties.collectedProblems());
        if (!problems.isEmpty() && builder != null && failure == null) {
            // The builder's own checks (patterns, ranges, combinations) still find problems of the properties that
            // read well; a property that did not read is null in it, so its "missing" is no news.
            Set<String> reported = new java.util.HashSet<>();
            problems.forEach(p -> reported.add(p.property()));
            try {
                builder.build();
            } catch (TaskValidationException e) {
                for (TaskValidationException p : e.problems()) {
                    if (!reported.contains(p.property()) && p.code() != io.github.sfntasks.api.ErrorCode.MISSING_PROPERTY) {
                        problems.add(p);
                    }
                }
            } catch (RuntimeException e) {
                // a consequence of a property that did not read
            }
        }
        if (!problems.isEmpty()) {
            // Reading may have stopped early: a typo of a required property reads as "x is required"; put the typo
            // ("did you mean x?") first, with the schema's names as the known ones.
            List<TaskValidationException> typos = new ArrayList<>(properties.unknownProperties(declaredProperties()));
            for (TaskValidationException reported : problems) {
                if (reported.code() == io.github.sfntasks.api.ErrorCode.UNKNOWN_PROPERTY) {
                    typos.removeIf(t -> Objects.equals(t.property(), reported.property()));
                }
            }
            List<TaskValidationException> all = new ArrayList<>(typos);
            all.addAll(problems);
            throw TaskValidationException.of(all).locate(request.stateName(), null);
        }
        if (failure != null) {
            throw failure;
        }
        properties.finish();
        return builder.build();
    }

    /**
     * Fills the typed builder from the properties (call {@code .apply(request)} on it for the pattern,
     * query language and common options).
     *
     * @param request the request
     * @param properties a reader of its properties
     * @return the builder, not yet built
     */
    protected abstract TaskBuilder<?, ?> read(TaskRequest request, PropertyReader properties);

    private List<String> declaredProperties() {
        List<String> names = new ArrayList<>();
        JsonNode props = propertiesSchema().get("properties");
        if (props != null) {
            props.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
