package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the SageMaker tasks share: the resource kinds, the name rule, the fields that several APIs have (role, tags,
 * VPC configuration, instance type, KMS keys), the defaults the AWS CDK renders, and the grant forms. Declared once
 * here so that each task's shape reads as the API's.
 */
final class SageMakerFields {

    private SageMakerFields() {
    }

    /** The service principal a SageMaker role is passed to ({@code iam:PassedToService}). */
    static final String SERVICE = "sagemaker.amazonaws.com";

    static final ResourceArn TRAINING_JOB = ResourceArn.of("sagemaker", "training-job/");
    static final ResourceArn TRANSFORM_JOB = ResourceArn.of("sagemaker", "transform-job/");
    static final ResourceArn MODEL = ResourceArn.of("sagemaker", "model/");
    static final ResourceArn ENDPOINT = ResourceArn.of("sagemaker", "endpoint/");
    static final ResourceArn ENDPOINT_CONFIG = ResourceArn.of("sagemaker", "endpoint-config/");
    /** A role: an ARN (a whole placeholder is taken for the ARN, as the CDK's {@code role.roleArn}) or a name. */
    static final ResourceArn ROLE = Grants.ROLE.wholePlaceholderIsArn();
    /** A KMS key: an id, an ARN or an alias, written as given (SageMaker takes each). */
    static final ResourceArn KMS_KEY = ResourceArn.of("kms", "key/").wholePlaceholderIsArn();

    /** The name rule of SageMaker jobs, models, endpoint configurations and endpoints (API reference). */
    static final String NAME_PATTERN = "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}";
    static final String NAME_RULE = "1 to 63 letters, digits and hyphens, starting and ending with a letter or digit";

    /** A name of a resource of {@code kind}: the API's length and characters, placeholders allowed, no wildcard. */
    static Field name(String property, String aslName, ResourceArn kind, String doc) {
        return Field.string(property, aslName).required().range(1, 63).pattern(NAME_PATTERN, NAME_RULE).resource(kind).doc(doc);
    }

    /** The IAM role SageMaker assumes, rendered as its ARN. */
    static Field role(String aslName) {
        // static: the role decides the iam:PassRole grant, and a role chosen at run time would need PassRole on every role
        return Field.string("role", aslName).required().staticOnly().range(1, 2048).resource(ROLE)
                .doc("The IAM role SageMaker assumes: its ARN, or its name in the state machine's account (rendered as the ARN)");
    }

    /** A KMS key SageMaker encrypts with. */
    static Field kmsKey(String property, String aslName, String doc) {
        return Field.string(property, aslName).range(1, 2048).resource(KMS_KEY).doc(doc);
    }

    /**
     * Tags given as an object of strings and rendered as the API's list of {@code {Key, Value}}; a path or expression
     * is written as it is (it must then give the list).
     */
    static final Field TAGS = Field.stringMap("tags", "Tags").range(0, 50).renderedAs(SageMakerFields::tagList)
            .doc("Tags as an object of strings, rendered as the list of {Key, Value} SageMaker takes");

    /**
     * An instance type as SageMaker spells it ({@code ml.m5.xlarge}) or as the CDK's {@code ec2.InstanceType}
     * ({@code m5.xlarge}, rendered with the {@code ml.} prefix, as the CDK does).
     */
    static Field instanceType(boolean required) {
        Field f = Field.string("instanceType", "InstanceType").range(1, 64)
                .pattern("(ml\\.)?[a-z][a-z0-9-]*\\.[a-z0-9-]+", "an ML instance type such as ml.m5.xlarge (or m5.xlarge, rendered with the ml. prefix)")
                .renderedAs(SageMakerFields::mlPrefix).doc("The ML compute instance type (ml.m5.xlarge; m5.xlarge gets the ml. prefix)");
        return required ? f.required() : f;
    }

    static final Field SECURITY_GROUP_IDS = Field.stringList("securityGroupIds", "SecurityGroupIds").required().range(1, 5)
            .pattern("[-0-9a-zA-Z]{1,32}", "a security group id such as sg-0123456789abcdef0").doc("The VPC security group ids");
    static final Field SUBNETS = Field.stringList("subnets", "Subnets").required().range(1, 16)
            .pattern("[-0-9a-zA-Z]{1,32}", "a subnet id such as subnet-0123456789abcdef0").doc("The subnet ids");
    /** The {@code VpcConfig} of training jobs and models. */
    static final Shape VPC_CONFIG = Shape.of("VpcConfig", SECURITY_GROUP_IDS, SUBNETS);

