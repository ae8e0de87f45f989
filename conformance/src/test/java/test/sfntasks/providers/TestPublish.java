package test.sfntasks.providers;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small, correct SNS publish task for the kit's own tests (a test double of a real provider): topic by name or,
 * at run time, by ARN; a message; an optional subject. {@link DefectiveTask} breaks its output on purpose.
 */
public final class TestPublish extends ServiceTask {

    static final String TYPE_ID = "sns:publish";
    static final Set<IntegrationPattern> PATTERNS = EnumSet.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final Value topic;
    private final Value message;
    private final String subject;
    private final Defect defect;
    private final String deliveryRole;

    private TestPublish(Builder b) {
        super(b, TYPE_ID, PATTERNS);
        this.topic = require(b.topic, "topic");
        this.message = require(b.message, "message");
        this.subject = b.subject;
        this.defect = b.defect;
        this.deliveryRole = b.deliveryRole;
        if (topic instanceof Literal l) {
            boolean placeholder = l.isText() && io.github.sfntasks.api.Placeholders.contains(l.text()) && defect != Defect.REFUSES_PLACEHOLDERS;
            if (!l.isText() || !placeholder && !TOPIC.matcher(l.text()).matches()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "topic", "must be a topic name, was " + l);
            }
        } else {
            check(topic, "topic");
        }
        check(message, "message");
        if (subject != null && (subject.isEmpty() || subject.length() > 100) && defect != Defect.PARTIAL_OUTPUT) {
            if (defect == Defect.WRONG_EXCEPTION) {
                throw new IllegalArgumentException("subject too long");
            }
            throw invalid(ErrorCode.OUT_OF_RANGE, "subject", "must have 1 to 100 characters");
        }
        requireTaskTokenIfCallback(message, "message");
    }

    static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    private String topicArn(RenderContext context) {
        String name = ((Literal) topic).text();
        return defect == Defect.HARD_CODED_PARTITION
                ? "arn:aws:sns:" + context.region() + ":" + context.account() + ":" + name
                : context.arn("sns", name);
    }

    @Override
    protected String resource(RenderContext context) {
        return context.integrationArn(TYPE_ID, integrationPattern());
    }

    @Override
    protected Value parameters(RenderContext context) {
        return ObjectValue.builder()
                .put("TopicArn", topic instanceof Literal ? Literal.of(topicArn(context)) : topic)
                .put("Message", message)
                .putIfNotNull("Subject", subject)
                .build();
    }

    @Override
    protected List<PolicyStatement> grants(RenderContext context) {
        String resource = topic instanceof Literal ? topicArn(context) : context.arn("sns", "*");
        switch (defect) {
            case MISSING_GRANT: return List.of();
            case WILDCARD_RESOURCE: return List.of(PolicyStatement.allow("sns:Publish", "*"));
            case WILDCARD_ACTION: return List.of(PolicyStatement.allow("*", resource));
            case EXTRA_ACTION: return List.of(PolicyStatement.allow(List.of("sns:Publish", "sns:DeleteTopic"), List.of(resource)));
            default:
                if (deliveryRole != null && defect != Defect.FORGETS_PASS_ROLE) {
                    return List.of(PolicyStatement.allow("sns:Publish", resource),
                            PolicyStatement.allow("iam:PassRole", io.github.sfntasks.api.iam.Grants.ROLE.arn(deliveryRole, context)));
                }
                return List.of(PolicyStatement.allow("sns:Publish", resource));
        }
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this);
        b.topic = topic;
        b.message = message;
        b.subject = subject;
        b.defect = defect;
        b.deliveryRole = deliveryRole;
        return b;
    }

    /** Builds a {@link TestPublish}. */
    public static final class Builder extends TaskBuilder<Builder, TestPublish> {
        private Value topic;
        private Value message;
        private String subject;
        private Defect defect = Defect.NONE;
        private String deliveryRole;

        Builder deliveryRole(String role) {
            this.deliveryRole = role;
            return this;
        }

        private Builder(String stateName) {
            super(stateName);
        }

        Builder topic(Value v) {
            this.topic = v;
            return this;
        }

        Builder message(Value v) {
            this.message = v;
            return this;
        }

        Builder subject(String s) {
            this.subject = s;
            return this;
        }

        Builder defect(Defect d) {
            this.defect = d;
            return this;
        }

        @Override
        protected TestPublish newTask() {
            return new TestPublish(this);
        }
    }
}
