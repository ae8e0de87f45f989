/**
 * Amazon DynamoDB tasks for sfn-tasks, as the AWS CDK's: {@link io.github.sfntasks.provider.dynamodb.DynamoGetItem}
 * ({@code dynamodb:getItem}), {@link io.github.sfntasks.provider.dynamodb.DynamoPutItem} ({@code dynamodb:putItem}),
 * {@link io.github.sfntasks.provider.dynamodb.DynamoDeleteItem} ({@code dynamodb:deleteItem}) and
 * {@link io.github.sfntasks.provider.dynamodb.DynamoUpdateItem} ({@code dynamodb:updateItem}), with the attribute-value
 * model {@link io.github.sfntasks.provider.dynamodb.DynamoAttributeValue}.
 */
module io.github.sfntasks.provider.dynamodb {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.dynamodb;

    provides io.github.sfntasks.api.spi.TaskProvider with
            io.github.sfntasks.provider.dynamodb.DynamoGetItemProvider,
            io.github.sfntasks.provider.dynamodb.DynamoPutItemProvider,
            io.github.sfntasks.provider.dynamodb.DynamoDeleteItemProvider,
            io.github.sfntasks.provider.dynamodb.DynamoUpdateItemProvider;
}
