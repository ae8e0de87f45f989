/**
 * An example third-party provider for sfn-tasks: Secrets Manager {@code GetSecretValue} through the AWS SDK
 * integration, with the least-privilege grant sfn-tasks' generic SDK task cannot know.
 */
module com.example.sfntasks.secrets {
    requires transitive io.github.sfntasks.api;

    exports com.example.sfntasks.secrets;

    provides io.github.sfntasks.api.spi.TaskProvider with com.example.sfntasks.secrets.GetSecretValueProvider;
}
