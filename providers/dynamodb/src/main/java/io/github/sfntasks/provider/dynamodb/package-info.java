/**
 * Amazon DynamoDB tasks: {@link io.github.sfntasks.provider.dynamodb.DynamoGetItem},
 * {@link io.github.sfntasks.provider.dynamodb.DynamoPutItem}, {@link io.github.sfntasks.provider.dynamodb.DynamoDeleteItem}
 * and {@link io.github.sfntasks.provider.dynamodb.DynamoUpdateItem} with their providers ({@code dynamodb:getItem},
 * {@code dynamodb:putItem}, {@code dynamodb:deleteItem}, {@code dynamodb:updateItem}), and the values they take:
 * {@link io.github.sfntasks.provider.dynamodb.DynamoAttributeValue},
 * {@link io.github.sfntasks.provider.dynamodb.DynamoProjectionExpression},
 * {@link io.github.sfntasks.provider.dynamodb.DynamoReturnValues},
 * {@link io.github.sfntasks.provider.dynamodb.DynamoConsumedCapacity} and
 * {@link io.github.sfntasks.provider.dynamodb.DynamoItemCollectionMetrics}.
 *
 * <p>In the typed builders, a {@code String} of the form {@code {% ... %}} given where a run-time value is allowed
 * (the table, an expression, a string attribute value...) is a JSONata expression, as in the AWS CDK; any other
 * string is literal text, even one starting with {@code $}: give a {@link io.github.sfntasks.api.value.JsonPath}
 * for a path.
 *
 * <p>In workflow files, attribute values are written as DynamoDB JSON: {@code {"S": "x"}}, {@code {"N": "10"}},
 * {@code {"S.$": "$.name"}}, {@code {"M": {"a": {"BOOL": true}}}}, {@code {"L.$": "$.items"}}.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ApiStatus;
