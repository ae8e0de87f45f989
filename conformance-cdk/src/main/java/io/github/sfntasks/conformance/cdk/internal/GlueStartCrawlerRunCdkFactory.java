package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import com.fasterxml.jackson.databind.node.TextNode;
import net.jqwik.api.Arbitraries;
import java.util.Optional;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.tasks.GlueStartCrawlerRun;

import java.util.List;

/**
 * {@code aws-sdk:glue:startCrawler} as the CDK's {@code GlueStartCrawlerRun} (self-contained). Not expressible: a
 * crawler chosen at run time (the CDK writes the path text into the grant's ARN).
 */
public final class GlueStartCrawlerRunCdkFactory implements CdkTaskFactory {

    private static final String TYPE_ID = "aws-sdk:glue:startCrawler";

    /** For ServiceLoader. */
    public GlueStartCrawlerRunCdkFactory() {
    }

    @Override
    public String typeId() {
        return TYPE_ID;
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        GlueStartCrawlerRun.Builder b = GlueStartCrawlerRun.Builder.create(stack, stateName)
                .crawlerName(GlueStartJobRunCdkFactory.staticText(c.properties(), "crawlerName"));
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(new AllowedDifference(TYPE_ID, "crawler-start-only",
                "we grant glue:StartCrawler, the one action the SDK integration calls; the CDK also grants glue:GetCrawler",
                "https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html",
                c -> true, (c, ours, cdk) -> {
                    for (JsonNode s : ours.get("statements")) {
                        JsonNode a = s.get("Action");
                        if (a != null && a.isTextual() && a.textValue().equals("glue:StartCrawler")) {
                            ArrayNode both = JsonNodeFactory.instance.arrayNode().add("glue:StartCrawler").add("glue:GetCrawler");
                            ((ObjectNode) s).set("Action", both);
                        }
                    }
                }));
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        return List.of(ProviderArbitraries.properties(TYPE_ID, (name, context) -> name.equals("crawlerName")
                ? Optional.of(Arbitraries.oneOf(
                        Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '_', '.').ofMinLength(1).ofMaxLength(40),
                        Arbitraries.of("${EtlJob}", "etl-${Stage}", "${Raw.Name}")).map(TextNode::valueOf))
                : Optional.empty()));
    }
}
