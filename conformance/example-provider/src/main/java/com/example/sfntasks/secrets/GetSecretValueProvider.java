package com.example.sfntasks.secrets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;

import java.util.Set;

/** The {@code aws-sdk:secretsmanager:getSecretValue} provider: {@link GetSecretValue} from a workflow file. */
public final class GetSecretValueProvider implements TaskProvider {

    private static final ObjectNode SCHEMA = JsonSchema.object()
            .required("secretId", JsonSchema.string().pattern(GetSecretValue.SECRET_ID)
                    .description("The secret's name or ARN").dynamic())
            .optional("versionId", JsonSchema.string().pattern(GetSecretValue.VERSION_ID).description("A version id"))
            .optional("versionStage", JsonSchema.string().pattern(GetSecretValue.VERSION_STAGE)
                    .description("A staging label (default AWSCURRENT)"))
            .toDocument(GetSecretValue.TYPE_ID);

    /** For {@code ServiceLoader}. */
    public GetSecretValueProvider() {
    }

    @Override
    public String typeId() {
        return GetSecretValue.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return GetSecretValue.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Read a secret from AWS Secrets Manager";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = PropertyReader.of(request);
        GetSecretValue.Builder b = GetSecretValue.builder(request.stateName()).apply(request)
                .secretId(p.requiredValue("secretId"))
                .versionId(p.string("versionId"))
                .versionStage(p.string("versionStage"));
        p.finish();
        return b.build();
    }
}
