package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;

/** Whether a write returns statistics about the item collections it changed ({@code ReturnItemCollectionMetrics}). */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public enum DynamoItemCollectionMetrics {
    /** Statistics about the item collections modified, if any. */
    SIZE,
    /** No statistics (DynamoDB's default). */
    NONE
}
