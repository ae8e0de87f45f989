package test.sfntasks.coredependent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.core.TaskRegistry;

import java.util.Set;

/** A provider that reaches into sfn-tasks core (to delegate to another provider): what providers must not do. */
public final class CoreDependentProvider implements TaskProvider {

    @Override
    public String typeId() {
        return "sns:publish";
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return Set.of(IntegrationPattern.REQUEST_RESPONSE);
    }

    @Override
    public ObjectNode propertiesSchema() {
        return TaskRegistry.of(new test.sfntasks.providers.TestPublishProvider()).require("sns:publish").propertiesSchema();
    }

    @Override
    public Task create(TaskRequest request) {
        return TaskRegistry.of(new test.sfntasks.providers.TestPublishProvider()).require("sns:publish").create(request);
    }
}
