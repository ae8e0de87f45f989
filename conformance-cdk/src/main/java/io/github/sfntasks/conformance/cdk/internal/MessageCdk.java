package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.cdk.CdkRenderer;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory.NotExpressible;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the SNS and SQS factories share: the message group and deduplication ids (read with
 * {@link CdkProps#string}), the KMS key ARN a CDK user imports, and realistic destinations
 * and keys (the CDK reads an imported ARN by splitting it, so generated {@code ${...}} placeholders mean nothing to it).
 */
final class MessageCdk {

    private MessageCdk() {
    }

    /**
     * Sets {@code messageGroupId} and {@code messageDeduplicationId}, which the CDK's SNS and SQS tasks take alike.
     *
     * @param builder the CDK task's builder
     * @param p the request's properties
     */
    static void ids(Object builder, ObjectNode p) {
        for (String name : List.of("messageGroupId", "messageDeduplicationId")) {
            String id = CdkProps.string(p, name);
            if (id != null) {
                CdkOptions.call(builder, name, id);
            }
        }
    }

    /**
     * @param p the request's properties
     * @param name the property naming the destination (queue, topic)
     * @return its text when it is known at build time
     * @throws NotExpressible when it is chosen at run time (the CDK takes an IQueue or ITopic) or holds a placeholder
     */
    static String destination(ObjectNode p, String name) {
        JsonNode v = p.get(name);
        if (v == null || !v.isTextual() || JsonataExpression.isExpression(v.textValue())) {
            throw new NotExpressible("a " + name + " chosen at run time (the CDK takes a construct)");
        }
        return placeholderFree(v.textValue(), name);
    }

    /**
     * @param key a KMS key ARN or key id, as the request gives it
     * @return the key's ARN, a key id taken in the CDK stack's region and account (KMS key ARN format,
     *         https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)
     */
    static String keyArn(String key) {
        placeholderFree(key, "the KMS key");
        return key.startsWith("arn:") ? key
                : "arn:" + CdkRenderer.PARTITION + ":kms:" + CdkRenderer.REGION + ":" + CdkRenderer.ACCOUNT + ":key/" + key;
    }

    private static String placeholderFree(String text, String what) {
        if (text.contains("${")) {
            throw new NotExpressible(what + " with a ${...} placeholder (the CDK splits an imported ARN as text)");
        }
        return text;
    }

    /** @return names of 1 to 24 characters, a FIFO one ({@code .fifo}) now and then */
    static Arbitrary<String> names() {
        return Combinators.combine(Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
                .ofMinLength(1).ofMaxLength(24), Arbitraries.of("", "", ".fifo")).as(String::concat);
    }

    /** @return key ids (plain and multi-Region) and key ARNs of this and another account, region and partition */
    static Arbitrary<String> keys() {
        Arbitrary<String> id = Arbitraries.of("1234abcd-12ab-34cd-56ef-1234567890ab", "mrk-1234abcd12ab34cd56ef1234567890ab",
                "0987dcba-09fe-87dc-65ba-ab0987654321");
        Arbitrary<String> prefix = Arbitraries.of("", "arn:aws:kms:us-east-1:123456789012:key/",
                "arn:aws:kms:eu-west-1:210987654321:key/", "arn:aws-cn:kms:cn-north-1:210987654321:key/");
        return Combinators.combine(prefix, id).as(String::concat);
    }

    /**
     * @param typeId the type id
     * @param values realistic values by property name
     * @return arbitraries that give those properties realistic values
     */
    static ProviderArbitraries arbitraries(String typeId, Map<String, Arbitrary<String>> values) {
        return ProviderArbitraries.properties(typeId, (name, context) -> {
            Arbitrary<String> a = values.get(name);
            return a == null ? Optional.empty() : Optional.of(a.map(TextNode::valueOf));
        });
    }

    /**
     * Replaces the KMS action {@code from} by {@code to} in our statements on the resources where the CDK grants
     * {@code to} and we grant {@code from}.
     *
     * @param ours our render
     * @param cdk the CDK's
     * @param from our action
     * @param to the CDK's
     */
    static void replaceAction(ObjectNode ours, ObjectNode cdk, String from, String to) {
        for (JsonNode s : ours.get("statements")) {
            List<String> actions = Json.texts(s.get("Action"));
            if (!actions.contains(from)) {
                continue;
            }
            boolean cdkHas = false;
            for (JsonNode k : cdk.get("statements")) {
                cdkHas |= Json.texts(k.get("Action")).contains(to)
                        && Json.texts(k.get("Resource")).containsAll(Json.texts(s.get("Resource")));
            }
            if (cdkHas) {
                var replaced = Json.NODES.arrayNode();
                actions.forEach(a -> replaced.add(a.equals(from) ? to : a));
                ((ObjectNode) s).set("Action", replaced);
            }
        }
    }
}
