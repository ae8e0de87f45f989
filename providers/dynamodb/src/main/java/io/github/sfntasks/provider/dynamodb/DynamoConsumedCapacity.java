package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;

/** How much detail about consumed throughput the response carries ({@code ReturnConsumedCapacity}). */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public enum DynamoConsumedCapacity {
    /** The aggregate consumed capacity, and that of each table and secondary index accessed. */
    INDEXES,
    /** Only the aggregate consumed capacity. */
    TOTAL,
    /** No consumed-capacity details (DynamoDB's default). */
    NONE
}
