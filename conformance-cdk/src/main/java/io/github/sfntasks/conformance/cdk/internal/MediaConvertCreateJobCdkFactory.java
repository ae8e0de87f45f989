package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkInputs;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.tasks.MediaConvertCreateJob;

import java.util.List;
import java.util.Optional;

/**
 * {@code mediaconvert:createJob} as the CDK's {@code MediaConvertCreateJob}: the request object handed over as the
 * CDK's untyped {@code createJobRequest}. Not expressible: a Role chosen at run time (the CDK requires a literal
 * {@code Role} member). Self-contained.
 */
public final class MediaConvertCreateJobCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "mediaconvert:createJob";
    private static final String PAGE = "https://docs.aws.amazon.com/step-functions/latest/dg/connect-mediaconvert.html";

    /** For ServiceLoader. */
    public MediaConvertCreateJobCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        HttpInvokeCdkFactory.refuseForeignTokens(p);
        JsonNode request = p.get("createJobRequest");
        if (!request.has("Role") || !request.has("Settings")) {
            throw new NotExpressible("Role or Settings chosen at run time (the CDK requires both members as written)");
        }
        MediaConvertCreateJob.Builder b = MediaConvertCreateJob.Builder.create(stack, stateName)
                .createJobRequest(CdkInputs.object(request));
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(new AllowedDifference(TYPE_ID, "aws-page-resources",
                "mediaconvert:CreateJob is granted on queues/*, jobTemplates/*, presets/* and GetJob/CancelJob on jobs/* tagged"
                        + " ManagedByService=AWSStepFunctions, PassRole with StringEquals, as the AWS page; the CDK grants them on *"
                        + " and PassRole with StringLike (same value)",
                PAGE, c -> true,
                (c, ours, cdk) -> {
                    for (JsonNode s : ours.get("statements")) {
                        List<String> actions = Json.texts(s.get("Action"));
                        ObjectNode st = (ObjectNode) s;
                        if (actions.contains("mediaconvert:CreateJob") || actions.contains("mediaconvert:GetJob")) {
                            st.put("Resource", "*");
                            st.remove("Condition");
                        }
                        if (actions.contains("iam:PassRole") && st.has("Condition")) {
                            ObjectNode cond = (ObjectNode) st.get("Condition");
                            JsonNode eq = cond.remove("StringEquals");
                            if (eq != null) {
                                cond.set("StringLike", eq);
                            }
                        }
                    }
                }));
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        var roles = Arbitraries.of("arn:aws:iam::123456789012:role/MediaConvertRole", "arn:aws:iam::210987654321:role/service-role/Transcoder");
        var request = net.jqwik.api.Combinators.combine(roles, Arbitraries.integers().between(-50, 50),
                Arbitraries.of("", "Default", "arn:aws:mediaconvert:us-east-1:123456789012:queues/Default")).as((r, pr, q) -> {
                    ObjectNode o = Json.NODES.objectNode().put("Role", r);
                    o.set("Settings", Json.NODES.objectNode().set("Inputs", Json.NODES.arrayNode()
                            .add(Json.NODES.objectNode().put("FileInput", "s3://source-bucket/video.mp4"))));
                    o.put("Priority", pr);
                    if (!q.isEmpty()) {
                        o.put("Queue", q);
                    }
                    return (JsonNode) o;
                });
        return List.of(ProviderArbitraries.properties(TYPE_ID, (name, context) ->
                name.equals("createJobRequest") ? Optional.of(request) : Optional.empty()));
    }
}
