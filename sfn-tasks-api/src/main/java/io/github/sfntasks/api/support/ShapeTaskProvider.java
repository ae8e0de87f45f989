package io.github.sfntasks.api.support;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.spi.TaskRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The provider of a task declared as a {@link Shape}: its schema and its workflow-file reader come from the shape,
 * so a provider is its constructor:
 *
 * <pre>{@code
 * public final class EcsRunTaskProvider extends ShapeTaskProvider {
 *     ...
 *     public EcsRunTaskProvider() {
 *         super(EcsRunTask.TYPE, EcsRunTask.SHAPE, EcsRunTask::builder);
 *     }
 * }
 * }</pre>
 *
 * <p>Every problem of the state is reported at once: unknown properties (typos) first, then each invalid property.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public abstract class ShapeTaskProvider extends ServiceTaskProvider {

    private final Shape shape;
    private final Function<String, ? extends ShapeTaskBuilder<?, ?>> builders;

    /**
     * @param type the task type
     * @param shape the shape of its properties (the schema is made from it on first use)
     * @param builders makes a builder for a state name
     */
    protected ShapeTaskProvider(TaskType type, Shape shape, Function<String, ? extends ShapeTaskBuilder<?, ?>> builders) {
        super(type, shape::schema);
        this.shape = shape;
        this.builders = builders;
    }

    @Override
    protected TaskBuilder<?, ?> read(TaskRequest request, PropertyReader properties) {
        ShapeTaskBuilder<?, ?> b = builders.apply(request.stateName());
        b.apply(request);
        ShapeValue.Builder values = ShapeValue.builder(shape);
        List<TaskValidationException> problems = new ArrayList<>();
        shape.read(properties, values, problems);
        try {
            properties.finish();
        } catch (TaskValidationException e) {
            problems.add(0, e);
        }
        if (!problems.isEmpty()) {
            throw TaskValidationException.of(problems).locate(request.stateName(), null);
        }
        b.setAll(values.build());
        return b;
    }
}
