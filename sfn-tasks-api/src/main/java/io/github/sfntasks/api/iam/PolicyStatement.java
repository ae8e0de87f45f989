package io.github.sfntasks.api.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One IAM policy statement the state machine's role needs. Actions and resources keep their order
 * and are deduplicated; rendering is deterministic.
 *
 * <pre>{@code
 * PolicyStatement.allow(List.of("lambda:InvokeFunction"), List.of(fnArn, fnArn + ":*"));
 * }</pre>
 *
 * @param effect Allow or Deny
 * @param actions the actions ({@code service:Action}), at least one
 * @param resources the resource ARNs or patterns, at least one
 * @param conditions the conditions (all must hold), possibly empty
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public record PolicyStatement(Effect effect, List<String> actions, List<String> resources, List<Condition> conditions) {

    /** Allow or Deny. */
    public enum Effect {
        /** Grants. */
        Allow,
        /** Denies. */
        Deny
    }

    /**
     * One condition: {@code "Condition": {operator: {key: values}}}.
     *
     * @param operator the condition operator, for example {@code StringEquals}
     * @param key the condition key, for example {@code iam:PassedToService}
     * @param values the values (one is rendered as a string)
     */
    public record Condition(String operator, String key, List<String> values) {
        /** @throws SfnTasksException when a part is missing */
        public Condition {
            if (operator == null || key == null || values == null || values.isEmpty()) {
                throw new SfnTasksException(ErrorCode.INVALID_PROPERTY,
                        "a policy condition needs an operator, a key and at least one value");
            }
            values = List.copyOf(values);
        }

        /** @param operator operator @param key key @param values values @return the condition */
        public static Condition of(String operator, String key, String... values) {
            return new Condition(operator, key, List.of(values));
        }
    }

    /**
     * @throws SfnTasksException when effect, actions or resources are missing
     */
    public PolicyStatement {
        Objects.requireNonNull(effect, "effect");
        actions = dedupe(actions, "action");
        resources = dedupe(resources, "resource");
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    private static List<String> dedupe(List<String> list, String what) {
        if (list == null || list.isEmpty()) {
            throw new SfnTasksException(ErrorCode.INVALID_PROPERTY, "a policy statement needs at least one " + what);
        }
        if (list.size() == 1) {
            String s = list.get(0);
            if (s == null || s.isBlank()) {
                throw new SfnTasksException(ErrorCode.INVALID_PROPERTY, "a policy statement " + what + " cannot be blank");
            }
            return List.of(s);
        }
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String s : list) {
            if (s == null || s.isBlank()) {
                throw new SfnTasksException(ErrorCode.INVALID_PROPERTY, "a policy statement " + what + " cannot be blank");
            }
            set.add(s);
        }
        return List.copyOf(set);
    }

    /**
     * @param actions the actions
     * @param resources the resources
     * @return an Allow statement without conditions
     */
    public static PolicyStatement allow(List<String> actions, List<String> resources) {
        return new PolicyStatement(Effect.Allow, actions, resources, List.of());
    }

    /**
     * @param action one action
     * @param resources the resources
     * @return an Allow statement without conditions
     */
    public static PolicyStatement allow(String action, String... resources) {
        return allow(List.of(action), List.of(resources));
    }

    /**
     * What a caller needs on a customer-managed KMS key for a service that encrypts the caller's data with it (an
     * encrypted SNS topic or SQS queue, an encrypted Step Functions activity): {@code kms:Decrypt} and
     * {@code kms:GenerateDataKey} on the key.
     *
     * @param keyArnOrId a key ARN, or a key id in the context's partition, region and account
     * @param context partition, region and account
     * @return an Allow statement without conditions
     * @see Arn#kmsKeyArn(String, io.github.sfntasks.api.RenderContext)
     */
    public static PolicyStatement kmsDataKey(String keyArnOrId, io.github.sfntasks.api.RenderContext context) {
        return allow(List.of("kms:Decrypt", "kms:GenerateDataKey"), List.of(Arn.kmsKeyArn(keyArnOrId, context)));
    }

    /**
     * @param more conditions to add
     * @return a copy with the conditions added
     */
    public PolicyStatement withConditions(Condition... more) {
        List<Condition> all = new ArrayList<>(conditions);
        all.addAll(List.of(more));
        return new PolicyStatement(effect, actions, resources, all);
    }

    /** @return the statement as IAM JSON; a single action or resource is written as a string */
    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("Effect", effect.name());
        putOneOrMany(n, "Action", actions);
        putOneOrMany(n, "Resource", resources);
        if (!conditions.isEmpty()) {
            ObjectNode c = n.putObject("Condition");
            for (Condition cond : conditions) {
                ObjectNode op = c.has(cond.operator()) ? (ObjectNode) c.get(cond.operator()) : c.putObject(cond.operator());
                putOneOrMany(op, cond.key(), cond.values());
            }
        }
        return n;
    }

    private static void putOneOrMany(ObjectNode n, String field, List<String> values) {
        if (values.size() == 1) {
            n.put(field, values.get(0));
        } else {
            ArrayNode a = n.putArray(field);
            values.forEach(a::add);
        }
    }
}
