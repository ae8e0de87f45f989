package io.github.sfntasks.conformance.cdk.internal;

import io.github.sfntasks.conformance.cdk.CdkTaskFactory;

import java.util.Objects;

/** What every factory here shares: the type id it is registered under. */
abstract class CdkFactoryBase implements CdkTaskFactory {

    private final String typeId;

    /** @param typeId the provider type id whose CDK twin the factory builds */
    CdkFactoryBase(String typeId) {
        this.typeId = Objects.requireNonNull(typeId, "typeId");
    }

    @Override
    public final String typeId() {
        return typeId;
    }
}
