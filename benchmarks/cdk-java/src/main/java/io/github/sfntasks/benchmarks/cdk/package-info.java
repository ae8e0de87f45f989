/**
 * What users run today, from Java: the AWS CDK v2 ({@code aws-cdk-lib} over jsii) building and
 * synthesizing the same chain of tasks, timed in one JVM and as a whole process.
 */
package io.github.sfntasks.benchmarks.cdk;
