package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkInputs;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import com.fasterxml.jackson.databind.node.TextNode;
import net.jqwik.api.Arbitraries;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.tasks.ExecutionClass;
import software.amazon.awscdk.services.stepfunctions.tasks.GlueStartJobRun;
import software.amazon.awscdk.services.stepfunctions.tasks.WorkerConfigurationProperty;
import software.amazon.awscdk.services.stepfunctions.tasks.WorkerTypeV2;

import java.util.List;

/**
 * {@code glue:startJobRun} as the CDK's {@code GlueStartJobRun} (self-contained: it needs only the kit's public
 * {@code CdkInputs}/{@code CdkOptions}). Not expressible: a job name chosen at run time (the CDK writes the path text
 * into the grant's ARN), a state timeout (the CDK turns {@code taskTimeout} into the job's {@code Timeout} in minutes
 * and drops {@code TimeoutSeconds}), and the minute values, worker type and execution class chosen at run time (the
 * CDK takes a {@code Duration} and enums).
 */
public final class GlueStartJobRunCdkFactory implements CdkTaskFactory {

    private static final String TYPE_ID = "glue:startJobRun";

    /** For ServiceLoader. */
    public GlueStartJobRunCdkFactory() {
    }

    @Override
    public String typeId() {
        return TYPE_ID;
    }

    @Override
    @SuppressWarnings("deprecation") // timeout: deprecated in the CDK (taskTimeout), still the prop a user of it sets; the differential covers it
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        if (c.options() != null && c.options().timeout() != null) {
            throw new NotExpressible("a state timeout (the CDK turns it into the job's Timeout and drops TimeoutSeconds)");
        }
        GlueStartJobRun.Builder b = GlueStartJobRun.Builder.create(stack, stateName).glueJobName(staticText(p, "glueJobName"));
        if (p.has("arguments") || p.has("arguments.$")) {
            b.arguments(CdkInputs.taskInput(p, "arguments"));
        }
        if (p.has("timeout") || p.has("timeout.$")) {
            b.timeout(Duration.minutes(minutes(p, "timeout")));
        }
        if (p.has("securityConfiguration.$")) {
            b.securityConfiguration(JsonPath.stringAt(p.get("securityConfiguration.$").asText()));
        } else if (p.has("securityConfiguration")) {
            b.securityConfiguration(p.get("securityConfiguration").asText());
        }
        if (p.has("notifyDelayAfter") || p.has("notifyDelayAfter.$")) {
            b.notifyDelayAfter(Duration.minutes(minutes(p, "notifyDelayAfter")));
        }
        JsonNode w = p.get("workerConfiguration");
        if (w != null) {
            b.workerConfiguration(WorkerConfigurationProperty.builder()
                    .workerTypeV2(WorkerTypeV2.of(staticText((ObjectNode) w, "workerType")))
                    .numberOfWorkers(minutes((ObjectNode) w, "numberOfWorkers")).build());
        }
        if (p.has("executionClass")) {
            b.executionClass(ExecutionClass.valueOf(staticText(p, "executionClass")));
        } else if (p.has("executionClass.$")) {
            throw new NotExpressible("an execution class chosen at run time (the CDK takes an enum)");
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    /** A static text (JSONata text too, which the CDK writes as given); a path is not expressible. */
    static String staticText(ObjectNode p, String name) {
        if (p.has(name + ".$")) {
            throw new NotExpressible(name + " chosen at run time");
        }
        JsonNode v = p.get(name);
        if (v == null || !v.isTextual()) {
            throw new NotExpressible(name + " as " + v);
        }
        if (v.textValue().contains("${Token[")) {
            throw new NotExpressible(name + " holding a CDK token this app never made (the CDK refuses unknown tokens)");
        }
        if (v.textValue().startsWith("{%")) {
            throw new NotExpressible(name + " as a JSONata expression (the CDK writes its text into the grant)");
        }
        return v.textValue();
    }

    private static long minutes(ObjectNode p, String name) {
        JsonNode v = p.get(name);
        if (v == null || !v.isIntegralNumber()) {
            throw new NotExpressible(name + " chosen at run time (the CDK takes a number or a Duration)");
        }
        return v.asLong();
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(new AllowedDifference(TYPE_ID, "jsonata-no-null-notification-property",
                "in a JSONata state without notifyDelayAfter we leave NotificationProperty out; the CDK writes"
                        + " \"NotificationProperty\": null (its JSONata Arguments keep the null it uses for 'absent', which"
                        + " JSONPath's FieldUtils.renderObject drops), a value StartJobRun's NotificationProperty structure is not",
                "https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-StartJobRun",
                c -> !c.properties().has("notifyDelayAfter"), (c, ours, cdk) -> {
                    JsonNode args = cdk.path("state").path("Arguments");
                    if (args.isObject() && args.path("NotificationProperty").isNull()) {
                        ((ObjectNode) args).remove("NotificationProperty");
                    }
                }));
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        return List.of(ProviderArbitraries.properties(TYPE_ID, (name, context) -> name.equals("glueJobName")
                ? Optional.of(Arbitraries.oneOf(
                        Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '_', '.').ofMinLength(1).ofMaxLength(40),
                        Arbitraries.of("${EtlJob}", "etl-${Stage}", "${Raw.Name}")).map(TextNode::valueOf))
                : Optional.empty()));
    }
}
