/**
 * The JMH benchmarks ({@link io.github.sfntasks.benchmarks.RenderBenchmark}) and the machine they
 * measure ({@link io.github.sfntasks.benchmarks.TaskMix}).
 */
package io.github.sfntasks.benchmarks;
