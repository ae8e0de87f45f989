package io.github.sfntasks.api;

import java.util.Objects;

/**
 * A task, a state or a value is invalid. Names the state (when known), the property path
 * (for example {@code containerOverrides[0].environment[2].name}) and the reason.
 *
 * <p>Thrown by builders in {@code build()}, by {@link TaskProvider#create(TaskRequest)}, and by
 * value factories such as {@code JsonPath.stringAt("...")} (those know no state yet: a state name
 * is added when a workflow file is read).
 */
@ApiStatus(ApiStatus.Status.STABLE)
public class TaskValidationException extends SfnTasksException {

    private static final long serialVersionUID = 1L;

    private final String stateName;
    private final String property;
    private final String detail;

    /**
     * @param code the kind of problem
     * @param stateName the state's name, or {@code null} when not known
     * @param property the property path, or {@code null} when the problem is the state as a whole
     * @param detail what is wrong and what would be right
     */
    public TaskValidationException(ErrorCode code, String stateName, String property, String detail) {
        super(code, describe(stateName, property, detail));
        this.stateName = stateName;
        this.property = property;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    private static String describe(String stateName, String property, String detail) {
        StringBuilder sb = new StringBuilder();
        if (stateName != null) {
            sb.append("state \"").append(stateName).append("\": ");
        }
        if (property != null && !property.isEmpty()) {
            sb.append(property).append(": ");
        }
        return sb.append(detail).toString();
    }

    /** @return the state's name, or {@code null} when the problem was found outside a state */
    public String stateName() {
        return stateName;
    }

    /** @return the property path, or {@code null} */
    public String property() {
        return property;
    }

    /** @return what is wrong, without state and property */
    public String detail() {
        return detail;
    }

    /**
     * The same problem, placed in a state and under a property prefix.
     *
     * @param state the state's name (replaces none that is already set)
     * @param propertyPrefix a property path to put in front of this one, or {@code null}
     * @return a located copy
     */
    public TaskValidationException locate(String state, String propertyPrefix) {
        String s = stateName != null ? stateName : state;
        String p;
        if (propertyPrefix == null || propertyPrefix.isEmpty()) {
            p = property;
        } else if (property == null || property.isEmpty()) {
            p = propertyPrefix;
        } else if (property.startsWith("[")) {
            p = propertyPrefix + property;
        } else {
            p = propertyPrefix + "." + property;
        }
        TaskValidationException located = new TaskValidationException(code(), s, p, detail);
        located.setStackTrace(getStackTrace());
        return located;
    }
}
