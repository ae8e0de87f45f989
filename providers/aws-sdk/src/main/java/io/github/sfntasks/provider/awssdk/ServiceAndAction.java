package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.support.PropertyReader;

/**
 * The service and action of an AWS SDK call, from a workflow file's type id
 * ({@code aws-sdk:s3:getObject}) and/or its {@code service} and {@code action} properties.
 *
 * @param service the service, or {@code null} when neither names it
 * @param action the action, or {@code null} when neither names it
 */
record ServiceAndAction(String service, String action) {

    /**
     * @param p the property reader (reads {@code service} and {@code action})
     * @param typeId the type id as written, or {@code null}
     * @param providerId the provider's own type id, such as {@code aws-sdk}
     * @return the service and action; the type id and the properties agree where both give them
     */
    static ServiceAndAction resolve(PropertyReader p, String typeId, String providerId) {
        String service = p.string("service");
        String action = p.string("action");
        if (typeId == null || typeId.equals(providerId)) {
            return new ServiceAndAction(service, action);
        }
        String form = providerId + ":<service>:<action>";
        if (!typeId.startsWith(providerId + ":")) {
            throw p.invalid(ErrorCode.INVALID_PROPERTY, "service",
                    "the type id \"" + typeId + "\" is not " + providerId + " or " + form);
        }
        String[] parts = typeId.substring(providerId.length() + 1).split(":", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw p.invalid(ErrorCode.INVALID_PROPERTY, parts[0].isEmpty() ? "service" : "action",
                    "the type id \"" + typeId + "\" must be written " + form + ", for example " + providerId + ":s3:getObject");
        }
        if (service != null && !service.equals(parts[0])) {
            throw p.invalid(ErrorCode.CONFLICTING_PROPERTIES, "service",
                    "is \"" + service + "\" but the type id \"" + typeId + "\" names \"" + parts[0] + "\"; give it once");
        }
        if (action != null && !action.equals(parts[1])) {
            throw p.invalid(ErrorCode.CONFLICTING_PROPERTIES, "action",
                    "is \"" + action + "\" but the type id \"" + typeId + "\" names \"" + parts[1] + "\"; give it once");
        }
        return new ServiceAndAction(parts[0], parts[1]);
    }
}
