/**
 * AWS SDK service integrations for sfn-tasks: call almost any AWS API action from a state machine.
 *
 * <ul>
 *   <li>{@link io.github.sfntasks.provider.awssdk.CallAwsService} ({@code aws-sdk}, written
 *       {@code aws-sdk:<service>:<action>} in workflow files, such as {@code aws-sdk:s3:getObject});</li>
 *   <li>{@link io.github.sfntasks.provider.awssdk.CallAwsServiceCrossRegion} ({@code aws-sdk:crossRegion}),
 *       the same call in another region through the AWS CDK's cross-region Lambda handler.</li>
 * </ul>
 */
module io.github.sfntasks.provider.awssdk {
    requires transitive io.github.sfntasks.api;
    requires transitive io.github.sfntasks.provider.support;

    exports io.github.sfntasks.provider.awssdk;

    provides io.github.sfntasks.api.spi.TaskProvider with
            io.github.sfntasks.provider.awssdk.CallAwsServiceProvider,
            io.github.sfntasks.provider.awssdk.CallAwsServiceCrossRegionProvider;
}
