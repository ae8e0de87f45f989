package io.github.sfntasks.api;

import java.util.Locale;

/**
 * The query language of a state or a state machine ({@code QueryLanguage} in ASL).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html">Transforming data with JSONata</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public enum QueryLanguage {
    /** Paths ({@code $.x}), intrinsic functions, {@code Parameters}, {@code ResultSelector}, {@code ResultPath}... */
    JSONPATH("JSONPath"),
    /** JSONata expressions ({@code {% ... %}}), {@code Arguments}, {@code Output}. */
    JSONATA("JSONata");

    private final String aslName;

    QueryLanguage(String aslName) {
        this.aslName = aslName;
    }

    /** @return the name ASL uses: {@code JSONPath} or {@code JSONata} */
    public String aslName() {
        return aslName;
    }

    /**
     * @param name an ASL name ({@code JSONPath}, {@code JSONata}); case-insensitive
     * @return the language
     * @throws TaskValidationException when the name is neither
     */
    public static QueryLanguage fromAslName(String name) {
        if (name != null) {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "jsonpath": return JSONPATH;
                case "jsonata": return JSONATA;
                default: break;
            }
        }
        throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "QueryLanguage",
                "must be \"JSONPath\" or \"JSONata\", was " + (name == null ? "null" : "\"" + name + "\""));
    }
}
