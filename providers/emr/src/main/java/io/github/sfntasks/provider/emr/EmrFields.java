package io.github.sfntasks.provider.emr;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The declarations the EMR task types share: the cluster, roles, configurations, key-value lists. */
final class EmrFields {

    private EmrFields() {
    }

    /** An EMR cluster in IAM: {@code arn:<partition>:elasticmapreduce:<region>:<account>:cluster/<id>}. */
    static final ResourceArn CLUSTER = ResourceArn.of("elasticmapreduce", "cluster/");

    /** The cluster id every task but createCluster names. */
    static final Field CLUSTER_ID = Field.string("clusterId", "ClusterId").required().range(1, 256)
            .pattern("[A-Za-z0-9_.-]+", "a cluster id (j-1K48XXXXXXHCB), not an ARN").resource(CLUSTER)
            .doc("The cluster id (j-...); a path for a cluster chosen at run time");

    /** A role name, or a role ARN whose name part is what the ASL carries. */
    static final String ROLE_PATTERN = "[\\w+=,.@-]{1,64}|arn:aws[a-z-]*:iam::[0-9]{12}:role/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}";

    /**
     * @param name the property name
     * @param aslName the ASL key
     * @param doc the documentation line
     * @return a role field: a name or ARN (placeholders allowed), rendered as the role's name as the CDK renders
     *         {@code role.roleName}, granted {@code iam:PassRole} on its ARN
     */
    static Field role(String name, String aslName, String doc) {
        return Field.string(name, aslName).pattern(ROLE_PATTERN, "an IAM role name or role ARN").resource(Grants.ROLE)
                .renderedAs(EmrFields::roleName).doc(doc);
    }

    private static Value roleName(Value v) {
        if (v instanceof Literal l && l.isText() && l.text().startsWith("arn:")) {
            String text = l.text();
            return Literal.of(text.substring(text.lastIndexOf('/') + 1));
        }
        return v;
    }

    /**
     * @param v a map as given (an object of strings, some of them paths)
     * @return {@code [{"Key": k, "Value": v}, ...]}, as the CDK renders tags and step properties
     */
    static Value keyValueList(Value v) {
        Map<String, Value> members = new LinkedHashMap<>();
        if (v instanceof ObjectValue o) {
            members.putAll(o.members());
        } else if (v instanceof Literal l && l.node().isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = l.node().properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                members.put(e.getKey(), Literal.of(e.getValue()));
            }
        } else {
            return v;
        }
        ArrayValue.Builder out = ArrayValue.builder();
        members.forEach((k, value) -> out.add(ObjectValue.builder().put("Key", k).put("Value", value).build()));
        return out.build();
    }

    /** How deep configurations nest: a configuration's {@code configurations} hold configurations, four levels. */
    static final int CONFIGURATION_DEPTH = 4;

    /** A configuration (classification, properties, nested configurations), as the EMR API's Configuration. */
    static final Shape CONFIGURATION = configuration(CONFIGURATION_DEPTH);

    private static Shape configuration(int depth) {
        Field classification = Field.string("classification", "Classification").range(0, 256)
                .doc("The classification (spark-defaults, hadoop-env, export...)");
        Field properties = Field.stringMap("properties", "Properties").doc("The properties of the classification");
        if (depth == 1) {
            return Shape.of("Configuration", classification, properties);
        }
        return Shape.of("Configuration", classification, properties,
                Field.list("configurations", "Configurations", configuration(depth - 1))
                        .doc("Configurations within this one (up to " + CONFIGURATION_DEPTH + " levels in all)"));
    }

    /** @return the configurations list field of a top-level or instance-level object */
    static Field configurations() {
        return Field.list("configurations", "Configurations", CONFIGURATION)
                .doc("Configurations of the applications (classification, properties, nested configurations)");
    }
}