    // ---- rendering -------------------------------------------------------------------------------------

    static Value tagList(Value tags) {
        ArrayValue.Builder list = ArrayValue.builder();
        if (tags instanceof ObjectValue o) {
            o.members().forEach((k, v) -> list.add(ObjectValue.builder().put("Key", k).put("Value", v).build()));
            return list.build();
        }
        if (tags instanceof Literal l && l.node().isObject()) {
            l.node().properties().forEach(e -> list.add(ObjectValue.builder().put("Key", e.getKey())
                    .put("Value", Literal.of(e.getValue())).build()));
            return list.build();
        }
        return tags;
    }

    static Value mlPrefix(Value type) {
        return type instanceof Literal l && l.isText() && !l.text().startsWith("ml.") ? Literal.of("ml." + l.text()) : type;
    }

    /** @return a renderer that puts {@code key: value} first into an object that lacks it (a default the CDK renders) */
    static UnaryOperator<Value> withDefault(String key, Object value) {
        return v -> {
            if (!(v instanceof ObjectValue o) || o.members().containsKey(key)) {
                return v;
            }
            ObjectValue.Builder b = ObjectValue.builder().put(key, value);
            o.members().forEach(b::put);
            return b.build();
        };
    }

    /**
     * The rendered parameters with defaults for absent top-level fields, in declaration order.
     *
     * @param shape the task's shape
     * @param rendered what the shape rendered
     * @param defaults the ASL value of each field that the CDK renders when it is not given
     */
    static ObjectValue withDefaults(Shape shape, ObjectValue rendered, Map<Field, Value> defaults) {
        ObjectValue.Builder b = ObjectValue.builder();
        for (Field f : shape.fields()) {
            if (f.aslName() == null) {
                continue;
            }
            Value v = rendered.members().containsKey(f.aslName()) ? rendered.get(f.aslName()) : defaults.get(f);
            if (v != null || rendered.members().containsKey(f.aslName())) {
                b.put(f.aslName(), v);
            }
        }
        return b.build();
    }

    /** The role member rendered as the role's ARN (a name becomes the ARN in the context's account). */
    static ObjectValue roleAsArn(ObjectValue rendered, String aslName, Value role, RenderContext context) {
        if (!(role instanceof Literal l) || !l.isText()) {
            return rendered;
        }
        return rendered.toBuilder().put(aslName, ROLE.arn(l.text(), context)).build();
    }

    // ---- grants ----------------------------------------------------------------------------------------

    /**
     * The resource a grant names for a SageMaker name: the ARN of the name (placeholders kept in place), its literal
     * parts lower-cased where SageMaker's ARNs lower-case names (as the CDK does for models and endpoints), with
     * {@code *} after it where the AWS page and the CDK grant the name as a prefix; for a name chosen at run time every
     * resource of the kind in the account and region, with a warning.
     */
    static String nameGrant(Grants g, String property, Value name, ResourceArn kind, boolean lowerCase, boolean prefix) {
        if (name instanceof Literal l && l.isText()) {
            String text = lowerCase ? lowerLiterals(l.text()) : l.text();
            return kind.arn(text, g.context()) + (prefix ? "*" : "");
        }
        return g.resource(property, name, kind);
    }

    /** The literal parts of a text lower-cased, its placeholders untouched. */
    static String lowerLiterals(String text) {
        StringBuilder out = new StringBuilder();
        for (Placeholders.Part p : Placeholders.parts(text)) {
            out.append(p.placeholder() ? p.text() : p.text().toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** {@code iam:PassRole} on the role, to SageMaker only. */
    static void passRole(Grants g, Value role) {
        if (role == null) {
            return;
        }
        g.add(PolicyStatement.allow("iam:PassRole", g.resource("role", role, ROLE))
                .withConditions(PolicyStatement.Condition.of("StringEquals", "iam:PassedToService", SERVICE)));
    }

    /** {@code sagemaker:ListTags} on {@code *}: the action takes no resource-level permission (AWS page, CDK). */
    static void listTags(Grants g) {
        g.allow("sagemaker:ListTags", "*");
    }
}
