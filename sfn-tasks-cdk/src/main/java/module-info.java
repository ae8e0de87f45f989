/**
 * An AWS CDK v2 construct that deploys a state machine built with sfn-tasks: {@link io.github.sfntasks.cdk.SfnTasksStateMachine}
 * creates the CDK {@code StateMachine} and its least-privilege role, CDK tokens kept.
 *
 * <p>{@code aws-cdk-lib}, {@code constructs} and {@code jsii-runtime} carry no module names, so they are automatic
 * modules named from their file names here ({@code aws.cdk.lib}, {@code constructs}, {@code jsii.runtime}), as in
 * {@code conformance-cdk}; a CDK app is usually run from the class path, where this module is one more jar. The
 * construct is a jsii object, so its package is open to the jsii runtime.
 */
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module io.github.sfntasks.cdk {
    requires transitive io.github.sfntasks.core;
    requires transitive aws.cdk.lib;
    requires transitive constructs;
    requires jsii.runtime;
    // A workflow file may be YAML: the core reads it when this optional module of its is resolved.
    requires com.fasterxml.jackson.dataformat.yaml;

    exports io.github.sfntasks.cdk;
    opens io.github.sfntasks.cdk to jsii.runtime;
}
