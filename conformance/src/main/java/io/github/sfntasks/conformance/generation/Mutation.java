package io.github.sfntasks.conformance.generation;

import io.github.sfntasks.api.ApiStatus;

/** The ways the kit breaks a valid request to check that the provider refuses it. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public enum Mutation {
    /** A required property is left out (both {@code name} and {@code name.$}). */
    DROP_REQUIRED,
    /** A property gets a value of a JSON type its schema does not allow. */
    WRONG_TYPE,
    /** A number, a length, an item count, an enum value or a pattern the schema excludes. */
    OUT_OF_RANGE,
    /** A {@code "name.$"} member holds a path that does not parse. */
    BAD_PATH,
    /** A {@code "name.$"} member holds an intrinsic call that does not parse or has wrong arguments. */
    BAD_INTRINSIC,
    /** A property the schema does not know (often a typo). */
    UNKNOWN_PROPERTY,
    /** An integration pattern the provider does not support. */
    UNSUPPORTED_PATTERN,
    /** {@code null} where the schema does not allow it. */
    NULL_VALUE,
    /** A {@code "name.$"} member in a JSONata state, or a {@code "{% %}"} expression in a JSONPath state. */
    WRONG_QUERY_LANGUAGE,
    /** A state name ASL refuses (longer than 80 characters). */
    BAD_STATE_NAME
}
