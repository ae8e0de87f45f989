package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.iam.PolicyStatement;

import java.util.ArrayList;
import java.util.List;

/**
 * The grants of a Distributed Map state, derived from its fields, as AWS's "IAM policies for using Distributed Map
 * states" (https://docs.aws.amazon.com/step-functions/latest/dg/iam-policies-eg-dist-map.html) and the CDK's
 * {@code S3ObjectsItemReader}, {@code S3FileItemReader} and {@code ResultWriter} give them:
 *
 * <ul>
 *   <li>the map run: {@code states:StartExecution} on the machine's own ARN, {@code states:DescribeExecution} and
 *       {@code states:StopExecution} on its child executions ({@link StateMachineOptions#ownChildExecutionsArn});</li>
 *   <li>{@code ItemReader} with {@code s3:listObjectsV2}: {@code s3:ListBucket} on the bucket, limited by an
 *       {@code s3:prefix} condition when a Prefix is given;</li>
 *   <li>{@code ItemReader} with {@code s3:getObject} (CSV, JSON, JSONL, Parquet): {@code s3:GetObject} on that one
 *       object (the CDK grants {@code bucket/*}; the narrower grant is enough, the key being known), and
 *       {@code s3:GetObjectVersion} with a VersionId; an S3 inventory {@code MANIFEST}: the manifest and the data files
 *       beside it, {@code <config>/data/*}, as AWS's page shows;</li>
 *   <li>{@code ResultWriter} with {@code s3:putObject}: {@code s3:PutObject}, {@code s3:GetObject},
 *       {@code s3:ListMultipartUploadParts} and {@code s3:AbortMultipartUpload} on {@code bucket/prefix/*}.</li>
 * </ul>
 *
 * <p>A bucket, key or prefix given by a path ({@code Bucket.$}) or a JSONata expression is known only at run time: the
 * grant widens to {@code *} in that part of the ARN, with a {@link WarningCode#WIDENED_GRANT} warning. A reader or
 * writer whose Resource is none of these gets no grant and a {@link WarningCode#NO_GRANTS_DERIVED} warning.
 */
final class DistributedMapGrants {

    private final List<PolicyStatement> statements = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private DistributedMapGrants() {
    }

    /**
     * @param map a Map state's fields (ItemReader, ResultWriter...)
     * @param stateName the state's name
     * @param context partition, region and account
     * @param options the machine's options (its own ARN)
     * @return the grants and warnings
     */
    static DistributedMapGrants of(ObjectNode map, String stateName, RenderContext context, StateMachineOptions options) {
        DistributedMapGrants g = new DistributedMapGrants();
        g.statements.add(PolicyStatement.allow("states:StartExecution", options.ownArn(context)));
        g.statements.add(PolicyStatement.allow(List.of("states:DescribeExecution", "states:StopExecution"),
                List.of(options.ownChildExecutionsArn(context))));
        JsonNode reader = map.get("ItemReader");
        if (reader instanceof ObjectNode r) {
            g.reader(r, stateName, context);
        }
        JsonNode writer = map.get("ResultWriter");
        if (writer instanceof ObjectNode w) {
            g.writer(w, stateName, context);
        }
        return g;
    }

    List<PolicyStatement> statements() {
        return statements;
    }

    List<String> warnings() {
        return warnings;
    }

    /** A literal part of the S3 parameters, or {@code null} when it is given at run time. */
    private record Part(String value, boolean dynamic) {
        String orWildcard() {
            return dynamic ? "*" : value;
        }
    }

    private static Part part(ObjectNode params, String name) {
        if (params == null) {
            return new Part(null, false);
        }
        if (params.has(name + ".$")) {
            return new Part(null, true);
        }
        JsonNode v = params.get(name);
        if (v == null) {
            return new Part(null, false);
        }
        if (v.isTextual()) {
            String t = v.textValue().strip();
            if (t.startsWith("{%") && t.endsWith("%}")) {
                return new Part(null, true);
            }
            return new Part(v.textValue(), false);
        }
        return new Part(v.toString(), false);
    }

    private static ObjectNode params(ObjectNode field) {
        JsonNode p = field.has("Arguments") ? field.get("Arguments") : field.get("Parameters");
        return p instanceof ObjectNode o ? o : null;
    }

    private static String action(ObjectNode field) {
        JsonNode r = field.get("Resource");
        if (r == null || !r.isTextual()) {
            return null;
        }
        String s = r.textValue();
        int i = s.indexOf(":states:::");
        return i < 0 ? s : s.substring(i + ":states:::".length());
    }

