package test.sfntasks.providers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;

import java.util.Set;

/**
 * {@code sns:publish} as a test double, correct with {@link Defect#NONE} and broken in exactly one way otherwise.
 * Not registered for ServiceLoader: the kit's tests hand it to the kit directly.
 */
public final class TestPublishProvider implements TaskProvider {

    private static final ObjectNode SCHEMA = JsonSchema.object()
            .required("topic", JsonSchema.resource(JsonSchema.string().pattern("^[A-Za-z0-9_-]{1,256}$"),
                            io.github.sfntasks.api.iam.ResourceArn.of("sns", ""))
                    .description("Topic name; at run time (topic.$) the topic ARN").dynamic())
            .optional("deliveryRole", JsonSchema.resource(JsonSchema.string().pattern("^[A-Za-z0-9_+=,.@-]{1,64}$"),
                            io.github.sfntasks.api.iam.Grants.ROLE).annotation("x-sfn-grantOnly", true)
                    .description("Grant-only: a role the service uses to log deliveries, passed to it"))
            .required("message", JsonSchema.any().description("The message").dynamic())
            .optional("subject", JsonSchema.string().minLength(1).maxLength(100).description("Subject for e-mail endpoints"))
            .toDocument("sns:publish (test double)");

    private final Defect defect;

    /** A correct provider. */
    public TestPublishProvider() {
        this(Defect.NONE);
    }

    /** @param defect what is wrong with it */
    public TestPublishProvider(Defect defect) {
        this.defect = defect;
    }

    @Override
    public String typeId() {
        return TestPublish.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return TestPublish.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public Task create(TaskRequest request) {
        TestPublish.Builder b = TestPublish.builder(request.stateName()).apply(request).defect(defect);
        if (defect == Defect.NPE_ON_BAD_INPUT) {
            // no check: null when the topic is missing or given as topic.$
            request.properties().get("topic").asText().length();
        }
        PropertyReader p = PropertyReader.of(request);
        b.topic(p.requiredValue("topic")).message(p.requiredValue("message")).subject(p.string("subject")).deliveryRole(p.string("deliveryRole"));
        if (defect != Defect.ACCEPTS_UNKNOWN_PROPERTIES) {
            p.finish();
        }
        Task task;
        try {
            task = b.build();
        } catch (TaskValidationException e) {
            if (defect == Defect.UNNAMED_STATE) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, e.property(), e.detail());
            }
            throw e;
        }
        return defect == Defect.NONE ? task : new DefectiveTask(task, defect);
    }
}
