package io.github.sfntasks.conformance.iam;

import io.github.sfntasks.api.ApiStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One row of the kit's table of what a Task state's {@code Resource} needs in IAM: the actions, the resources
 * they apply to (a {@link ResourceLocator}), what {@code .sync} adds, what may be granted besides, and the AWS
 * page the row comes from.
 *
 * <pre>{@code
 * ResourceRule.integration("sqs:sendMessage")
 *     .actions("sqs:SendMessage")
 *     .optionalActions("kms:Decrypt", "kms:GenerateDataKey")
 *     .locator(ResourceLocators.sqsQueue())
 *     .source("https://docs.aws.amazon.com/step-functions/latest/dg/sqs-iam.html")
 *     .build();
 * }</pre>
 *
 * <p>The key a rule answers to: for an optimized integration {@code arn:<partition>:states:::<service>:<action>}
 * it is {@code <service>:<action>} (suffix removed); for a direct ARN {@code arn:<partition>:<service>:...:<type>:...}
 * it is {@code arn:<service>:<type>} ({@code arn:lambda:function}); a key ending in {@code *} is a prefix
 * ({@code aws-sdk:*}).
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class ResourceRule {

    private final String key;
    private final List<String> actions;
    private final List<String> syncActions;
    private final String syncEventsRule;
    private final boolean sync;
    private final List<String> optionalActions;
    private final ResourceLocator locator;
    private final Function<String, List<String>> derivedActions;
    private final boolean anyServicePrefix;
    private final String source;

    private ResourceRule(Builder b) {
        this.key = b.key;
        this.actions = List.copyOf(b.actions);
        this.syncActions = List.copyOf(b.syncActions);
        this.syncEventsRule = b.syncEventsRule;
        this.sync = b.sync || !b.syncActions.isEmpty() || b.syncEventsRule != null;
        this.optionalActions = List.copyOf(b.optionalActions);
        this.locator = b.locator;
        this.derivedActions = b.derivedActions;
        this.anyServicePrefix = b.anyServicePrefix;
        this.source = Objects.requireNonNull(b.source, "source: name the AWS page the row comes from");
    }

    /**
     * @param key {@code <service>:<action>} of an optimized integration, {@code arn:<service>:<type>} of a direct
     *            ARN, or a prefix ending in {@code *}
     * @return a builder
     */
    public static Builder integration(String key) {
        return new Builder(key);
    }

    /** @return the key this rule answers to */
    public String key() {
        return key;
    }

    /**
     * @param resourceKey the key of a state's Resource
     * @return whether this rule is for it
     */
    public boolean matches(String resourceKey) {
        return key.endsWith("*") ? resourceKey.startsWith(key.substring(0, key.length() - 1)) : key.equals(resourceKey);
    }

    /**
     * @param resourceKey the key of the state's Resource
     * @param runJob whether the Resource ends in {@code .sync} or {@code .sync:2}
     * @return the actions the state needs
     */
    public List<String> requiredActions(String resourceKey, boolean runJob) {
        List<String> out = new ArrayList<>(derivedActions != null ? derivedActions.apply(resourceKey) : actions);
        if (runJob) {
            out.addAll(syncActions);
            if (syncEventsRule != null) {
                out.addAll(ResourceLocators.EVENTS_RULE_ACTIONS);
            }
        }
        return out;
    }

    /** @return actions that may be granted besides the required ones (KMS for encrypted queues, say) */
    public List<String> optionalActions() {
        return optionalActions;
    }

    /** @return whether the integration has a {@code .sync} form this row describes */
    public boolean supportsRunJob() {
        return sync;
    }

    /** @return the managed EventBridge rule {@code .sync} needs, or {@code null} */
    public String syncEventsRule() {
        return syncEventsRule;
    }

    /** @return how to find the touched resources */
    public ResourceLocator locator() {
        return locator;
    }

    /**
     * @return whether a required action is satisfied by any service prefix with the same action name; for the
     *         AWS SDK integrations, whose IAM prefix is not always the SDK service name
     */
    public boolean anyServicePrefix() {
        return anyServicePrefix;
    }

    /** @return the AWS documentation page of this row */
    public String source() {
        return source;
    }

    /**
     * @param required an action this rule requires
     * @param granted an action granted (may hold wildcards)
     * @return whether the grant gives the required action
     */
    public boolean grants(String granted, String required) {
        if (IamGlob.actionMatches(granted, required)) {
            return true;
        }
        if (anyServicePrefix) {
            int g = granted.indexOf(':');
            int r = required.indexOf(':');
            return g > 0 && r > 0 && granted.substring(g + 1).toLowerCase(Locale.ROOT)
                    .equals(required.substring(r + 1).toLowerCase(Locale.ROOT));
        }
        return false;
    }

    @Override
    public String toString() {
        return key + " -> " + (derivedActions != null ? "(derived)" : actions) + (sync ? " .sync +" + syncActions
                + (syncEventsRule != null ? " rule/" + syncEventsRule : "") : "") + " [" + source + "]";
    }

    /** Builds a {@link ResourceRule}. */
    public static final class Builder {
        private final String key;
        private final List<String> actions = new ArrayList<>();
        private final List<String> syncActions = new ArrayList<>();
        private String syncEventsRule;
        private boolean sync;
        private final List<String> optionalActions = new ArrayList<>();
        private ResourceLocator locator = ResourceLocator.NONE;
        private Function<String, List<String>> derivedActions;
        private boolean anyServicePrefix;
        private String source;

        private Builder(String key) {
            this.key = Objects.requireNonNull(key, "key");
        }

        /** @param names IAM actions every pattern needs @return this builder */
        public Builder actions(String... names) {
            actions.addAll(List.of(names));
            return this;
        }

        /** @param deriver the actions from the Resource key (for families such as {@code aws-sdk:*}) @return this builder */
        public Builder derivedActions(Function<String, List<String>> deriver) {
            this.derivedActions = deriver;
            return this;
        }

        /** @param names actions {@code .sync} adds @return this builder */
        public Builder syncActions(String... names) {
            syncActions.addAll(List.of(names));
            sync = true;
            return this;
        }

        /** @param ruleName the managed EventBridge rule {@code .sync} needs @return this builder */
        public Builder syncEventsRule(String ruleName) {
            this.syncEventsRule = ruleName;
            sync = true;
            return this;
        }

        /** @return this builder, for an integration whose {@code .sync} needs nothing more (it polls) */
        public Builder syncNeedsNothingMore() {
            sync = true;
            return this;
        }

        /** @param names actions that may be granted besides @return this builder */
        public Builder optionalActions(String... names) {
            optionalActions.addAll(List.of(names));
            return this;
        }

        /** @param l how to find touched resources @return this builder */
        public Builder locator(ResourceLocator l) {
            this.locator = Objects.requireNonNull(l, "locator");
            return this;
        }

        /** @return this builder, for families whose IAM prefix is not the service name */
        public Builder anyServicePrefix() {
            this.anyServicePrefix = true;
            return this;
        }

        /** @param url the AWS page the row comes from @return this builder */
        public Builder source(String url) {
            this.source = url;
            return this;
        }

        /** @return the rule */
        public ResourceRule build() {
            return new ResourceRule(this);
        }
    }
}