    private void reader(ObjectNode reader, String stateName, RenderContext context) {
        String action = action(reader);
        if (action == null) {
            return;
        }
        ObjectNode params = params(reader);
        Part bucket = part(params, "Bucket");
        switch (action) {
            case "s3:listObjectsV2" -> {
                Part prefix = part(params, "Prefix");
                PolicyStatement list = PolicyStatement.allow("s3:ListBucket", bucketArn(context, bucket.orWildcard()));
                if (prefix.value() != null && !prefix.value().isEmpty()) {
                    list = list.withConditions(PolicyStatement.Condition.of("StringLike", "s3:prefix", prefix.value() + "*"));
                }
                statements.add(list);
                widened(stateName, "ItemReader", bucket, prefix.dynamic(), "s3:ListBucket");
            }
            case "s3:getObject" -> {
                Part key = part(params, "Key");
                String object = bucketArn(context, bucket.orWildcard()) + "/" + key.orWildcard();
                List<String> resources = new ArrayList<>();
                resources.add(object);
                JsonNode config = reader.get("ReaderConfig");
                boolean manifest = config != null && "MANIFEST".equals(config.path("InputType").asText());
                if (manifest) {
                    String manifestType = config.path("ManifestType").asText("S3_INVENTORY");
                    String data = key.dynamic() ? null : inventoryDataFolder(key.value());
                    if (!manifestType.equals("S3_INVENTORY") || data == null) {
                        warnings.add(new TaskWarning(WarningCode.NO_GRANTS_DERIVED, stateName, "ItemReader",
                                "the objects the manifest lists are known only at run time; grant s3:GetObject on them"
                                        + " yourself (only the manifest itself is granted)").toString());
                    } else {
                        resources.add(bucketArn(context, bucket.orWildcard()) + "/" + data);
                    }
                }
                List<String> actions = new ArrayList<>(List.of("s3:GetObject"));
                if (params != null && (params.has("VersionId") || params.has("VersionId.$"))) {
                    actions.add("s3:GetObjectVersion");
                }
                statements.add(PolicyStatement.allow(actions, resources));
                widened(stateName, "ItemReader", bucket, key.dynamic(), "s3:GetObject");
            }
            default -> warnings.add(new TaskWarning(WarningCode.NO_GRANTS_DERIVED, stateName, "ItemReader.Resource",
                    "no grants are derived for " + action + "; add them to the role yourself").toString());
        }
    }

    /**
     * @param manifestKey {@code prefix/source-bucket/config-id/2024-01-01T00-00Z/manifest.json}
     * @return {@code prefix/source-bucket/config-id/data/*}, where S3 Inventory writes the files the manifest lists
     *         (AWS's "Distributed Map" IAM page), or null when the key has not that shape
     */
    private static String inventoryDataFolder(String manifestKey) {
        if (!manifestKey.endsWith("/manifest.json")) {
            return null;
        }
        String dated = manifestKey.substring(0, manifestKey.length() - "/manifest.json".length());
        int slash = dated.lastIndexOf('/');
        return slash < 0 ? "data/*" : dated.substring(0, slash) + "/data/*";
    }

    private void writer(ObjectNode writer, String stateName, RenderContext context) {
        String action = action(writer);
        if (action == null) {
            return; // WriterConfig alone: results are transformed, not written to S3
        }
        if (!action.equals("s3:putObject")) {
            warnings.add(new TaskWarning(WarningCode.NO_GRANTS_DERIVED, stateName, "ResultWriter.Resource",
                    "no grants are derived for " + action + "; add them to the role yourself").toString());
            return;
        }
        ObjectNode params = params(writer);
        Part bucket = part(params, "Bucket");
        Part prefix = part(params, "Prefix");
        String folder = prefix.dynamic() || prefix.value() == null || prefix.value().isEmpty()
                ? "*" : stripSlash(prefix.value()) + "/*";
        statements.add(PolicyStatement.allow(List.of("s3:AbortMultipartUpload", "s3:GetObject",
                "s3:ListMultipartUploadParts", "s3:PutObject"), List.of(bucketArn(context, bucket.orWildcard()) + "/" + folder)));
        widened(stateName, "ResultWriter", bucket, prefix.dynamic(), "s3:PutObject");
    }

    private static String stripSlash(String prefix) {
        return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    private void widened(String stateName, String field, Part bucket, boolean otherDynamic, String action) {
        if (bucket.dynamic() || otherDynamic) {
            warnings.add(new TaskWarning(WarningCode.WIDENED_GRANT, stateName, field,
                    (bucket.dynamic() ? "the bucket" : "the object key or prefix") + " is chosen at run time, so " + action
                            + " is granted on " + (bucket.dynamic() ? "every bucket" : "every object of the bucket")
                            + "; give it literally (or as a placeholder) for a narrower grant").toString());
        }
    }

    private static String bucketArn(RenderContext context, String bucket) {
        return "arn:" + context.partition() + ":s3:::" + bucket;
    }
}
