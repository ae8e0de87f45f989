package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;

/**
 * Which item attributes a write returns ({@code ReturnValues}), named as in the AWS CDK. Which ones an action
 * accepts is DynamoDB's rule: PutItem and DeleteItem take {@link #NONE} and {@link #ALL_OLD}; UpdateItem takes all
 * five; GetItem takes none.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public enum DynamoReturnValues {
    /** Nothing is returned (DynamoDB's default). */
    NONE,
    /** All attributes of the item as they were before the operation. */
    ALL_OLD,
    /** Only the updated attributes, as they were before the update (UpdateItem only). */
    UPDATED_OLD,
    /** All attributes of the item as they are after the update (UpdateItem only). */
    ALL_NEW,
    /** Only the updated attributes, as they are after the update (UpdateItem only). */
    UPDATED_NEW
}
