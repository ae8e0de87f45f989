package io.github.sfntasks.conformance;

import io.github.sfntasks.api.ApiStatus;

import java.util.List;

/**
 * A provider broke a property of the kit. The message names the property, the provider, every problem found and
 * the request that showed them.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class ConformanceFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final List<String> problems;

    /**
     * @param property the property's name ({@code validPropertiesRenderValidAsl}...)
     * @param subject the provider (type id and class) and the request
     * @param problems what is wrong, one sentence each
     * @param cause an exception the provider threw, or {@code null}
     */
    public ConformanceFailure(String property, String subject, List<String> problems, Throwable cause) {
        super("[" + property + "] " + subject + System.lineSeparator() + "  - "
                + String.join(System.lineSeparator() + "  - ", problems), cause);
        this.property = property;
        this.problems = List.copyOf(problems);
    }

    /** @return the property that failed */
    public String property() {
        return property;
    }

    /** @return the problems, one sentence each */
    public List<String> problems() {
        return problems;
    }
}
