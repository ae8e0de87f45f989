package io.github.sfntasks.conformance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.RenderContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partition, region and account come from the {@link RenderContext}: every ARN a render builds (not one the user
 * wrote) names the context's partition, its region or none, its account or none; the DNS suffix is the
 * partition's; and a render for one context, with that context's values swapped for another's, is the render for
 * the other, byte for byte, so nothing of one context leaks into the other.
 */
public final class ContextChecks {

    /** A commercial-partition context. */
    public static final RenderContext A = RenderContext.of("aws", "us-east-1", "111111111111");
    /** A China-partition context: every part differs from {@link #A}. */
    public static final RenderContext B = RenderContext.of("aws-cn", "cn-north-1", "222222222222");

    private static final Pattern SUFFIX = Pattern.compile("amazonaws\\.com(?:\\.cn)?(?![a-zA-Z0-9.])");

    private ContextChecks() {
    }

    /**
     * @param render a render ({@code {"state":..., "statements":[...]}})
     * @param context the context it was made for (concrete)
     * @param inputText the request as text
     * @param derived static ARNs the IAM table derives from user values in the state (not judged)
     * @return every ARN part or DNS suffix that does not come from the context or the request
     */
    public static List<String> arnParts(JsonNode render, RenderContext context, String inputText, java.util.Set<String> derived) {
        List<String> out = new ArrayList<>();
        Json.strings(render, (pointer, text) -> {
            if (GrantChecks.userWrote(inputText, text) || isDerived(text, derived)) {
                return; // the user's value, written back as given, or an ARN the IAM table derives from it
            }
            int from = 0;
            while (true) {
                int i = text.indexOf("arn:", from);
                if (i < 0) {
                    break;
                }
                from = i + 4;
                if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    continue;
                }
                String[] parts = io.github.sfntasks.conformance.iam.ResourceLocators.split(text.substring(i));
                if (parts == null) {
                    continue;
                }
                String prefix = String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4]) + ":";
                if (inputText.contains(prefix)) {
                    continue;
                }
                if (!parts[1].equals(context.partition())) {
                    out.add(pointer + ": \"" + text + "\" names partition \"" + parts[1] + "\"; the render context's is \""
                            + context.partition() + "\"");
                }
                if (!ok(parts[3], context.region(), inputText)) {
                    out.add(pointer + ": \"" + text + "\" names region \"" + parts[3] + "\"; the render context's is \""
                            + context.region() + "\"");
                }
                if (!ok(parts[4], context.account(), inputText) && !parts[4].equals("aws")) {
                    out.add(pointer + ": \"" + text + "\" names account \"" + parts[4] + "\"; the render context's is \""
                            + context.account() + "\"");
                }
            }
            // A service principal (iam:PassedToService, aws:PrincipalServiceName) is not a DNS name of the partition:
            // SageMaker's, ECS tasks' and most others are <service>.amazonaws.com in aws-cn too, as the CDK writes them.
            Matcher m = SUFFIX.matcher(pointer.contains("/Condition/") && pointer.endsWith("Service") ? "" : text);
            while (m.find()) {
                if (!m.group().equals(context.urlSuffix()) && !suffixOfAPartitionTheUserNamed(m.group(), inputText)) {
                    out.add(pointer + ": \"" + text + "\" uses the DNS suffix " + m.group() + "; the partition "
                            + context.partition() + " has " + context.urlSuffix());
                }
            }
        });
        return out;
    }

    /**
     * @param text a string of the render
     * @param derived the static ARNs the IAM table derives from the state's parameters (a queue URL's ARN, say)
     * @return whether the string is one of them, or one of them with a qualifier or sub-resource
     */
    private static boolean isDerived(String text, java.util.Set<String> derived) {
        for (String d : derived) {
            if (text.equals(d) || text.startsWith(d + ":") || text.startsWith(d + "/")) {
                return true;
            }
        }
        return false;
    }

    /** A host of a resource the user named by ARN in another partition (a queue ARN in aws, rendered as its URL). */
    private static boolean suffixOfAPartitionTheUserNamed(String suffix, String inputText) {
        if (inputText.contains(suffix)) {
            return true;
        }
        Matcher m = Pattern.compile("arn:([a-z-]+):").matcher(inputText);
        while (m.find()) {
            if (RenderContext.of(m.group(1), "r", "a").urlSuffix().equals(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ok(String part, String expected, String inputText) {
        return part.isEmpty() || part.equals("*") || part.equals(expected) || inputText.contains(part);
    }

    /**
     * @param renderA the render for {@link #A}, as text
     * @param renderB the render for {@link #B}, as text
     * @param inputText the request as text
     * @return what differs once B's values are swapped for A's; empty when nothing, or when the request itself
     *         names one of B's values
     */
    public static List<String> swapped(String renderA, String renderB, String inputText) {
        if (inputText.contains("arn:" + B.partition() + ":") || inputText.contains(B.urlSuffix())
                || inputText.contains(B.region()) || inputText.contains(B.account())) {
            return List.of(); // the request names B's partition or host itself: swapping would change the user's values
        }
        Map<String, String> swap = new LinkedHashMap<>();
        swap.put("arn:" + B.partition() + ":", "arn:" + A.partition() + ":");
        swap.put(B.urlSuffix(), A.urlSuffix());
        swap.put(B.region(), A.region());
        swap.put(B.account(), A.account());
        String b = renderB;
        for (Map.Entry<String, String> e : swap.entrySet()) {
            b = b.replace(e.getKey(), e.getValue());
        }
        if (b.equals(renderA)) {
            return List.of();
        }
        String diff = Json.firstDifference(Json.read(renderA), Json.read(b), "");
        return List.of("rendered for " + B + " and with its values swapped for " + A + "'s, the output differs from the"
                + " render for " + A + " at " + (diff != null ? diff : "(member order)")
                + "; a value of one context leaks into the other, or something is hard-coded");
    }

    /**
     * @param render the render for {@link RenderContext#cloudFormation()}
     * @param inputText the request as text
     * @param derived static ARNs the IAM table derives from user values in the state (not judged)
     * @return every ARN the render built whose partition is not the placeholder
     */
    public static List<String> placeholders(JsonNode render, String inputText, java.util.Set<String> derived) {
        List<String> out = new ArrayList<>();
        String p = "arn:" + RenderContext.CFN_PARTITION + ":";
        Json.strings(render, (pointer, text) -> {
            if (GrantChecks.userWrote(inputText, text) || isDerived(text, derived)) {
                return;
            }
            int from = 0;
            while (true) {
                int i = text.indexOf("arn:", from);
                if (i < 0) {
                    break;
                }
                from = i + 4;
                if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    continue;
                }
                if (!text.startsWith(p, i)) {
                    String[] parts = text.substring(i).split(":", 6);
                    String prefix = parts.length >= 5 ? String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4]) + ":" : text;
                    if (!inputText.contains(prefix)) {
                        out.add(pointer + ": \"" + text + "\" does not carry the partition placeholder "
                                + RenderContext.CFN_PARTITION + " through");
                    }
                }
            }
        });
        return out;
    }
}
