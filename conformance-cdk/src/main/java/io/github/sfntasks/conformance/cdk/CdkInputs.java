package io.github.sfntasks.conformance.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.TaskInput;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a request property that is a task input (a payload, a message body) into the CDK's {@link TaskInput}: a
 * {@code "name.$"} path or intrinsic call, an object (whose {@code ".$"} members the CDK writes back as given), or a
 * text. Other JSON (numbers, arrays, {@code null}) is not expressible as a CDK {@code TaskInput}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class CdkInputs {

    private CdkInputs() {
    }

    /**
     * @param node a JSON object of a request (a payload)
     * @return it as the map a CDK prop takes; a {@code "key.$"} member holding the task token becomes
     *         {@code key: JsonPath.taskToken()} (so the CDK sees the token), other {@code ".$"} members stay as written
     *         (the CDK writes them back unchanged)
     */
    public static Map<String, Object> object(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            String k = e.getKey();
            JsonNode v = e.getValue();
            if (k.endsWith(".$") && v.isTextual() && v.textValue().equals("$$.Task.Token")) {
                out.put(k.substring(0, k.length() - 2), JsonPath.getTaskToken());
            } else if (v.isObject()) {
                out.put(k, object(v));
            } else if (containsNull(v)) {
                // jsii turns a Java null into JavaScript undefined, which the CDK leaves out: not what a CDK
                // user writing null in TypeScript gets, so not comparable
                throw new CdkTaskFactory.NotExpressible("a null member (jsii drops it on the way to the CDK)");
            } else {
                out.put(k, CdkOptions.plain(v));
            }
        });
        return out;
    }

    /**
     * @param v a JSON value
     * @return whether it is {@code null} or holds one at any depth (jsii turns a Java null into JavaScript
     *         {@code undefined}, so such a value cannot reach the CDK as written)
     */
    public static boolean containsNull(JsonNode v) {
        if (v.isNull()) {
            return true;
        }
        for (JsonNode child : v) {
            if (containsNull(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param props the request's properties
     * @param name the property
     * @return the CDK input, or {@code null} when the property is absent
     * @throws CdkTaskFactory.NotExpressible for values a {@code TaskInput} cannot hold
     */
    public static TaskInput taskInput(ObjectNode props, String name) {
        JsonNode dynamic = props.get(name + ".$");
        if (dynamic != null) {
            return TaskInput.fromJsonPathAt(dynamic.asText());
        }
        JsonNode v = props.get(name);
        if (v == null) {
            return null;
        }
        if (v.isObject()) {
            return TaskInput.fromObject(object(v));
        }
        if (v.isNull()) {
            throw new CdkTaskFactory.NotExpressible(name + " as null (jsii drops it on the way to the CDK)");
        }
        if (v.isTextual()) {
            return TaskInput.fromText(v.textValue());
        }
        throw new CdkTaskFactory.NotExpressible(name + " as " + v.getNodeType() + " (a TaskInput is an object, a text or a path)");
    }
}
