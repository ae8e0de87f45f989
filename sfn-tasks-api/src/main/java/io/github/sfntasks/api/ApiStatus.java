package io.github.sfntasks.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API status of a public type or member, in the manner of JUnit's {@code @API}.
 *
 * <p>{@link Status#STABLE} types keep source compatibility within a major version;
 * {@link Status#EXPERIMENTAL} ones may change in a minor version; {@link Status#INTERNAL} ones are
 * public only for technical reasons and are not for use outside sfn-tasks.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.PACKAGE})
public @interface ApiStatus {

    /** @return the status of the annotated element */
    Status value();

    /** @return the version that introduced the element in its current form ({@code "0.1"}), or {@code ""} */
    String since() default "";

    /** How stable an element is. */
    enum Status {
        /** Kept source compatible within a major version. */
        STABLE,
        /** May change in a minor version; feedback welcome. */
        EXPERIMENTAL,
        /** Not for use outside sfn-tasks. */
        INTERNAL
    }
}
