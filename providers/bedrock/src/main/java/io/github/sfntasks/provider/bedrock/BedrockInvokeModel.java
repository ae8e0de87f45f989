package io.github.sfntasks.provider.bedrock;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeBuilder;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.ShapeValue;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;

import java.util.List;
import java.util.function.Consumer;

/**
 * Invokes an Amazon Bedrock model ({@code arn:<partition>:states:::bedrock:invokeModel}): the AWS CDK v2's
 * {@code BedrockInvokeModel}.
 *
 * <pre>{@code
 * BedrockInvokeModel task = BedrockInvokeModel.builder("Prompt Model")
 *     .model("amazon.titan-text-express-v1")
 *     .body(TaskInput.fromObject(Map.of("inputText", "Generate a list of five first names.")))
 *     .build();
 * }</pre>
 *
 * <p><b>Properties</b> (the CDK's names): {@code model} (required: a foundation-model id such as
 * {@code amazon.titan-text-express-v1}, or the ARN of any Bedrock model: foundation, provisioned, custom, inference
 * profile; the CDK takes an {@code IModel}), {@code body} (the request body, any JSON) or {@code input}
 * ({@code s3Location {bucketName, objectKey}} or {@code s3InputUri}: the body is read from S3), one of the two;
 * {@code output} ({@code s3Location} or {@code s3OutputUri}: the response is written to S3), {@code contentType},
 * {@code accept}, {@code guardrail} ({@code guardrailIdentifier}, an id or ARN, and {@code guardrailVersion},
 * {@code DRAFT} or 1 to 99999999), {@code traceEnabled} (rendered {@code Trace: ENABLED|DISABLED}).
 *
 * <p><b>Pattern:</b> REQUEST_RESPONSE only (AWS page: InvokeModel has no {@code .sync} or callback form).
 *
 * <p><b>IAM</b> (AWS page "Invoke and customize Amazon Bedrock models with Step Functions", section "IAM policies
 * for calling Amazon Bedrock", and the CDK): {@code bedrock:InvokeModel} on the model's ARN (a foundation model
 * id becomes {@code arn:<partition>:bedrock:<region>::foundation-model/<id>}); a model chosen at run time gets the
 * page's "full access" pair {@code foundation-model/*} and {@code provisioned-model/*}, with a warning;
 * {@code s3:GetObject} on the input object, {@code s3:PutObject} on the output object
 * ({@code arn:<partition>:s3:::<bucket>/<key>}); {@code bedrock:ApplyGuardrail} on the guardrail's ARN.
 *
 * <p><b>Differences from the CDK</b> (aws-cdk-lib {@code aws-stepfunctions-tasks/lib/bedrock/invoke-model.ts}):
 * <ul>
 *   <li>{@code ModelId} is written as given (an id, as in the AWS page's example, or an ARN); the CDK writes its
 *       {@code IModel}'s ARN. The grant is the same ARN.</li>
 *   <li>A literal {@code s3InputUri}/{@code s3OutputUri} ({@code s3://bucket/key}) is granted on that object; the CDK
 *       grants {@code arn:<partition>:s3:::*} for any URI (narrower; a URI chosen at run time gets the CDK's
 *       {@code *}, with a warning).</li>
 *   <li>The CDK's pre-feature-flag reading of {@code inputPath}/{@code outputPath} as S3 URIs is not taken: those
 *       are the state's InputPath/OutputPath here, as with the CDK's
 *       {@code useNewS3UriParametersForBedrockInvokeModelTask} flag.</li>
 *   <li>An inference profile invokes foundation models in several regions, which need {@code bedrock:InvokeModel}
 *       too; neither the CDK nor we know them, so add them yourself.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html">Invoke and customize
 *      Amazon Bedrock models with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class BedrockInvokeModel extends ShapeTask {

    /** {@code bedrock:invokeModel}: REQUEST_RESPONSE only. */
    public static final TaskType TYPE = TaskType.of("bedrock:invokeModel", "Invoke an Amazon Bedrock model",
            IntegrationPattern.REQUEST_RESPONSE);

    /** A foundation model: {@code arn:<partition>:bedrock:<region>::foundation-model/<id>} (no account). */
    static final ResourceArn FOUNDATION_MODEL = new ResourceArn("bedrock", "foundation-model/", true, false, true);
    /** A provisioned model of the account. */
    static final ResourceArn PROVISIONED_MODEL = ResourceArn.of("bedrock", "provisioned-model/");
    /** A guardrail: {@code arn:<partition>:bedrock:<region>:<account>:guardrail/<id>}. */
    static final ResourceArn GUARDRAIL_ARN = ResourceArn.of("bedrock", "guardrail/").wholePlaceholderIsArn();
    /** An S3 bucket: {@code arn:<partition>:s3:::<bucket>}. */
    static final ResourceArn BUCKET = ResourceArn.of("s3", "").noAccount();

    static final String MODEL_PATTERN = "arn:[^:\\s]+:bedrock:[^:\\s]*:[^:\\s]*:[a-z-]+/\\S+|[A-Za-z0-9][A-Za-z0-9._:-]*";
    /** An S3 bucket name: lower-case letters and digits, runs of them joined by one dot or by hyphens. */
    static final String BUCKET_PATTERN = "[a-z0-9]+(?:(?:-+|\\.)[a-z0-9]+)*";
    static final String BUCKET_RULE = "an S3 bucket name (lower-case letters and digits; dots and hyphens between them, no dot next to a dot or hyphen)";
    static final String S3_URI_PATTERN = "s3://[a-z0-9]+(?:(?:-+|\\.)[a-z0-9]+)*/[^*?\\s]+";

    // ---- nested shapes -----------------------------------------------------------------------------------

    static final Field BUCKET_NAME = Field.string("bucketName", "Bucket").required().staticOnly().resource(BUCKET)
            .range(3, 63).pattern(BUCKET_PATTERN, BUCKET_RULE)
            .doc("The bucket");
    static final Field OBJECT_KEY = Field.string("objectKey", "Key").required().staticOnly().range(1, 1024)
            .pattern("[^*?]+", "an object key without * or ? (they would widen the grant)")
            .doc("The object key");
    /** An S3 object, the CDK's {@code s3.Location} without {@code objectVersion} (which the CDK refuses here). */
    public static final Shape S3_LOCATION = Shape.of("S3Location", BUCKET_NAME, OBJECT_KEY);

    static final Field IN_LOCATION = Field.object("s3Location", "S3Location", S3_LOCATION).staticOnly()
            .renderedAs(BedrockInvokeModel::s3Uri).doc("The S3 object the body is read from");
    static final Field IN_URI = Field.string("s3InputUri", "S3Uri").pattern(S3_URI_PATTERN, "an s3://bucket/key URI without * or ?")
            .doc("The S3 URI the body is read from (a path: chosen at run time)");
    /** Where the model's input is read from. */
    public static final Shape INPUT = Shape.of("Input", IN_LOCATION, IN_URI).exclusive(IN_LOCATION, IN_URI)
            .oneRequired(IN_LOCATION, IN_URI);

    static final Field OUT_LOCATION = Field.object("s3Location", "S3Location", S3_LOCATION).staticOnly()
            .renderedAs(BedrockInvokeModel::s3Uri).doc("The S3 object the response is written to");
    static final Field OUT_URI = Field.string("s3OutputUri", "S3Uri").pattern(S3_URI_PATTERN, "an s3://bucket/key URI without * or ?")
            .doc("The S3 URI the response is written to (a path: chosen at run time)");
    /** Where the model's output is written. */
    public static final Shape OUTPUT = Shape.of("Output", OUT_LOCATION, OUT_URI).exclusive(OUT_LOCATION, OUT_URI)
            .oneRequired(OUT_LOCATION, OUT_URI);

    static final Field GUARDRAIL_ID = Field.string("guardrailIdentifier", "GuardrailIdentifier").required()
            .resource(GUARDRAIL_ARN).range(1, 2048)
            .pattern("arn:[^:\\s]+:bedrock:[^:\\s]*:[^:\\s]*:guardrail/[a-z0-9]+|[a-z0-9]+",
                    "a guardrail id (lower-case letters and digits) or a guardrail ARN")
            .doc("The guardrail's id or ARN");
    static final Field GUARDRAIL_VERSION = Field.string("guardrailVersion", "GuardrailVersion").required()
            .pattern("DRAFT|[1-9][0-9]{0,7}", "DRAFT or a version from 1 to 99999999")
            .doc("The guardrail version: DRAFT or 1 to 99999999");
    /** A guardrail and its version, the CDK's {@code Guardrail}. */
    public static final Shape GUARDRAIL = Shape.of("Guardrail", GUARDRAIL_ID, GUARDRAIL_VERSION);

    // ---- the task ----------------------------------------------------------------------------------------

    static final Field MODEL = Field.string("model", "ModelId").required().resource(FOUNDATION_MODEL).range(1, 2048)
            .pattern(MODEL_PATTERN, "a foundation-model id or a Bedrock model ARN")
            .doc("The model: a foundation-model id or the ARN of a foundation, provisioned, custom or imported model or inference profile");
    static final Field ACCEPT = Field.string("accept", "Accept").doc("The MIME type of the response; default application/json");
    static final Field CONTENT_TYPE = Field.string("contentType", "ContentType")
            .doc("The MIME type of the input; default application/json");
    static final Field BODY = Field.json("body", "Body").doc("The request body, in the model's format");
    static final Field INPUT_FIELD = Field.object("input", "Input", INPUT).staticOnly().renderedAs(BedrockInvokeModel::s3UriObject)
            .doc("Read the body from S3 instead");
    static final Field OUTPUT_FIELD = Field.object("output", "Output", OUTPUT).staticOnly().renderedAs(BedrockInvokeModel::s3UriObject)
            .doc("Write the response to S3");
    static final Field GUARDRAIL_FIELD = Field.object("guardrail", null, GUARDRAIL).staticOnly()
            .doc("A guardrail to apply (rendered as GuardrailIdentifier and GuardrailVersion)");
    static final Field TRACE = Field.bool("traceEnabled", "Trace").staticOnly()
            .renderedAs(v -> Literal.of(((Literal) v).node().booleanValue() ? "ENABLED" : "DISABLED"))
            .doc("Whether to trace the guardrail (Trace: ENABLED or DISABLED)");

    /** The properties of {@code bedrock:invokeModel}. */
    public static final Shape SHAPE = Shape.of("InvokeModel", MODEL, ACCEPT, CONTENT_TYPE, BODY, INPUT_FIELD, OUTPUT_FIELD,
                    GUARDRAIL_FIELD, TRACE)
            .oneRequired(BODY, INPUT_FIELD).exclusive(BODY, INPUT_FIELD);

    private BedrockInvokeModel(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /** {@code {Bucket, Key}} as rendered becomes {@code s3://Bucket/Key}. */
    private static Value s3Uri(Value location) {
        ObjectValue o = (ObjectValue) location;
        return Literal.of("s3://" + ((Literal) o.get("Bucket")).text() + "/" + ((Literal) o.get("Key")).text());
    }

    /** {@code {S3Location: uri}} or {@code {S3Uri: uri}} becomes {@code {S3Uri: uri}}. */
    private static Value s3UriObject(Value rendered) {
        ObjectValue o = (ObjectValue) rendered;
        Value uri = o.get("S3Uri") != null ? o.get("S3Uri") : o.get("S3Location");
        return ObjectValue.builder().put("S3Uri", uri).build();
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    @Override
    protected Value parameters(RenderContext context) {
        ObjectValue rendered = shape().render(values());
        ShapeValue guardrail = values().nested(GUARDRAIL_FIELD);
        if (guardrail == null) {
            return rendered;
        }
        return rendered.toBuilder().put("GuardrailIdentifier", guardrail.value(GUARDRAIL_ID))
                .put("GuardrailVersion", guardrail.value(GUARDRAIL_VERSION)).build();
    }

    @Override
    protected void grants(Grants g) {
        RenderContext ctx = g.context();
        Value model = value(MODEL);
        if (model instanceof Literal l && l.isText()) {
            g.allow("bedrock:InvokeModel", FOUNDATION_MODEL.arn(l.text(), ctx));
        } else {
            String foundation = FOUNDATION_MODEL.wildcard(ctx);
            String provisioned = PROVISIONED_MODEL.wildcard(ctx);
            g.widened("model", "chosen at run time, so bedrock:InvokeModel is granted on every foundation model of the region ("
                    + foundation + ") and every provisioned model of the account (" + provisioned
                    + "); give a literal model (or a placeholder) for one model");
            g.allow(List.of("bedrock:InvokeModel"), List.of(foundation, provisioned));
        }
        s3Grant(g, "input", values().nested(INPUT_FIELD), IN_LOCATION, IN_URI, "s3:GetObject");
        s3Grant(g, "output", values().nested(OUTPUT_FIELD), OUT_LOCATION, OUT_URI, "s3:PutObject");
        ShapeValue guardrail = values().nested(GUARDRAIL_FIELD);
        if (guardrail != null) {
            g.allow("bedrock:ApplyGuardrail", g.resource("guardrail.guardrailIdentifier", guardrail.value(GUARDRAIL_ID), GUARDRAIL_ARN));
        }
    }

    /** The object an input or output names, or every object for a URI chosen at run time (as the CDK grants). */
    static void s3Grant(Grants g, String property, ShapeValue io, Field location, Field uri, String action) {
        if (io == null) {
            return;
        }
        RenderContext ctx = g.context();
        ShapeValue loc = io.nested(location);
        if (loc != null) {
            g.allow(action, BUCKET.arn(loc.text(BUCKET_NAME), ctx) + "/" + loc.text(OBJECT_KEY));
            return;
        }
        String text = io.text(uri);
        if (text != null && text.startsWith("s3://")) {
            g.allow(action, BUCKET.arn(text.substring("s3://".length()), ctx));
            return;
        }
        String all = BUCKET.arn("*", ctx);
        g.widened(property + "." + uri.name(), "chosen at run time, so " + action + " is granted on every S3 object (" + all
                + "), as the AWS CDK does; give an s3:// URI or an s3Location for one object");
        g.allow(action, all);
    }

    /** The nested {@code s3Location} builder. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class S3Location extends ShapeBuilder<S3Location> {
        S3Location() {
            super(S3_LOCATION);
        }

        /** @param name the bucket's name @return this builder */
        public S3Location bucketName(String name) {
            return set(BUCKET_NAME, name);
        }

        /** @param key the object key @return this builder */
        public S3Location objectKey(String key) {
            return set(OBJECT_KEY, key);
        }
    }

    /** The nested {@code input} builder. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Input extends ShapeBuilder<Input> {
        Input() {
            super(INPUT);
        }

        /** @param location fills the S3 object @return this builder */
        public Input s3Location(Consumer<S3Location> location) {
            return set(IN_LOCATION, new S3Location(), location);
        }

        /** @param uri an {@code s3://bucket/key} URI or a path @return this builder */
        public Input s3InputUri(Object uri) {
            return set(IN_URI, uri);
        }
    }

    /** The nested {@code output} builder. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Output extends ShapeBuilder<Output> {
        Output() {
            super(OUTPUT);
        }

        /** @param location fills the S3 object @return this builder */
        public Output s3Location(Consumer<S3Location> location) {
            return set(OUT_LOCATION, new S3Location(), location);
        }

        /** @param uri an {@code s3://bucket/key} URI or a path @return this builder */
        public Output s3OutputUri(Object uri) {
            return set(OUT_URI, uri);
        }
    }

    /** The nested {@code guardrail} builder (the CDK's {@code Guardrail.enable(id, version)}). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Guardrail extends ShapeBuilder<Guardrail> {
        Guardrail() {
            super(GUARDRAIL);
        }

        /** @param idOrArn the guardrail's id or ARN @return this builder */
        public Guardrail guardrailIdentifier(Object idOrArn) {
            return set(GUARDRAIL_ID, idOrArn);
        }

        /** @param version {@code DRAFT} or 1 to 99999999 (or a path) @return this builder */
        public Guardrail guardrailVersion(Object version) {
            return set(GUARDRAIL_VERSION, version);
        }
    }

    /** Builds a {@link BedrockInvokeModel}; every setter is the CDK prop of the same name. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, BedrockInvokeModel> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param idOrArn a foundation-model id or a model ARN (or a path) @return this builder */
        public Builder model(Object idOrArn) {
            return set(MODEL, idOrArn);
        }

        /** @param body the request body @return this builder */
        public Builder body(TaskInput body) {
            return set(BODY, body);
        }

        /** @param input fills where the body is read from @return this builder */
        public Builder input(Consumer<Input> input) {
            return set(INPUT_FIELD, new Input(), input);
        }

        /** @param output fills where the response is written @return this builder */
        public Builder output(Consumer<Output> output) {
            return set(OUTPUT_FIELD, new Output(), output);
        }

        /** @param mimeType the response's MIME type @return this builder */
        public Builder accept(Object mimeType) {
            return set(ACCEPT, mimeType);
        }

        /** @param mimeType the input's MIME type @return this builder */
        public Builder contentType(Object mimeType) {
            return set(CONTENT_TYPE, mimeType);
        }

        /** @param guardrail fills the guardrail and its version @return this builder */
        public Builder guardrail(Consumer<Guardrail> guardrail) {
            return set(GUARDRAIL_FIELD, new Guardrail(), guardrail);
        }

        /**
         * The CDK's {@code Guardrail.enable(identifier, version)}.
         *
         * @param idOrArn the guardrail's id or ARN
         * @param version 1 to 99999999
         * @return this builder
         */
        public Builder guardrail(String idOrArn, int version) {
            return guardrail(gr -> gr.guardrailIdentifier(idOrArn).guardrailVersion(Integer.toString(version)));
        }

        /** @param enabled whether to trace the guardrail @return this builder */
        public Builder traceEnabled(boolean enabled) {
            return set(TRACE, enabled);
        }

        @Override
        protected BedrockInvokeModel newTask() {
            return new BedrockInvokeModel(this);
        }
    }
}
