package com.example.sfntasks.secrets;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Arn;
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
 * Reads a secret ({@code arn:<partition>:states:::aws-sdk:secretsmanager:getSecretValue}).
 *
 * <pre>{@code
 * GetSecretValue.builder("Read the API key").secretId("prod/api-key").build();
 * }</pre>
 *
 * <p>IAM: {@code secretsmanager:GetSecretValue} on the secret: a name becomes
 * {@code arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-??????} (Secrets Manager appends six
 * random characters to every secret ARN); a full ARN is granted as given; a secret chosen at run time gets
 * {@code ...:secret:*}.
 *
 * @see <a href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_iam-policies.html">Secrets Manager IAM policies</a>
 */
public final class GetSecretValue extends ServiceTask {

    /** The provider type id. */
    public static final String TYPE_ID = "aws-sdk:secretsmanager:getSecretValue";

    /** An SDK integration used request/response. */
    public static final Set<IntegrationPattern> PATTERNS = EnumSet.of(IntegrationPattern.REQUEST_RESPONSE);

    /** A secret name, or a full secret ARN. */
    public static final String SECRET_ID = "^(arn:[a-z-]+:secretsmanager:[a-z0-9-]+:\\d{12}:secret:[A-Za-z0-9/_+=.@-]{1,512}|[A-Za-z0-9/_+=.@-]{1,512})$";
    /** A version id (a UUID). */
    public static final String VERSION_ID = "^[a-zA-Z0-9-]{32,64}$";
    /** A staging label. */
    public static final String VERSION_STAGE = "^[A-Za-z0-9_+=.@-]{1,256}$";

    private static final Pattern SECRET = Pattern.compile(SECRET_ID);
    private static final Pattern VERSION = Pattern.compile(VERSION_ID);
    private static final Pattern STAGE = Pattern.compile(VERSION_STAGE);
    private static final Pattern FULL_ARN_SUFFIX = Pattern.compile(".*-[A-Za-z0-9]{6}$");

    private final Value secretId;
    private final String versionId;
    private final String versionStage;

    private GetSecretValue(Builder b) {
        super(b, TYPE_ID, PATTERNS);
        this.secretId = require(b.secretId, "secretId");
        this.versionId = b.versionId;
        this.versionStage = b.versionStage;
        if (secretId instanceof Literal l) {
            if (!l.isText() || !SECRET.matcher(l.text()).matches()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "secretId", "must be a secret name or ARN, was " + l);
            }
        } else {
            check(secretId, "secretId");
        }
        if (versionId != null && !VERSION.matcher(versionId).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "versionId", "must be 32 to 64 letters, digits or -, was \"" + versionId + "\"");
        }
        if (versionStage != null && !STAGE.matcher(versionStage).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "versionStage", "must be a staging label of 1 to 256 characters");
        }
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected String resource(RenderContext context) {
        return context.integrationArn(TYPE_ID, integrationPattern());
    }

    @Override
    protected Value parameters(RenderContext context) {
        return ObjectValue.builder()
                .put("SecretId", secretId)
                .putIfNotNull("VersionId", versionId)
                .putIfNotNull("VersionStage", versionStage)
                .build();
    }

    @Override
    protected List<PolicyStatement> grants(RenderContext context) {
        String resource;
        if (!(secretId instanceof Literal l)) {
            resource = context.arn("secretsmanager", "secret:*");
        } else if (Arn.isArn(l.text())) {
            resource = FULL_ARN_SUFFIX.matcher(l.text()).matches() ? l.text() : l.text() + "-??????";
        } else {
            resource = context.arn("secretsmanager", "secret:" + l.text() + "-??????");
        }
        return List.of(PolicyStatement.allow("secretsmanager:GetSecretValue", resource));
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this);
        b.secretId = secretId;
        b.versionId = versionId;
        b.versionStage = versionStage;
        return b;
    }

    /** Builds a {@link GetSecretValue}. */
    public static final class Builder extends TaskBuilder<Builder, GetSecretValue> {
        private Value secretId;
        private String versionId;
        private String versionStage;

        private Builder(String stateName) {
            super(stateName);
        }

        /** @param nameOrArn the secret's name or ARN @return this builder */
        public Builder secretId(String nameOrArn) {
            this.secretId = nameOrArn == null ? null : Literal.of(nameOrArn);
            return this;
        }

        /** @param secret the secret chosen at run time (a path or expression) @return this builder */
        public Builder secretId(Value secret) {
            this.secretId = secret;
            return this;
        }

        /** @param id a version id @return this builder */
        public Builder versionId(String id) {
            this.versionId = id;
            return this;
        }

        /** @param stage a staging label, such as AWSPREVIOUS @return this builder */
        public Builder versionStage(String stage) {
            this.versionStage = stage;
            return this;
        }

        @Override
        protected GetSecretValue newTask() {
            return new GetSecretValue(this);
        }
    }
}
