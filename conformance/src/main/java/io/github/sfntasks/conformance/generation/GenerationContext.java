package io.github.sfntasks.conformance.generation;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;

import java.util.Objects;

/**
 * What a generated request is for, handed to {@link ProviderArbitraries#property}: the provider's type id, the
 * state's query language and the integration pattern the request asks for.
 *
 * @param typeId the provider type id
 * @param queryLanguage the state's query language; in {@link QueryLanguage#JSONATA} a value may be a
 *                      {@code "{% ... %}"} expression, in {@link QueryLanguage#JSONPATH} it may not
 * @param integrationPattern the requested pattern, or {@code null} when the request leaves it to the provider
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public record GenerationContext(String typeId, QueryLanguage queryLanguage, IntegrationPattern integrationPattern) {

    /** @throws NullPointerException when the type id or the language is missing */
    public GenerationContext {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(queryLanguage, "queryLanguage");
    }
}
