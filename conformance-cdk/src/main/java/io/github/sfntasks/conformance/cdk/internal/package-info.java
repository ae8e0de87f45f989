/**
 * The {@link io.github.sfntasks.conformance.cdk.CdkTaskFactory}s of sfn-tasks' own task types, one class each,
 * registered in {@code module-info} and {@code META-INF/services}. Not exported.
 */
package io.github.sfntasks.conformance.cdk.internal;
