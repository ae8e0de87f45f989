package io.github.sfntasks.api;

import java.util.Objects;

/**
 * A task, a state or a value is invalid. Names the state (when known), the property path
 * (for example {@code containerOverrides[0].environment[2].name}) and the reason.
 *
 * <p>Thrown by builders in {@code build()}, by {@link io.github.sfntasks.api.spi.TaskProvider#create(io.github.sfntasks.api.spi.TaskRequest)}, and by
 * value factories such as {@code JsonPath.stringAt("...")} (those know no state yet: a state name
 * is added when a workflow file is read).
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public class TaskValidationException extends SfnTasksException {

    private static final long serialVersionUID = 1L;

    private final String stateName;
    private final String property;
    private final String detail;
    private final java.util.List<TaskValidationException> others;

    /**
     * @param code the kind of problem
     * @param stateName the state's name, or {@code null} when not known
     * @param property the property path, or {@code null} when the problem is the state as a whole
     * @param detail what is wrong and what would be right
     */
    public TaskValidationException(ErrorCode code, String stateName, String property, String detail) {
        this(code, stateName, property, detail, java.util.List.of());
    }

    private TaskValidationException(ErrorCode code, String stateName, String property, String detail,
                                    java.util.List<TaskValidationException> others) {
        super(code, describe(stateName, property, detail) + alsoText(others));
        this.stateName = stateName;
        this.property = property;
        this.detail = Objects.requireNonNull(detail, "detail");
        this.others = java.util.List.copyOf(others);
    }

    private static String alsoText(java.util.List<TaskValidationException> others) {
        StringBuilder sb = new StringBuilder();
        for (TaskValidationException o : others) {
            sb.append("\n  and: ").append(describe(null, o.property, o.detail)).append(" (").append(o.code().code()).append(")");
        }
        return sb.toString();
    }

    /**
     * Every problem of one state at once: the first, carrying the others.
     *
     * @param problems the problems found, at least one, in the order found
     * @return the first, with the others attached (see {@link #problems()})
     */
    public static TaskValidationException of(java.util.List<TaskValidationException> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem");
        }
        TaskValidationException first = problems.get(0);
        if (problems.size() == 1) {
            return first;
        }
        java.util.List<TaskValidationException> rest = new java.util.ArrayList<>(first.others);
        for (TaskValidationException p : problems.subList(1, problems.size())) {
            rest.addAll(p.problems());
        }
        return new TaskValidationException(first.code(), first.stateName, first.property, first.detail, rest);
    }

    /** @return this problem and every other found with it, in order (one, most of the time) */
    public java.util.List<TaskValidationException> problems() {
        if (others.isEmpty()) {
            return java.util.List.of(this);
        }
        java.util.List<TaskValidationException> all = new java.util.ArrayList<>();
        all.add(new TaskValidationException(code(), stateName, property, detail));
        all.addAll(others);
        return java.util.List.copyOf(all);
    }

    private static String describe(String stateName, String property, String detail) {
        return appendLocation(new StringBuilder(), stateName, property).append(DisplayText.escape(detail)).toString();
    }

    /**
     * Writes the {@code state "X": property: } prefix that every located message starts with, its parts escaped
     * ({@link DisplayText}): one format for exceptions, workflow problems and warnings.
     *
     * @param into where to write
     * @param stateName the state, or {@code null}
     * @param property the property path, or {@code null} or empty
     * @return {@code into}
     */
    @ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
    public static StringBuilder appendLocation(StringBuilder into, String stateName, String property) {
        if (stateName != null) {
            into.append("state \"").append(DisplayText.escape(stateName)).append("\": ");
        }
        if (property != null && !property.isEmpty()) {
            into.append(DisplayText.escape(property)).append(": ");
        }
        return into;
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
        java.util.List<TaskValidationException> locatedOthers = new java.util.ArrayList<>();
        for (TaskValidationException o : others) {
            locatedOthers.add(o.locate(state, propertyPrefix));
        }
        TaskValidationException located = new TaskValidationException(code(), s, p, detail, locatedOthers);
        located.setStackTrace(getStackTrace());
        return located;
    }
}
