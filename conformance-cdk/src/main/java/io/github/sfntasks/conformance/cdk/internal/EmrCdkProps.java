package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory.NotExpressible;
import io.github.sfntasks.conformance.internal.Json;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.services.stepfunctions.JsonPath;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request properties of the EMR tasks (the CDK's prop names) set on the CDK's jsii builders by reflection: each
 * member calls the builder method of its name with the value converted to the parameter's type (a nested struct
 * through its own {@code builder()}, lists and maps item by item, an enum by its constant, {@code Size} from whole GiB,
 * {@code Duration} from whole seconds, a {@code "name.$"} path as {@code JsonPath.stringAt/numberAt/listAt}). What
 * the CDK's types cannot hold throws {@link NotExpressible}.
 */
final class EmrCdkProps {

    static final RenderContext CDK = LambdaInvokeCdkFactory.CDK;

    private EmrCdkProps() {
    }

    /**
     * @param builder a jsii builder
     * @param props the request members to set
     * @param skip members set otherwise (roles)
     */
    static void apply(Object builder, ObjectNode props, Set<String> skip) {
        props.properties().forEach(e -> {
            String key = e.getKey();
            boolean path = key.endsWith(".$");
            String name = path ? key.substring(0, key.length() - 2) : key;
            if (skip.contains(name)) {
                return;
            }
            Method m = method(builder.getClass(), name);
            Object value = path ? path(m.getGenericParameterTypes()[0], e.getValue().textValue(), name)
                    : convert(m.getGenericParameterTypes()[0], e.getValue(), name);
            try {
                m.invoke(builder, value);
            } catch (IllegalAccessException | InvocationTargetException ex) {
                throw new IllegalStateException(name + ": " + ex.getCause(), ex);
            }
        });
    }

    private static Method method(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1) {
                return m;
            }
        }
        throw new NotExpressible(name + " (the CDK has no such prop on " + type.getSimpleName() + ")");
    }

    private static Object path(Type type, String path, String name) {
        if (!path.startsWith("$")) {
            throw new NotExpressible(name + " as an intrinsic function (the CDK's JsonPath takes paths)");
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return JsonPath.stringAt(path);
        }
        if (raw == Number.class) {
            return JsonPath.numberAt(path);
        }
        if (raw == List.class && raw(element(type)) == String.class) {
            return JsonPath.listAt(path);
        }
        throw new NotExpressible(name + " chosen at run time (the CDK takes a " + raw.getSimpleName() + ")");
    }

    private static Object convert(Type type, JsonNode v, String name) {
        Class<?> raw = raw(type);
        if (v.isNull()) {
            throw new NotExpressible("a null " + name + " (jsii drops it)");
        }
        if (v.isTextual() && JsonataExpression.isExpression(v.textValue()) && raw != String.class) {
            throw new NotExpressible(name + " as a JSONata expression (the CDK takes a " + raw.getSimpleName() + ")");
        }
        if (raw == String.class) {
            if (v.textValue().contains("{Token[")) { // ${Token[...]} and #{Token[...]}, as CdkRenderer cannot resolve them
                throw new NotExpressible(name + " holding a CDK token of no construct of the stack");
            }
            return v.textValue();
        }
        if (raw == Number.class) {
            return v.numberValue();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return v.booleanValue();
        }
        if (raw == Size.class) {
            return Size.gibibytes(v.numberValue());
        }
        if (raw == Duration.class) {
            return Duration.seconds(v.numberValue());
        }
        if (raw.isEnum()) {
            String wanted = v.textValue().replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
            for (Object c : raw.getEnumConstants()) {
                if (((Enum<?>) c).name().replace("_", "").equals(wanted)) {
                    return c;
                }
            }
            throw new NotExpressible(name + " \"" + v.textValue() + "\" (not a constant of " + raw.getSimpleName() + ")");
        }
        if (raw == List.class) {
            List<Object> out = new ArrayList<>();
            for (JsonNode item : (ArrayNode) v) {
                out.add(convert(element(type), item, name));
            }
            return out;
        }
        if (raw == Map.class) {
            Map<String, Object> out = new LinkedHashMap<>();
            v.properties().forEach(e -> out.put(e.getKey().endsWith(".$") ? e.getKey().substring(0, e.getKey().length() - 2) : e.getKey(),
                    e.getKey().endsWith(".$") ? JsonPath.stringAt(e.getValue().textValue()) : e.getValue().textValue()));
            return out;
        }
        if (raw.isInterface() && v.isObject()) {
            try {
                Object b = raw.getMethod("builder").invoke(null);
                apply(b, (ObjectNode) v, Set.of());
                return b.getClass().getMethod("build").invoke(b);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(name + ": " + ex, ex);
            }
        }
        throw new NotExpressible(name + " as " + v.getNodeType() + " (the CDK takes a " + raw.getSimpleName() + ")");
    }

    private static Type element(Type list) {
        Type t = ((ParameterizedType) list).getActualTypeArguments()[0];
        return t instanceof WildcardType w ? w.getUpperBounds()[0] : t;
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }

    /**
     * @param props the request
     * @param name a resource property
     * @return its static text, or {@code null} when absent
     * @throws NotExpressible when it is chosen at run time or holds a placeholder the CDK would not resolve alike
     */
    static String staticResource(ObjectNode props, String name) {
        if (props.has(name + ".$")) {
            throw new NotExpressible(name + " chosen at run time (the CDK takes a construct)");
        }
        JsonNode v = props.get(name);
        if (v == null) {
            return null;
        }
        if (io.github.sfntasks.api.Placeholders.contains(v.textValue()) || JsonataExpression.isExpression(v.textValue())) {
            throw new NotExpressible(name + " as a placeholder or expression (the CDK takes a construct)");
        }
        return v.textValue();
    }

    /**
     * Our grant of one named cluster, the CDK's of every cluster of the account: ours is widened to the CDK's before
     * comparing (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html names the cluster).
     *
     * @param ours our render, rewritten
     */
    static void widenClusterToCdks(ObjectNode ours) {
        String all = CDK.arn("elasticmapreduce", "cluster/*");
        for (JsonNode s : ours.get("statements")) {
            List<String> resources = Json.texts(s.get("Resource"));
            if (resources.size() == 1 && resources.get(0).startsWith(CDK.arn("elasticmapreduce", "cluster/"))) {
                ((ObjectNode) s).put("Resource", all);
            }
        }
    }
}
