/**
 * The benchmark machine built and synthesized with the AWS CDK v2 from Java ({@code aws-cdk-lib}
 * over jsii): what a CDK user runs today, timed against sfn-tasks. Run on the class path (jsii's
 * jars carry no module names); the descriptor is here because every module of the project has one.
 */
@SuppressWarnings({"requires-automatic", "module"})
module io.github.sfntasks.benchmarks.cdk {
    requires aws.cdk.lib;
    requires constructs;
    requires jsii.runtime;

    exports io.github.sfntasks.benchmarks.cdk;
}
