package com.example.sfntasks.secrets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import io.github.sfntasks.conformance.iam.ResourceRule;
import io.github.sfntasks.conformance.iam.TouchedResource;

import java.util.ArrayList;
import java.util.List;

/**
 * What the schema cannot tell the kit: the IAM row of this integration. The kit knows AWS SDK integrations only
 * by their action; this row also says which secret the state touches, so least privilege is checked by ARN.
 * Registered in {@code src/test/resources/META-INF/services}.
 */
public final class SecretsArbitraries implements ProviderArbitraries {

    @Override
    public String typeId() {
        return GetSecretValue.TYPE_ID;
    }

    @Override
    public List<ResourceRule> resourceRules() {
        return List.of(ResourceRule.integration(GetSecretValue.TYPE_ID)
                .actions("secretsmanager:GetSecretValue")
                .locator(SecretsArbitraries::secret)
                .source("https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html")
                .build());
    }

    /** A secret ARN ends in "-" and six random characters; a sample stands for them. */
    private static List<TouchedResource> secret(ObjectNode state, List<String> actions, RenderContext context) {
        String id = ResourceLocators.staticParameter(ResourceLocators.parameters(state), "SecretId");
        List<TouchedResource> out = new ArrayList<>();
        for (String action : actions) {
            if (id == null) {
                out.add(TouchedResource.dynamic(action, "Parameters.SecretId (chosen at run time)"));
                continue;
            }
            String arn = Arn.isArn(id) ? (id.matches(".*-[A-Za-z0-9]{6}$") ? id : id + "-AbC123")
                    : context.arn("secretsmanager", "secret:" + id + "-AbC123");
            String sibling = arn.substring(0, arn.indexOf(":secret:") + ":secret:".length()) + ResourceLocators.SIBLING + "-AbC123";
            out.add(new TouchedResource(action, arn, sibling, "Parameters.SecretId"));
        }
        return out;
    }

}
