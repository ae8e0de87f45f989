package io.github.sfntasks.api.support;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.Value;

import java.util.List;

/**
 * A service task whose properties are declared as a {@link Shape}: the constructor checks every field and rule and
 * reports every problem at once; {@link #parameters} renders the shape; the Resource is the optimized integration of
 * the type id ({@code arn:<partition>:states:::<typeId><pattern suffix>}). A provider writes its grants
 * ({@link #grants(io.github.sfntasks.api.iam.Grants)}) and whatever the shape cannot say.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public abstract class ShapeTask extends ServiceTask {

    private final Shape shape;
    private final ShapeValue values;

    /**
     * @param builder the builder
     * @param type the task type
     * @param shape the shape of the task's properties
     * @throws TaskValidationException naming the state and every invalid property
     */
    protected ShapeTask(ShapeTaskBuilder<?, ?> builder, TaskType type, Shape shape) {
        super(builder, type);
        this.shape = shape;
        this.values = builder.values();
        List<TaskValidationException> problems = shape.validate(values, queryLanguage(), null);
        if (!problems.isEmpty()) {
            throw TaskValidationException.of(problems).locate(stateName(), null);
        }
    }

    /** @return the shape */
    public final Shape shape() {
        return shape;
    }

    /** @return the values of the shape's fields */
    public final ShapeValue values() {
        return values;
    }

    /**
     * @param field a field of the shape
     * @return its value when it is a {@link Value}, else {@code null}
     */
    protected final Value value(Field field) {
        return values.value(field);
    }

    /** @return {@code arn:<partition>:states:::<typeId><suffix>}; override where the ASL resource differs */
    @Override
    protected String resource(RenderContext context) {
        return context.integrationArn(typeId(), integrationPattern());
    }

    /** @return the shape's values under their ASL keys */
    @Override
    protected Value parameters(RenderContext context) {
        return shape.render(values, context);
    }
}
