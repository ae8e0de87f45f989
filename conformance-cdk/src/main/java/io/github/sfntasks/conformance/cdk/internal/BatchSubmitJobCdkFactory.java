package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkInputs;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.TaskInput;
import software.amazon.awscdk.services.stepfunctions.Timeout;
import software.amazon.awscdk.services.stepfunctions.tasks.BatchContainerOverrides;
import software.amazon.awscdk.services.stepfunctions.tasks.BatchJobDependency;
import software.amazon.awscdk.services.stepfunctions.tasks.BatchSubmitJob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code batch:submitJob} as the CDK's {@code BatchSubmitJob}. The CDK takes the job definition and the queue as ARN
 * strings (a path for either), numbers as numbers and the command as a list: a definition or queue given by name, a
 * number, command, container override or tag chosen at run time, and a state timeout (which the CDK's
 * {@code BatchSubmitJob} turns into the attempt timeout) are not expressible.
 */
public final class BatchSubmitJobCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "batch:submitJob";
    private static final String SOURCE_SUBMIT = "https://docs.aws.amazon.com/batch/latest/userguide/iam-example-restrict-job-submission.html";
    private static final String SOURCE_IAM = "https://docs.aws.amazon.com/step-functions/latest/dg/batch-iam.html";

    /** For ServiceLoader. */
    public BatchSubmitJobCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        if (c.options().timeout() != null) {
            throw new NotExpressible("a state timeout (the CDK's BatchSubmitJob renders it as the attempt timeout)");
        }
        BatchSubmitJob.Builder b = BatchSubmitJob.Builder.create(stack, stateName)
                .jobDefinitionArn(arnOrPath(p, "jobDefinitionArn"))
                .jobName(text(p, "jobName"))
                .jobQueueArn(arnOrPath(p, "jobQueueArn"));
        if (p.has("arraySize")) {
            b.arraySize(number(p, "arraySize"));
        }
        if (p.has("attempts")) {
            b.attempts(number(p, "attempts"));
        }
        if (p.has("timeout")) {
            b.taskTimeout(Timeout.duration(Duration.seconds(number(p, "timeout"))));
        }
        staticOnly(p, "arraySize", "attempts", "timeout", "containerOverrides", "dependsOn", "payload");
        if (p.has("payload")) {
            if (!p.get("payload").isObject() || CdkInputs.containsNull(p.get("payload"))) {
                throw new NotExpressible("a payload that is not an object (the CDK's payload is a TaskInput object)");
            }
            b.payload(TaskInput.fromObject(CdkInputs.object(p.get("payload"))));
        }
        if (p.has("tags")) {
            Map<String, String> tags = new LinkedHashMap<>();
            p.get("tags").properties().forEach(e -> {
                if (e.getKey().endsWith(".$") || !e.getValue().isTextual() || JsonataExpression.isExpression(e.getValue().textValue())) {
                    throw new NotExpressible("a tag chosen at run time (the CDK's tags are strings)");
                }
                tags.put(e.getKey(), e.getValue().textValue());
            });
            b.tags(tags);
        }
        if (p.has("dependsOn")) {
            List<BatchJobDependency> deps = new ArrayList<>();
            for (JsonNode d : p.get("dependsOn")) {
                staticOnly((ObjectNode) d, "type");
                BatchJobDependency.Builder db = BatchJobDependency.builder();
                if (d.has("jobId") || d.has("jobId.$")) {
                    db.jobId(text((ObjectNode) d, "jobId"));
                }
                if (d.has("type")) {
                    db.type(d.get("type").textValue());
                }
                deps.add(db.build());
            }
            b.dependsOn(deps);
        }
        if (p.has("containerOverrides")) {
            b.containerOverrides(overrides((ObjectNode) p.get("containerOverrides")));
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    private static BatchContainerOverrides overrides(ObjectNode o) {
        staticOnly(o, "command", "instanceType", "memory", "gpuCount", "vcpus");
        BatchContainerOverrides.Builder b = BatchContainerOverrides.builder();
        if (o.has("command")) {
            if (JsonataExpression.isExpression(o.get("command").asText(""))) {
                throw new NotExpressible("a command chosen at run time (the CDK takes a list)");
            }
            List<String> command = new ArrayList<>();
            o.get("command").forEach(n -> command.add(n.asText()));
            b.command(command);
        }
        if (o.has("environment")) {
            Map<String, String> env = new LinkedHashMap<>();
            o.get("environment").properties().forEach(e -> {
                if (e.getKey().endsWith(".$")) {
                    if (!e.getValue().asText("").startsWith("$")) {
                        throw new NotExpressible("an environment value from an intrinsic function");
                    }
                    env.put(e.getKey().substring(0, e.getKey().length() - 2), JsonPath.stringAt(e.getValue().textValue()));
                } else {
                    env.put(e.getKey(), e.getValue().asText());
                }
            });
            b.environment(env);
        }
        if (o.has("instanceType")) {
            b.instanceType(new InstanceType(o.get("instanceType").asText()));
        }
        if (o.has("memory")) {
            b.memory(Size.mebibytes(o.get("memory").asLong()));
        }
        if (o.has("gpuCount")) {
            b.gpuCount(o.get("gpuCount").asLong());
        }
        if (o.has("vcpus")) {
            b.vcpus(o.get("vcpus").asLong());
        }
        return b.build();
    }

    private static void staticOnly(ObjectNode p, String... names) {
        for (String n : names) {
            if (p.has(n + ".$") || p.path(n).isTextual() && JsonataExpression.isExpression(p.get(n).textValue())) {
                throw new NotExpressible(n + " chosen at run time (the CDK takes a value)");
            }
        }
    }

    private static long number(ObjectNode p, String name) {
        staticOnly(p, name);
        return p.get(name).asLong();
    }

    /** A literal string, a path ({@code JsonPath.stringAt}), or a JSONata expression (as the CDK takes it). */
    private static String text(ObjectNode p, String name) {
        if (p.has(name + ".$")) {
            String path = p.get(name + ".$").asText();
            if (!path.startsWith("$")) {
                throw new NotExpressible(name + " from an intrinsic function");
            }
            return JsonPath.stringAt(path);
        }
        return p.get(name).asText();
    }

    private static String arnOrPath(ObjectNode p, String name) {
        String v = text(p, name);
        if (p.has(name) && !v.startsWith("arn:") && !JsonataExpression.isExpression(v)) {
            throw new NotExpressible(name + " given by name or placeholder (the CDK's " + name + " is an ARN)");
        }
        return v;
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(
                new AllowedDifference(TYPE_ID, "job-definition-named",
                        "batch:SubmitJob names the job definition given (its revision, or every revision of it as :*);"
                                + " the CDK grants every job definition of the account (job-definition/*, aws/aws-cdk#37214)",
                        SOURCE_SUBMIT,
                        c -> c.properties().has("jobDefinitionArn"),
                        (c, ours, cdk) -> replaceResource(cdk, r -> r.endsWith(":job-definition/*"), firstResource(ours))),
                new AllowedDifference(TYPE_ID, "queue-chosen-at-run-time-narrower",
                        "a queue chosen at run time gets job-queue/* (and the definition its own grant); the CDK grants *",
                        SOURCE_SUBMIT,
                        c -> !c.properties().has("jobQueueArn"),
                        (c, ours, cdk) -> {
                            ArrayNode mine = (ArrayNode) ours.get("statements");
                            for (JsonNode s : (ArrayNode) cdk.get("statements")) {
                                if (s.path("Resource").asText("").equals("*") && s.path("Action").asText("").equals("batch:SubmitJob")) {
                                    ((ObjectNode) s).set("Resource", mine.get(0).get("Resource").deepCopy());
                                }
                            }
                        }),
                new AllowedDifference(TYPE_ID, "managed-rule-for-sync-only",
                        "the managed rule StepFunctionsGetEventsForBatchJobsRule is granted for .sync only, as AWS's page"
                                + " lists it; the CDK grants it for request-response too",
                        SOURCE_IAM,
                        c -> c.integrationPattern() == io.github.sfntasks.api.IntegrationPattern.REQUEST_RESPONSE,
                        (c, ours, cdk) -> {
                            ArrayNode statements = (ArrayNode) cdk.get("statements");
                            for (int i = statements.size() - 1; i >= 0; i--) {
                                if (statements.get(i).toString().contains("StepFunctionsGetEventsForBatchJobsRule")) {
                                    statements.remove(i);
                                }
                            }
                        }));
    }

    private static String firstResource(ObjectNode rendered) {
        JsonNode r = rendered.get("statements").get(0).get("Resource");
        return r.isArray() ? r.get(0).asText() : r.asText();
    }

    private static void replaceResource(ObjectNode rendered, java.util.function.Predicate<String> which, String with) {
        for (JsonNode s : (ArrayNode) rendered.get("statements")) {
            JsonNode r = s.get("Resource");
            if (r != null && r.isArray()) {
                ArrayNode a = (ArrayNode) r;
                for (int i = 0; i < a.size(); i++) {
                    if (which.test(a.get(i).asText())) {
                        a.set(i, TextNode.valueOf(with));
                    }
                }
            } else if (r != null && which.test(r.asText())) {
                ((ObjectNode) s).put("Resource", with);
            }
        }
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        Arbitrary<String> names = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
                .ofMinLength(1).ofMaxLength(24).filter(s -> Character.isLetterOrDigit(s.charAt(0)));
        Arbitrary<String> prefix = Arbitraries.of("arn:aws:batch:us-east-1:123456789012:", "arn:aws:batch:eu-west-1:210987654321:");
        Arbitrary<String> definition = Combinators.combine(prefix, names, Arbitraries.of("", ":1", ":27"))
                .as((a, n, r) -> a + "job-definition/" + n + r);
        Arbitrary<String> queue = Combinators.combine(prefix, names).as((a, n) -> a + "job-queue/" + n);
        Map<String, Arbitrary<String>> values = Map.of("jobDefinitionArn", definition, "jobQueueArn", queue);
        return List.of(ProviderArbitraries.properties(TYPE_ID, (name, context) -> Optional.ofNullable(values.get(name))
                .map(a -> a.map(TextNode::valueOf))));
    }
}
